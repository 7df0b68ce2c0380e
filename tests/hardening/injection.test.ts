// Injection (issue 6.3): every user string reaches the store only as a parameter. Cypher-injection
// payloads and hostile unicode go into every string argument of every query field (found from the
// schema, plus the string arguments of nested fields) and every ingest field; afterwards the graph
// holds exactly what it held (queries), or that plus the ingested article (ingests).
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/api/schema.js';
import { type TestServer, startTestServer } from '../support/api-server.js';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { INGEST, fingerprint } from './support/articles.js';
import { mapConcurrent } from './support/http-client.js';
import { INJECTION_PAYLOADS, UNICODE_EDGE_CASES } from './support/payloads.js';

/** Refusals that are the client's to fix (BAD_REQUEST: a lone surrogate, which is not Unicode text). */
const USER_ERRORS = new Set(['BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

const PAYLOADS = [...INJECTION_PAYLOADS, ...UNICODE_EDGE_CASES.filter((s) => s.length > 0)];

/** One place a string goes: `body(value)` is the selection with the payload (a `$p` or a literal) in it. */
interface Slot {
  name: string;
  /** How `$p` is declared: the argument's own type, String! or ID!. */
  type: string;
  body(value: string): string;
}

const isStringLike = (type: GraphQLInputType) => {
  const named = getNamedType(type);
  // Dates and URLs travel as strings too; their scalars refuse what is not one.
  return isScalarType(named) && ['String', 'ID', 'Date', 'URL'].includes(named.name);
};

/** A harmless value for a required argument that is not under test. */
function filler(arg: GraphQLArgument): string {
  const named = getNamedType(arg.type);
  if (isListType(getNullableType(arg.type))) return '["place:shushi"]';
  if (isScalarType(named) && named.name === 'Int') return '1';
  return '"place:shushi"';
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/** Every string argument of every Query field, and every string field of their input objects (ClaimWhere). */
function rootSlots(): Slot[] {
  const schema = buildApiSchema();
  const slots: Slot[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    for (const arg of field.args) {
      const others = field.args.filter((a) => a !== arg && isNonNullType(a.type)).map((a) => `${a.name}: ${filler(a)}`);
      const call = (value: string) => `${field.name}(${[...others, `${arg.name}: ${value}`].join(', ')})${selectionFor(field)}`;
      const named = getNamedType(arg.type);
      if (isStringLike(arg.type)) {
        const list = isListType(getNullableType(arg.type));
        slots.push({ name: `${field.name}(${arg.name})`, type: `${named.name}!`, body: (v) => call(list ? `[${v}]` : v) });
      } else if (isInputObjectType(named)) {
        // Every string field of the input, however deep (ClaimWhere → article → publisher → contains), once:
        // not again through AND / OR / NOT, which hold the same input again.
        const inside = (type: GraphQLInputObjectType, path: string, wrap: (literal: string) => string) => {
          for (const inner of Object.values(type.getFields())) {
            const innerNamed = getNamedType(inner.type);
            const list = isListType(getNullableType(inner.type));
            if (isStringLike(inner.type)) {
              slots.push({ name: `${field.name}(${path}.${inner.name})`, type: `${innerNamed.name}!`, body: (v) => call(wrap(`{ ${inner.name}: ${list ? `[${v}]` : v} }`)) });
            } else if (isInputObjectType(innerNamed) && innerNamed !== named) {
              inside(innerNamed, `${path}.${inner.name}`, (literal) => wrap(`{ ${inner.name}: ${literal} }`));
            }
          }
        };
        inside(named, arg.name, (literal) => literal);
      }
    }
  }
  return slots;
}

/** String arguments below the root: entity claims and relations, distances, article pages. */
const NESTED_SLOTS: Slot[] = [
  { name: 'Entity.claims(predicate)', type: 'String!', body: (v) => `entity(id: "place:shushi") { claims(predicate: ${v}) { totalCount } }` },
  { name: 'Entity.claims(after)', type: 'String!', body: (v) => `entity(id: "place:shushi") { claims(after: ${v}) { totalCount } }` },
  { name: 'Entity.mentions(after)', type: 'String!', body: (v) => `entity(id: "place:shushi") { mentions(after: ${v}) { totalCount } }` },
  { name: 'Entity.related(predicate)', type: 'String!', body: (v) => `entity(id: "place:shushi") { related(predicate: ${v}) { totalCount } }` },
  { name: 'Place.distanceTo(id)', type: 'ID!', body: (v) => `entity(id: "place:shushi") { ... on Place { distanceTo(id: ${v}) { __typename } } }` },
  { name: 'Article.claims(after)', type: 'String!', body: (v) => `article(id: "article:ap-2020-11-09-shushi-helicopter") { claims(after: ${v}) { totalCount } }` },
  { name: 'Article.mentions(after)', type: 'String!', body: (v) => `article(id: "article:ap-2020-11-09-shushi-helicopter") { mentions(after: ${v}) { totalCount } }` },
];

describe('the injection slots', () => {
  it('cover every string argument of every Query field and of ClaimWhere, and the nested ones', () => {
    const names = [...rootSlots(), ...NESTED_SLOTS].map((s) => s.name);
    for (const expected of ['search(text)', 'node(id)', 'nodes(ids)', 'claims(where.predicate_IN)', 'claims(where.about.id.eq)', 'claims(where.article.publisher.contains)', 'claims(where.attributedTo.id.in)', 'claims(after)', 'timeline(from)', 'timeline(to)', 'path(from)', 'path(to)', 'neighborhood(id)', 'entities(after)', 'articles(after)']) {
      expect(names).toContain(expected);
    }
    expect(names.length).toBeGreaterThanOrEqual(25);
  });
});

describe.each(BACKENDS)('injection (%s)', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: TestServer;
    const slots = [...rootSlots(), ...NESTED_SLOTS];

    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(async () => {
      await server?.close();
    });

    it(`[${backend}] ${PAYLOADS.length} payloads in every string argument of every query (as variables and inline): no error but the user's, nothing changed`, async () => {
      const before = await fingerprint(server.store);
      const cases = slots.flatMap((slot) => PAYLOADS.map((payload, i) => ({ slot, payload, i })));
      // Reads change nothing, so they can run a few at a time.
      const unexpected = (
        await mapConcurrent(cases, 4, async ({ slot, payload, i }) => {
          // As a variable of the argument's own type …
          const asVariable = await server.query(`query ($p: ${slot.type}) { ${slot.body('$p')} }`, { p: payload });
          // … and, for the injection payloads, written into the document as a string literal.
          const asLiteral = i < INJECTION_PAYLOADS.length ? await server.query(`{ ${slot.body(JSON.stringify(payload))} }`) : undefined;
          return [asVariable, asLiteral].flatMap((res) => {
            if (!res) return [];
            const codes = (res.body.errors ?? []).map((e) => e.extensions?.code);
            return res.status >= 500 || codes.some((c) => !USER_ERRORS.has(String(c)))
              ? [`${slot.name} ${JSON.stringify(payload).slice(0, 60)}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`]
              : [];
          });
        })
      ).flat();
      expect(unexpected).toEqual([]);
      expect(await fingerprint(server.store)).toEqual(before);
    });

    it(`[${backend}] payloads in every ingest field are stored verbatim as data, or refused (BAD_USER_INPUT, or BAD_REQUEST for a lone surrogate); nothing else changes`, async () => {
      const base = 'Azerbaijani forces took control of Shushi on Sunday, President Ilham Aliyev said.';
      const fields = ['text', 'title', 'publisher', 'url', 'publishedAt'] as const;
      const problems: string[] = [];
      let accepted = 0;
      for (const field of fields) {
        for (const [i, payload] of PAYLOADS.entries()) {
          const before = await server.store.counts();
          const beforeClaims = await server.store.claimsPage({}, { first: 100 });
          const beforeRecords = JSON.stringify(await server.store.getClaims(beforeClaims.items));
          const input: Record<string, string> = { text: `${base} Reference ${field}-${i}.` };
          if (field === 'text') input.text = `${base}\n${payload}`;
          else input[field] = payload;
          const res = await server.query(INGEST, { input });
          const code = res.body.errors?.[0]?.extensions?.code;
          const after = await server.store.counts();
          if (res.body.errors) {
            if (code !== 'BAD_USER_INPUT' && code !== 'BAD_REQUEST') problems.push(`${field}=${JSON.stringify(payload).slice(0, 50)}: ${JSON.stringify(res.body.errors).slice(0, 200)}`);
            if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${field}=${JSON.stringify(payload).slice(0, 50)}: refused but the counts changed`);
            continue;
          }
          accepted++;
          const id = res.body.data?.ingestArticle.article.id as string;
          const [article] = await server.store.getArticles([id]);
          // Stored verbatim, as data.
          if (field === 'text' && article?.text !== input.text) problems.push(`text payload ${i} not stored verbatim`);
          if ((field === 'title' || field === 'publisher') && (article as Record<string, unknown> | null)?.[field] !== payload.trim() && (article as Record<string, unknown> | null)?.[field] !== payload) {
            problems.push(`${field} payload ${i} stored as ${JSON.stringify((article as Record<string, unknown> | null)?.[field]).slice(0, 60)}`);
          }
          // Nothing already there was removed or rewritten; only this article's records were added.
          if (after.articles !== before.articles + 1) problems.push(`${field} payload ${i}: articles ${before.articles} -> ${after.articles}`);
          for (const key of ['entities', 'claims', 'evidence', 'mentions', 'edges'] as const) {
            if (after[key] < before[key]) problems.push(`${field} payload ${i}: ${key} fell from ${before[key]} to ${after[key]}`);
          }
          if (JSON.stringify(await server.store.getClaims(beforeClaims.items)) !== beforeRecords) problems.push(`${field} payload ${i}: existing claims changed`);
        }
      }
      expect(problems).toEqual([]);
      expect(accepted).toBeGreaterThan(PAYLOADS.length); // most title/publisher/text payloads are valid data
    });
  });
});

