import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.ts';
import { actorOf, auditActorOf, type Context } from '../../graphql/context.ts';
import { User } from '../users/user.entity.ts';
import { InvitationService, type InvitationRow } from './invitation.service.ts';
import {
  AcceptInvitationInput,
  AcceptInvitationPayload,
  type Invitation,
  InvitationConnection,
  InvitationFilterInput,
  InvitationInput,
  InvitationPayload,
  InvitationPreview,
  InviteMembersInput,
  InviteMembersPayload,
} from './invitation.types.ts';

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: row.status,
    creditLimit: row.credit_limit === null ? null : Number(row.credit_limit),
    invitedByName: row.inviter_name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

const invitations = (context: Context) => new InvitationService(context.em, context.services);

@Resolver()
export class InvitationResolver {
  @Query(() => InvitationConnection, { description: 'The current organization’s invitations, newest first.' })
  async invitations(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => InvitationFilterInput, { nullable: true, description: 'Which invitations to list.' })
    filter: InvitationFilterInput | null,
    @Ctx() context: Context,
  ): Promise<InvitationConnection> {
    const page = await invitations(context).list(context.tenant!.orgId, filter?.status ?? null, { first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toInvitation(edge.node) })) };
  }

  @Query(() => InvitationPreview, {
    nullable: true,
    description:
      'Public: what an invitation link offers (organization, inviter, role, expiry, status); null for an unknown token.',
  })
  async invitationPreview(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
    @Ctx() context: Context,
  ): Promise<InvitationPreview | null> {
    return token.length > 200 ? null : invitations(context).preview(token);
  }

  @Mutation(() => InviteMembersPayload, {
    nullable: true,
    description:
      'Invites one or many addresses, each with a role and an optional credit limit; one result or error per address.',
  })
  async inviteMembers(
    @Arg('input', () => InviteMembersInput) input: InviteMembersInput,
    @Ctx() context: Context,
  ): Promise<InviteMembersPayload> {
    const outcomes = await invitations(context).invite(context.tenant!.orgId, auditActorOf(context), input.invitations);
    return {
      results: outcomes.map((outcome) => ({
        email: outcome.email,
        invitation: outcome.invitation && toInvitation(outcome.invitation),
        error: outcome.error && { code: outcome.error.code, message: outcome.error.message },
      })),
    };
  }

  @Mutation(() => InvitationPayload, {
    nullable: true,
    description: 'Sends a new link (new token, 7 more days) and revokes the previous one, atomically.',
  })
  async resendInvitation(
    @Arg('input', () => InvitationInput) input: InvitationInput,
    @Ctx() context: Context,
  ): Promise<InvitationPayload> {
    return {
      invitation: toInvitation(
        await invitations(context).resend(context.tenant!.orgId, auditActorOf(context), input.invitationId),
      ),
    };
  }

  @Mutation(() => InvitationPayload, {
    nullable: true,
    description: 'Revokes a pending invitation; its link stops working.',
  })
  async revokeInvitation(
    @Arg('input', () => InvitationInput) input: InvitationInput,
    @Ctx() context: Context,
  ): Promise<InvitationPayload> {
    return {
      invitation: toInvitation(
        await invitations(context).revoke(context.tenant!.orgId, auditActorOf(context), input.invitationId),
      ),
    };
  }

  @Mutation(() => AcceptInvitationPayload, {
    nullable: true,
    description: 'Joins the organization as the signed-in user, whose email must be the invited one.',
  })
  async acceptInvitation(
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() context: Context,
  ): Promise<AcceptInvitationPayload> {
    const user = await context.em.findOneOrFail(User, context.viewer!.userId);
    const result = await invitations(context).accept(user, input.token, actorOf(context));
    return { organizationId: result.orgId, membershipId: result.membershipId };
  }
}
