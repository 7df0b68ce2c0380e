// All configuration, read once from the environment and validated: a bad value stops start-up
// with one message naming the variable, what it got and what is valid.
import { isIP } from 'node:net';
import { z } from 'zod';

/** An IP address, or a host name of letters, digits and hyphens in dot-separated labels (RFC 1123); all-numeric names must be IPv4. */
function isHost(value: string): boolean {
  if (isIP(value)) return true;
  if (/^[\d.]+$/.test(value)) return false; // 999.1.1.1: meant as an address, and not one
  return value.length <= 253 && value.split('.').every((label) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label));
}

const port = z.coerce
  .number({ message: 'expected a port number from 1 to 65535' })
  .int('expected a whole port number from 1 to 65535')
  .min(1, 'expected a port number from 1 to 65535')
  .max(65535, 'expected a port number from 1 to 65535');

/** Shortest API key accepted: short keys are guessable. */
export const MIN_API_KEY_LENGTH = 16;

/** A whole number in [min, max] (environment values are strings). */
const count = (unit: string, min: number, max: number) =>
  z.coerce
    .number({ message: `expected a whole number of ${unit} from ${min} to ${max}` })
    .int(`expected a whole number of ${unit} from ${min} to ${max}`)
    .min(min, `expected a whole number of ${unit} from ${min} to ${max}`)
    .max(max, `expected a whole number of ${unit} from ${min} to ${max}`);

/** 'true' or 'false' (also 1/0, yes/no). */
const flag = (byDefault: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: "expected 'true' or 'false'" })
    .default(byDefault ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ConfigSchema = z.object({
  GRAPH_STORE: z.enum(['embedded', 'neo4j'], { message: "expected 'embedded' or 'neo4j'" }).default('embedded'),
  EMBEDDED_DB_PATH: z.string().min(1, 'expected a file path or :memory:').default('./data/newsgraph.sqlite'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/, 'expected a URI like neo4j://host:7687 or bolt://127.0.0.1:7687')
    .optional(),
  NEO4J_USER: z.string().min(1, 'expected a user name').default('neo4j'),
  NEO4J_PASSWORD: z.string().default('password'),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'expected a database name like neo4j').default('neo4j'),
  /** The Stanford CoreNLP service ingest uses (src/ingest/nlp/service.ts reads it); unset: started locally on the first ingest. */
  CORENLP_URL: z.string().url('expected an http:// URL such as http://127.0.0.1:9000').optional(),
  PORT: port.default(4000),
  HOST: z
    .string()
    .refine(isHost, 'expected an IPv4 address (e.g. 127.0.0.1 or 0.0.0.0), an IPv6 address (e.g. ::1 or ::) or a host name (e.g. localhost)')
    .default('127.0.0.1'),
  CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .refine((origins) => origins.every((o) => o === '*' || /^https?:\/\/[^\s/]+$/.test(o)), {
      message: "expected '*' or a comma-separated list of origins like https://app.example.com,http://localhost:5173",
    }),
  QUERY_TIMEOUT_MS: z.coerce
    .number({ message: 'expected milliseconds' })
    .int('expected whole milliseconds')
    .min(100, 'expected at least 100 ms')
    .max(600_000, 'expected at most 600000 ms')
    .default(10_000),
  LOG_LEVEL: z.enum(['silent', 'info', 'debug'], { message: "expected 'silent', 'info' or 'debug'" }).default('info'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: "expected 'development', 'production' or 'test'" })
    .default('development'),

  // Reliability: what a request may ask for, who may write, and how long anything may take.
  API_KEYS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((k) => k.trim()).filter(Boolean))
    .refine((keys) => keys.every((k) => k.length >= MIN_API_KEY_LENGTH && /^[\x21-\x7e]+$/.test(k)), {
      message: `expected a comma-separated list of keys, each at least ${MIN_API_KEY_LENGTH} printable ASCII characters without spaces (e.g. from \`openssl rand -hex 24\`)`,
    }),
  REQUIRE_AUTH_FOR_READS: flag(false),
  INTROSPECTION: flag(true),
  MAX_BODY_BYTES: count('bytes', 1_024, 100_000_000).default(1_000_000),
  MAX_QUERY_DEPTH: count('levels', 1, 100).default(10),
  MAX_QUERY_ALIASES: count('aliases', 0, 1_000).default(15),
  MAX_QUERY_TOKENS: count('tokens', 10, 100_000).default(1_000),
  MAX_QUERY_DIRECTIVES: count('directives', 0, 1_000).default(20),
  MAX_QUERY_COST: count('cost units', 1, 10_000_000).default(50_000),
  REQUEST_TIMEOUT_MS: count('milliseconds', 100, 600_000).default(30_000),
  SHUTDOWN_TIMEOUT_MS: count('milliseconds', 0, 600_000).default(10_000),
  MAX_RESPONSE_BYTES: count('bytes', 1_024, 1_000_000_000).default(5_000_000),
  STARTUP_TIMEOUT_MS: count('milliseconds', 1_000, 3_600_000).default(120_000),
  PERSISTED_QUERIES: z
    .enum(['on', 'off', 'only'], { message: "expected 'on' (automatic persisted queries), 'off' or 'only' (just the operations in examples/)" })
    .default('on'),
  MAX_WS_CONNECTIONS: count('connections', 0, 100_000).default(1_000),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: count('subscriptions', 1, 1_000).default(20),
  /** How often each server reads the store's change log for live updates (their delay at most). */
  LIVE_POLL_MS: count('milliseconds', 50, 60_000).default(500),
});

export type Config = z.infer<typeof ConfigSchema>;

export const CONFIG_VARIABLES = Object.keys(ConfigSchema.shape) as (keyof Config)[];

/** Bad configuration: the message names every wrong variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    // One problem: one line (what a start-up failure prints); several: one line each.
    super(problems.length === 1 ? `Invalid configuration: ${problems[0]}` : `Invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

/** Variables whose values never appear in messages or logs. */
const SECRETS = new Set(['API_KEYS', 'NEO4J_PASSWORD']);

/** A value as error messages show it: secrets by shape only (how many keys, how long). */
function shown(name: string, value: string): string {
  if (!SECRETS.has(name)) return JSON.stringify(value);
  const parts = value.split(',').map((k) => k.trim()).filter(Boolean);
  return `(hidden: ${parts.length} value${parts.length === 1 ? '' : 's'} of ${parts.map((k) => k.length).join(', ') || 0} characters)`;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty variables count as unset, as most shells and compose files mean.
  const present = Object.fromEntries(CONFIG_VARIABLES.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}=${shown(name, present[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const config = parsed.data;
  if (config.GRAPH_STORE === 'neo4j' && !config.NEO4J_URI) {
    throw new ConfigError([
      'NEO4J_URI is not set: GRAPH_STORE=neo4j needs it, e.g. NEO4J_URI=bolt://127.0.0.1:7687 (start one with `npm run neo4j:local` or `docker compose up neo4j`)',
    ]);
  }
  if (config.REQUIRE_AUTH_FOR_READS && config.API_KEYS.length === 0) {
    throw new ConfigError([
      'REQUIRE_AUTH_FOR_READS=true needs API_KEYS: set API_KEYS to a comma-separated list of keys (at least 16 characters each), or unset REQUIRE_AUTH_FOR_READS',
    ]);
  }
  if (config.REQUEST_TIMEOUT_MS < config.QUERY_TIMEOUT_MS) {
    throw new ConfigError([
      `REQUEST_TIMEOUT_MS=${config.REQUEST_TIMEOUT_MS} is shorter than QUERY_TIMEOUT_MS=${config.QUERY_TIMEOUT_MS}: a request must be allowed at least one whole store transaction`,
    ]);
  }
  return config;
}
