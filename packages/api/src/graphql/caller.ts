import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { ROLE_BUNDLES, ROLE_IDS, type AbilityId, type ErrorCode, type RoleId } from '@orgplane/schema';
import { sql } from '../database/sql.ts';
import type { AccessTokens } from '../security/access-tokens.ts';
import type { ApiKeyPrincipal, Tenant, Viewer } from './context.ts';
import { scopesInForce } from '../modules/api-keys/api-key.service.ts';
import { isUuid } from './errors.ts';
import { DomainError } from '../domain-error.ts';

const ABILITIES: Readonly<Record<RoleId, ReadonlySet<AbilityId>>> = Object.fromEntries(
  ROLE_IDS.map((role) => [role, new Set(ROLE_BUNDLES[role])]),
) as unknown as Record<RoleId, ReadonlySet<AbilityId>>;

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/** Who is calling: a person (with a session) or an API key, and the tenant they act in. */
export interface Caller {
  readonly viewer: Viewer | null;
  readonly apiKey: ApiKeyPrincipal | null;
  readonly tenant: Tenant | null;
}

/** An error that refuses the whole request (before any field runs), with an HTTP status. */
function refuse(code: ErrorCode, status: number): GraphQLError {
  const error = new DomainError(code);
  return new GraphQLError(error.message, { originalError: error, extensions: { code, http: { status } } });
}

/**
 * Who is calling and in which organization, checked against the database on every request:
 * the access token's session must be live, and the `x-tenant-id` org (id or slug) must have an
 * active membership of the caller — so a revoked session, or an archived or demoted member, is
 * refused on the very next request even with an unexpired token. One SQL statement.
 *
 * No Authorization header: anonymous. A bad or dead token: UNAUTHENTICATED. A tenant the caller
 * is not an active member of, or that does not exist: TENANT_NOT_FOUND. A tenant that requires
 * two-step verification of a caller without it: MFA_REQUIRED.
 */
export async function resolveCaller(
  em: EntityManager,
  accessTokens: AccessTokens,
  authorization: string | undefined,
  tenantHeader: string | undefined,
): Promise<Caller> {
  if (!authorization) return { viewer: null, apiKey: null, tenant: null };
  const token = BEARER.exec(authorization)?.[1];
  const claims = token ? accessTokens.verify(token) : null;
  if (!claims) throw refuse('UNAUTHENTICATED', 401);

  const tenantKey = tenantHeader?.trim() || null;
  // A UUID names an org by id, anything else by slug; never both, so one org can match at most.
  const byId = tenantKey && isUuid(tenantKey) ? tenantKey : null;
  const bySlug = tenantKey && !byId ? tenantKey : null;
  if (claims.kind === 'apiKey') return resolveApiKey(em, claims, byId, bySlug);
  if (!isUuid(claims.sessionId) || !isUuid(claims.userId)) throw refuse('UNAUTHENTICATED', 401);

  // Also enters the user and the tenant for row-level security (see the migration).
  const [row] = await sql<{
    role: RoleId | null;
    membership_id: string | null;
    org_id: string | null;
    status: 'active' | 'suspended';
    mfa_missing: boolean;
  }>(em, 'select * from app_enter_session(?, ?, ?, ?, ?)', [claims.sessionId, claims.userId, tenantKey, byId, bySlug]);
  if (!row) throw refuse('UNAUTHENTICATED', 401);
  const viewer = { userId: claims.userId, sessionId: claims.sessionId };
  if (!tenantKey) return { viewer, apiKey: null, tenant: null };
  if (!row.role || !row.org_id) throw refuse('TENANT_NOT_FOUND', 403);
  // The org requires two-step verification and this member has none: refused until they enrol.
  if (row.mfa_missing) throw refuse('MFA_REQUIRED', 403);
  return {
    viewer,
    apiKey: null,
    tenant: {
      orgId: row.org_id,
      status: row.status,
      role: row.role,
      membershipId: row.membership_id,
      abilities: ABILITIES[row.role],
    },
  };
}

/**
 * An API-key token: the key must still be live (not revoked, not expired, its org not archived)
 * on this very request, and its scopes are read from the database. The key's own organization
 * is the tenant; naming another one in `x-tenant-id` answers TENANT_NOT_FOUND.
 */
async function resolveApiKey(
  em: EntityManager,
  claims: { apiKeyId: string; orgId: string },
  byId: string | null,
  bySlug: string | null,
): Promise<Caller> {
  if (!isUuid(claims.apiKeyId) || !isUuid(claims.orgId)) throw refuse('UNAUTHENTICATED', 401);
  // Enters the key's org for row-level security and records the last use (once a minute).
  const [key] = await sql<{
    id: string;
    name: string;
    scopes: string[];
    creator_role: RoleId | null;
    status: 'active' | 'suspended';
    matches: boolean;
  }>(em, 'select * from app_enter_api_key(?, ?, ?, ?)', [claims.apiKeyId, claims.orgId, byId, bySlug]);
  if (!key) throw refuse('UNAUTHENTICATED', 401);
  if (!key.matches) throw refuse('TENANT_NOT_FOUND', 403);
  return {
    viewer: null,
    apiKey: { id: key.id, name: key.name },
    tenant: {
      orgId: claims.orgId,
      status: key.status,
      role: null,
      membershipId: null,
      abilities: new Set(scopesInForce(key.scopes, key.creator_role)),
    },
  };
}
