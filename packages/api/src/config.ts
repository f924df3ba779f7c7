import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAN_IDS, type PlanId } from '@orgplane/schema';
import { z } from 'zod';
import { isLoopbackHost } from './http/client-address.ts';

/** The repository root, used to place local data by default. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const UNIT_BYTES = { b: 1, kb: 1024, mb: 1024 * 1024 } as const;

/** `100kb` → 102,400 bytes: a size as BODY_LIMIT takes it (`\d+(b|kb|mb)`, any case; 1kb = 1024 b). */
function byteSize(size: string): number {
  const [, amount = '', unit = ''] = /^(\d+)([a-z]+)$/.exec(size.toLowerCase()) ?? [];
  return Number(amount) * UNIT_BYTES[unit as keyof typeof UNIT_BYTES];
}

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(4000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_APP_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
  EMBEDDED_PG_PORT: port.default(54329),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CONSOLE_DIST: z.string().min(1).optional(),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'a size such as 100kb or 1mb')
    .default('1mb')
    .transform(byteSize),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:5173'),
  JWT_ISSUER: z.string().min(1).default('orgplane'),
  JWT_AUDIENCE: z.string().min(1).default('orgplane-api'),
  JWT_PRIVATE_KEY: z.string().includes('PRIVATE KEY', { message: 'a PKCS#8 PEM private key' }).optional(),
  JWT_KEY_ID: z.string().min(1).max(64).optional(),
  JWT_PREVIOUS_PUBLIC_KEY: z.string().includes('PUBLIC KEY', { message: 'an SPKI PEM public key' }).optional(),
  JWT_PREVIOUS_KEY_ID: z.string().min(1).max(64).optional(),
  DATA_ENCRYPTION_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, '32 bytes, base64-encoded')
    .optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Orgplane <no-reply@orgplane.localhost>'),
  MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  JOBS_ENABLED: z.stringbool().default(true),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  DEV_MAILBOX: z.stringbool().default(false),
  // Half the cores by default (1 on a 2-core machine), so hashing never takes every core.
  PASSWORD_HASH_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(Math.max(1, Math.floor(os.availableParallelism() / 2))),
  PASSWORD_HASH_QUEUE: z.coerce.number().int().min(0).max(10_000).default(32),
  TRIAL_PLAN: z.enum(PLAN_IDS as [PlanId, ...PlanId[]]).default('team'),
  TRIAL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: z.stringbool().default(false),
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, 'seconds between attempts, comma-separated, such as 5,300,1800')
    .default('5,300,1800,7200,18000,36000')
    .transform((value) => value.split(',').map(Number)),
});

/** The parsed, validated configuration. */
export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** A PostgreSQL URL (the schema owner: migrations and jobs), or null to run the embedded server. */
  databaseUrl: string | null;
  /**
   * The role requests run as, bound by row-level security; null means the API creates
   * `<database>_app` itself with the owner's rights (database/app-role.ts).
   */
  databaseAppUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  databasePoolMax: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** A folder with the console's production build to serve, or null. */
  consoleDist: string | null;
  /** The largest request body accepted, in bytes (BODY_LIMIT: 1kb = 1024 bytes). */
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  /** Where people open the console; links in emails point here. */
  publicUrl: string;
  jwt: Readonly<{
    issuer: string;
    audience: string;
    accessTokenTtlSeconds: number;
    /** Configured signing keys; null means generate and persist them under DATA_DIR. */
    current: Readonly<{ keyId: string; privateKeyPem: string }> | null;
    previous: Readonly<{ keyId: string; publicKeyPem: string }> | null;
  }>;
  refreshTokenTtlDays: number;
  /** AES-256-GCM key for secrets at rest; null means generate and persist it under DATA_DIR. */
  dataEncryptionKey: Buffer | null;
  /** SMTP server for outgoing mail; null keeps mail in the development mailbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** SMTP connections each working process keeps open and sends over at once. */
  mailConcurrency: number;
  /** Whether this process runs background jobs (email delivery, expiries). */
  jobsEnabled: boolean;
  /**
   * How many reverse proxies stand in front of the API: the X-Forwarded-For entries those hops
   * appended are believed, nothing before them.
   * 0 believes no X-Forwarded-For: the client address is the socket's. Client addresses drive
   * per-IP rate limits and the audit trail.
   */
  trustProxyHops: number;
  /**
   * The development mailbox (`devMailbox`): answers loopback clients with every email the API
   * wrote, reset and invitation links included. Only with DEV_MAILBOX, never in production or on
   * a non-loopback HOST; off anyway once SMTP_URL is set.
   */
  devMailbox: boolean;
  /**
   * Password hashes running at once in this process, and how many more may wait; beyond that a
   * sign-in is refused with RATE_LIMITED (429) rather than stalling everyone on libuv's pool.
   */
  passwordHashing: Readonly<{ concurrency: number; maxWaiting: number }>;
  /** What sign-up and `createOrganization` start a new organization on. */
  trial: Readonly<{ plan: PlanId; days: number }>;
  webhooks: Readonly<{
    /**
     * Whether webhook endpoints may be plain http and point at private, loopback, link-local or
     * otherwise non-public addresses (WEBHOOKS_ALLOW_PRIVATE_TARGETS): for tests and development
     * only, since it lets tenants make the server send requests into its own network.
     */
    allowPrivateTargets: boolean;
    /**
     * The wait in seconds before each retry of a failed delivery (WEBHOOK_RETRY_SCHEDULE): one
     * first attempt plus one retry per entry; after the last the delivery has failed.
     */
    retryScheduleSeconds: readonly number[];
  }>;
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
  const refusals: string[] = [];
  if (value.NODE_ENV === 'production') {
    const missing = ['JWT_PRIVATE_KEY', 'JWT_KEY_ID', 'DATA_ENCRYPTION_KEY', 'DATABASE_URL'].filter(
      (name) => !value[name as keyof typeof value],
    );
    if (missing.length) refusals.push(`production requires ${missing.join(', ')}`);
  }
  if (value.DEV_MAILBOX && value.NODE_ENV === 'production') refusals.push('DEV_MAILBOX is refused in production');
  if (value.DEV_MAILBOX && !isLoopbackHost(value.HOST)) {
    refusals.push('DEV_MAILBOX requires a loopback HOST (127.0.0.1, ::1 or localhost)');
  }
  if (env.TRUST_PROXY) {
    refusals.push('TRUST_PROXY was replaced by TRUST_PROXY_HOPS (the number of proxies in front of the API)');
  }
  if (refusals.length) throw new Error(`Invalid configuration:\n  ${refusals.join('\n  ')}`);
  return Object.freeze({
    env: value.NODE_ENV,
    host: value.HOST,
    port: value.API_PORT,
    databaseUrl: value.DATABASE_URL ?? null,
    databaseAppUrl: value.DATABASE_APP_URL ?? null,
    dataDir: path.resolve(value.DATA_DIR),
    embeddedPgPort: value.EMBEDDED_PG_PORT,
    databasePoolMax: value.DATABASE_POOL_MAX,
    logLevel: value.LOG_LEVEL,
    consoleDist: value.CONSOLE_DIST ? path.resolve(value.CONSOLE_DIST) : null,
    bodyLimitBytes: value.BODY_LIMIT,
    shutdownTimeoutMs: value.SHUTDOWN_TIMEOUT_MS,
    publicUrl: value.PUBLIC_URL.replace(/\/+$/, ''),
    jwt: Object.freeze({
      issuer: value.JWT_ISSUER,
      audience: value.JWT_AUDIENCE,
      accessTokenTtlSeconds: value.ACCESS_TOKEN_TTL_SECONDS,
      current: value.JWT_PRIVATE_KEY
        ? Object.freeze({ keyId: value.JWT_KEY_ID ?? 'configured', privateKeyPem: value.JWT_PRIVATE_KEY })
        : null,
      previous: value.JWT_PREVIOUS_PUBLIC_KEY
        ? Object.freeze({ keyId: value.JWT_PREVIOUS_KEY_ID ?? 'previous', publicKeyPem: value.JWT_PREVIOUS_PUBLIC_KEY })
        : null,
    }),
    refreshTokenTtlDays: value.REFRESH_TOKEN_TTL_DAYS,
    dataEncryptionKey: value.DATA_ENCRYPTION_KEY ? Buffer.from(value.DATA_ENCRYPTION_KEY, 'base64') : null,
    smtpUrl: value.SMTP_URL ?? null,
    mailFrom: value.MAIL_FROM,
    mailConcurrency: value.MAIL_CONCURRENCY,
    jobsEnabled: value.JOBS_ENABLED,
    trustProxyHops: value.TRUST_PROXY_HOPS,
    devMailbox: value.DEV_MAILBOX,
    passwordHashing: Object.freeze({
      concurrency: value.PASSWORD_HASH_CONCURRENCY,
      maxWaiting: value.PASSWORD_HASH_QUEUE,
    }),
    trial: Object.freeze({ plan: value.TRIAL_PLAN, days: value.TRIAL_DAYS }),
    webhooks: Object.freeze({
      allowPrivateTargets: value.WEBHOOKS_ALLOW_PRIVATE_TARGETS,
      retryScheduleSeconds: Object.freeze(value.WEBHOOK_RETRY_SCHEDULE),
    }),
  });
}

function emptyAsMissing(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** The configuration of this process, parsed once from `process.env`. */
export function loadConfig(): Config {
  return parseConfig(process.env);
}
