import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../database/sql.ts';
import { enterTenant, withTenant } from '../../database/tenant.ts';
import { DomainError } from '../../domain-error.ts';
import type { RateLimits } from '../../security/rate-limits.ts';
import { confirmPassword } from './password-confirmation.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';

/** What deleting an account takes with it. */
export interface DeletionImpact {
  /** Organizations the user owns: deleted with all their members, invitations and resources. */
  readonly ownedOrganizations: ReadonlyArray<{ id: string; name: string; memberCount: number }>;
  /** Organizations the user leaves; their audit trails record the departure. */
  readonly leftOrganizationCount: number;
}

export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly rateLimits: RateLimits,
  ) {}

  /** Reads the user's own memberships across orgs (RLS lets a user see those) and counts members in each owned org. */
  async deletionImpact(userId: string, em: EntityManager = this.em): Promise<DeletionImpact> {
    if (!em.isInTransaction()) return this.em.transactional((tx) => this.deletionImpact(userId, tx));
    const ownedOrgs = await sql<{ id: string; name: string }>(
      em,
      `select o.id, o.name from membership m join organization o on o.id = m.org_id
        where m.user_id = ? and m.role = 'owner' and m.status = 'active'
        order by o.name`,
      [userId],
    );
    const owned: Array<{ id: string; name: string; member_count: number }> = [];
    for (const org of ownedOrgs) {
      const [count] = await withTenant(em, org.id, () =>
        sql<{ n: number }>(em, `select count(*)::int as n from membership where org_id = ? and status = 'active'`, [
          org.id,
        ]),
      );
      owned.push({ ...org, member_count: count?.n ?? 0 });
    }
    const [left] = await sql<{ n: number }>(
      em,
      `select count(*)::int as n from membership where user_id = ? and not (role = 'owner' and status = 'active')`,
      [userId],
    );
    return {
      ownedOrganizations: owned.map((org) => ({ id: org.id, name: org.name, memberCount: org.member_count })),
      leftOrganizationCount: left?.n ?? 0,
    };
  }

  /**
   * Deletes the account after checking the password: the invitations the user sent, their
   * memberships everywhere (recorded in those orgs' audit trails), every org they own with
   * everything in it, then the user with their sessions and tokens. One transaction.
   *
   * Refused with OWNERSHIP_TRANSFER_REQUIRED while the user owns an org that has other active
   * members. Roles are read only once the user's row and the rows of every org they belong to are
   * locked, so an org is deleted only if the user owns it, alone, at the moment of deletion: a
   * transfer, role change, archive, reactivation or acceptance in one of those orgs happens
   * wholly before (and is seen) or wholly after (and finds the org or the user gone).
   */
  async delete(actor: Actor, password: string): Promise<DeletionImpact> {
    const user = await confirmPassword(this.em, this.rateLimits, actor.userId, password);
    return this.em.transactional(async (em) => {
      // The user's row first: no membership can be added for them (an invitation accepted, an org
      // created in another tab) until this commits, so the org list below is complete.
      const [present] = await sql(em, 'select id from app_user where id = ? for update', [actor.userId]);
      if (!present) throw new DomainError('UNAUTHENTICATED');
      // Then every org they belong to, in id order so that two deletions never deadlock; every
      // change of an org's members locks the same row first.
      await sql(
        em,
        `select o.id from organization o
          where o.id in (select m.org_id from membership m where m.user_id = ?)
          order by o.id
          for update of o`,
        [actor.userId],
      );
      const impact = await this.deletionImpact(actor.userId, em);
      const shared = impact.ownedOrganizations.filter((org) => org.memberCount > 1);
      if (shared.length) {
        throw new DomainError('OWNERSHIP_TRANSFER_REQUIRED', {
          extensions: { organizationIds: shared.map((org) => org.id) },
        });
      }
      const owned = impact.ownedOrganizations.map((org) => org.id);
      const memberships = await sql<{ org_id: string; id: string; role: string }>(
        em,
        'select org_id, id, role from membership where user_id = ? order by org_id',
        [actor.userId],
      );
      // Each org of the user in turn (row-level security admits one tenant at a time).
      for (const membership of memberships) {
        await enterTenant(em, membership.org_id);
        await sql(em, 'delete from invitation where org_id = ? and invited_by = ?', [membership.org_id, actor.userId]);
        if (owned.includes(membership.org_id)) continue;
        await recordAudit(em, actor, {
          orgId: membership.org_id,
          action: 'member.account_deleted',
          targetType: 'membership',
          targetId: membership.id,
          before: { userId: actor.userId, email: user.email, role: membership.role },
          after: null,
        });
      }
      await sql(em, 'delete from organization where id = any(?::uuid[])', [owned]);
      await sql(em, 'delete from app_user where id = ?', [actor.userId]);
      return impact;
    });
  }
}
