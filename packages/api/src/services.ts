import type { Config } from './config.ts';
import type { MikroORM } from './database/orm.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { Logger } from './logger.ts';
import type { AccessTokens } from './security/access-tokens.ts';
import type { RateLimits } from './security/rate-limits.ts';
import type { ServerSecrets } from './security/secrets.ts';
import type { UsageFeed } from './modules/billing/usage-feed.ts';

/** The process-wide pieces request code builds on; created once at start. */
export interface AppServices {
  readonly config: Config;
  readonly logger: Logger;
  /**
   * The schema owner's connection: migrations, jobs, rate limits and operator commands, which
   * work across tenants. Request code never uses it.
   */
  readonly orm: MikroORM;
  /** The application role's connection, bound by row-level security: every request uses it. */
  readonly appOrm: MikroORM;
  readonly secrets: ServerSecrets;
  readonly accessTokens: AccessTokens;
  readonly rateLimits: RateLimits;
  readonly queue: JobQueue;
  /** Live usage: wake-ups per org when any process records usage (LISTEN/NOTIFY). */
  readonly usageFeed: UsageFeed;
  /** Whether the development mailbox answers loopback clients (DEV_MAILBOX, no SMTP configured). */
  readonly mailboxEnabled: boolean;
}

/** Where a request came from, for sessions, rate limits and audit. */
export interface RequestMeta {
  readonly ip: string;
  readonly userAgent: string | null;
}
