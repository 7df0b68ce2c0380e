// The SDL under schema/ is the API's single source of truth. This checks that it builds, that
// everything in it is documented, that the fixed contract (docs: api.md) is intact, that its enums
// match the record types, and that the generated resolver types are up to date with it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  astFromValue,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  parse,
  print,
  validateSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import codegenConfig from '../../codegen.js';
import { PREDICATE_SDL_FILE, predicateSdl } from '../../tools/predicate-sdl.js';
import { loadVocabulary } from '../../src/model/vocabulary.js';
import { CLAIM_STATUSES, DATE_PRECISIONS, ENTITY_KINDS, GEO_PRECISIONS } from '../../src/model/records.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCHEMA_DIR = join(ROOT, 'schema');
const GENERATED = 'src/api/generated/resolvers-types.ts';

/** The fixed contract of api.md, as SDL: names, types, arguments and defaults that must not change. */
const CONTRACT = /* GraphQL */ `
  interface Node { id: ID! }
  interface Entity implements Node {
    id: ID!  name: String!  aliases: [String!]!  kind: EntityKind!
    claims(role: ClaimRole = ANY, predicate: String, first: Int = 20, after: String): ClaimConnection!
  }
  enum EntityKind { PLACE ACTOR EVENT THING }
  enum ClaimRole { SUBJECT OBJECT ANY }
  enum ClaimStatus { REPORTED CLAIMED CONFIRMED DENIED UNCERTAIN }
  type Claim implements Node {
    id: ID!  predicate: String!  statement: String!
    subject: Entity!  object: Entity  quantity: Quantity  status: ClaimStatus!
    attributedTo: [Actor!]!  evidence: [Evidence!]!
  }
  type Quantity { value: Float!  unit: String!  approximate: Boolean! }
  type Evidence { article: Article!  quote: String!  start: Int!  end: Int!  sentence: Int!  sentenceText: String! }
  type Article implements Node { id: ID!  title: String  publisher: String  publishedAt: Date  text: String! }
  type GeoPoint { lat: Float!  lon: Float! }
  type Place implements Entity & Node { location: GeoPoint  distanceTo(id: ID!): Distance }
  type Actor implements Entity & Node { id: ID! }
  type Event implements Entity & Node { id: ID! }
  type Distance { computedKm: Float  stated: [Claim!]! }
  type Query {
    node(id: ID!): Node
    search(text: String!, kinds: [EntityKind!], first: Int = 10): [Entity!]!
    entities(kind: EntityKind, first: Int = 20, after: String): EntityConnection!
    claims(where: ClaimWhere, first: Int = 20, after: String): ClaimConnection!
    articles(first: Int = 20, after: String): ArticleConnection!
    path(from: ID!, to: ID!, maxHops: Int = 4): Path
    neighborhood(id: ID!, hops: Int = 1, first: Int = 50): Subgraph!
    timeline(about: ID, from: Date, to: Date, first: Int = 50, after: String): EventConnection!
  }
  input ClaimWhere {
    subject: ClaimEntityWhere  object: ClaimEntityWhere  about: ClaimEntityWhere  predicate: PredicateWhere  status: ClaimStatusWhere
    attributedTo: ClaimSpeakerWhere  article: ClaimArticleWhere  AND: [ClaimWhere!]  OR: [ClaimWhere!]  NOT: ClaimWhere
  }
  input PredicateWhere { eq: Predicate  in: [Predicate!] }
  type Path { hops: Int!  nodes: [Entity!]!  steps: [PathStep!]! }
  type PathStep { from: Entity!  to: Entity!  predicate: String!  claim: Claim! }
  type Subgraph { nodes: [Entity!]!  edges: [Edge!]! }
  type Edge { source: ID!  target: ID!  predicate: String!  claim: Claim }
  type PageInfo { hasNextPage: Boolean!  hasPreviousPage: Boolean!  startCursor: String  endCursor: String }
  type EntityConnection { edges: [EntityEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
  type EntityEdge { cursor: String!  node: Entity! }
  type ClaimConnection { edges: [ClaimEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
  type ClaimEdge { cursor: String!  node: Claim }
  type ArticleConnection { edges: [ArticleEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
  type ArticleEdge { cursor: String!  node: Article! }
  type EventConnection { edges: [EventEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
  type EventEdge { cursor: String!  node: Event! }
`;

function loadSdl(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
}

const userTypes = (schema: GraphQLSchema): GraphQLNamedType[] =>
  Object.values(schema.getTypeMap()).filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t));

const printDefault = (arg: GraphQLArgument): string | undefined => {
  if (arg.defaultValue === undefined) return undefined;
  const ast = astFromValue(arg.defaultValue, arg.type);
  return ast ? print(ast) : undefined;
};

describe('GraphQL schema (schema/*.graphql)', () => {
  let schema: GraphQLSchema;

  beforeAll(() => {
    schema = buildSchema(loadSdl());
  });

  it('builds and validates', () => {
    expect(validateSchema(schema).map((e) => e.message)).toEqual([]);
    expect(schema.getQueryType()?.name).toBe('Query');
  });

  it('documents every type, field, argument, enum value and input field', () => {
    const missing: string[] = [];
    const need = (where: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(where);
    };
    for (const type of userTypes(schema)) {
      need(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
          need(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the fixed contract: names, types, arguments and defaults', () => {
    const problems: string[] = [];
    for (const def of parse(CONTRACT).definitions) {
      if (!('name' in def) || !def.name) continue;
      const name = def.name.value;
      const type = schema.getType(name);
      if (!type) {
        problems.push(`${name}: missing`);
        continue;
      }
      if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
        if (!isEnumType(type)) problems.push(`${name}: not an enum`);
        else for (const v of def.values ?? []) if (!type.getValue(v.name.value)) problems.push(`${name}.${v.name.value}: missing`);
        continue;
      }
      if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
        if (!isInputObjectType(type)) problems.push(`${name}: not an input`);
        else
          for (const f of def.fields ?? []) {
            const actual = type.getFields()[f.name.value];
            if (String(actual?.type) !== print(f.type)) problems.push(`${name}.${f.name.value}: ${String(actual?.type)} ≠ ${print(f.type)}`);
          }
        continue;
      }
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
      const wantInterface = def.kind === Kind.INTERFACE_TYPE_DEFINITION;
      if (!(wantInterface ? isInterfaceType(type) : isObjectType(type))) {
        problems.push(`${name}: not ${wantInterface ? 'an interface' : 'an object type'}`);
        continue;
      }
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const implemented = type.getInterfaces().map((i) => i.name);
      for (const i of def.interfaces ?? []) if (!implemented.includes(i.name.value)) problems.push(`${name}: does not implement ${i.name.value}`);
      for (const f of def.fields ?? []) {
        const at = `${name}.${f.name.value}`;
        const actual = type.getFields()[f.name.value];
        if (!actual) {
          problems.push(`${at}: missing`);
          continue;
        }
        if (String(actual.type) !== print(f.type)) problems.push(`${at}: ${String(actual.type)} ≠ ${print(f.type)}`);
        for (const a of f.arguments ?? []) {
          const arg = actual.args.find((x) => x.name === a.name.value);
          if (!arg) {
            problems.push(`${at}(${a.name.value}): missing`);
            continue;
          }
          if (String(arg.type) !== print(a.type)) problems.push(`${at}(${a.name.value}): ${String(arg.type)} ≠ ${print(a.type)}`);
          const wantDefault = a.defaultValue ? print(a.defaultValue) : undefined;
          if (printDefault(arg) !== wantDefault) problems.push(`${at}(${a.name.value}): default ${printDefault(arg)} ≠ ${wantDefault}`);
        }
        // Arguments added beyond the contract must be optional, or contract queries would break.
        for (const arg of actual.args)
          if (!f.arguments?.some((a) => a.name.value === arg.name) && isNonNullType(arg.type) && arg.defaultValue === undefined)
            problems.push(`${at}(${arg.name}): added argument is required`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every object type with an id the Node interface (a Revision records a change to nodes; it is not one)', () => {
    const without = userTypes(schema)
      .filter((t) => isObjectType(t) && String(t.getFields().id?.type) === 'ID!' && t.name !== 'Revision')
      .filter((t) => isObjectType(t) && !t.getInterfaces().some((i) => i.name === 'Node'))
      .map((t) => t.name);
    expect(without).toEqual([]);
  });

  it('spells enums exactly as the record types do', () => {
    const values = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    };
    expect(values('EntityKind')).toEqual([...ENTITY_KINDS]);
    expect(values('ClaimStatus')).toEqual([...CLAIM_STATUSES]);
    expect(values('ClaimRole')).toEqual(['SUBJECT', 'OBJECT', 'ANY']);
    expect(values('DatePrecision')).toEqual([...DATE_PRECISIONS]);
    expect(values('GeoPrecision')).toEqual([...GEO_PRECISIONS]);
  });

  it('documents the error codes and id formats on Query', () => {
    const doc = schema.getQueryType()?.description ?? '';
    for (const s of ['BAD_USER_INPUT', 'STORE_UNAVAILABLE', 'place:', 'actor:', 'event:', 'article:', 'claim:']) expect(doc).toContain(s);
  });

  it('has the custom scalars the API implements (src/api/scalars.ts), each a string in generated types (JSON any value)', () => {
    expect(userTypes(schema).filter(isScalarType).map((t) => t.name).sort()).toEqual(['Date', 'DateTime', 'JSON', 'URL']);
    const config = codegenConfig.generates[GENERATED] as { config: { scalars: Record<string, string> } };
    expect(config.config.scalars).toEqual({ Date: 'string', DateTime: 'string', URL: 'string', JSON: 'unknown' });
  });

  it('has a Predicate enum with exactly the vocabulary, generated from it (run npm run codegen)', () => {
    const type = schema.getType('Predicate');
    expect(isEnumType(type) ? type.getValues().map((v) => v.name) : []).toEqual([...loadVocabulary().keys()].sort());
    expect(readFileSync(PREDICATE_SDL_FILE, 'utf8') === predicateSdl(), 'schema/predicate.graphql is stale: run npm run codegen').toBe(true);
  });

  it(`has an up-to-date ${GENERATED} (run npm run codegen)`, async () => {
    // generate() is typed `Promise<FileOutput[] | any>` (watch mode); without watch it is the outputs.
    const outputs: { filename: string; content: string }[] = await generate({ ...codegenConfig, cwd: ROOT, silent: true }, false);
    const output = outputs.find((o) => o.filename.replaceAll('\\', '/').endsWith(GENERATED));
    expect(output, `codegen.ts does not generate ${GENERATED}`).toBeDefined();
    const onDisk = readFileSync(join(ROOT, GENERATED), 'utf8');
    expect(onDisk === output?.content, `${GENERATED} is stale: run npm run codegen`).toBe(true);
  }, 30_000);
});
