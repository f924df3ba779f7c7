import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAbility, type AbilityId, type AssignableRoleId, type RoleId } from '@orgplane/schema';
import { atomically } from '../../database/atomic.ts';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { confirmPassword } from '../users/password-confirmation.ts';
import type { AppServices } from '../../services.ts';
import { requireEntitlement } from '../billing/subscription.service.ts';
import { queueWebhookEvent } from '../webhooks/webhook.service.ts';
import { recordAudit, type Actor, type AuditActor, type AuditedWrite } from '../audit/audit.service.ts';
import { Outbox } from '../mail/mail.service.ts';
import { passwordResetEmail } from '../mail/mail.templates.ts';
import { issueUserToken } from '../users/user-tokens.ts';

export type MembershipStatus = 'active' | 'archived';

/** A member as the list shows it. */
export interface MemberRow {
  id: string;
  org_id: string;
  user_id: string;
  email: string;
  display_name: string;
  last_sign_in_at: Date | null;
  role: RoleId;
  status: MembershipStatus;
  created_at: Date;
  credit_limit: string;
  used_credits: string;
  sort_key: string;
}

export type MemberOrderField = 'joinedAt' | 'email' | 'displayName';
export type OrderDirection = 'asc' | 'desc';

export interface MemberFilter {
  status?: MembershipStatus | null;
  role?: RoleId | null;
  /** A prefix of the email or the display name, case-insensitive. */
  search?: string | null;
  /** Only members assigned to this workspace. */
  workspaceId?: string | null;
}

const SORT_KEYS: Record<MemberOrderField, string> = {
  joinedAt: `m.created_at::text`,
  email: 'u.email',
  displayName: 'lower(u.display_name)',
};

const SORT_COLUMNS: Record<MemberOrderField, { column: string; cast: string }> = {
  joinedAt: { column: 'm.created_at', cast: 'timestamptz' },
  email: { column: 'u.email', cast: 'text' },
  displayName: { column: 'lower(u.display_name)', cast: 'text' },
};

const SELECT = (sortKey: string, extra = '') => `
  select m.id, m.org_id, m.user_id, u.email, u.display_name, u.last_sign_in_at, m.role, m.status, m.created_at,
         coalesce(c.credit_limit, -1)::text as credit_limit, coalesce(c.used_credits, 0)::text as used_credits,
         ${sortKey} as sort_key${extra}
    from membership m
    join app_user u on u.id = m.user_id
    left join member_credit c on c.org_id = m.org_id and c.membership_id = m.id`;

/**
 * "Not on your own row": a person never archives themselves, changes their own role or sends
 * themselves a reset link from the member list (their Account page changes their password).
 * Another admin or the owner does it. API keys act for nobody's row.
 */
function refuseOwnRow(
  actor: AuditActor,
  member: MemberRow,
  code: 'CANNOT_ARCHIVE_SELF' | 'CANNOT_CHANGE_OWN_ROLE' | 'CANNOT_RESET_OWN_PASSWORD',
): void {
  if (actor.userId !== null && member.user_id === actor.userId) throw new DomainError(code);
}

/** One membership column set, as a write `recordAudit` runs in the audit event's statement. */
function setMembership(orgId: string, membershipId: string, column: 'role' | 'status', value: string): AuditedWrite {
  return {
    text: `update membership set ${column} = ?, updated_at = now() where org_id = ? and id = ?`,
    bindings: [value, orgId, membershipId],
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Memberships: the list, and every change of a member's standing. Every change locks the
 * organization row first, so changes of one org's owner and roles happen one at a time, and
 * checks the actor's standing again under that lock. The owner's row is never archived or
 * demoted except by a transfer, so there is always one; the database guarantees it too (the
 * partial unique index `membership_one_active_owner`: at most one; a deferred constraint
 * trigger: at least one at commit).
 */
export class MemberService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
  ) {}

  /** A keyset page of the org's members: flat cost at any depth, no OFFSET. */
  async list(
    orgId: string,
    filter: MemberFilter,
    order: { field: MemberOrderField; direction: OrderDirection },
    first: number,
    after: [string, string] | null,
  ): Promise<MemberRow[]> {
    const { column, cast } = SORT_COLUMNS[order.field];
    const comparison = order.direction === 'asc' ? '>' : '<';
    const direction = order.direction === 'asc' ? 'asc' : 'desc';
    const search = filter.search?.trim().toLowerCase() || null;
    const pattern = search ? `${escapeLike(search)}%` : null;
    return sql<MemberRow>(
      this.em,
      `${SELECT(SORT_KEYS[order.field])}
        where m.org_id = ?
          and (?::text is null or m.status = ?)
          and (?::text is null or m.role = ?)
          and (?::text is null or u.email like ? or lower(u.display_name) like ?)
          and (?::uuid is null or exists (
                select 1 from workspace_member wm
                 where wm.org_id = m.org_id and wm.membership_id = m.id and wm.workspace_id = ?::uuid))
          and (?::text is null or (${column}, m.id) ${comparison} (?::${cast}, ?::uuid))
        order by ${column} ${direction}, m.id ${direction}
        limit ?`,
      [
        orgId,
        filter.status ?? null,
        filter.status ?? null,
        filter.role ?? null,
        filter.role ?? null,
        pattern,
        pattern,
        pattern,
        filter.workspaceId ?? null,
        filter.workspaceId ?? null,
        after?.[0] ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        first + 1,
      ],
    );
  }

  async get(orgId: string, membershipId: string, em: EntityManager = this.em): Promise<MemberRow | undefined> {
    const [row] = await sql<MemberRow>(em, `${SELECT("''")} where m.org_id = ? and m.id = ?`, [orgId, membershipId]);
    return row;
  }

  /** Removes a non-owner member's access at once, never one's own; the role is kept for reactivation. */
  async archive(orgId: string, actor: AuditActor, membershipId: string): Promise<MemberRow> {
    return this.change(orgId, actor, 'members.archive', membershipId, async (em, member) => {
      if (member.role === 'owner') throw new DomainError('OWNER_PROTECTED');
      refuseOwnRow(actor, member, 'CANNOT_ARCHIVE_SELF');
      if (member.status === 'archived') return member;
      await recordAudit(
        em,
        actor,
        this.entry(orgId, 'member.archived', member, { status: 'active' }, { status: 'archived' }),
        setMembership(orgId, membershipId, 'status', 'archived'),
      );
      await queueWebhookEvent(em, orgId, 'member.archived', {
        membershipId,
        userId: member.user_id,
        email: member.email,
        role: member.role,
        archivedBy: actor.userId,
      });
      return { ...member, status: 'archived' };
    });
  }

  /** Restores an archived member with the role they had. */
  async reactivate(orgId: string, actor: AuditActor, membershipId: string): Promise<MemberRow> {
    return this.change(orgId, actor, 'members.archive', membershipId, async (em, member) => {
      if (member.status === 'active') return member;
      await requireEntitlement(em, orgId, { entitlement: 'maxActiveMembers' });
      await recordAudit(
        em,
        actor,
        this.entry(
          orgId,
          'member.reactivated',
          member,
          { status: 'archived' },
          { status: 'active', role: member.role },
        ),
        setMembership(orgId, membershipId, 'status', 'active'),
      );
      return { ...member, status: 'active' };
    });
  }

  /** Gives an active non-owner member other than oneself another non-owner role. */
  async changeRole(orgId: string, actor: AuditActor, membershipId: string, role: RoleId): Promise<MemberRow> {
    if (role === 'owner') throw new DomainError('OWNER_NOT_ASSIGNABLE');
    const assignable: AssignableRoleId = role;
    return this.change(orgId, actor, 'members.changeRole', membershipId, async (em, member) => {
      if (member.role === 'owner') throw new DomainError('OWNER_PROTECTED');
      refuseOwnRow(actor, member, 'CANNOT_CHANGE_OWN_ROLE');
      if (member.status !== 'active') throw new DomainError('MEMBER_NOT_ACTIVE');
      if (member.role === assignable) return member;
      await recordAudit(
        em,
        actor,
        this.entry(orgId, 'member.role_changed', member, { role: member.role }, { role: assignable }),
        setMembership(orgId, membershipId, 'role', assignable),
      );
      return { ...member, role: assignable };
    });
  }

  /**
   * Hands ownership to an active admin, confirmed with the owner's password: the owner becomes
   * admin and the target owner in one transaction, under the org row lock.
   */
  async transferOwnership(
    orgId: string,
    actor: Actor,
    targetMembershipId: string,
    password: string,
  ): Promise<{ previousOwner: MemberRow; newOwner: MemberRow }> {
    await confirmPassword(this.em, this.services.rateLimits, actor.userId, password);
    return atomically(this.em, async (em) => {
      const ability = 'organization.transferOwnership';
      const { own: source, target } = await this.lockOrganization(em, orgId, actor, ability, targetMembershipId);
      if (source?.role !== 'owner') throw new DomainError('FORBIDDEN', { extensions: { ability } });
      if (!target || target.status !== 'active' || target.role !== 'admin')
        throw new DomainError('OWNERSHIP_TARGET_INVALID');
      // Demote first, in a statement of its own: the partial unique index allows one active owner
      // at any moment.
      const demote = setMembership(orgId, source.id, 'role', 'admin');
      await sql(em, demote.text, demote.bindings);
      await recordAudit(
        em,
        actor,
        {
          orgId,
          action: 'organization.ownership_transferred',
          targetType: 'membership',
          targetId: target.id,
          before: { ownerMembershipId: source.id },
          after: { ownerMembershipId: target.id, previousOwnerRole: 'admin' },
        },
        setMembership(orgId, target.id, 'role', 'owner'),
      );
      return { previousOwner: { ...source, role: 'admin' }, newOwner: { ...target, role: 'owner' } };
    });
  }

  /** Sets how many credits a member may use (-1 = unlimited). */
  async setCreditLimit(
    orgId: string,
    actor: AuditActor,
    membershipId: string,
    creditLimit: number,
  ): Promise<MemberRow> {
    if (!Number.isSafeInteger(creditLimit) || creditLimit < -1) {
      throw new ValidationFailedError([
        { path: 'creditLimit', message: 'must be a whole number of credits, or -1 for unlimited' },
      ]);
    }
    return this.change(orgId, actor, 'members.setCreditLimit', membershipId, async (em, member) => {
      await recordAudit(
        em,
        actor,
        this.entry(
          orgId,
          'member.credit_limit_changed',
          member,
          { creditLimit: Number(member.credit_limit) },
          { creditLimit },
        ),
        {
          text: `insert into member_credit (org_id, membership_id, credit_limit) values (?, ?, ?)
                 on conflict (org_id, membership_id) do update set credit_limit = excluded.credit_limit`,
          bindings: [orgId, membershipId, creditLimit],
        },
      );
      return { ...member, credit_limit: String(creditLimit) };
    });
  }

  /** Emails an active member other than oneself a password reset link. */
  async sendPasswordReset(orgId: string, actor: AuditActor, membershipId: string): Promise<MemberRow> {
    const outbox = new Outbox(this.services.secrets.dataEncryptionKey);
    const member = await this.get(orgId, membershipId);
    if (!member) throw new DomainError('NOT_FOUND');
    refuseOwnRow(actor, member, 'CANNOT_RESET_OWN_PASSWORD');
    if (member.status !== 'active') throw new DomainError('MEMBER_NOT_ACTIVE');
    await this.services.rateLimits.consume('passwordResetPerAccount', member.email);
    await this.em.transactional(async (em) => {
      const { token } = await issueUserToken(em, member.user_id, 'password_reset');
      const url = `${this.services.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      outbox.queue(em, member.email, passwordResetEmail(member.display_name, url));
      await recordAudit(em, actor, this.entry(orgId, 'member.password_reset_sent', member, null, null));
    });
    await outbox.dispatch(this.services.queue, this.em);
    return member;
  }

  /**
   * Runs one change of a member under the org row lock. `apply` makes the change (with its audit
   * event, in one statement where it can) and answers the member as the change leaves it.
   */
  private async change(
    orgId: string,
    actor: AuditActor,
    ability: AbilityId,
    membershipId: string,
    apply: (em: EntityManager, member: MemberRow) => Promise<MemberRow>,
  ): Promise<MemberRow> {
    return atomically(this.em, async (em) => {
      const { target } = await this.lockOrganization(em, orgId, actor, ability, membershipId);
      if (!target) throw new DomainError('NOT_FOUND');
      return apply(em, target);
    });
  }

  /**
   * Locks the org row and checks the person acting against what is true now: the request was
   * authorized before it waited for the lock, and a transfer, demotion, archive, account deletion
   * or org archive committed meanwhile must not let it act on its old standing. API keys are
   * checked per request (their creator's standing narrows their scopes) and hold no role here.
   *
   * One statement answers the actor's own active membership and the target member, and locks
   * them with the org row (org first, as account deletion does, so the two never deadlock). The
   * org row is locked `for no key update`: member changes and account deletion (`for update`)
   * queue on it, while the key share locks of inserts in the org (foreign key checks, usage
   * recording, creations under a plan limit) neither wait for it nor, arriving back to back,
   * keep it waiting indefinitely. A
   * locked row is read as it is now, not as the statement's snapshot had it: PostgreSQL re-reads
   * a row changed while it waited and checks the conditions again (READ COMMITTED's re-check),
   * so an actor demoted or archived meanwhile is seen demoted or not at all. Rows no statement
   * locks (the user's email, the credit columns) are display data. No row (an actor no longer
   * active, or an API key and no such member) locks nothing and changes nothing.
   */
  private async lockOrganization(
    em: EntityManager,
    orgId: string,
    actor: AuditActor,
    ability: AbilityId,
    targetMembershipId: string,
  ): Promise<{ own: MemberRow | undefined; target: MemberRow | undefined }> {
    const rows = await sql<MemberRow & { org_status: string }>(
      em,
      `${SELECT("''", ', o.status as org_status')}
         join organization o on o.id = m.org_id
        where m.org_id = ? and (m.id = ? or (m.user_id = ? and m.status = 'active'))
        for no key update of o for no key update of m`,
      [orgId, targetMembershipId, actor.userId],
    );
    if (rows[0]?.org_status === 'archived') throw new DomainError('TENANT_NOT_FOUND');
    const target = rows.find((row) => row.id === targetMembershipId);
    if (actor.userId === null) return { own: undefined, target };
    const own = rows.find((row) => row.user_id === actor.userId && row.status === 'active');
    if (!own) throw new DomainError('TENANT_NOT_FOUND');
    if (!hasAbility(own.role, ability)) throw new DomainError('FORBIDDEN', { extensions: { ability } });
    return { own, target };
  }

  private entry(
    orgId: string,
    action: string,
    member: MemberRow,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ) {
    return {
      orgId,
      action,
      targetType: 'membership',
      targetId: member.id,
      before: before && { ...before, userId: member.user_id, email: member.email },
      after,
    };
  }
}
