// Persisted queries. `on`: Apollo's automatic persisted queries (a client sends a query's SHA-256
// and, the first time, its text), kept in a size-bounded LRU cache. `only`: an allow-list for
// production: the operations of examples/ (printed as the manifest below) are the only ones served,
// by hash or by text; anything else is refused before it is parsed further. `off`: neither.
import { createHash } from 'node:crypto';
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError, type DocumentNode, Kind, type OperationDefinitionNode, print } from 'graphql';
import { analysisExamples } from '../../../examples/analysis.js';
import { curationExamples } from '../../../examples/curation.js';
import { liveExamples } from '../../../examples/live.js';
import { questions } from '../../../examples/questions.js';

export type PersistedQueriesMode = 'on' | 'off' | 'only';

export const PERSISTED_QUERY_NOT_IN_LIST = 'PERSISTED_QUERY_NOT_IN_LIST';

/** Bytes of query text the automatic cache keeps (least recently used go first). */
export const APQ_CACHE_BYTES = 8 * 1024 * 1024;

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/** The allow-list in Apollo's persisted query manifest format, from examples/ (ids are SHA-256 of the body). */
export function persistedQueryManifest(): { format: 'apollo-persisted-query-manifest'; version: 1; operations: ManifestOperation[] } {
  const operations = [...questions, ...liveExamples, ...analysisExamples, ...curationExamples].map(({ document }: { document: DocumentNode }) => {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const body = print(document);
    return { id: sha256(body), name: operation.name?.value ?? '', type: operation.operation, body };
  });
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/** A cache holding exactly the manifest: lookups by hash find it, registrations change nothing. */
class AllowListCache implements KeyValueCache<string> {
  constructor(private readonly bodies: ReadonlyMap<string, string>) {}
  async get(key: string) {
    // Apollo prefixes its keys ("apq:<hash>"); the hash is what follows the last colon.
    return this.bodies.get(key.slice(key.lastIndexOf(':') + 1));
  }
  async set() {}
  async delete() {
    return false;
  }
}

export interface PersistedQueries {
  apolloOption: ApolloServerOptions<BaseContext>['persistedQueries'];
  plugins: ApolloServerPlugin[];
  /** For transports outside Apollo (WebSocket): whether this query text may run. */
  allows(query: string): boolean;
}

export function notInList(): GraphQLError {
  return new GraphQLError(
    'This server runs only its listed operations (PERSISTED_QUERIES=only); the operation sent is not one of them. The list is the manifest printed by `npm run persisted-queries`.',
    { extensions: { code: PERSISTED_QUERY_NOT_IN_LIST, http: { status: 400 } } },
  );
}

export function persistedQueries(mode: PersistedQueriesMode): PersistedQueries {
  if (mode === 'off') return { apolloOption: false, plugins: [], allows: () => true };
  if (mode === 'on') {
    return {
      apolloOption: { cache: new InMemoryLRUCache<string>({ maxSize: APQ_CACHE_BYTES, sizeCalculation: (body) => body.length }) },
      plugins: [],
      allows: () => true,
    };
  }
  const bodies = new Map(persistedQueryManifest().operations.map((o) => [o.id, o.body]));
  return {
    apolloOption: { cache: new AllowListCache(bodies), ttl: null },
    // By hash Apollo finds only listed bodies; a query sent as text is checked here (where a
    // refusal gets Apollo's error handling: thrown earlier, it would become a 500).
    plugins: [
      {
        requestDidStart: async () => ({
          async didResolveOperation({ queryHash }) {
            if (!bodies.has(queryHash)) throw notInList();
          },
        }),
      },
    ],
    allows: (query) => bodies.has(sha256(query)),
  };
}
