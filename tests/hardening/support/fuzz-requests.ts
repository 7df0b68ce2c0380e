// Generated HTTP requests for the fuzzer (fast-check): GraphQL documents built from the schema with
// right and wrong argument types, malformed JSON, wrong body shapes, huge and deeply nested input,
// unicode edge cases, random methods, content types and credentials.
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { RawRequest } from './http-client.js';
import { INJECTION_PAYLOADS, UNICODE_EDGE_CASES } from './payloads.js';

export interface FuzzCase {
  kind: string;
  request: RawRequest;
}

type Gen = fc.GeneratorValue;

const REAL_IDS = ['place:shushi', 'place:stepanakert', 'actor:ilham-aliyev', 'article:ap-2020-11-09-shushi-helicopter', 'event:capture-of-shushi', 'claim:nope'];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'FOO'];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/graphql-response+json',
  'application/graphql',
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  '',
  'application/json, text/plain',
  'APPLICATION/JSON',
  '*/*',
];
const ACCEPTS = [undefined, 'application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9', '*/*', 'text/html', 'application/xml', 'garbage;;q=x'];

const int = (g: Gen, min: number, max: number) => g(fc.integer, { min, max });
const chance = (g: Gen, percent: number) => int(g, 0, 99) < percent;
const pick = <T>(g: Gen, items: readonly T[]): T => items[int(g, 0, items.length - 1)];

function randomString(g: Gen): string {
  switch (int(g, 0, 5)) {
    case 0:
      return pick(g, INJECTION_PAYLOADS);
    case 1:
      return pick(g, UNICODE_EDGE_CASES);
    case 2:
      return pick(g, REAL_IDS);
    case 3:
      return g(fc.string, { unit: 'binary', maxLength: 40 });
    case 4:
      return g(fc.string, { maxLength: 20 });
    default:
      return pick(g, ['shushi', 'Şuşa', 'OVERLOOKS', '2020-11', '2020-13-45', 'YXJ0aWNsZTp4', '']);
  }
}

/** A GraphQL string literal (JSON escapes are GraphQL escapes, except lone surrogates: a syntax error, also worth sending). */
const stringLiteral = (s: string) => JSON.stringify(s);

/** A value for `type`, usually of the right kind, sometimes of a wrong one; as a JS value (for variables). */
function valueFor(g: Gen, type: GraphQLInputType, depth = 0): unknown {
  if (chance(g, 6) || depth > 4) return wrongValue(g);
  const nullable = getNullableType(type);
  if (chance(g, 5)) return null;
  if (isListType(nullable)) return Array.from({ length: int(g, 0, 3) }, () => valueFor(g, nullable.ofType as GraphQLInputType, depth + 1));
  if (isEnumType(nullable)) return chance(g, 80) ? pick(g, nullable.getValues()).name : pick(g, ['FOO', 'place', 'SUBJECT ', '']);
  if (isInputObjectType(nullable)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) if (isNonNullType(field.type) || chance(g, 50)) out[field.name] = valueFor(g, field.type, depth + 1);
    if (chance(g, 5)) out[pick(g, ['bogus', 'predicate_NOT', '__proto__'])] = randomString(g);
    return out;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return pick(g, [0, 1, 5, 20, 100, 101, -1, 2 ** 31, -(2 ** 31) - 1, int(g, -1000, 1000)]);
      case 'Float':
        return pick(g, [0, 1.5, -1e308, 1e308, int(g, -10, 10) / 3]);
      case 'Boolean':
        return chance(g, 50);
      default:
        return randomString(g);
    }
  }
  return wrongValue(g);
}

function wrongValue(g: Gen): unknown {
  return pick(g, [() => 'x', () => 42, () => 3.14, () => true, () => null, () => [1, 'a'], () => ({ a: 1 }), () => randomString(g), () => 2 ** 53 + 1])();
}

/** A JS value as a GraphQL literal. */
function literal(value: unknown, enumLike: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return enumLike && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : stringLiteral(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumLike)).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, unknown>)
    .filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k))
    .map(([k, v]) => `${k}: ${literal(v, enumLike)}`)
    .join(', ')} }`;
}

function typeString(type: GraphQLInputType): string {
  return String(type);
}

interface DocBuilder {
  variables: Record<string, unknown>;
  declarations: string[];
  aliases: number;
}

function argumentsFor(g: Gen, field: GraphQLField<unknown, unknown>, b: DocBuilder): string {
  const parts: string[] = [];
  for (const arg of field.args as readonly GraphQLArgument[]) {
    if (!isNonNullType(arg.type) && chance(g, 55)) continue;
    const value = valueFor(g, arg.type);
    if (chance(g, 35)) {
      const name = `v${b.declarations.length}`;
      // Usually the argument's own type; sometimes a wrong declaration.
      b.declarations.push(`$${name}: ${chance(g, 90) ? typeString(arg.type) : pick(g, ['String', 'Int!', '[ID]', 'Boolean', 'Nope'])}`);
      if (!chance(g, 10)) b.variables[name] = value; // sometimes missing
      parts.push(`${arg.name}: $${name}`);
    } else {
      const enumLike = isEnumType(getNamedType(arg.type)) || isInputObjectType(getNamedType(arg.type));
      parts.push(`${arg.name}: ${literal(value, enumLike)}`);
    }
  }
  if (chance(g, 2)) parts.push(`${pick(g, ['bogus', 'limit', 'skip'])}: ${literal(wrongValue(g), false)}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selection(g: Gen, schema: GraphQLSchema, type: GraphQLNamedType, depth: number, b: DocBuilder): string {
  if (!isCompositeType(type)) return '';
  if (depth <= 0) return '{ __typename }';
  const fieldsOf = isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [];
  const parts: string[] = [];
  const count = int(g, 1, 4);
  for (let i = 0; i < count && fieldsOf.length; i++) {
    const field = pick(g, fieldsOf);
    let head = field.name;
    if (chance(g, 8)) head = `a${b.aliases++}: ${head}`;
    const args = argumentsFor(g, field, b);
    const directive = chance(g, 6) ? ` @${pick(g, ['include(if: true)', 'skip(if: false)', 'skip(if: true)', 'deprecated', 'nope'])}` : '';
    const inner = getNamedType(field.type);
    const sub = isCompositeType(inner) ? ` ${selection(g, schema, inner, depth - 1, b)}` : chance(g, 3) ? ' { x }' : '';
    parts.push(`${head}${args}${directive}${sub}`);
  }
  if (isInterfaceType(type) && chance(g, 40)) {
    const impl = pick(g, schema.getPossibleTypes(type));
    parts.push(`... on ${impl.name} ${selection(g, schema, impl, depth - 1, b)}`);
  }
  if (chance(g, 3)) parts.push(pick(g, ['nonexistentField', 'nme', '__schema { types { name } }', '__type(name: "Place") { fields { name } }']));
  if (chance(g, 20)) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

/** A document built from the schema: mostly valid structure, with wrong types, unknown names, aliases, directives. */
export function schemaDocument(g: Gen, schema: GraphQLSchema): { query: string; variables: Record<string, unknown> } {
  const b: DocBuilder = { variables: {}, declarations: [], aliases: 0 };
  const mutation = chance(g, 8);
  const root = mutation ? schema.getMutationType()! : schema.getQueryType()!;
  const body = selection(g, schema, root, int(g, 1, chance(g, 5) ? 14 : 6), b);
  const name = chance(g, 30) ? ` Op${int(g, 0, 9)}` : '';
  const vars = b.declarations.length ? `(${b.declarations.join(', ')})` : '';
  const keyword = mutation ? 'mutation' : chance(g, 50) || vars || name ? 'query' : '';
  return { query: `${keyword}${name}${vars} ${body}`.trim(), variables: b.variables };
}

function jsonPost(body: unknown, g: Gen, extraHeaders: Record<string, string> = {}): RawRequest {
  const accept = chance(g, 75) ? pick(g, [undefined, 'application/json', 'application/graphql-response+json']) : pick(g, ACCEPTS);
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': pick(g, ['application/json', 'application/json; charset=utf-8']), ...(accept ? { accept } : {}), ...extraHeaders },
    body: JSON.stringify(body),
  };
}

function deepText(g: Gen): string {
  const n = pick(g, [50, 200, 1_000, 5_000, 20_000]);
  switch (int(g, 0, 3)) {
    case 0:
      return '{ a'.repeat(n) + ' }'.repeat(n);
    case 1:
      return `{ search(text: "x", kinds: ${'['.repeat(n)}PLACE${']'.repeat(n)}) { id } }`;
    case 2:
      return `{ ${'entity(id: "place:shushi") { ... on Place { containedIn { '.repeat(Math.min(n, 60))}id${' } } }'.repeat(Math.min(n, 60))} }`;
    default:
      return `query { ${'...F '.repeat(Math.min(n, 300))} } fragment F on Query { __typename }`;
  }
}

function deepJson(n: number): string {
  return '{"query":"{ __typename }","variables":{"x":' + '['.repeat(n) + ']'.repeat(n) + '}}';
}

/** Every kind of generated request, weighted. */
export function fuzzCases(schema: GraphQLSchema, apiKey: string): fc.Arbitrary<FuzzCase> {
  const build = (g: Gen): FuzzCase => {
    const roll = int(g, 0, 99);
    if (roll < 38) {
      const doc = schemaDocument(g, schema);
      const auth: Record<string, string> =
        doc.query.startsWith('mutation') && chance(g, 40) ? { 'x-api-key': chance(g, 70) ? apiKey : randomString(g).replace(/[^\x21-\x7e]/g, '') || 'k' } : {};
      return { kind: 'schema-document', request: jsonPost({ query: doc.query, variables: doc.variables, ...(chance(g, 10) ? { operationName: pick(g, [null, 'Op1', 'Nope', 1]) } : {}) }, g, auth) };
    }
    if (roll < 46) {
      const doc = schemaDocument(g, schema);
      const params = new URLSearchParams({ query: doc.query });
      if (chance(g, 50)) params.set('variables', chance(g, 85) ? JSON.stringify(doc.variables) : randomString(g));
      if (chance(g, 10)) params.set('extensions', pick(g, ['{}', '{', '[]', 'null']));
      const headers: Record<string, string> = chance(g, 70) ? { 'apollo-require-preflight': 'true' } : {};
      const accept = pick(g, ACCEPTS);
      if (accept) headers.accept = accept;
      return { kind: 'get-document', request: { method: 'GET', path: `/graphql?${params}`, headers } };
    }
    if (roll < 58) {
      const valid = JSON.stringify({ query: '{ stats { claims } }', variables: { a: 1 } });
      const body = pick(g, [
        () => valid.slice(0, int(g, 0, valid.length - 1)),
        () => g(fc.string, { unit: 'binary', maxLength: 200 }),
        () => '{"query": "{ stats { claims } }",}',
        () => "{'query': '{ stats { claims } }'}",
        () => '{"query": "\\x41"}',
        () => '{"query": "{ stats { claims } }"}}}',
        () => '\uFEFF{"query": "{ stats { claims } }"}',
        () => 'NaN',
        () => '{"query": "{ stats { claims } }", "variables": {"a": 1e999999}}',
        () => Buffer.from(g(fc.uint8Array, { maxLength: 300 })),
      ])();
      return {
        kind: 'malformed-json',
        request: { method: 'POST', path: '/graphql', headers: { 'content-type': pick(g, ['application/json', 'application/graphql-response+json']) }, body },
      };
    }
    if (roll < 66) {
      const body = pick(g, [
        () => ({ query: pick(g, [1, true, null, ['{ a }'], { a: 1 }, '']) }),
        () => ({ query: '{ __typename }', variables: pick(g, ['string', 1, false, ['a'], null]) }),
        () => ({ query: '{ __typename }', extensions: pick(g, ['x', 1, [], null, { persistedQuery: { version: 1, sha256Hash: 'abc' } }]) }),
        () => ({ query: '{ __typename }', operationName: pick(g, [1, {}, [], 'Missing']) }),
        () => [{ query: '{ __typename }' }, { query: '{ stats { claims } }' }],
        () => null,
        () => 42,
        () => 'just a string',
        () => ({}),
        () => ({ extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } }),
        () => ({ query: 'query A { __typename } query B { __typename }' }),
        () => ({ query: 'subscription { stats { claims } }' }),
      ])();
      return { kind: 'wrong-shape', request: jsonPost(body, g) };
    }
    if (roll < 69) {
      const size = pick(g, [10_000, 100_000, 600_000, 1_200_000]);
      const big = 'x'.repeat(size);
      const body = pick(g, [
        () => ({ query: 'query ($t: String!) { search(text: $t) { id } }', variables: { t: big } }),
        () => ({ query: `{ search(text: "${big}") { id } }` }),
        () => ({ query: `# ${big}\n{ __typename }` }),
        () => ({ query: `{ entity(id: "${big}") { id } }` }),
      ])();
      return { kind: 'huge', request: jsonPost(body, g) };
    }
    if (roll < 75) {
      if (chance(g, 30)) return { kind: 'deep-json', request: { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: deepJson(pick(g, [100, 1_000, 10_000])) } };
      return { kind: 'deep-document', request: jsonPost({ query: deepText(g) }, g) };
    }
    if (roll < 84) {
      const text = pick(g, [...UNICODE_EDGE_CASES, ...INJECTION_PAYLOADS]) + (chance(g, 50) ? g(fc.string, { unit: 'binary', maxLength: 10 }) : '');
      const query = pick(g, [
        'query ($t: String!) { search(text: $t) { id name } }',
        'query ($t: ID!) { node(id: $t) { id } }',
        'query ($t: Date) { timeline(from: $t) { totalCount } }',
        'query ($t: String) { claims(after: $t) { totalCount } }',
        'query ($t: ID) { claims(where: { about: { id: { eq: $t } } }) { totalCount } }',
        'query ($t: String) { claims(where: { statement: { contains: $t } }) { totalCount } }',
      ]);
      return { kind: 'unicode', request: jsonPost({ query, variables: { t: text } }, g) };
    }
    if (roll < 95) {
      const method = pick(g, METHODS);
      const type = pick(g, CONTENT_TYPES);
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      if (chance(g, 30)) headers['apollo-require-preflight'] = 'true';
      const accept = pick(g, ACCEPTS);
      if (accept) headers.accept = accept;
      const body = ['GET', 'HEAD'].includes(method) ? undefined : pick(g, ['{"query":"{ __typename }"}', 'query { __typename }', 'query=%7B__typename%7D', '', g(fc.string, { maxLength: 50 })]);
      const path = pick(g, ['/graphql', '/graphql?query=%7B__typename%7D', '/graphql?query=', '/graphql?', '/graphql?query=%E0%A4%A']);
      return { kind: 'method', request: { method, path, headers, body } };
    }
    // Credentials: mutations with missing, malformed and wrong keys, and small real ingests.
    const input = {
      text: chance(g, 50) ? pick(g, ['Azerbaijani forces took Shushi on Sunday, Ilham Aliyev said.', 'The city overlooks Stepanakert.', '<p>html</p><div>x</div>']) : randomString(g),
      ...(chance(g, 50) ? { title: randomString(g) } : {}),
      ...(chance(g, 30) ? { publishedAt: pick(g, ['2020-11-09', '2020-02-30', 'yesterday', randomString(g)]) } : {}),
      ...(chance(g, 30) ? { url: pick(g, ['https://example.org/a', 'javascript:alert(1)', randomString(g)]) } : {}),
      ...(chance(g, 30) ? { publisher: randomString(g) } : {}),
    };
    const headers = pick<Record<string, string>>(g, [
      {},
      { authorization: `Bearer ${apiKey}` },
      { 'x-api-key': apiKey },
      { authorization: 'Bearer' },
      { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
      { authorization: `Bearer ${apiKey}x` },
      { 'x-api-key': apiKey.slice(0, -1) },
      { 'x-api-key': '' },
      { authorization: `bearer   ${apiKey}   ` },
    ]);
    return {
      kind: 'credentials',
      request: jsonPost({ query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { id } } }', variables: { input } }, g, headers),
    };
  };
  return fc.gen().map(build);
}
