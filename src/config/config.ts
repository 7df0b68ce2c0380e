// All configuration, read once from the environment and validated: a bad value stops start-up
// with one message naming the variable, what it got and what is valid.
import { z } from 'zod';

const port = z.coerce
  .number({ message: 'expected a port number from 1 to 65535' })
  .int('expected a whole port number from 1 to 65535')
  .min(1, 'expected a port number from 1 to 65535')
  .max(65535, 'expected a port number from 1 to 65535');

const ConfigSchema = z.object({
  GRAPH_STORE: z.enum(['embedded', 'neo4j'], { message: "expected 'embedded' or 'neo4j'" }).default('embedded'),
  EMBEDDED_DB_PATH: z.string().min(1, 'expected a directory path or :memory:').default('./data/embedded'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/, 'expected a URI like neo4j://host:7687 or bolt://127.0.0.1:7687')
    .optional(),
  NEO4J_USER: z.string().min(1, 'expected a user name').default('neo4j'),
  NEO4J_PASSWORD: z.string().default('password'),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'expected a database name like neo4j').default('neo4j'),
  PORT: port.default(4000),
  HOST: z.string().min(1, 'expected a host name or address').default('127.0.0.1'),
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
});

export type Config = z.infer<typeof ConfigSchema>;

export const CONFIG_VARIABLES = Object.keys(ConfigSchema.shape) as (keyof Config)[];

/** Bad configuration: the message names every wrong variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty variables count as unset, as most shells and compose files mean.
  const present = Object.fromEntries(CONFIG_VARIABLES.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}=${JSON.stringify(present[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const config = parsed.data;
  if (config.GRAPH_STORE === 'neo4j' && !config.NEO4J_URI) {
    throw new ConfigError([
      'NEO4J_URI is not set: GRAPH_STORE=neo4j needs it, e.g. NEO4J_URI=bolt://127.0.0.1:7687 (start one with `npm run neo4j:local` or `docker compose up neo4j`)',
    ]);
  }
  return config;
}
