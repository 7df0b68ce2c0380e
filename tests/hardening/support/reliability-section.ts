// The tables of the README's "## Reliability" section, built from the constants the hardening
// tests and the server use. tests/hardening/figures.unit.test.ts checks that the README holds them
// verbatim; `npx tsx tests/hardening/support/reliability-section.ts` prints them for pasting.
import { DEFAULT_CONFIG } from '../../../src/server/http.js';
import { MAX_PATH_HOPS } from '../../../src/store/port.js';
import { MAX_NEIGHBORHOOD_HOPS } from '../../../src/api/resolvers/arguments.js';
import { DEFAULT_LIST_SIZE } from '../../../src/api/limits/cost.js';
import { MAX_CURSOR_CHARS, MAX_STRING_CHARS, MAX_VARIABLES_CHARS, STRING_LIMITS, VALUE_PREFIX_CHARS } from '../../../src/api/limits/argument-lengths.js';
import { READY_FRESH_MS, READY_PROBE_TIMEOUT_MS } from '../../../src/server/readiness.js';
import { MAX_PAGE_SIZE } from '../../../src/api/pagination.js';
import { MAX_QUEUED_EVENTS } from '../../../src/api/live/events.js';
import {
  AUDIT_DEVIATIONS,
  CONCURRENT_INGESTS,
  CONCURRENT_READERS,
  CONCURRENT_BATCHES,
  CRASH_AFTER_COMMITS,
  CRASH_KILL_WITHIN_MS,
  CRASH_RUNS,
  CRASH_TEST_BUDGET_MS,
  FUZZ_CONCURRENCY,
  FUZZ_REQUEST_TIMEOUT_MS,
  FUZZ_RUNS,
  FUZZ_SEED,
  FUZZ_SERVER_TIMEOUT_MS,
  OUTAGE_ANSWER_MS,
  SHUTDOWN_CUT_AFTER_MS,
  SLOW_QUERY_SLACK_MS,
  SLOW_QUERY_TIMEOUT_MS,
} from './figures.js';
import { INJECTION_PAYLOADS, UNICODE_EDGE_CASES } from './payloads.js';

const n = (value: number) => value.toLocaleString('en-US');
const row = (...cells: string[]) => `| ${cells.join(' | ')} |`;

export function limitsTable(): string[] {
  const c = DEFAULT_CONFIG;
  return [
    row('limit', 'default', 'refusal'),
    row('---', '---', '---'),
    row('request body', `${n(c.MAX_BODY_BYTES)} bytes (\`MAX_BODY_BYTES\`)`, '413 `PAYLOAD_TOO_LARGE`'),
    row('query depth', `${n(c.MAX_QUERY_DEPTH)} (\`MAX_QUERY_DEPTH\`)`, '400 `QUERY_TOO_COMPLEX`'),
    row('aliases', `${n(c.MAX_QUERY_ALIASES)} (\`MAX_QUERY_ALIASES\`)`, '400 `QUERY_TOO_COMPLEX`'),
    row('tokens', `${n(c.MAX_QUERY_TOKENS)} (\`MAX_QUERY_TOKENS\`)`, '400 `QUERY_TOO_COMPLEX`'),
    row('directives', `${n(c.MAX_QUERY_DIRECTIVES)} (\`MAX_QUERY_DIRECTIVES\`)`, '400 `QUERY_TOO_COMPLEX`'),
    row('query cost', `${n(c.MAX_QUERY_COST)} (\`MAX_QUERY_COST\`)`, '400 `QUERY_TOO_COMPLEX`'),
    row(
      'string arguments',
      `${MAX_STRING_CHARS} characters (ids, names, search text, predicates); cursors ${MAX_CURSOR_CHARS}; dates ${STRING_LIMITS['Query.timeline(from:)']}; article text ${n(STRING_LIMITS['IngestArticleInput.text'])}, title and publisher ${STRING_LIMITS['IngestArticleInput.title']}, url ${n(STRING_LIMITS['IngestArticleInput.url'])}`,
      `400 \`BAD_USER_INPUT\` naming the argument, the value shown by its first ${VALUE_PREFIX_CHARS} characters`,
    ),
    row('variables of a request', `${n(MAX_VARIABLES_CHARS)} characters as JSON`, '400 `BAD_USER_INPUT`'),
    row('answer size', `${n(c.MAX_RESPONSE_BYTES)} bytes (\`MAX_RESPONSE_BYTES\`)`, '400 `RESPONSE_TOO_LARGE`'),
    row('page size `first`', `${MAX_PAGE_SIZE}`, '`BAD_USER_INPUT`, never clamped'),
    row('`path(maxHops:)`', `${MAX_PATH_HOPS}`, '`BAD_USER_INPUT`, nothing run'),
    row('`neighborhood(hops:)`', `${MAX_NEIGHBORHOOD_HOPS}`, '`BAD_USER_INPUT`'),
    row('one store transaction [neo4j]', `${n(c.QUERY_TIMEOUT_MS)} ms (\`QUERY_TIMEOUT_MS\`)`, '`QUERY_TIMEOUT` on the field'),
    row('one HTTP request', `${n(c.REQUEST_TIMEOUT_MS)} ms (\`REQUEST_TIMEOUT_MS\`)`, '503 `QUERY_TIMEOUT`, `retry-after: 5`'),
    row('drain on SIGTERM', `${n(c.SHUTDOWN_TIMEOUT_MS)} ms (\`SHUTDOWN_TIMEOUT_MS\`)`, 'connections still busy are cut'),
    row('start-up (open, seed, listen)', `${n(c.STARTUP_TIMEOUT_MS)} ms (\`STARTUP_TIMEOUT_MS\`)`, 'one message, exit 1'),
    row('WebSocket connections', `${n(c.MAX_WS_CONNECTIONS)} (\`MAX_WS_CONNECTIONS\`)`, 'HTTP 503 `TOO_MANY_CONNECTIONS` before the upgrade'),
    row('subscriptions per connection', `${n(c.MAX_SUBSCRIPTIONS_PER_CONNECTION)} (\`MAX_SUBSCRIPTIONS_PER_CONNECTION\`)`, '`TOO_MANY_SUBSCRIPTIONS` on the refused one'),
    row('events queued for one subscriber', n(MAX_QUEUED_EVENTS), 'that subscription ends with an error saying so'),
  ];
}

export function testsTable(): string[] {
  return [
    row('what', 'test', 'figures'),
    row('---', '---', '---'),
    row(
      'fuzzing',
      '`fuzz.test.ts`',
      `${n(FUZZ_RUNS.embedded)} generated requests on [embedded], ${n(FUZZ_RUNS.neo4j)} on [neo4j]; fast-check seed ${FUZZ_SEED}; ${FUZZ_CONCURRENCY} in flight; server budget ${n(FUZZ_SERVER_TIMEOUT_MS)} ms, no answer within ${n(FUZZ_REQUEST_TIMEOUT_MS)} ms fails`,
    ),
    row(
      'injection',
      '`injection.test.ts`',
      `${INJECTION_PAYLOADS.length} Cypher-injection payloads and ${UNICODE_EDGE_CASES.length} unicode edge cases, in every string argument of every query (as variables and as literals) and every ingest field`,
    ),
    row('query limits', '`limits.test.ts`', 'each limit at its maximum (served) and past it (refused, naming both numbers)'),
    row(
      'slow store call [neo4j]',
      '`limits.test.ts`',
      `with \`QUERY_TIMEOUT_MS\`=${SLOW_QUERY_TIMEOUT_MS}, a many-second statement is stopped by the store and answered \`QUERY_TIMEOUT\` within ${n(SLOW_QUERY_TIMEOUT_MS + SLOW_QUERY_SLACK_MS)} ms`,
    ),
    row('length limits', '`argument-lengths.test.ts`', 'a 900 KB value in each kind of string argument, as a literal and a variable: refused before any store call, no echo past the prefix'),
    row('logs', '`logging.test.ts`', 'an internal error: stack and request id in the log, masked error with the id for the client; no API key or article text in the log; `LOG_LEVEL`'),
    row('readiness', '`readiness.test.ts`', `\`/readyz\` 503 within ${READY_FRESH_MS} ms of the store going away (probe timeout ${n(READY_PROBE_TIMEOUT_MS)} ms), 200 with the first query served again`),
    row('start-up', '`startup.test.ts`', 'bad `HOST`: one line, exit 1, store never opened; unreachable or silent Neo4j: exit 1 within 30,000 ms'),
    row('ingest input', '`input-checks.test.ts`', 'any HTML tag or entity-encoded markup refused with the reason; publication dates from 1800-01-01 to tomorrow'),
    row('credentials', '`auth.test.ts`', 'missing, malformed and wrong keys (bearer and `x-api-key`), GET mutations, no `API_KEYS`: refused, store unchanged'),
    row('concurrency', '`concurrency.test.ts`', `${CONCURRENT_INGESTS} ingests of one article at once (API and store); ${CONCURRENT_READERS} readers while articles are written`),
    row(
      'concurrent batches',
      '`store-concurrency.test.ts`',
      `${CONCURRENT_BATCHES} batches written at once, each twice, on an on-disk store, with a reader polling (and, embedded, a second writer process): 0 errors, no reader sees an article half-written, each article once and whole`,
    ),
    row(
      'crashes',
      '`crash.test.ts`',
      `${CRASH_RUNS.embedded} kill -9s on [embedded], ${CRASH_RUNS.neo4j} on [neo4j], of a process writing batches, each at a random moment after one of its first ${CRASH_AFTER_COMMITS} commits (up to ${CRASH_KILL_WITHIN_MS} ms on [embedded], up to one batch's writing time on [neo4j]), within ${n(CRASH_TEST_BUDGET_MS.embedded)} and ${n(CRASH_TEST_BUDGET_MS.neo4j)} ms: the store opens, every acknowledged article is there, none is half-written, every quote matches its text, the dropped batch writes again`,
    ),
    row('outage [neo4j]', '`outage.test.ts`', `Neo4j stopped twice (once mid-ingest); answers within ${n(OUTAGE_ANSWER_MS)} ms; recovery without a restart`),
    row('shutdown', '`shutdown.test.ts`', `SIGTERM with an ingest in flight: finished, exit 0; with \`SHUTDOWN_TIMEOUT_MS\`=${SHUTDOWN_CUT_AFTER_MS}: cut, exit 0`),
    row('GraphQL over HTTP', '`graphql-over-http.test.ts`', `graphql-http's server audits: every MUST passes; ${Object.keys(AUDIT_DEVIATIONS).length} SHOULD/MAY deviations, below`),
  ];
}

export function auditTable(): string[] {
  return [
    row('audit', 'level', 'reason'),
    row('---', '---', '---'),
    ...Object.entries(AUDIT_DEVIATIONS).map(([id, d]) => row(`${id} ${d.name}`, d.status, d.reason)),
  ];
}

export function costNote(): string {
  return `list fields cost their \`first\` (at most ${MAX_PAGE_SIZE}), every list that grows with the graph having one; other lists (evidence, attributedTo …) count ${DEFAULT_LIST_SIZE} items`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  console.log([...limitsTable(), '', ...testsTable(), '', ...auditTable(), '', costNote()].join('\n'));
}
