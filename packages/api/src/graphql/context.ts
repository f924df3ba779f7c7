import type { EntityManager } from '@mikro-orm/postgresql';
import type { AbilityId, RoleId } from '@orgplane/schema';
import type { Logger } from '../logger.ts';
import type { AppServices, RequestMeta } from '../services.ts';

/** The signed-in caller, from a verified access token whose session is live. */
export interface Viewer {
  readonly userId: string;
  readonly sessionId: string;
}

/** The organization of this request and the caller's standing in it, from `x-tenant-id`. */
export interface Tenant {
  readonly orgId: string;
  /** Suspended organizations are read-only (ORG_SUSPENDED) except billing. */
  readonly status: 'active' | 'suspended';
  readonly role: RoleId;
  readonly abilities: ReadonlySet<AbilityId>;
}

/** The refresh-token cookie the console uses (httpOnly, SameSite=Strict). */
export interface RefreshCookie {
  readonly value: string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Everything a resolver may use, built once per request. */
export interface Context {
  /** A forked EntityManager: this request's own identity map. */
  readonly em: EntityManager;
  readonly requestId: string;
  /** A child logger that stamps the request id on every line. */
  readonly logger: Logger;
  readonly viewer: Viewer | null;
  readonly tenant: Tenant | null;
  readonly meta: RequestMeta;
  readonly refreshCookie: RefreshCookie;
  readonly services: AppServices;
}

/** The signed-in caller as the audit trail records them. */
export function actorOf(context: Context): { userId: string; ip: string; userAgent: string | null; requestId: string } {
  return {
    userId: context.viewer!.userId,
    ip: context.meta.ip,
    userAgent: context.meta.userAgent,
    requestId: context.requestId,
  };
}
