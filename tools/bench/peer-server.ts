// The peer's server child: @neo4j/graphql 7 over the Neo4j graph the bench server loaded, served
// by Apollo Server 5 standalone on a free loopback port. Prints `BENCH_READY {"url", "pid"}`.
// Every response carries `x-store-round-trips`: the Cypher statements the request ran, counted
// on a per-request wrapper of the driver handed to @neo4j/graphql as its execution context.
//
//   node --import tsx tools/bench/peer-server.ts --neo4j-uri bolt://127.0.0.1:7687
import { exitOnStop } from './cli.js';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session, type SessionConfig } from 'neo4j-driver';

type TransactionConfig = Parameters<Session['executeRead']>[1];
import { PEER_TYPE_DEFS } from './peer.js';

function arg(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || process.argv[i + 1] === undefined) throw new Error(`peer server: --${name} is required`);
  return process.argv[i + 1];
}

interface PeerContext {
  executionContext: ReturnType<typeof countingDriver>;
  statements: { n: number };
}

/** The slice of a driver @neo4j/graphql's executor uses, counting the statements it runs. */
function countingDriver(driver: Driver, statements: { n: number }) {
  const counted = (tx: ManagedTransaction) => ({
    run: (query: string, parameters?: Record<string, unknown>) => {
      statements.n++;
      return tx.run(query, parameters);
    },
  });
  return {
    executeQueryBookmarkManager: driver.executeQueryBookmarkManager,
    session: (config: SessionConfig) => {
      const session = driver.session(config);
      return {
        executeRead: <T>(work: (tx: ReturnType<typeof counted>) => Promise<T>, txConfig?: TransactionConfig) => session.executeRead((tx) => work(counted(tx)), txConfig),
        executeWrite: <T>(work: (tx: ReturnType<typeof counted>) => Promise<T>, txConfig?: TransactionConfig) => session.executeWrite((tx) => work(counted(tx)), txConfig),
        close: () => session.close(),
      };
    },
  };
}

async function main() {
  const driver = neo4j.driver(arg('neo4j-uri'), neo4j.auth.basic('neo4j', 'neo4j'));
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer<PeerContext>({
    schema,
    plugins: [
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              response.http.headers.set('x-store-round-trips', String(contextValue.statements.n));
            },
          };
        },
      },
    ],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => {
      const statements = { n: 0 };
      return { statements, executionContext: countingDriver(driver, statements) };
    },
  });
  process.stdout.write(`BENCH_READY ${JSON.stringify({ url: url.replace(/\/$/, ''), pid: process.pid })}\n`);

  exitOnStop(async () => {
    await server.stop().catch(() => undefined);
    await driver.close().catch(() => undefined);
  });
}

main().catch((error) => {
  process.stderr.write(`peer server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
