// Configuration: defaults, and one clear message per bad variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration', () => {
  it('defaults to the embedded store on 127.0.0.1:4000', () => {
    expect(loadConfig({})).toMatchObject({ GRAPH_STORE: 'embedded', EMBEDDED_DB_PATH: './data/newsgraph.sqlite', PORT: 4000, HOST: '127.0.0.1', CORS_ORIGINS: ['*'] });
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      GRAPH_STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'news',
      PORT: '8080', HOST: '0.0.0.0', CORS_ORIGINS: 'https://a.example.com, http://localhost:5173', QUERY_TIMEOUT_MS: '2500', LOG_LEVEL: 'silent',
      EMBEDDED_DB_PATH: '/var/lib/newsgraph/graph.sqlite',
    });
    expect(config).toMatchObject({ GRAPH_STORE: 'neo4j', PORT: 8080, CORS_ORIGINS: ['https://a.example.com', 'http://localhost:5173'], QUERY_TIMEOUT_MS: 2500, EMBEDDED_DB_PATH: '/var/lib/newsgraph/graph.sqlite' });
  });

  it('names the variable, the value it got and what is valid', () => {
    expect(problems({ GRAPH_STORE: 'mysql' })).toEqual([`GRAPH_STORE="mysql": expected 'embedded' or 'neo4j'`]);
    expect(problems({ PORT: '99999' })[0]).toMatch(/^PORT="99999": expected a port number from 1 to 65535$/);
    expect(problems({ PORT: 'eighty' })[0]).toMatch(/^PORT="eighty": expected a port number/);
    expect(problems({ NEO4J_URI: 'http://x' })[0]).toMatch(/^NEO4J_URI="http:\/\/x": expected a URI like neo4j:\/\/host:7687/);
    expect(problems({ CORS_ORIGINS: 'example.com' })[0]).toMatch(/^CORS_ORIGINS="example.com": expected '\*' or a comma-separated list of origins/);
  });

  it('accepts HOST as an IPv4 or IPv6 address or a host name, and refuses anything else naming all three', () => {
    for (const host of ['127.0.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'localhost', 'api.example.org', 'db-1']) expect(loadConfig({ HOST: host }).HOST).toBe(host);
    for (const host of ['999.1.1.1', '1.2.3', 'exa mple', '-bad.example', 'a..b', 'http://x', '[::1]']) {
      expect(problems({ HOST: host })[0]).toBe(
        `HOST=${JSON.stringify(host)}: expected an IPv4 address (e.g. 127.0.0.1 or 0.0.0.0), an IPv6 address (e.g. ::1 or ::) or a host name (e.g. localhost)`,
      );
    }
  });

  it('says one problem in one line', () => {
    expect(() => loadConfig({ HOST: '999.1.1.1' })).toThrow(/^Invalid configuration: HOST="999\.1\.1\.1": [^\n]+$/);
  });

  it('defaults and bounds MAX_RESPONSE_BYTES and STARTUP_TIMEOUT_MS', () => {
    expect(loadConfig({})).toMatchObject({ MAX_RESPONSE_BYTES: 5_000_000, STARTUP_TIMEOUT_MS: 120_000 });
    expect(problems({ MAX_RESPONSE_BYTES: '10' })[0]).toMatch(/^MAX_RESPONSE_BYTES="10": expected a whole number of bytes from 1024/);
    expect(problems({ STARTUP_TIMEOUT_MS: 'soon' })[0]).toMatch(/^STARTUP_TIMEOUT_MS="soon": expected a whole number of milliseconds/);
  });

  it('reports every bad variable at once', () => {
    expect(problems({ GRAPH_STORE: 'x', PORT: '0', LOG_LEVEL: 'loud' })).toHaveLength(3);
  });

  it('asks for NEO4J_URI when the Neo4j store is chosen without one', () => {
    expect(problems({ GRAPH_STORE: 'neo4j' })[0]).toMatch(/NEO4J_URI is not set: GRAPH_STORE=neo4j needs it/);
  });

  it('defaults the reliability settings: no API keys, public reads, introspection on, the documented limits', () => {
    expect(loadConfig({})).toMatchObject({
      API_KEYS: [],
      REQUIRE_AUTH_FOR_READS: false,
      INTROSPECTION: true,
      NODE_ENV: 'development',
      MAX_BODY_BYTES: 1_000_000,
      MAX_QUERY_DEPTH: 10,
      MAX_QUERY_ALIASES: 15,
      MAX_QUERY_TOKENS: 1_000,
      MAX_QUERY_DIRECTIVES: 20,
      MAX_QUERY_COST: 50_000,
      REQUEST_TIMEOUT_MS: 30_000,
      SHUTDOWN_TIMEOUT_MS: 10_000,
    });
  });

  it('reads the reliability settings, flags as true/false', () => {
    const config = loadConfig({
      API_KEYS: 'aaaaaaaaaaaaaaaa,bbbbbbbbbbbbbbbbbbbb', REQUIRE_AUTH_FOR_READS: 'true', INTROSPECTION: 'false', NODE_ENV: 'production',
      MAX_BODY_BYTES: '2048', MAX_QUERY_DEPTH: '5', MAX_QUERY_COST: '100', REQUEST_TIMEOUT_MS: '20000', SHUTDOWN_TIMEOUT_MS: '0',
    });
    expect(config).toMatchObject({
      API_KEYS: ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb'], REQUIRE_AUTH_FOR_READS: true, INTROSPECTION: false, NODE_ENV: 'production',
      MAX_BODY_BYTES: 2048, MAX_QUERY_DEPTH: 5, MAX_QUERY_COST: 100, REQUEST_TIMEOUT_MS: 20_000, SHUTDOWN_TIMEOUT_MS: 0,
    });
  });

  it('names bad reliability settings, never printing a key', () => {
    expect(problems({ INTROSPECTION: 'maybe' })[0]).toBe(`INTROSPECTION="maybe": expected 'true' or 'false'`);
    expect(problems({ MAX_QUERY_DEPTH: '0' })[0]).toMatch(/^MAX_QUERY_DEPTH="0": expected a whole number of levels from 1 to 100$/);
    expect(problems({ MAX_BODY_BYTES: 'lots' })[0]).toMatch(/^MAX_BODY_BYTES="lots": expected a whole number of bytes/);
    const [keys] = problems({ API_KEYS: 'tooshort' });
    expect(keys).toMatch(/^API_KEYS=\(hidden: 1 value of 8 characters\): expected .* at least 16/);
    expect(keys).not.toContain('tooshort');
    expect(problems({ REQUEST_TIMEOUT_MS: '1000', QUERY_TIMEOUT_MS: '5000' })[0]).toMatch(/REQUEST_TIMEOUT_MS=1000 is shorter than QUERY_TIMEOUT_MS=5000/);
    expect(problems({ REQUIRE_AUTH_FOR_READS: 'true' })[0]).toMatch(/REQUIRE_AUTH_FOR_READS=true needs API_KEYS/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', GRAPH_STORE: '' })).toMatchObject({ PORT: 4000, GRAPH_STORE: 'embedded' });
  });
});
