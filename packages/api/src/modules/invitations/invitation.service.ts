import { raw, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  INVITATIONS_PER_REQUEST_MAX,
  isErrorCode,
  ROLES,
  type AssignableRoleId,
  type ErrorCode,
  type FieldError,
  type RoleId,
} from '@orgplane/schema';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { hashToken, randomToken } from '../../security/crypto.ts';
import type { AppServices } from '../../services.ts';
import { requireEntitlement } from '../billing/subscription.service.ts';
import { queueWebhookEvent } from '../webhooks/webhook.service.ts';
import { recordAudit, type Actor, type AuditActor } from '../audit/audit.service.ts';
import { Outbox } from '../mail/mail.service.ts';
import { MemberCredit } from '../members/member-credit.entity.ts';
import { Membership } from '../organizations/membership.entity.ts';
import { Organization } from '../organizations/organization.entity.ts';
import { invitationEmail } from '../mail/mail.templates.ts';
import { requireEmail } from '../users/email.ts';
import { User } from '../users/user.entity.ts';
import { Invitation } from './invitation.entity.ts';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The database's clock (the transaction's `now()`), so expiry is judged by one clock in every statement. */
const dbNow = () => raw<object, Date>('now()');

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

/** An invitation as read: `status` already says `expired` for a pending one past its expiry. */
export interface InvitationRow extends CreationKeyed {
  org_id: string;
  id: string;
  email: string;
  role: AssignableRoleId;
  credit_limit: string | null;
  status: InvitationStatus;
  invited_by: string | null;
  inviter_name: string | null;
  created_at: Date;
  expires_at: Date;
}

/** The effective status: pending past expiry reads as expired at once. */
const EFFECTIVE_STATUS = `case when i.status = 'pending' and i.expires_at <= now() then 'expired' else i.status end`;

const SELECT = `select i.org_id, i.id, i.id as key, i.email, i.role, i.credit_limit::text, ${EFFECTIVE_STATUS} as status,
       i.invited_by, u.display_name as inviter_name, i.created_at, i.created_at::text as created_key, i.expires_at
  from invitation i left join app_user u on u.id = i.invited_by`;

export interface InviteItem {
  email: string;
  role: RoleId;
  creditLimit?: number | null;
}

/** One address's outcome in a bulk invite. */
export type InviteOutcome =
  | { email: string; invitation: InvitationRow; error: null }
  | { email: string; invitation: null; error: { code: ErrorCode; message: string; fields: readonly FieldError[] } };

/** What an invitation link shows before anyone signs in: nothing more than this. */
export interface InvitationPreview {
  organizationName: string;
  inviterName: string | null;
  role: AssignableRoleId;
  expiresAt: Date;
  status: InvitationStatus;
}

const STATE_ERRORS: Record<Exclude<InvitationStatus, 'pending'>, ErrorCode> = {
  accepted: 'INVITATION_ALREADY_ACCEPTED',
  expired: 'INVITATION_EXPIRED',
  revoked: 'INVITATION_REVOKED',
};

function requireAssignable(role: RoleId, path: string): AssignableRoleId {
  if (role === 'owner')
    throw new DomainError('OWNER_NOT_ASSIGNABLE', { extensions: { fields: [{ path, message: 'cannot be owner' }] } });
  return role;
}

function requireCreditLimit(value: number | null | undefined, path: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isSafeInteger(value) || value < -1) {
    throw new ValidationFailedError([{ path, message: 'must be a whole number of credits, or -1 for unlimited' }]);
  }
  return value;
}

/**
 * An invitation link carries its own tenant: enters the org of the invitation whose token this
 * is (a security-definer lookup by the token's hash), for the rest of the transaction.
 */
async function enterInvitationTenant(em: EntityManager, token: string): Promise<void> {
  await sql(em, 'select app_enter_invitation(?)', [hashToken(token)]);
}

/**
 * Email invitations: one pending per address and org, a 32-byte token of which only the hash
 * is stored, a 7-day expiry that takes effect at once, and single use under concurrency.
 */
export class InvitationService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
  ) {}

  /** Invites each address in its own transaction; reports the invitation or the error per address. */
  async invite(orgId: string, actor: AuditActor, items: readonly InviteItem[]): Promise<InviteOutcome[]> {
    if (items.length === 0 || items.length > INVITATIONS_PER_REQUEST_MAX) {
      throw new ValidationFailedError([
        { path: 'invitations', message: `must list 1 to ${INVITATIONS_PER_REQUEST_MAX} addresses` },
      ]);
    }
    await this.services.rateLimits.consume('invitationsPerOrg', orgId, items.length);
    const outcomes: InviteOutcome[] = [];
    for (const [index, item] of items.entries()) {
      try {
        outcomes.push({
          email: item.email,
          invitation: await this.inviteOne(orgId, actor, item, `invitations.${index}`),
          error: null,
        });
      } catch (error) {
        if (!(error instanceof DomainError) || !isErrorCode(error.code)) throw error;
        const fields = (error.extensions.fields as FieldError[] | undefined) ?? [];
        outcomes.push({
          email: item.email,
          invitation: null,
          error: { code: error.code, message: error.message, fields },
        });
      }
    }
    return outcomes;
  }

  private async inviteOne(orgId: string, actor: AuditActor, item: InviteItem, path: string): Promise<InvitationRow> {
    const email = requireEmail(item.email, `${path}.email`);
    const role = requireAssignable(item.role, `${path}.role`);
    const creditLimit = requireCreditLimit(item.creditLimit, `${path}.creditLimit`);
    const outbox = new Outbox(this.services.secrets.dataEncryptionKey);
    const invitation = await this.em.transactional(async (em) => {
      const existing = await em.findOne(Membership, { organization: orgId, user: { email } });
      if (existing) throw new DomainError(existing.status === 'active' ? 'ALREADY_MEMBER' : 'MEMBER_ARCHIVED');
      // A pending invitation past its expiry no longer blocks a new one.
      await em.nativeUpdate(
        Invitation,
        { organization: orgId, email, status: 'pending', expiresAt: { $lte: dbNow() } },
        { status: 'expired' },
      );
      await requireEntitlement(em, orgId, { entitlement: 'maxActiveMembers' });
      return this.create(em, orgId, actor, { email, role, creditLimit }, outbox, 'invitation.created');
    });
    await outbox.dispatch(this.services.queue, this.em);
    return invitation;
  }

  /** A new pending invitation (new token, new expiry) replacing a pending or expired one, atomically. */
  async resend(orgId: string, actor: AuditActor, invitationId: string): Promise<InvitationRow> {
    const outbox = new Outbox(this.services.secrets.dataEncryptionKey);
    const invitation = await this.em.transactional(async (em) => {
      const [previous] = await sql<{
        email: string;
        role: AssignableRoleId;
        credit_limit: string | null;
        status: InvitationStatus;
      }>(em, `select email, role, credit_limit::text, status from invitation where org_id = ? and id = ? for update`, [
        orgId,
        invitationId,
      ]);
      if (!previous) throw new DomainError('NOT_FOUND');
      if (previous.status === 'accepted' || previous.status === 'revoked')
        throw new DomainError(STATE_ERRORS[previous.status]);
      await sql(
        em,
        `update invitation set status = case when status = 'pending' and expires_at > now() then 'revoked' else 'expired' end,
                       revoked_at = case when status = 'pending' and expires_at > now() then now() end
                     where org_id = ? and id = ?`,
        [orgId, invitationId],
      );
      const creditLimit = previous.credit_limit === null ? null : Number(previous.credit_limit);
      const created = await this.create(
        em,
        orgId,
        actor,
        { email: previous.email, role: previous.role, creditLimit },
        outbox,
        'invitation.resent',
      );
      await recordAudit(em, actor, {
        orgId,
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: invitationId,
        before: { status: previous.status },
        after: { status: 'revoked', replacedBy: created.id },
      });
      return created;
    });
    await outbox.dispatch(this.services.queue, this.em);
    return invitation;
  }

  /** Revokes a pending invitation; its link stops working at once. */
  async revoke(orgId: string, actor: AuditActor, invitationId: string): Promise<InvitationRow> {
    return this.em.transactional(async (em) => {
      const revoked = await em.nativeUpdate(
        Invitation,
        { organization: orgId, id: invitationId, status: 'pending', expiresAt: { $gt: dbNow() } },
        { status: 'revoked', revokedAt: dbNow() },
      );
      const current = await this.find(em, orgId, invitationId);
      if (!current) throw new DomainError('NOT_FOUND');
      if (revoked === 0) throw new DomainError(STATE_ERRORS[current.status as Exclude<InvitationStatus, 'pending'>]);
      await recordAudit(em, actor, {
        orgId,
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: invitationId,
        before: { status: 'pending', email: current.email, role: current.role },
        after: { status: 'revoked' },
      });
      return current;
    });
  }

  /** A page of the org's invitations, newest first, optionally of one (effective) status. */
  list(orgId: string, status: InvitationStatus | null, page: { first: number; after?: string | null }) {
    return pageByCreation<InvitationRow, InvitationRow>(
      this.em,
      {
        select: SELECT,
        where: `i.org_id = ? and (?::text is null or ${EFFECTIVE_STATUS} = ?)`,
        params: [orgId, status, status],
        alias: 'i',
        direction: 'desc',
      },
      page,
      (row) => row,
    );
  }

  /** The public preview of an invitation link, or null for an unknown token. */
  async preview(token: string): Promise<InvitationPreview | null> {
    const [row] = await this.em.transactional(async (em) => {
      await enterInvitationTenant(em, token);
      return sql<{
        organization_name: string;
        inviter_name: string | null;
        role: AssignableRoleId;
        expires_at: Date;
        status: InvitationStatus;
      }>(
        em,
        `select o.name as organization_name, u.display_name as inviter_name, i.role, i.expires_at,
                ${EFFECTIVE_STATUS} as status
           from invitation i
           join organization o on o.id = i.org_id
           left join app_user u on u.id = i.invited_by
          where i.token_hash = ? and o.status <> 'archived'`,
        [hashToken(token)],
      );
    });
    if (!row) return null;
    return {
      organizationName: row.organization_name,
      inviterName: row.inviter_name,
      role: row.role,
      expiresAt: row.expires_at,
      status: row.status,
    };
  }

  /**
   * Accepts an invitation as the signed-in user: the emails must match, and the membership, its
   * credit record and the accepted state are written in one transaction. One conditional update
   * makes the token single-use under concurrency.
   */
  async accept(user: User, token: string, actor: Actor): Promise<{ orgId: string; membershipId: string }> {
    return this.em.transactional(async (em) => {
      await enterInvitationTenant(em, token);
      const [invitation] = await sql<InvitationRow>(em, `${SELECT} where i.token_hash = ?`, [hashToken(token)]);
      if (!invitation) throw new DomainError('TOKEN_INVALID');
      if (invitation.status !== 'pending') throw new DomainError(STATE_ERRORS[invitation.status]);
      if (invitation.email !== user.email) throw new DomainError('INVITATION_EMAIL_MISMATCH');
      // A new member changes who is in the org: lock its row like every other membership change,
      // so an owner deleting their account sees this member or finds the org gone first.
      const [org] = await sql(em, 'select id from organization where id = ? for no key update', [invitation.org_id]);
      if (!org) throw new DomainError('TOKEN_INVALID');

      const existing = await em.findOne(Membership, { organization: invitation.org_id, user: user.id });
      if (existing) throw new DomainError(existing.status === 'active' ? 'ALREADY_MEMBER' : 'MEMBER_ARCHIVED');
      // A plan made smaller since the invitation was sent can leave no seat for it.
      await requireEntitlement(em, invitation.org_id, { entitlement: 'maxActiveMembers', activeMembersOnly: true });

      const claimed = await em.nativeUpdate(
        Invitation,
        { organization: invitation.org_id, id: invitation.id, status: 'pending', expiresAt: { $gt: dbNow() } },
        { status: 'accepted', acceptedAt: dbNow(), acceptedBy: user.id },
      );
      // Someone else accepted it a moment ago (or it just expired): read it again for the reason.
      if (claimed === 0) {
        const now = await this.find(em, invitation.org_id, invitation.id);
        throw new DomainError(
          STATE_ERRORS[(now?.status ?? 'revoked') as Exclude<InvitationStatus, 'pending'>] ?? 'CONFLICT',
        );
      }
      const membership = em.create(Membership, {
        organization: invitation.org_id,
        user: user.id,
        role: invitation.role,
      });
      em.create(MemberCredit, {
        membership,
        creditLimit: invitation.credit_limit === null ? -1 : Number(invitation.credit_limit),
      });
      try {
        await em.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw new DomainError('ALREADY_MEMBER');
        throw error;
      }
      const membershipId = membership.id;
      await recordAudit(em, actor, {
        orgId: invitation.org_id,
        action: 'invitation.accepted',
        targetType: 'invitation',
        targetId: invitation.id,
        before: { status: 'pending' },
        after: { status: 'accepted', membershipId, role: invitation.role },
      });
      await queueWebhookEvent(em, invitation.org_id, 'member.joined', {
        membershipId,
        userId: user.id,
        email: user.email,
        role: invitation.role,
        invitationId: invitation.id,
      });
      return { orgId: invitation.org_id, membershipId };
    });
  }

  /** Persists the expiry of pending invitations past their date (they already read as expired). */
  static async persistExpiries(em: EntityManager): Promise<number> {
    return em.nativeUpdate(Invitation, { status: 'pending', expiresAt: { $lte: dbNow() } }, { status: 'expired' });
  }

  private async find(em: EntityManager, orgId: string, id: string): Promise<InvitationRow | undefined> {
    const [row] = await sql<InvitationRow>(em, `${SELECT} where i.org_id = ? and i.id = ?`, [orgId, id]);
    return row;
  }

  private async create(
    em: EntityManager,
    orgId: string,
    actor: AuditActor,
    invitation: { email: string; role: AssignableRoleId; creditLimit: number | null },
    outbox: Outbox,
    action: string,
  ): Promise<InvitationRow> {
    const token = randomToken(32);
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    const { id } = em.create(Invitation, {
      organization: orgId,
      email: invitation.email,
      role: invitation.role,
      creditLimit: invitation.creditLimit,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt,
    });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new DomainError('INVITATION_PENDING');
      throw error;
    }
    const organization = await em.findOneOrFail(Organization, orgId);
    const inviterName = actor.userId ? (await em.findOneOrFail(User, actor.userId)).displayName : organization.name;
    outbox.queue(
      em,
      invitation.email,
      invitationEmail({
        organizationName: organization.name,
        inviterName,
        roleLabel: ROLES.find((role) => role.id === invitation.role)!.label.toLowerCase(),
        url: `${this.services.config.publicUrl}/invite?token=${encodeURIComponent(token)}`,
        expiresAt,
      }),
    );
    await recordAudit(em, actor, {
      orgId,
      action,
      targetType: 'invitation',
      targetId: id,
      after: { email: invitation.email, role: invitation.role, creditLimit: invitation.creditLimit },
    });
    const created = await this.find(em, orgId, id);
    return created!;
  }
}
