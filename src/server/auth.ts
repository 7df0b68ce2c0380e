// Who may write: mutations need one of the configured API keys (API_KEYS), sent as
// `Authorization: Bearer <key>` or `x-api-key: <key>`. Reads are public unless
// REQUIRE_AUTH_FOR_READS is set. Checked once the operation is known (didResolveOperation), so a
// refused request never reaches a resolver and nothing is written.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestListener, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { UNAUTHENTICATED } from '../api/errors.js';

export interface AuthOptions {
  apiKeys: readonly string[];
  requireAuthForReads: boolean;
}

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();

/**
 * Compares the presented key with every configured key in constant time: both sides are SHA-256
 * digests (equal length whatever the key lengths), and every configured key is compared, so the
 * time taken says nothing about which key, or how much of one, matched.
 */
export function createKeyCheck(apiKeys: readonly string[]): (presented: string) => boolean {
  const digests = apiKeys.map(digest);
  return (presented) => {
    const candidate = digest(presented);
    let matched = false;
    for (const known of digests) matched = timingSafeEqual(candidate, known) || matched;
    return matched;
  };
}

/** The key a request carries: `Authorization: Bearer <key>` first, else `x-api-key`. */
export function presentedKey(headers: HeaderMap | undefined): string | undefined {
  const authorization = headers?.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match) return match[1];
  }
  const header = headers?.get('x-api-key')?.trim();
  return header || undefined;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: UNAUTHENTICATED,
      http: { status: 401, headers: new Map([['www-authenticate', 'Bearer realm="newsgraph"']]) },
    },
  });
}

export function authPlugin(options: AuthOptions): ApolloServerPlugin {
  const check = createKeyCheck(options.apiKeys);
  const listener: GraphQLRequestListener<object> = {
    async didResolveOperation({ operation, request }) {
      if (!operation) return;
      const isWrite = operation.operation !== 'query';
      if (!isWrite && !options.requireAuthForReads) return;
      const what = isWrite ? 'Mutations' : 'Queries';
      if (options.apiKeys.length === 0) {
        throw unauthenticated(
          'Writes are disabled on this server: no API keys are configured. Set API_KEYS (a comma-separated list of keys, at least 16 characters each) and send one as "Authorization: Bearer <key>" or "x-api-key: <key>".',
        );
      }
      const key = presentedKey(request.http?.headers);
      if (key === undefined) {
        throw unauthenticated(`${what} need an API key: send it as "Authorization: Bearer <key>" or "x-api-key: <key>".`);
      }
      if (!check(key)) throw unauthenticated('The API key is not valid.');
    },
  };
  return { requestDidStart: async () => listener };
}
