// HTTP: Apollo Server 5 on Node's own http server. Routes: /graphql (GET and POST), /healthz,
// /readyz, the playground at / and the analyst explorer at /explore. One log line per request.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config/config.js';
import type { ApiContext } from '../api/context.js';
import { createContext } from '../api/context.js';
import { createFormatError } from '../api/errors.js';
import { buildApiSchema } from '../api/schema.js';
import type { GraphStore } from '../store/port.js';
import { createExplorerHandler } from './explorer.js';
import { createPlaygroundHandler } from './playground.js';

export const MAX_BODY_BYTES = 1_000_000;
const READY_TIMEOUT_MS = 2_000;

export interface AppOptions {
  store: GraphStore;
  config: Pick<Config, 'CORS_ORIGINS' | 'LOG_LEVEL'>;
  /** Where log lines go (tests collect them). */
  log?: (line: string) => void;
}

export interface RunningApp {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

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
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
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

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function createApp(options: AppOptions): Promise<{ handler: http.RequestListener; apollo: ApolloServer<ApiContext> }> {
  const { store, config } = options;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const schema = buildApiSchema();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError: createFormatError(schema),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const playground = createPlaygroundHandler();
  const explorer = createExplorerHandler();

  const graphql = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, MAX_BODY_BYTES);
      const type = headers.get('content-type') ?? '';
      if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      } else {
        body = raw;
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    const context = createContext(store);
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('x-store-round-trips', String(context.roundTrips.count));
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const handler: http.RequestListener = (req, res) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (config.LOG_LEVEL === 'silent') return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(`${new Date().toISOString()} ${req.method} ${req.url?.split('?')[0]} ${res.statusCode} ${ms.toFixed(1)}ms`);
    });
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
      try {
        if (url.pathname === '/graphql') {
          if (applyCors(req, res, config.CORS_ORIGINS)) return;
          await graphql(req, res, url);
        } else if (url.pathname === '/healthz') {
          sendJson(res, 200, { status: 'ok' });
        } else if (url.pathname === '/readyz') {
          try {
            await withTimeout(store.ping(), READY_TIMEOUT_MS);
            sendJson(res, 200, { status: 'ready', store: store.backend });
          } catch {
            sendJson(res, 503, { status: 'unavailable', store: store.backend });
          }
        } else if (!explorer(req, res) && !playground(req, res)) {
          sendJson(res, 404, { error: `no route for ${req.method} ${url.pathname}; try POST /graphql, GET / (playground), GET /explore (explorer), /healthz or /readyz` });
        }
      } catch (error) {
        if (res.headersSent) {
          res.destroy();
        } else if (error instanceof BodyTooLarge) {
          // The rest of the body is not read: answer, then drop the connection.
          res.setHeader('connection', 'close');
          res.on('finish', () => req.destroy());
          sendJson(res, 413, { errors: [{ message: `The request body exceeds ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        } else {
          log(`request failed: ${error instanceof Error ? error.stack : String(error)}`);
          sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        }
      }
    })();
  };
  return { handler, apollo };
}

/** Starts listening; `close()` stops accepting, lets requests in flight finish, then stops Apollo. */
export async function startApp(options: AppOptions & { port: number; host: string }): Promise<RunningApp> {
  const { handler, apollo } = await createApp(options);
  const server = http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    server,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
