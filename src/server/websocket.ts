// Subscriptions: graphql-ws over WebSocket on /graphql, beside Apollo's HTTP handling. The same
// checks as an HTTP request, in the same order: API key (when reads need one), token count,
// validation with the depth/alias/directive rules, argument lengths, cost. Bounded: at most
// MAX_WS_CONNECTIONS sockets (more get HTTP 503 before the upgrade) and
// MAX_SUBSCRIPTIONS_PER_CONNECTION operations on each.
import type http from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { Duplex } from 'node:stream';
import { type DocumentNode, GraphQLError, type GraphQLSchema, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../config/config.js';
import { createContext } from '../api/context.js';
import { BAD_REQUEST, BAD_USER_INPUT, TOO_MANY_CONNECTIONS, TOO_MANY_SUBSCRIPTIONS } from '../api/errors.js';
import { badValueMessage } from '../api/format-error.js';
import type { DataErrors } from '../api/data-errors.js';
import { ChangeFeed } from '../api/live/changes.js';
import type { LiveEvents } from '../api/live/events.js';
import { checkArgumentLengths } from '../api/limits/argument-lengths.js';
import { createKeyCheck, presentedKey } from './auth.js';
import { operationCost } from '../api/limits/cost.js';
import { limitError, type queryLimits, tokenLimitError } from '../api/limits/query-limits.js';
import { notInList } from '../api/limits/persisted-queries.js';
import type { Annotator } from '../ingest/ingest.js';
import type { GraphStore } from '../store/port.js';
import type { Logger } from './request-log.js';


export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  store: GraphStore;
  nlp: Annotator;
  events: LiveEvents;
  dataErrors: DataErrors;
  limits: ReturnType<typeof queryLimits>;
  config: Pick<Config, 'API_KEYS' | 'REQUIRE_AUTH_FOR_READS' | 'MAX_QUERY_COST' | 'MAX_BODY_BYTES' | 'MAX_WS_CONNECTIONS' | 'MAX_SUBSCRIPTIONS_PER_CONNECTION' | 'LIVE_POLL_MS'>;
  logger: Logger;
  /** Whether a query text may run (PERSISTED_QUERIES=only lists the allowed ones). */
  allows: (query: string) => boolean;
}

export interface SubscriptionServer {
  /** Resolves once the change feed knows where the store's change log stands: events from then on reach subscribers. */
  ready: Promise<void>;
  /** Open WebSocket connections. */
  connections(): number;
  /** Ends every connection (close code 1001, going away). */
  close(): Promise<void>;
}

/** The key in graphql-ws connection params (`authorization` or `x-api-key`), else in the upgrade request's headers; read as HTTP reads it. */
function wsPresentedKey(params: Readonly<Record<string, unknown>> | undefined, request: http.IncomingMessage): string | undefined {
  const headers = new HeaderMap();
  for (const name of ['authorization', 'x-api-key']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  for (const [name, value] of Object.entries(params ?? {})) if (typeof value === 'string') headers.set(name.toLowerCase(), value);
  return presentedKey(headers);
}

function refuseUpgrade(socket: Duplex, status: number, reason: string, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nretry-after: 5\r\nconnection: close\r\n\r\n${body}`);
}

export function attachSubscriptions(server: http.Server, options: SubscriptionServerOptions): SubscriptionServer {
  const { config, logger } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.MAX_BODY_BYTES });
  const keyIsValid = createKeyCheck(config.API_KEYS);

  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/graphql') {
      refuseUpgrade(socket, 404, 'Not Found', 'NOT_FOUND', `No WebSocket endpoint at ${path}; subscriptions are served at /graphql`);
      return;
    }
    if (wss.clients.size >= config.MAX_WS_CONNECTIONS) {
      refuseUpgrade(socket, 503, 'Service Unavailable', TOO_MANY_CONNECTIONS, `The server holds its maximum of ${config.MAX_WS_CONNECTIONS} WebSocket connections (MAX_WS_CONNECTIONS); try again later`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  const refuse = (message: string, code: string, extensions: Record<string, unknown> = {}) => [new GraphQLError(message, { extensions: { code, ...extensions } })];

  const disposable = useServer(
    {
      schema: options.schema,
      onConnect: (ctx) => {
        if (!config.REQUIRE_AUTH_FOR_READS) return true;
        const key = wsPresentedKey(ctx.connectionParams, ctx.extra.request);
        if (key !== undefined && keyIsValid(key)) return true;
        // A close reason says why (graphql-ws's own refusal would only say "Forbidden").
        ctx.extra.socket.close(CloseCode.Forbidden, key === undefined ? 'Subscriptions need an API key: connection param authorization: "Bearer <key>" or x-api-key' : 'The API key is not valid');
        return false;
      },
      onSubscribe: (ctx, id, payload) => {
        const open = Object.keys(ctx.subscriptions).length;
        if (open > config.MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return refuse(
            `This connection already has ${open - 1} subscriptions, the maximum (MAX_SUBSCRIPTIONS_PER_CONNECTION is ${config.MAX_SUBSCRIPTIONS_PER_CONNECTION}); complete one or open another connection`,
            TOO_MANY_SUBSCRIPTIONS,
          );
        }
        if (!options.allows(payload.query)) return [notInList()];
        let document: DocumentNode;
        try {
          document = parse(payload.query, options.limits.parseOptions);
        } catch (error) {
          return [tokenLimitError(error) ?? (error instanceof GraphQLError ? error : new GraphQLError(String(error)))];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation && operation.operation !== 'subscription') {
          return refuse(`Only subscriptions are served over WebSocket; send ${operation.operation === 'query' ? 'queries' : 'mutations'} to POST /graphql`, BAD_REQUEST);
        }
        const errors = validate(options.schema, document, [...specifiedRules, ...options.limits.validationRules]);
        // Values the schema's types reject are the client's to fix, as over HTTP (api/format-error.ts).
        if (errors.length) return errors.map((e) => {
          const message = badValueMessage(options.schema, e.message);
          return message ? new GraphQLError(message, { nodes: e.nodes, extensions: { code: BAD_USER_INPUT } }) : e;
        });
        const variables = (payload.variables ?? {}) as Record<string, unknown>;
        try {
          checkArgumentLengths(options.schema, document, variables);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        if (operation) {
          const cost = operationCost(options.schema, document, operation, variables);
          if (cost > config.MAX_QUERY_COST) return [limitError('maxCost', Math.ceil(cost), config.MAX_QUERY_COST)];
        }
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
          contextValue: createContext(options.store, options.nlp, { events: options.events, dataErrors: options.dataErrors }),
        };
      },
      // After the operation has joined the event hub: from this line on, events reach it.
      onOperation: (_ctx, id, payload) => {
        logger.info({ ws: true, subscription: id, operation: payload.operationName ?? null }, 'subscribed');
      },
      onError: (_ctx, id, _payload, errors) => {
        logger.info({ ws: true, subscription: id, errors: errors.map((e) => e.extensions?.code ?? 'GRAPHQL_ERROR') }, 'subscription refused');
      },
    },
    wss,
  );

  const feed = new ChangeFeed(options.store, options.events, config.LIVE_POLL_MS, {
    warn: (error) => logger.warn({ liveUpdates: 'paused', err: error instanceof Error ? error.message : String(error) }, 'the change log could not be read; live updates resume when the store answers'),
    recovered: () => logger.info({ liveUpdates: 'resumed' }, 'the change log is read again'),
  });
  return {
    ready: feed.start(),
    connections: () => wss.clients.size,
    close: async () => {
      feed.stop();
      await disposable.dispose();
    },
  };
}
