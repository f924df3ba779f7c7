import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAbility, type RoleId } from '@orgplane/schema';
import { sql } from '../../database/sql.ts';
import { Membership } from './membership.entity.ts';
import { Organization } from './organization.entity.ts';
import { enterTenant } from '../../database/tenant.ts';
import { DomainError } from '../../domain-error.ts';
import type { RateLimits } from '../../security/rate-limits.ts';
import { confirmPassword } from '../users/password-confirmation.ts';
import { recordAudit, type Actor, type AuditActor } from '../audit/audit.service.ts';

const RESTORE_WINDOW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An archived organization its owner can still restore. */
export interface ArchivedOrganizationRecord {
  id: string;
  name: string;
  slug: string;
  archivedAt: Date;
  deletesAt: Date;
}

/**
 * Archive (owner, password confirmed), restore within 30 days, deletion after that, and
 * suspension by an operator. Archived organizations refuse all tenant access (caller.ts).
 */
export class OrganizationLifecycleService {
  constructor(private readonly em: EntityManager) {}

  /** Archives the organization once the owner's password is confirmed (rate limited like sign-in). */
  async archive(orgId: string, actor: Actor, password: string, rateLimits: RateLimits): Promise<void> {
    await confirmPassword(this.em, rateLimits, actor.userId, password);
    await this.em.transactional(async (em) => {
      // The org row first; then, in a statement of its own that sees what committed while the
      // lock was awaited (a transfer, say), the archiver's standing.
      const [current] = await sql<{ status: string }>(em, 'select status from organization where id = ? for update', [
        orgId,
      ]);
      if (!current || current.status === 'archived') throw new DomainError('TENANT_NOT_FOUND');
      const [standing] = await sql<{ role: RoleId }>(
        em,
        `select role from membership where org_id = ? and user_id = ? and status = 'active'`,
        [orgId, actor.userId],
      );
      if (!standing) throw new DomainError('TENANT_NOT_FOUND');
      if (!hasAbility(standing.role, 'organization.delete')) {
        throw new DomainError('FORBIDDEN', { extensions: { ability: 'organization.delete' } });
      }
      await em.nativeUpdate(Organization, { id: orgId }, { status: 'archived', archivedAt: new Date() });
      await recordAudit(em, actor, {
        orgId,
        action: 'organization.archived',
        targetType: 'organization',
        targetId: orgId,
        before: { status: current.status },
        after: { status: 'archived' },
      });
    });
  }

  /** Restores an archived organization for its owner, within the window. */
  async restore(organizationId: string, actor: Actor): Promise<void> {
    await this.em.transactional(async (em) => {
      // The org row first, as every change of ownership does; the owner check below reads after it.
      await sql(em, 'select id from organization where id = ? for update', [organizationId]);
      const restored = await sql(
        em,
        `update organization o set status = 'active', archived_at = null
          where o.id = ? and o.status = 'archived' and o.archived_at > now() - make_interval(days => ?)
            and exists (select 1 from membership m where m.org_id = o.id and m.user_id = ? and m.role = 'owner' and m.status = 'active')
          returning o.id`,
        [organizationId, RESTORE_WINDOW_DAYS, actor.userId],
      );
      if (restored.length === 0) throw new DomainError('NOT_FOUND');
      // Archived, it was nobody's tenant; its owner now acts in it.
      await enterTenant(em, organizationId);
      await recordAudit(em, actor, {
        orgId: organizationId,
        action: 'organization.restored',
        targetType: 'organization',
        targetId: organizationId,
        before: { status: 'archived' },
        after: { status: 'active' },
      });
    });
  }

  /** The archived organizations this user owns and can still restore. */
  async archivedOwnedBy(userId: string): Promise<ArchivedOrganizationRecord[]> {
    const ownerships = await this.em.find(
      Membership,
      { user: userId, role: 'owner', status: 'active', organization: { status: 'archived' } },
      { populate: ['organization'], orderBy: { organization: { archivedAt: 'desc' } } },
    );
    return ownerships.map(({ organization }) => {
      const archivedAt = organization.archivedAt!;
      return {
        id: organization.id,
        name: organization.name,
        slug: organization.slug,
        archivedAt,
        deletesAt: new Date(archivedAt.getTime() + RESTORE_WINDOW_DAYS * DAY_MS),
      };
    });
  }

  /** Sets or lifts an operator's suspension; returns the organization's id. */
  async setSuspended(slugOrId: string, suspended: boolean, actor: AuditActor): Promise<string> {
    return this.em.transactional(async (em) => {
      const [org] = await sql<{ id: string; status: string }>(
        em,
        `select id, status from organization where slug = lower(?) or id::text = ? for update`,
        [slugOrId, slugOrId],
      );
      if (!org) throw new Error(`No organization ${slugOrId}`);
      if (org.status === 'archived') throw new Error('The organization is archived; restore it first.');
      const status = suspended ? 'suspended' : 'active';
      await em.nativeUpdate(Organization, { id: org.id }, { status });
      await recordAudit(em, actor, {
        orgId: org.id,
        action: suspended ? 'organization.suspended' : 'organization.resumed',
        targetType: 'organization',
        targetId: org.id,
        before: { status: org.status },
        after: { status },
      });
      return org.id;
    });
  }

  /** Deletes organizations archived longer than the restore window. */
  static async purge(em: EntityManager): Promise<number> {
    const cutoff = new Date(Date.now() - RESTORE_WINDOW_DAYS * DAY_MS);
    return em.nativeDelete(Organization, { status: 'archived', archivedAt: { $lte: cutoff } });
  }
}
