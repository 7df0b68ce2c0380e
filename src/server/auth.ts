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

/** A key's name, `name:` before it in API_KEYS (`alice:3f9c…`); curation records it as the author. */
const NAMED = /^([A-Za-z][\w.-]{0,39}):(.{16,})$/;

/** An API_KEYS entry as its name and key; an unnamed key is known by the start of its SHA-256 (never by the key itself). */
export function keyEntry(entry: string): { name: string; key: string } {
  const named = NAMED.exec(entry);
  return named ? { name: named[1], key: named[2] } : { name: `key-${digest(entry).toString('hex').slice(0, 8)}`, key: entry };
}

/**
 * The name of the configured key the presented one is, compared with every configured key in
 * constant time: both sides are SHA-256 digests (equal length whatever the key lengths), and
 * every configured key is compared, so the time taken says nothing about which key, or how much
 * of one, matched.
 */
export function createKeyNamer(apiKeys: readonly string[]): (presented: string) => string | undefined {
  const known = apiKeys.map(keyEntry).map((e) => ({ name: e.name, digest: digest(e.key) }));
  return (presented) => {
    const candidate = digest(presented);
    let matched: string | undefined;
    for (const k of known) if (timingSafeEqual(candidate, k.digest) && matched === undefined) matched = k.name;
    return matched;
  };
}

export function createKeyCheck(apiKeys: readonly string[]): (presented: string) => boolean {
  const namer = createKeyNamer(apiKeys);
  return (presented) => namer(presented) !== undefined;
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
  const nameOf = createKeyNamer(options.apiKeys);
  const listener: GraphQLRequestListener<{ author?: string }> = {
    async didResolveOperation({ operation, request, contextValue }) {
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
      const name = nameOf(key);
      if (name === undefined) throw unauthenticated('The API key is not valid.');
      // Curation records who made each change.
      contextValue.author = name;
    },
  };
  return { requestDidStart: async () => listener };
}
