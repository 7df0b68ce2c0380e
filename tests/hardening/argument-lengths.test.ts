// Length limits on string arguments (issue 16): every String and ID argument and input field has a
// limit, checked centrally before any resolver runs, as a literal or a variable; the refusal names
// the argument and its limit and shows at most a 40-character prefix of the value; the variables
// of a request are bounded as a whole; no error message echoes a long value.
import { type GraphQLInputType, getNamedType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_STRING_CHARS, MAX_VARIABLES_CHARS, VALUE_PREFIX_CHARS, stringLimit } from '../../src/api/limits/argument-lengths.js';
import { buildApiSchema } from '../../src/api/schema.js';
import { MAX_ARTICLE_CHARS } from '../../src/ingest/article/validate-input.js';
import { useTestServer } from '../support/api-server.js';
import { INGEST, evalArticles } from './support/articles.js';

const HUGE = 900_000;
/** A value whose characters after the prefix are recognisable, so an echo of them is caught. */
const huge = (n = HUGE) => 'p'.repeat(VALUE_PREFIX_CHARS) + 'SECRET-TAIL-'.repeat(Math.ceil(n / 12)).slice(0, n - VALUE_PREFIX_CHARS);

describe('every string argument has a limit', () => {
  it('each String or ID argument and input field of the schema maps to a limit between 10 and the article limit', () => {
    const schema = buildApiSchema();
    const coordinates: [string, number][] = [];
    // Input types nest (ClaimWhere's AND / OR / NOT): each is visited once.
    const seen = new Set<string>();
    const visit = (type: GraphQLInputType, coordinate: string, name: string) => {
      const named = getNamedType(type);
      if (isScalarType(named) && ['String', 'ID', 'Date', 'URL'].includes(named.name)) coordinates.push([coordinate, stringLimit(coordinate, name)]);
      if (isInputObjectType(named) && !seen.has(named.name)) {
        seen.add(named.name);
        for (const f of Object.values(named.getFields())) visit(f.type, `${named.name}.${f.name}`, f.name);
      }
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) for (const arg of field.args) visit(arg.type, `${type.name}.${field.name}(${arg.name}:)`, arg.name);
    }
    expect(coordinates.length).toBeGreaterThan(20);
    for (const [coordinate, limit] of coordinates) {
      expect(limit, coordinate).toBeGreaterThanOrEqual(10);
      expect(limit, coordinate).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    }
    expect(Object.fromEntries(coordinates)).toMatchObject({
      'Query.search(text:)': MAX_STRING_CHARS,
      'Query.node(id:)': MAX_STRING_CHARS,
      'Query.timeline(from:)': 10,
      'StringWhere.contains': MAX_STRING_CHARS,
      'IngestArticleInput.url': 2_000,
      'IngestArticleInput.text': MAX_ARTICLE_CHARS,
    });
  });
});

describe('length limits over HTTP', () => {
  const server = useTestServer('embedded');

  const refusal = async (query: string, variables?: Record<string, unknown>) => {
    const started = performance.now();
    const res = await server.query(query, variables);
    const ms = performance.now() - started;
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('SECRET-TAIL');
    expect(text.length).toBeLessThan(1_000);
    return { status: res.status, error: res.body.errors?.[0], ms, roundTrips: res.headers.get('x-store-round-trips') };
  };

  it.each([
    ['search(text:)', 'query ($v: String!) { search(text: $v) { id } }', 'Query.search(text:)', MAX_STRING_CHARS],
    ['claims(where: {statement: {contains:}})', 'query ($v: String) { claims(where: { statement: { contains: $v } }) { totalCount } }', 'StringWhere.contains', MAX_STRING_CHARS],
    ['node(id:)', 'query ($v: ID!) { node(id: $v) { id } }', 'Query.node(id:)', MAX_STRING_CHARS],
    ['an entity\'s claims(predicate:)', 'query ($v: String) { entity(id: "place:shushi") { claims(predicate: $v) { totalCount } } }', 'Entity.claims(predicate:)', MAX_STRING_CHARS],
  ])('[embedded] a 900 KB %s is refused at once, 400 BAD_USER_INPUT naming the argument and its limit, echoing a 40-character prefix at most', async (_, query, coordinate, limit) => {
    for (const [asLiteral, value] of [[false, huge()], [true, huge(HUGE / 2)]] as const) {
      const q = asLiteral ? query.replace(/query \(\$v: \w+!?\) /, '').replace('$v', JSON.stringify(value)) : query;
      const { status, error, ms, roundTrips } = await refusal(q, asLiteral ? undefined : { v: value });
      expect(status).toBe(400);
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toBe(`${coordinate} has ${value.length} characters; at most ${limit} are accepted (the value begins "${'p'.repeat(VALUE_PREFIX_CHARS)}…")`);
      expect(error?.extensions).toMatchObject({ argument: coordinate, maxLength: limit, length: value.length });
      expect(roundTrips).toBe('0');
      expect(ms).toBeLessThan(1_000);
    }
  });

  it('[embedded] a value at its limit is served', async () => {
    const res = await server.query('query ($v: String!) { search(text: $v) { id } }', { v: 's'.repeat(MAX_STRING_CHARS) });
    expect(res.body.errors).toBeUndefined();
  });

  it('[embedded] the same query text is checked against each request\'s own variables (the argument sites are found once per text)', async () => {
    const query = 'query LengthAgain($v: String!, $k: [EntityKind!]) { search(text: $v, kinds: $k) { id } }';
    for (const round of [1, 2]) {
      const ok = await server.query(query, { v: 'Shushi', k: ['PLACE'] });
      expect(ok.body.errors, `round ${round}`).toBeUndefined();
      expect(ok.body.data?.search.length).toBeGreaterThan(0);
      const { status, error } = await refusal(query, { v: huge(MAX_STRING_CHARS + 1), k: ['PLACE'] });
      expect(status).toBe(400);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'Query.search(text:)', length: MAX_STRING_CHARS + 1 });
    }
    // A literal inside the same shape of query is checked too, with no variables to look up.
    const literal = await refusal(`{ search(text: ${JSON.stringify(huge(MAX_STRING_CHARS + 1))}) { id } }`);
    expect(literal.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'Query.search(text:)' });
  });

  it(`[embedded] variables over ${MAX_VARIABLES_CHARS} characters as JSON are refused, naming both numbers`, async () => {
    // 2,000 ids of 190 characters: each within its limit, together over the bound.
    const ids = Array.from({ length: 2_000 }, (_, i) => `place:${String(i).padStart(184, '0')}`);
    const { status, error } = await refusal('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(status).toBe(400);
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(new RegExp(`^The variables take \\d+ characters as JSON; at most ${MAX_VARIABLES_CHARS} are accepted$`));
  });

  it('[embedded] deeply nested variables (100,000 levels) are measured without overflowing the stack: answered, not a 500', async () => {
    const body = `{"query":"{ __typename }","variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBeLessThan(500);
    expect(JSON.stringify(await res.json())).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('[embedded] an article at the ingest limit passes the length check (its own rules apply after)', async () => {
    const [article] = evalArticles();
    const text = `${article.text}\n\n${'Filler sentence for the length test. '.repeat(6_000)}`.slice(0, MAX_ARTICLE_CHARS);
    // A publication date out of range: the article's own check, made after the length check and
    // before CoreNLP (200,000 characters would keep CoreNLP busy for half a minute to show nothing more).
    const res = await server.query(INGEST, { input: { ...article, text, publishedAt: '1700-01-01', url: 'https://example.org/hardening/at-limit' } });
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.body.errors?.[0]?.message).toMatch(/publishedAt 1700-01-01 is outside the accepted range/);
    const over = await refusal(INGEST, { input: { ...article, text: huge(MAX_ARTICLE_CHARS + 1) } });
    expect(over.error?.message).toMatch(/^IngestArticleInput\.text has 200001 characters; at most 200000 are accepted/);
  });

  it('[embedded] a long value refused by the schema itself (an enum given a 900 KB string) is cut to a prefix in the message', async () => {
    for (const [query, variables] of [
      ['query ($k: [EntityKind!]) { search(text: "x", kinds: $k) { id } }', { k: [huge(250_000)] }],
      // A Date is refused by its scalar (src/api/scalars.ts) before the length check sees it.
      ['query ($d: Date) { timeline(from: $d) { totalCount } }', { d: huge() }],
      [`{ timeline(from: ${JSON.stringify(huge(HUGE / 2))}) { totalCount } }`, undefined],
    ] as const) {
      const { error, ms } = await refusal(query, variables);
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain(`"${'p'.repeat(VALUE_PREFIX_CHARS)}…"`);
      expect(error?.message).not.toContain('SECRET-TAIL');
      expect(ms).toBeLessThan(1_000);
    }
  });
});
