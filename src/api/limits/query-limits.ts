// Limits on what one GraphQL request may ask for, checked before anything runs. Each refusal says
// which limit, its maximum and the request's value, with extensions.code = QUERY_TOO_COMPLEX and
// extensions.limit = { name, maximum, actual }; HTTP status 400.
//
//   tokens      graphql-js's parser option maxTokens (parsing stops at the limit); the message,
//               with the document's real count, is written by formatError (tokenLimitError)
//   depth, aliases, directives   graphql-armor's validation rules, with our messages
//   cost        our rule (./cost.ts), after validation, with the request's variables
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Lexer,
  type OperationDefinitionNode,
  type ParseOptions,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  visit,
} from 'graphql';
import { operationCost } from './cost.js';
import { perDocument } from './per-document.js';
import { QUERY_TOO_COMPLEX } from '../errors.js';


export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

export type LimitName = keyof QueryLimits;

const DESCRIBE: Record<LimitName, (actual: number, maximum: number) => string> = {
  maxDepth: (actual, maximum) => `Query depth ${actual} exceeds the maximum of ${maximum} (MAX_QUERY_DEPTH)`,
  maxAliases: (actual, maximum) => `Query uses ${actual} aliases, more than the maximum of ${maximum} (MAX_QUERY_ALIASES)`,
  maxTokens: (actual, maximum) => `Query has ${actual} tokens, more than the maximum of ${maximum} (MAX_QUERY_TOKENS)`,
  maxDirectives: (actual, maximum) => `Query uses ${actual} directives, more than the maximum of ${maximum} (MAX_QUERY_DIRECTIVES)`,
  maxCost: (actual, maximum) =>
    `Query cost ${actual} exceeds the maximum of ${maximum} (MAX_QUERY_COST; every object returned costs 1, list fields count their \`first\` argument): ask for smaller pages or fewer nested lists`,
};

/** The refusal of one limit: a 400 with the limit, its maximum and the request's value. */
export function limitError(name: LimitName, actual: number, maximum: number): GraphQLError {
  return new GraphQLError(DESCRIBE[name](actual, maximum), {
    extensions: { code: QUERY_TOO_COMPLEX, limit: { name, maximum, actual }, http: { status: 400 } },
  });
}

/** Tokens in a GraphQL source (comments excluded, as the parser counts them); stops at a lexing error. */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // Not lexable: the parser reports the syntax error itself.
  }
  return count;
}

// graphql-js 16 spells it "more that"; accept the fix too.
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** The parser's token-limit error, rewritten with the document's real token count; null for any other error. */
export function tokenLimitError(error: unknown): GraphQLError | null {
  const message = error instanceof Error ? error.message : '';
  const match = TOKEN_LIMIT.exec(message);
  if (!match) return null;
  const source = (error as GraphQLError).source ?? ((error as GraphQLError).originalError as GraphQLError | undefined)?.source;
  const maximum = Number(match[1]);
  return limitError('maxTokens', source ? countTokens(source.body) : maximum + 1, maximum);
}

/** Arguments whose values the cost reads (see operationCost); skip and include decide what is counted. */
const COST_ARGUMENTS = new Set(['first', 'last', 'ids', 'sort']);
const COST_DIRECTIVES = new Set(['skip', 'include']);
/** Costs kept per document; past this many variable sets the document's costs start again. */
const MAX_COSTS_PER_DOCUMENT = 200;

/** The variables an operation's cost depends on: those written in COST_ARGUMENTS or in @skip / @include. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (value: ValueNode) =>
    visit(value, {
      Variable(node) {
        names.add(node.name.value);
      },
    });
  visit(document, {
    Field(node) {
      for (const argument of node.arguments ?? []) if (COST_ARGUMENTS.has(argument.name.value)) collect(argument.value);
    },
    Directive(node) {
      if (COST_DIRECTIVES.has(node.name.value)) for (const argument of node.arguments ?? []) collect(argument.value);
    },
  });
  return [...names].sort();
}

/** Per query text: the variables its cost depends on, and the costs worked out so far by their values. */
const knownCosts = perDocument((_schema, document) => ({ variables: costVariables(document), costs: new Map<string, number>() }));

/**
 * operationCost, worked out once per query text, operation and the values of the variables it
 * depends on: an entity's id, say, changes nothing in what its page costs.
 */
function cachedCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const known = knownCosts(schema, document);
  // An absent variable (its default applies) and one given as null are different keys.
  const key = JSON.stringify([operation.name?.value ?? null, ...known.variables.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : []))]);
  let cost = known.costs.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, operation, variables);
    if (known.costs.size >= MAX_COSTS_PER_DOCUMENT) known.costs.clear();
    known.costs.set(key, cost);
  }
  return cost;
}

/** Armor reports "… limit of N exceeded, found M."; this turns it into our error. */
function armorRejection(name: LimitName) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const match = /limit of (\d+) exceeded, found (\d+)/.exec(error.message);
    const maximum = match ? Number(match[1]) : NaN;
    const actual = match ? Number(match[2]) : NaN;
    context?.reportError(limitError(name, actual, maximum));
  };
}

/**
 * Parser options (tokens), validation rules (depth, aliases, directives from graphql-armor) and the
 * plugin (cost) that enforce `limits`. Armor's own token plugin and cost limit are not used: its
 * token check re-parses in parsingDidStart, where any syntax error escapes Apollo's handling as a
 * 500, and its cost limit weights only by an inline `first`.
 */
export function queryLimits(limits: QueryLimits): { parseOptions: ParseOptions; validationRules: ValidationRule[]; plugin: ApolloServerPlugin } {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: false }, // done in formatError, so the message stays clean
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: [armorRejection('maxDepth')] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [armorRejection('maxAliases')] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [armorRejection('maxDirectives')] },
  }).protect();

  const listener: GraphQLRequestListener<object> = {
    async didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return;
      const cost = cachedCost(schema, document, operation, request.variables ?? {});
      if (cost > limits.maxCost) throw limitError('maxCost', Math.ceil(cost), limits.maxCost);
    },
  };
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules as ValidationRule[],
    plugin: { requestDidStart: async () => listener },
  };
}
