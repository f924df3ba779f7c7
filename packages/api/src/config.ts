import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, used to place local data by default. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(4000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
  EMBEDDED_PG_PORT: port.default(54329),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CONSOLE_DIST: z.string().min(1).optional(),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'a size such as 100kb or 1mb')
    .default('1mb'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
});

/** The parsed, validated configuration. */
export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** A PostgreSQL URL, or null to run the embedded server. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  databasePoolMax: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** A folder with the console's production build to serve, or null. */
  consoleDist: string | null;
  bodyLimit: string;
  shutdownTimeoutMs: number;
}>;

/**
 * Parses and validates configuration from an environment. Throws one error that names every
 * invalid variable; the values themselves are never echoed, since some are secrets.
 */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = schema.safeParse(emptyAsMissing(env));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const value = result.data;
  return Object.freeze({
    env: value.NODE_ENV,
    host: value.HOST,
    port: value.API_PORT,
    databaseUrl: value.DATABASE_URL ?? null,
    dataDir: path.resolve(value.DATA_DIR),
    embeddedPgPort: value.EMBEDDED_PG_PORT,
    databasePoolMax: value.DATABASE_POOL_MAX,
    logLevel: value.LOG_LEVEL,
    consoleDist: value.CONSOLE_DIST ? path.resolve(value.CONSOLE_DIST) : null,
    bodyLimit: value.BODY_LIMIT,
    shutdownTimeoutMs: value.SHUTDOWN_TIMEOUT_MS,
  });
}

function emptyAsMissing(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** The configuration of this process, parsed once from `process.env`. */
export function loadConfig(): Config {
  return parseConfig(process.env);
}
