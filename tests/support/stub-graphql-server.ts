// A stand-in for the real newsgraph server in browser tests: serves the playground via
// createPlaygroundHandler() and answers POST /graphql from a tiny graphql-js schema.
// Swap for the real server once it exists; the tests only need `{ url, close }`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';
import { createPlaygroundHandler } from '../../src/server/playground.js';

const schema = buildSchema(/* GraphQL */ `
  type Query {
    hello: String
    search(text: String!): [Hit!]!
  }
  type Hit {
    id: ID!
    name: String!
    aliases: [String!]!
  }
`);

const HITS = [
  { id: 'place:shushi', name: 'Shushi', aliases: ['Shusha', 'Şuşa'] },
  { id: 'place:stepanakert', name: 'Stepanakert', aliases: ['Khankendi', 'Xankəndi'] },
];

const rootValue = {
  hello: () => 'hello from the stub',
  search: ({ text }: { text: string }) =>
    HITS.filter((h) => [h.name, ...h.aliases].some((n) => n.toLowerCase().includes(text.toLowerCase()))),
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startStubGraphqlServer(opts: { playgroundDir?: string } = {}): Promise<RunningServer> {
  const playground = createPlaygroundHandler({ dir: opts.playgroundDir });
  const server = http.createServer((req, res) => {
    if (playground(req, res)) return;
    if (req.method === 'POST' && req.url?.split('?')[0] === '/graphql') {
      void answerGraphql(req, res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections(); // keep-alive sockets from the browser would hold close() open
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

async function answerGraphql(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  let payload: { query?: string; variables?: Record<string, unknown>; operationName?: string };
  try {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'bad JSON body' }] }));
    return;
  }
  const result = await graphql({
    schema,
    rootValue,
    source: payload.query ?? '',
    variableValues: payload.variables,
    operationName: payload.operationName,
  });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result));
}
