// Structured logs (pino, one JSON object a line): one line per request with its id, status,
// duration, operation name and error codes; internal errors with their stack and the request id.
// Neither request bodies, variables nor headers are logged, so API keys and article text never are.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import pino, { type Logger } from 'pino';
import type { ApiContext } from '../api/context.js';
import { RequestAbandonedError } from '../api/context.js';
import type { Config } from '../config/config.js';
import { StoreUnavailableError } from '../store/port.js';

export type { Logger } from 'pino';

export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';

/** What the request line says about a request beyond HTTP: filled in as the request goes. */
export interface RequestRecord {
  id: string;
  operationName: string | null;
  errorCodes: string[];
}

/** The context of a GraphQL request in this server: the API's, and the request's record. */
export type ServerContext = ApiContext & { request: RequestRecord };

/** LOG_LEVEL → pino level: `info` gives one line per request, `debug` adds a line as each starts. */
const LEVELS: Record<Config['LOG_LEVEL'], pino.LevelWithSilent> = { silent: 'silent', info: 'info', debug: 'debug' };

/** The server's logger; lines go to `sink` (tests collect them) or to stdout. */
export function createLogger(level: Config['LOG_LEVEL'], sink?: (line: string) => void): Logger {
  const options: pino.LoggerOptions = { level: LEVELS[level], base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (!sink) return pino(options, pino.destination({ dest: 1, sync: true }));
  return pino(options, { write: (chunk: string) => sink(chunk.replace(/\n$/, '')) });
}

// A client's own id is kept when it is short and plain (it ties its logs to ours); otherwise ours.
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Whether an error reached the client as INTERNAL_SERVER_ERROR: a bug, not the client's or the store's doing. */
export function isInternalError(error: GraphQLError): boolean {
  if (error.extensions?.code) return false;
  const original = unwrapResolverError(error);
  if (original instanceof StoreUnavailableError || original instanceof RequestAbandonedError) return false;
  return !(original instanceof GraphQLError && original.extensions?.code);
}

/**
 * Records the operation name and the error codes sent for the request line; logs internal errors
 * with their stack; gives the client the request id on the masked error instead.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart({ contextValue }): Promise<GraphQLRequestListener<ServerContext>> {
      const record = contextValue.request;
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isInternalError(error)) {
              logger.error({ reqId: record.id, operation: operationName ?? null, path: error.path, err: original }, 'internal error');
            } else if (original instanceof StoreUnavailableError) {
              logger.warn({ reqId: record.id, operation: operationName ?? null, path: error.path, cause: original.message }, 'store unavailable');
            }
          }
        },
        async willSendResponse({ response, operationName }) {
          record.operationName = operationName ?? null;
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            if (typeof code === 'string') record.errorCodes.push(code);
            if (code === INTERNAL_SERVER_ERROR) (error.extensions as Record<string, unknown>).requestId = record.id;
          }
        },
      };
    },
  };
}
