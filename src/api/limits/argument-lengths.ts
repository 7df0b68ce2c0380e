// How long a string argument may be, checked for every argument and input field of an operation
// (literals and variables alike) once it is resolved, before any resolver runs: a 900 KB search
// text would block the event loop, and a long value would be echoed back in error messages. A
// refusal names the argument and its limit and shows at most VALUE_PREFIX_CHARS of the value.
// The variables as a whole are bounded too (MAX_VARIABLES_CHARS).
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  type DocumentNode,
  type GraphQLInputType,
  GraphQLError,
  type GraphQLSchema,
  type ValueNode,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { MAX_ARTICLE_CHARS, MAX_TITLE_CHARS } from '../../ingest/article/validate-input.js';
import { BAD_USER_INPUT } from '../errors.js';
import { perDocument } from './per-document.js';

/** Ids (`place:shushi`) and short strings: names, predicates, search text. */
export const MAX_STRING_CHARS = 200;
/** A cursor encodes an id, or a sort's values and an id (base64url). */
export const MAX_CURSOR_CHARS = 600;
/** How much of a refused value a message shows. */
export const VALUE_PREFIX_CHARS = 40;
/** The variables of one request, as JSON: room for one article at its limit, with escapes. */
export const MAX_VARIABLES_CHARS = 300_000;

/** Limits other than MAX_STRING_CHARS, by schema coordinate (`Type.field(arg:)` or `InputType.field`). */
export const STRING_LIMITS: Readonly<Record<string, number>> = {
  'IngestArticleInput.text': MAX_ARTICLE_CHARS,
  'IngestArticleInput.title': MAX_TITLE_CHARS,
  'IngestArticleInput.publisher': MAX_TITLE_CHARS,
  'IngestArticleInput.url': 2_000,
  'IngestArticleInput.publishedAt': 10, // YYYY-MM-DD
  'Query.timeline(from:)': 10,
  'Query.timeline(to:)': 10,
};

/** The longest value accepted at `coordinate`, whose argument or field is called `name`. */
export function stringLimit(coordinate: string, name: string): number {
  return STRING_LIMITS[coordinate] ?? (name === 'after' || name === 'before' ? MAX_CURSOR_CHARS : MAX_STRING_CHARS);
}

/** A value as messages show it: at most VALUE_PREFIX_CHARS characters, quoted. */
export function shortValue(value: string): string {
  return value.length <= VALUE_PREFIX_CHARS ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, VALUE_PREFIX_CHARS)).slice(0, -1)}…"`;
}

function tooLong(coordinate: string, value: string, maximum: number): GraphQLError {
  return new GraphQLError(
    `${coordinate} has ${value.length} characters; at most ${maximum} are accepted (the value begins ${shortValue(value)})`,
    { extensions: { code: BAD_USER_INPUT, argument: coordinate, maxLength: maximum, length: value.length, http: { status: 400 } } },
  );
}

/** Every string in `value` (an argument's, of `type`) within its limit; throws the first that is not. */
function checkValue(value: unknown, type: GraphQLInputType, coordinate: string, name: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    for (const item of Array.isArray(value) ? value : [value]) checkValue(item, nullable.ofType, coordinate, name);
  } else if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return; // not an object: coercion refuses it
    for (const field of Object.values(nullable.getFields())) {
      checkValue((value as Record<string, unknown>)[field.name], field.type, `${nullable.name}.${field.name}`, field.name);
    }
  } else if (isScalarType(nullable) && typeof value === 'string') {
    const maximum = stringLimit(coordinate, name);
    if (value.length > maximum) throw tooLong(coordinate, value, maximum);
  }
}

/**
 * The length of `value` as compact JSON, counted without recursion (JSON.stringify overflows the
 * stack on deeply nested arrays, which JSON.parse accepts); counting stops once past `stopAbove`.
 */
export function jsonLength(value: unknown, stopAbove = Infinity): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length && total <= stopAbove) {
    const item = stack.pop();
    if (typeof item === 'string') total += JSON.stringify(item).length;
    else if (Array.isArray(item)) {
      total += 2 + Math.max(item.length - 1, 0);
      for (const inner of item) stack.push(inner);
    } else if (item && typeof item === 'object') {
      const entries = Object.entries(item);
      total += 2 + Math.max(entries.length - 1, 0);
      for (const [key, inner] of entries) {
        total += JSON.stringify(key).length + 1;
        stack.push(inner);
      }
    } else total += String(item ?? null).length;
  }
  return total;
}

/** One argument of a document: where its value is written, its type and the coordinate messages name. */
interface ArgumentSite {
  value: ValueNode;
  type: GraphQLInputType;
  coordinate: string;
  name: string;
}

/** Each document's argument sites, found once per query text (see perDocument). */
const argumentSites = perDocument((schema: GraphQLSchema, document: DocumentNode): readonly ArgumentSite[] => {
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const directive = typeInfo.getDirective();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!argument) return;
        const owner = directive ? `@${directive.name}` : field && parent ? `${parent.name}.${field.name}` : '?';
        sites.push({ value: node.value, type: argument.type, coordinate: `${owner}(${argument.name}:)`, name: argument.name });
      },
    }),
  );
  return sites;
});

/** Checks every argument of the document's fields against its limit, with the request's variables. */
export function checkArgumentLengths(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): void {
  for (const site of argumentSites(schema, document)) {
    const value = site.value.kind === Kind.VARIABLE ? variables[site.value.name.value] : valueFromASTUntyped(site.value, variables);
    checkValue(value, site.type, site.coordinate, site.name);
  }
  // Each value within its limit, and the whole within this one (many values each short enough).
  const variablesChars = jsonLength(variables, MAX_VARIABLES_CHARS);
  if (variablesChars > MAX_VARIABLES_CHARS) {
    throw new GraphQLError(`The variables take ${variablesChars} characters as JSON; at most ${MAX_VARIABLES_CHARS} are accepted`, {
      extensions: { code: BAD_USER_INPUT, maxLength: MAX_VARIABLES_CHARS, length: variablesChars, http: { status: 400 } },
    });
  }
}

/** The plugin: checked in didResolveOperation, with the other limits, before execution. */
export function argumentLengthsPlugin(): ApolloServerPlugin {
  const listener: GraphQLRequestListener<object> = {
    async didResolveOperation({ schema, document, request }) {
      checkArgumentLengths(schema, document, request.variables ?? {});
    },
  };
  return { requestDidStart: async () => listener };
}
