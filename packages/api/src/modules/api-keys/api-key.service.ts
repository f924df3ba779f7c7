import { raw, type EntityManager } from '@mikro-orm/postgresql';
import {
  API_KEY_DESCRIPTION_MAX_LENGTH,
  cleanName,
  hasAbility,
  isAbilityId,
  isHumanOnly,
  nameProblems,
  type AbilityId,
  type RoleId,
} from '@orgplane/schema';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { hashToken, randomToken } from '../../security/crypto.ts';
import type { AppServices, RequestMeta } from '../../services.ts';
import { requireEntitlement } from '../billing/subscription.service.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { ApiKey } from './api-key.entity.ts';

/** How long a token from `exchangeApiKey` lives. */
const API_KEY_TOKEN_TTL_SECONDS = 300;
const MAX_LIFETIME_MS = 366 * 24 * 60 * 60 * 1000;
const SECRET = /^(opk_[a-z2-7]{10})_[A-Za-z0-9_-]{43}$/;

export interface ApiKeyRow extends CreationKeyed {
  id: string;
  name: string;
  description: string;
  prefix: string;
  scopes: string[];
  creator_role: RoleId | null;
  created_by_name: string | null;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

/**
 * The SQL for the role the key's creator holds in the key's org today (null once they are archived
 * or gone), as `creator_role`; `k` is the key.
 */
const CREATOR_ROLE = `(select m.role from membership m
   where m.org_id = k.org_id and m.user_id = k.created_by and m.status = 'active') as creator_role`;

/**
 * The scopes a key may use now: those it was given that its creator still holds, never a
 * human-only one (even if stored with it). A key never does more than the person who made it
 * could do today; once they leave, it can do nothing.
 */
export function scopesInForce(scopes: readonly string[], creatorRole: RoleId | null): AbilityId[] {
  return scopes
    .filter(isAbilityId)
    .filter((scope) => !isHumanOnly(scope) && creatorRole !== null && hasAbility(creatorRole, scope));
}

export function statusOf(row: Pick<ApiKeyRow, 'expires_at' | 'revoked_at'>, now = new Date()): ApiKeyStatus {
  if (row.revoked_at) return 'revoked';
  if (row.expires_at && row.expires_at <= now) return 'expired';
  return 'active';
}

const SELECT = `select k.id, k.id as key, k.name, k.description, k.prefix, k.scopes, ${CREATOR_ROLE}, u.display_name as created_by_name,
       k.created_at, k.created_at::text as created_key, k.expires_at, k.revoked_at, k.last_used_at
  from api_key k left join app_user u on u.id = k.created_by`;

function base32(bytes: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return Array.from(randomToken(bytes * 2), (char) => alphabet[char.charCodeAt(0) % 32])
    .join('')
    .slice(0, bytes);
}

/**
 * API keys: a secret shown once (a recognizable `opk_…` prefix and 32 random bytes; only its
 * hash is stored), scopes no wider than the creator's abilities, and short-lived tokens in
 * exchange for the secret, authorized by the same rules as people.
 */
export class ApiKeyService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
  ) {}

  list(orgId: string, page: { first: number; after?: string | null }) {
    return pageByCreation<ApiKeyRow, ApiKeyRow>(
      this.em,
      {
        select: SELECT,
        where: 'k.org_id = ?',
        params: [orgId],
        alias: 'k',
        direction: 'desc',
      },
      page,
      (row) => row,
    );
  }

  async create(
    orgId: string,
    actor: AuditActor,
    held: ReadonlySet<AbilityId>,
    input: { name: string; description?: string | null; scopes: readonly string[]; expiresAt?: Date | null },
  ): Promise<{ row: ApiKeyRow; secret: string }> {
    const name = cleanName(input.name);
    const description = (input.description ?? '').trim();
    const problems = nameProblems(name);
    if (description.length > API_KEY_DESCRIPTION_MAX_LENGTH)
      problems.push({ path: 'description', message: `must be at most ${API_KEY_DESCRIPTION_MAX_LENGTH} characters` });
    const scopes = [...new Set(input.scopes)];
    if (scopes.length === 0) problems.push({ path: 'scopes', message: 'must name at least one ability' });
    for (const scope of scopes) {
      if (!isAbilityId(scope)) problems.push({ path: 'scopes', message: `${scope} is not an ability` });
      else if (isHumanOnly(scope))
        problems.push({ path: 'scopes', message: `${scope} stays with people: an API key cannot hold it` });
      else if (!held.has(scope)) problems.push({ path: 'scopes', message: `${scope} is more than you may grant` });
    }
    if (
      input.expiresAt &&
      (input.expiresAt.getTime() <= Date.now() || input.expiresAt.getTime() > Date.now() + MAX_LIFETIME_MS)
    ) {
      problems.push({ path: 'expiresAt', message: 'must be in the future and within a year' });
    }
    if (problems.length) throw new ValidationFailedError(problems);

    const prefix = `opk_${base32(10)}`;
    const secret = `${prefix}_${randomToken(32)}`;
    return this.em.transactional(async (em) => {
      await requireEntitlement(em, orgId, { entitlement: 'maxApiKeys', requireUsable: true });
      const { id } = em.create(ApiKey, {
        organization: orgId,
        name,
        description,
        prefix,
        secretHash: hashToken(secret),
        scopes,
        createdBy: actor.userId,
        expiresAt: input.expiresAt ?? null,
      });
      await em.flush();
      await recordAudit(em, actor, {
        orgId,
        action: 'api_key.created',
        targetType: 'api_key',
        targetId: id,
        after: { name, prefix, scopes, expiresAt: input.expiresAt ?? null },
      });
      const [row] = await sql<ApiKeyRow>(em, `${SELECT} where k.org_id = ? and k.id = ?`, [orgId, id]);
      return { row: row!, secret };
    });
  }

  /** Revokes a key: tokens already issued for it stop working on their next request. */
  async revoke(orgId: string, actor: AuditActor, id: string): Promise<ApiKeyRow> {
    return this.em.transactional(async (em) => {
      const [row] = await sql<ApiKeyRow>(em, `${SELECT} where k.org_id = ? and k.id = ?`, [orgId, id]);
      if (!row) throw new DomainError('NOT_FOUND');
      if (!row.revoked_at) {
        await em.nativeUpdate(ApiKey, { organization: orgId, id }, { revokedAt: raw('now()') });
        await recordAudit(em, actor, {
          orgId,
          action: 'api_key.revoked',
          targetType: 'api_key',
          targetId: id,
          before: { prefix: row.prefix },
        });
      }
      const [after] = await sql<ApiKeyRow>(em, `${SELECT} where k.org_id = ? and k.id = ?`, [orgId, id]);
      return after!;
    });
  }

  /** A short-lived token for a live key's secret; the same answer for any secret that does not work. */
  async exchange(
    secret: string,
    meta: RequestMeta,
  ): Promise<{ token: string; expiresAt: Date; orgId: string; scopes: string[] }> {
    await this.services.rateLimits.consume('apiKeyExchangePerIp', meta.ip);
    if (!SECRET.test(secret)) throw new DomainError('UNAUTHENTICATED', { message: 'This API key is not valid.' });
    const secretHash = hashToken(secret);
    const [key] = await this.em.transactional(async (em) => {
      // The secret carries its tenant: enter the key's org (a security-definer lookup by hash).
      await sql(em, 'select app_enter_api_key_secret(?)', [secretHash]);
      return sql<{ org_id: string; id: string; scopes: string[]; creator_role: RoleId | null }>(
        em,
        `update api_key k set last_used_at = now()
           from organization o
          where k.secret_hash = ? and o.id = k.org_id and o.status <> 'archived'
            and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())
          returning k.org_id, k.id, k.scopes, ${CREATOR_ROLE}`,
        [secretHash],
      );
    });
    if (!key) throw new DomainError('UNAUTHENTICATED', { message: 'This API key is not valid.' });
    const scopes = scopesInForce(key.scopes, key.creator_role);
    const issued = await this.services.accessTokens.issueForApiKey(
      { apiKeyId: key.id, orgId: key.org_id, scopes },
      API_KEY_TOKEN_TTL_SECONDS,
    );
    return { token: issued.token, expiresAt: issued.expiresAt, orgId: key.org_id, scopes };
  }
}
