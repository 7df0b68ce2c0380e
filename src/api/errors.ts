// The API's error vocabulary, one leaf module: every code clients can branch on in
// `extensions.code`, and the constructors resolvers use. It imports nothing of the project, so any
// module (pagination, limits, resolvers, the server) can use it without a cycle.
import { GraphQLError } from 'graphql';

/** An argument the client can fix; the message says what is valid. */
export const BAD_USER_INPUT = 'BAD_USER_INPUT';
/** The request itself is malformed (body, protocol, persisted-query hash). */
export const BAD_REQUEST = 'BAD_REQUEST';
/** The graph store cannot be reached; nothing internal is shown. */
export const STORE_UNAVAILABLE = 'STORE_UNAVAILABLE';
/** Ingest needs the NLP service (Stanford CoreNLP) and it is not reachable; nothing was written. */
export const NLP_UNAVAILABLE = 'NLP_UNAVAILABLE';
/** A store transaction ran past its time budget (QUERY_TIMEOUT_MS), or the request past REQUEST_TIMEOUT_MS. */
export const QUERY_TIMEOUT = 'QUERY_TIMEOUT';
/** A query past one of the limits (depth, aliases, tokens, cost …); `extensions.limit` says which. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
/** A write (or, with REQUIRE_AUTH_FOR_READS, a read) without a valid API key. */
export const UNAUTHENTICATED = 'UNAUTHENTICATED';
/** The store holds something the model says cannot be (a claim whose subject is gone): that object is null, the rest stands. */
export const DATA_ERROR = 'DATA_ERROR';
/** A WebSocket connection past MAX_SUBSCRIPTIONS_PER_CONNECTION. */
export const TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS';
/** A WebSocket upgrade past MAX_WS_CONNECTIONS (HTTP 503). */
export const TOO_MANY_CONNECTIONS = 'TOO_MANY_CONNECTIONS';

/** Data the store holds broken; the server has logged it (once). */
export function dataError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: DATA_ERROR } });
}

/** The message says how to start the service. */
export function nlpUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: NLP_UNAVAILABLE } });
}

/** An argument the client can fix; the message says what is valid. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
}
