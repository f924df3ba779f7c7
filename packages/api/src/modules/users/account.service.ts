import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../database/sql.ts';
import { enterTenant, withTenant } from '../../database/tenant.ts';
import { DomainError } from '../../domain-error.ts';
import type { RateLimits } from '../../security/rate-limits.ts';
import { confirmPassword } from './password-confirmation.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import { Invitation } from '../invitations/invitation.entity.ts';
import { Membership } from '../organizations/membership.entity.ts';
import { Organization } from '../organizations/organization.entity.ts';
import { User } from './user.entity.ts';

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
    const ownerships = await em.find(
      Membership,
      { user: userId, role: 'owner', status: 'active' },
      { populate: ['organization'], orderBy: { organization: { name: 'asc' } } },
    );
    const owned: Array<{ id: string; name: string; memberCount: number }> = [];
    for (const { organization } of ownerships) {
      const memberCount = await withTenant(em, organization.id, () =>
        em.count(Membership, { organization: organization.id, status: 'active' }),
      );
      owned.push({ id: organization.id, name: organization.name, memberCount });
    }
    const left = await em.count(Membership, { user: userId, $not: { role: 'owner', status: 'active' } });
    return { ownedOrganizations: owned, leftOrganizationCount: left };
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
      const memberships = await em.find(
        Membership,
        { user: actor.userId },
        { fields: ['id', 'role'], orderBy: { organization: 'asc' } },
      );
      // Each org of the user in turn (row-level security admits one tenant at a time).
      for (const membership of memberships) {
        const orgId = membership.organization.id;
        await enterTenant(em, orgId);
        await em.nativeDelete(Invitation, { organization: orgId, invitedBy: actor.userId });
        if (owned.includes(orgId)) continue;
        await recordAudit(em, actor, {
          orgId,
          action: 'member.account_deleted',
          targetType: 'membership',
          targetId: membership.id,
          before: { userId: actor.userId, email: user.email, role: membership.role },
          after: null,
        });
      }
      if (owned.length) await em.nativeDelete(Organization, { id: { $in: owned } });
      await em.nativeDelete(User, { id: actor.userId });
      return impact;
    });
  }
}
