import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAbility, type AbilityId, type RoleId } from '@orgplane/schema';
import { sql } from '../../database/sql.ts';
import { DomainError } from '../../domain-error.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import {
  exportKind,
  EXPORT_KINDS,
  isExportKindId,
  type ExportFormat,
  type ExportInput,
  type ExportKindId,
  type ExportParams,
} from './export-kinds.ts';
import { ExportLink } from './export-link.entity.ts';

/** How long a link works after it is made. */
const EXPORT_LINK_TTL_MS = 5 * 60 * 1000;
/** The path the download is served on, before the token. */
const EXPORT_PATH = '/exports/';
/** 32 random bytes, base64url (43 characters). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A link as the mutation answers it. */
export interface CreatedExport {
  /** The download path, relative to the API's origin. */
  readonly url: string;
  readonly expiresAt: Date;
  readonly filename: string;
}

/** A claimed link: what to run and write, in which org. */
export interface ClaimedExport {
  readonly orgId: string;
  readonly userId: string;
  readonly kind: ExportKindId;
  readonly format: ExportFormat;
  readonly params: ExportParams;
  readonly filename: string;
}

/** Why a link gives no download: the HTTP status and the code and message of the error answered. */
export class ExportLinkRefused extends DomainError {
  constructor(
    readonly status: 403 | 404 | 410,
    code: 'NOT_FOUND' | 'TOKEN_INVALID' | 'FORBIDDEN',
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(code, { message, extensions });
  }
}

function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

function filenameOf(kind: ExportKindId, format: ExportFormat, params: ExportParams): string {
  const definition = exportKind(kind);
  return `${definition.fileStem}-${definition.fileSuffix(params)}.${format}`;
}

/**
 * Download links for exports: made by a mutation (checked, audited, stored as a hash), used once
 * by `GET /exports/<token>` (claimed in one statement, the user's standing checked again).
 */
export class ExportService {
  constructor(private readonly em: EntityManager) {}

  /**
   * A new link for `kind` in `orgId`, for the signed-in person `actor` in session `sessionId`,
   * whose abilities in the org are `abilities`. Invalid input answers VALIDATION_FAILED and
   * changes nothing; the link and its audit event are written in one transaction.
   */
  async create<K extends ExportKindId>(
    orgId: string,
    actor: Actor & { readonly sessionId: string; readonly abilities: ReadonlySet<AbilityId> },
    request: { kind: K; format: ExportFormat; input: ExportInput<K> },
  ): Promise<CreatedExport> {
    const definition = EXPORT_KINDS[request.kind];
    if (!actor.abilities.has(definition.ability)) {
      throw new DomainError('FORBIDDEN', { extensions: { ability: definition.ability } });
    }
    const params: ExportParams = exportKind(request.kind).params(request.input as never);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + EXPORT_LINK_TTL_MS);
    const filename = filenameOf(request.kind, request.format, params);
    await this.em.transactional(async (em) => {
      const link = em.create(ExportLink, {
        organization: orgId,
        user: actor.userId,
        session: actor.sessionId,
        kind: request.kind,
        format: request.format,
        params,
        tokenHash: tokenHash(token),
        expiresAt,
      });
      await em.flush();
      await recordAudit(em, actor, {
        orgId,
        action: 'export.created',
        targetType: 'export_link',
        targetId: link.id,
        after: { kind: request.kind, format: request.format, ...params, expiresAt: expiresAt.toISOString() },
      });
    });
    return { url: `${EXPORT_PATH}${token}`, expiresAt, filename };
  }

  /**
   * Claims the link `token` names, once: one conditional update marks it used while it is
   * unused and unexpired (two concurrent downloads cannot both win). Before answering, the
   * link's user must still be an active member of a live organization, in the session that
   * made the link, with the kind's ability (a role changed since counts). Refusals: 404 for an
   * unknown token, 410 for a used or expired link, 403 when the user lost access; a refused link
   * is not used up. Needs a transaction on the application role, which this enters the link's
   * organization in, for row-level security.
   */
  async claim(token: string): Promise<ClaimedExport> {
    if (!TOKEN.test(token)) throw new ExportLinkRefused(404, 'NOT_FOUND', 'This export link does not exist.');
    const hash = tokenHash(token);
    return this.em.transactional(async (em) => {
      // Security definer: finds the link by its secret's hash and enters its organization.
      const [entered] = await sql<{ org_id: string | null }>(em, 'select app_enter_export_link(?) as org_id', [hash]);
      if (!entered?.org_id) throw new ExportLinkRefused(404, 'NOT_FOUND', 'This export link does not exist.');
      const [link] = await sql<{
        org_id: string;
        user_id: string;
        session_id: string;
        kind: string;
        format: ExportFormat;
        params: ExportParams;
      }>(
        em,
        `update export_link set used_at = now()
          where token_hash = ? and used_at is null and expires_at > now()
          returning org_id, user_id, session_id, kind, format, params`,
        [hash],
      );
      if (!link) {
        const [state] = await sql<{ used: boolean }>(
          em,
          'select used_at is not null as used from export_link where token_hash = ?',
          [hash],
        );
        throw new ExportLinkRefused(
          410,
          'TOKEN_INVALID',
          state?.used
            ? 'This export link was already used. Create a new export.'
            : 'This export link has expired. Create a new export.',
        );
      }
      const [standing] = await sql<{ role: RoleId; mfa_missing: boolean }>(
        em,
        `select m.role, coalesce(o.require_mfa and u.totp_enabled_at is null, false) as mfa_missing
           from membership m
           join organization o on o.id = m.org_id and o.status <> 'archived'
           join app_user u on u.id = m.user_id
           join session s on s.id = ? and s.user_id = m.user_id and s.revoked_at is null and s.expires_at > now()
          where m.org_id = ? and m.user_id = ? and m.status = 'active'`,
        [link.session_id, link.org_id, link.user_id],
      );
      if (!isExportKindId(link.kind)) {
        throw new ExportLinkRefused(410, 'TOKEN_INVALID', 'This kind of export is no longer offered.');
      }
      const definition = exportKind(link.kind);
      if (!standing || standing.mfa_missing) {
        throw new ExportLinkRefused(403, 'FORBIDDEN', 'The person this export link was made for no longer has access.');
      }
      if (!hasAbility(standing.role, definition.ability)) {
        throw new ExportLinkRefused(403, 'FORBIDDEN', errorFor(definition.ability), { ability: definition.ability });
      }
      return {
        orgId: link.org_id,
        userId: link.user_id,
        kind: link.kind,
        format: link.format,
        params: link.params,
        filename: filenameOf(link.kind, link.format, link.params),
      };
    });
  }
}

function errorFor(ability: AbilityId): string {
  return `The role of the person this export link was made for no longer holds ${ability}.`;
}
