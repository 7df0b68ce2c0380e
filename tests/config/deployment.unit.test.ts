// docker-compose.yml cannot run here (no Docker engine), so its agreement with the code is checked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '../../src/config/config.js';

const compose = parse(readFileSync('docker-compose.yml', 'utf8'));
const pom = readFileSync('tools/neo4j-local/pom.xml', 'utf8');
const readme = readFileSync('README.md', 'utf8');

describe('deployment files', () => {
  it('run the same Neo4j minor version as the test launcher', () => {
    const image = compose.services.neo4j.image as string;
    const launcherVersion = /<neo4j.version>([\d.]+)<\/neo4j.version>/.exec(pom)?.[1] ?? '';
    expect(image).toMatch(/^neo4j:\d+\.\d+-community$/);
    expect(launcherVersion.startsWith(`${image.slice('neo4j:'.length, image.indexOf('-'))}.`)).toBe(true);
  });

  it('configure the app only with variables the config module reads', () => {
    const env = Object.keys(compose.services.app.environment);
    expect(env.filter((name) => !(CONFIG_VARIABLES as string[]).includes(name))).toEqual([]);
    expect(compose.services.app.environment.GRAPH_STORE).toBe('neo4j');
    expect(compose.services.app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toContain('RETURN 1');
  });

  it('document every configuration variable in the README', () => {
    expect(CONFIG_VARIABLES.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
