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
    expect(loadConfig({})).toMatchObject({ GRAPH_STORE: 'embedded', EMBEDDED_DB_PATH: './data/embedded', PORT: 4000, HOST: '127.0.0.1', CORS_ORIGINS: ['*'] });
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      GRAPH_STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'news',
      PORT: '8080', HOST: '0.0.0.0', CORS_ORIGINS: 'https://a.example.com, http://localhost:5173', QUERY_TIMEOUT_MS: '2500', LOG_LEVEL: 'silent',
    });
    expect(config).toMatchObject({ GRAPH_STORE: 'neo4j', PORT: 8080, CORS_ORIGINS: ['https://a.example.com', 'http://localhost:5173'], QUERY_TIMEOUT_MS: 2500 });
  });

  it('names the variable, the value it got and what is valid', () => {
    expect(problems({ GRAPH_STORE: 'mysql' })).toEqual([`GRAPH_STORE="mysql": expected 'embedded' or 'neo4j'`]);
    expect(problems({ PORT: '99999' })[0]).toMatch(/^PORT="99999": expected a port number from 1 to 65535$/);
    expect(problems({ PORT: 'eighty' })[0]).toMatch(/^PORT="eighty": expected a port number/);
    expect(problems({ NEO4J_URI: 'http://x' })[0]).toMatch(/^NEO4J_URI="http:\/\/x": expected a URI like neo4j:\/\/host:7687/);
    expect(problems({ CORS_ORIGINS: 'example.com' })[0]).toMatch(/^CORS_ORIGINS="example.com": expected '\*' or a comma-separated list of origins/);
  });

  it('reports every bad variable at once', () => {
    expect(problems({ GRAPH_STORE: 'x', PORT: '0', LOG_LEVEL: 'loud' })).toHaveLength(3);
  });

  it('asks for NEO4J_URI when the Neo4j store is chosen without one', () => {
    expect(problems({ GRAPH_STORE: 'neo4j' })[0]).toMatch(/NEO4J_URI is not set: GRAPH_STORE=neo4j needs it/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', GRAPH_STORE: '' })).toMatchObject({ PORT: 4000, GRAPH_STORE: 'embedded' });
  });
});
