// The API's error vocabulary: what clients can branch on in `extensions.code`.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { StoreUnavailableError } from '../store/port.js';

export const BAD_USER_INPUT = 'BAD_USER_INPUT';
export const STORE_UNAVAILABLE = 'STORE_UNAVAILABLE';

/** An argument the client can fix; the message says what is valid. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
}

/**
 * Store failures become STORE_UNAVAILABLE with a fixed message (no driver internals); anything
 * unexpected keeps Apollo's INTERNAL_SERVER_ERROR without its stack.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof StoreUnavailableError) {
    return {
      message: 'The graph store is unavailable; try again shortly.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: STORE_UNAVAILABLE },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR') {
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
