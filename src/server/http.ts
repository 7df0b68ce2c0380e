// HTTP: Apollo Server 5 on Node's own http server. Routes: /graphql (GET and POST), /healthz,
// /readyz, the playground at / and the analyst explorer at /explore. One log line per request
// (request-log.ts), and a cap on the size of an answer (MAX_RESPONSE_BYTES).
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type Config, loadConfig } from '../config/config.js';
import { createContext } from '../api/context.js';
import { DataErrors } from '../api/data-errors.js';
import { LiveEvents } from '../api/live/events.js';
import type { Annotator } from '../ingest/ingest.js';
import { nlpService } from '../ingest/nlp/service.js';
import { BAD_REQUEST, QUERY_TIMEOUT } from '../api/errors.js';
import { createFormatError } from '../api/format-error.js';
import { argumentLengthsPlugin } from '../api/limits/argument-lengths.js';
import { authPlugin } from './auth.js';
import { persistedQueries } from '../api/limits/persisted-queries.js';
import { queryLimits } from '../api/limits/query-limits.js';
import { buildApiSchema } from '../api/schema.js';
import type { GraphStore } from '../store/port.js';
import { createExplorerHandler } from './explorer.js';
import { LISTEN_FAILURES, ListenError } from './listen-error.js';
import { createPlaygroundHandler } from './playground.js';
import { attachSubscriptions, type SubscriptionServer } from './websocket.js';
import { Readiness, observedStore } from './readiness.js';
import { createLogger, INTERNAL_SERVER_ERROR, type Logger, type RequestRecord, requestId, requestLogPlugin, type ServerContext } from './request-log.js';

/** Every setting at its default (configuration with no environment variables set). */
export const DEFAULT_CONFIG: Config = loadConfig({});
/** The default request body limit (MAX_BODY_BYTES). */
export const MAX_BODY_BYTES = DEFAULT_CONFIG.MAX_BODY_BYTES;
/** The code of an answer refused for its size (MAX_RESPONSE_BYTES). */
export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

/** The settings the HTTP layer reads; any left out take their defaults (DEFAULT_CONFIG). */
export type AppConfig = Pick<Config, 'CORS_ORIGINS' | 'LOG_LEVEL'> & Partial<Config>;

export interface AppOptions {
  store: GraphStore;
  config: AppConfig;
  /** Where log lines (JSON, one object a line) go; stdout by default (tests collect them). */
  log?: (line: string) => void;
  /** The NLP service for ingest; by default CORENLP_URL, or CoreNLP started locally on the first ingest. */
  nlp?: Annotator;
}

export interface RunningApp {
  url: string;
  server: http.Server;
  /**
   * Graceful stop: stops accepting connections, closes idle keep-alive ones, lets requests in
   * flight finish (their connections close after the answer), and after `deadlineMs` (default
   * SHUTDOWN_TIMEOUT_MS) cuts whatever is still open. Resolves with the number of connections cut.
   */
  close(deadlineMs?: number): Promise<{ cutConnections: number }>;
}

class BodyTooLarge extends Error {}
class ClientGone extends Error {}

/**
 * The request body, up to `limit` bytes. Past it the read stops and BodyTooLarge is thrown; the
 * caller answers 413 and closes the connection once that answer is sent.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    // A client that hangs up mid-body ('aborted' error, or just 'close'): settle, so nothing waits
    // for an end that never comes, and nothing is logged as a server failure.
    req.on('error', (error) => reject(req.complete ? error : new ClientGone()));
    req.on('close', () => {
      if (!req.complete) reject(new ClientGone());
    });
  });
}

// An unpaired UTF-16 surrogate: valid in a JSON escape ("\ud800"), but not Unicode text, and no
// store can keep it (UTF-8 turns it into U+FFFD), so such a request is refused whole.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether any string (or key) in a parsed JSON value holds a lone surrogate. */
function hasLoneSurrogate(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (LONE_SURROGATE.test(item)) return true;
    } else if (Array.isArray(item)) {
      stack.push(...item);
    } else if (item && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if (LONE_SURROGATE.test(key)) return true;
        stack.push(inner);
      }
    }
  }
  return false;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** An error answer made here rather than by Apollo; its code goes on the request's log line. */
function sendError(res: ServerResponse, record: RequestRecord, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  record.errorCodes.push(code);
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] });
}

/** CORS: an allowed Origin is echoed back (or '*'); preflights are answered here. */
function applyCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origins.includes('*')) res.setHeader('access-control-allow-origin', '*');
  else if (origin && origins.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
  }
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? 'content-type');
    res.setHeader('access-control-max-age', '600');
    res.writeHead(204).end();
    return true;
  }
  return false;
}

const OVERDUE = Symbol('overdue');

/** `work`'s result, or OVERDUE when it has not settled within `ms` (it is not stopped). */
async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof OVERDUE> {
  let timer: NodeJS.Timeout | undefined;
  const overdue = new Promise<typeof OVERDUE>((resolve) => {
    timer = setTimeout(() => resolve(OVERDUE), ms);
  });
  try {
    return await Promise.race([work, overdue]);
  } finally {
    clearTimeout(timer);
  }
}

export interface App {
  handler: http.RequestListener;
  apollo: ApolloServer<ServerContext>;
  /** The settings in force: the given config over the defaults. */
  settings: Config;
  /** From now on every answer carries `connection: close` (graceful shutdown). */
  beginShutdown(): void;
  /** Serves subscriptions (graphql-ws) on the server's /graphql WebSocket upgrades. */
  attachSubscriptions(server: http.Server): SubscriptionServer;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { store } = options;
  const config: Config = { ...DEFAULT_CONFIG, ...options.config };
  const logger: Logger = createLogger(config.LOG_LEVEL, options.log);
  const dataErrors = new DataErrors((key, message) => logger.error({ dataError: key }, message));
  const readiness = new Readiness(() => store.ping());
  const served = observedStore(store, readiness);
  const nlp: Annotator = options.nlp ?? { annotate: async (text, opts) => (await nlpService()).annotate(text, opts) };
  const schema = buildApiSchema();
  const events = new LiveEvents();
  const limits = queryLimits({
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxTokens: config.MAX_QUERY_TOKENS,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
    maxCost: config.MAX_QUERY_COST,
  });
  const persisted = persistedQueries(config.PERSISTED_QUERIES);
  const apollo = new ApolloServer<ServerContext>({
    schema,
    formatError: createFormatError(schema, { hideSuggestions: config.NODE_ENV === 'production' }),
    includeStacktraceInErrorResponses: false,
    introspection: config.INTROSPECTION,
    persistedQueries: persisted.apolloOption,
    // Signals are main.ts's to handle (drain, close the store, exit 0). Apollo's own handler would
    // stop Apollo and re-raise the signal, killing the process mid-drain (exit 143).
    stopOnTerminationSignals: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The schema has no cache hints: Apollo's cache-control plugin would only wrap every field
      // resolver (its willResolveField) to conclude `no-store`, which the answer below sets itself.
      ApolloServerPluginCacheControlDisabled(),
      argumentLengthsPlugin(),
      limits.plugin,
      authPlugin({ apiKeys: config.API_KEYS, requireAuthForReads: config.REQUIRE_AUTH_FOR_READS }),
      ...persisted.plugins,
      requestLogPlugin(logger),
    ],
  });
  await apollo.start();
  const playground = createPlaygroundHandler();
  const explorer = createExplorerHandler();

  const graphql = async (req: IncomingMessage, res: ServerResponse, url: URL, record: RequestRecord) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, config.MAX_BODY_BYTES);
      const type = headers.get('content-type') ?? '';
      if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          sendError(res, record, 400, BAD_REQUEST, 'The request body is not valid JSON');
          return;
        }
        if (hasLoneSurrogate(body)) {
          sendError(res, record, 400, BAD_REQUEST, 'The request body holds a string that is not valid Unicode (an unpaired UTF-16 surrogate escape such as "\\ud800")');
          return;
        }
      } else {
        body = raw;
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    const abandoned = new AbortController();
    const context: ServerContext = { ...createContext(served, nlp, { signal: abandoned.signal, events, dataErrors }), request: record };
    // The whole request's time budget: past it the client gets a 503 and the work's result is dropped
    // (each store transaction has its own, shorter, QUERY_TIMEOUT_MS and stops by itself; a mutation
    // still queued behind another is not run at all).
    const work = apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context });
    const response = await within(work, config.REQUEST_TIMEOUT_MS);
    if (response === OVERDUE) {
      abandoned.abort();
      work.catch(() => undefined);
      res.setHeader('retry-after', '5');
      sendError(
        res,
        record,
        503,
        QUERY_TIMEOUT,
        `The request took longer than ${config.REQUEST_TIMEOUT_MS} ms (REQUEST_TIMEOUT_MS) and was abandoned; ask for less or try again (a mutation that had not started is not run; one already running may still finish, and sending it again is safe).`,
      );
      return;
    }
    // The answer is built whole by now; past the cap it is not sent (the cost limit keeps most such
    // queries from running at all).
    if (response.body.kind === 'complete' && Buffer.byteLength(response.body.string) > config.MAX_RESPONSE_BYTES) {
      const bytes = Buffer.byteLength(response.body.string);
      res.setHeader('x-store-round-trips', String(context.roundTrips.count));
      sendError(
        res,
        record,
        400,
        RESPONSE_TOO_LARGE,
        `The answer would be ${bytes} bytes, more than the maximum of ${config.MAX_RESPONSE_BYTES} (MAX_RESPONSE_BYTES); ask for fewer fields, smaller pages or fewer aliases`,
        { limit: { name: 'maxResponseBytes', maximum: config.MAX_RESPONSE_BYTES, actual: bytes } },
      );
      return;
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    // Answers depend on the key and on data that changes with every ingest: never kept by a cache.
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-store-round-trips', String(context.roundTrips.count));
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  let shuttingDown = false;
  // Answers not yet sent: on shutdown they are told to close their connection once sent.
  const inFlight = new Set<ServerResponse>();
  const handler: http.RequestListener = (req, res) => {
    const started = process.hrtime.bigint();
    const record: RequestRecord = { id: requestId(req), operationName: null, errorCodes: [] };
    res.setHeader('x-request-id', record.id);
    if (shuttingDown) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
    const path = req.url?.split('?')[0];
    logger.debug({ reqId: record.id, method: req.method, path }, 'request started');
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        { reqId: record.id, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10, operation: record.operationName, errors: record.errorCodes },
        'request',
      );
    });
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
      try {
        if (url.pathname === '/graphql') {
          if (applyCors(req, res, config.CORS_ORIGINS)) return;
          await graphql(req, res, url, record);
        } else if (url.pathname === '/healthz') {
          sendJson(res, 200, { status: 'ok' });
        } else if (url.pathname === '/readyz') {
          const ready = await readiness.check();
          sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', store: store.backend });
        } else if (!explorer(req, res) && !playground(req, res)) {
          sendJson(res, 404, { error: `no route for ${req.method} ${url.pathname}; try POST /graphql, GET / (playground), GET /explore (explorer), /healthz or /readyz` });
        }
      } catch (error) {
        if (res.headersSent || error instanceof ClientGone) {
          if (!(error instanceof ClientGone)) logger.error({ reqId: record.id, method: req.method, path, err: error }, 'internal error after the answer began');
          res.destroy();
        } else if (error instanceof BodyTooLarge) {
          // The rest of the body is not read: answer, then drop the connection.
          res.setHeader('connection', 'close');
          res.on('finish', () => req.destroy());
          sendError(res, record, 413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${config.MAX_BODY_BYTES} bytes (MAX_BODY_BYTES)`);
        } else {
          logger.error({ reqId: record.id, method: req.method, path, err: error }, 'internal error');
          sendError(res, record, 500, INTERNAL_SERVER_ERROR, 'Internal server error', { requestId: record.id });
        }
      }
    })();
  };
  return {
    handler,
    apollo,
    settings: config,
    beginShutdown: () => {
      shuttingDown = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    },
    attachSubscriptions: (server) => attachSubscriptions(server, { schema, store: served, nlp, events, dataErrors, limits, config, logger, allows: persisted.allows }),
  };
}

/** Starts listening; `close()` stops accepting, lets requests in flight finish, then stops Apollo. */
export async function startApp(options: AppOptions & { port: number; host: string }): Promise<RunningApp> {
  const { handler, apollo, settings, beginShutdown, attachSubscriptions } = await createApp(options);
  const server = http.createServer(handler);
  const subscriptions = attachSubscriptions(server);
  await subscriptions.ready;
  // A request must arrive whole within the request budget (slow uploads are cut with 408).
  server.requestTimeout = settings.REQUEST_TIMEOUT_MS;
  server.headersTimeout = Math.min(60_000, settings.REQUEST_TIMEOUT_MS);
  // Requests Node's HTTP parser refuses before any handler runs (an unknown method, a malformed
  // request line, oversized headers, a request that took too long): answered as JSON too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (error as { code?: string }).code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [status, reason, message] =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', `The request did not arrive within ${settings.REQUEST_TIMEOUT_MS} ms`]
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'Request Header Fields Too Large', 'The request headers are too large']
          : [400, 'Bad Request', 'The request is not valid HTTP/1.1 (unknown method or malformed request line or headers)'];
    const body = JSON.stringify({ errors: [{ message, extensions: { code: BAD_REQUEST } }] });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, resolve);
    });
  } catch (error) {
    await apollo.stop();
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = LISTEN_FAILURES[code] ?? (error instanceof Error ? error.message : String(error));
    throw new ListenError(`Cannot listen on ${options.host}:${options.port} (HOST, PORT): ${why}`, { cause: error });
  }
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    server,
    close: async (deadlineMs = settings.SHUTDOWN_TIMEOUT_MS) => {
      beginShutdown();
      // Subscriptions never finish by themselves: their clients are told the server is going away.
      await subscriptions.close();
      let cutConnections = 0;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        timer = setTimeout(() => {
          server.getConnections((_, count) => {
            cutConnections = count;
            server.closeAllConnections();
          });
        }, deadlineMs);
      });
      clearTimeout(timer);
      await apollo.stop();
      return { cutConnections };
    },
  };
}
