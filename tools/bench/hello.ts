// The ceiling: a bare node:http server answering every request with the trivial query's response
// body. Run as its own child process by the harness; prints `BENCH_READY {"url": …}`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const body = JSON.stringify({ data: { __typename: 'Query' } });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-store-round-trips': '0' });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`BENCH_READY ${JSON.stringify({ url: `http://127.0.0.1:${port}`, pid: process.pid })}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.on('end', stop); // parent gone
process.stdin.resume();
