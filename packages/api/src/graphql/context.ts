import type { EntityManager } from '@mikro-orm/postgresql';
import type { AbilityId, RoleId } from '@orgplane/schema';
import type { Logger } from '../logger.ts';
import type { AppServices, RequestMeta } from '../services.ts';
import type { Actor, AuditActor } from '../modules/audit/audit.service.ts';
import { DomainError } from '../domain-error.ts';

/** The signed-in caller, from a verified access token whose session is live. */
export interface Viewer {
  readonly userId: string;
  readonly sessionId: string;
}

/** An API key acting through a token from `exchangeApiKey`. */
export interface ApiKeyPrincipal {
  readonly id: string;
  readonly name: string;
}

/** The organization of this request and the caller's standing in it, from `x-tenant-id`. */
export interface Tenant {
  readonly orgId: string;
  /** Suspended organizations are read-only (ORG_SUSPENDED) except billing. */
  readonly status: 'active' | 'suspended';
  /** The member's role; null for an API key, which holds its scopes instead. */
  readonly role: RoleId | null;
  /** The member's membership; null for an API key. */
  readonly membershipId: string | null;
  readonly abilities: ReadonlySet<AbilityId>;
}

/** The refresh-token cookie the console uses (httpOnly, SameSite=Strict). */
export interface RefreshCookie {
  readonly value: string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/**
 * The sign-in device cookie (httpOnly, SameSite=Strict): left by a successful sign-in, it lets
 * that browser's later attempts at the account be counted apart from everyone else's.
 */
export interface DeviceCookie {
  readonly value: string | null;
  set(value: string): void;
}

/** What a WebSocket subscriber presented at `connection_init`: checked again for every push. */
export interface LiveConnection {
  readonly authorization: string | undefined;
  readonly tenant: string | undefined;
}

/** Everything a resolver may use, built once per request. */
export interface Context {
  /** A forked EntityManager: this request's own identity map. */
  readonly em: EntityManager;
  readonly requestId: string;
  /** A child logger that stamps the request id on every line. */
  readonly logger: Logger;
  readonly viewer: Viewer | null;
  readonly apiKey: ApiKeyPrincipal | null;
  readonly tenant: Tenant | null;
  readonly meta: RequestMeta;
  /** The TCP peer's address, whatever X-Forwarded-For says: for decisions no proxy header may sway. */
  readonly socketAddress: string | null;
  readonly refreshCookie: RefreshCookie;
  readonly deviceCookie: DeviceCookie;
  readonly services: AppServices;
  /** Set only for a GraphQL subscription over WebSocket (http/subscriptions.ts). */
  readonly live?: LiveConnection;
}

/** The signed-in person as the audit trail records them; operations only people may do use this. */
export function actorOf(context: Context): Actor {
  if (!context.viewer)
    throw new DomainError('FORBIDDEN', { message: 'Only a signed-in person can do this, not an API key.' });
  return {
    userId: context.viewer.userId,
    ip: context.meta.ip,
    userAgent: context.meta.userAgent,
    requestId: context.requestId,
  };
}

/** The caller as the audit trail records them: a person, or an API key by its name. */
export function auditActorOf(context: Context): AuditActor {
  if (context.viewer) return actorOf(context);
  return {
    userId: null,
    label: `api-key:${context.apiKey?.name ?? 'unknown'}`,
    ip: context.meta.ip,
    userAgent: context.meta.userAgent,
    requestId: context.requestId,
  };
}
