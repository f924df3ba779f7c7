import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { decodeCursor, PageArgs, toConnection } from '../../graphql/connection.ts';
import { actorOf, auditActorOf, type Context } from '../../graphql/context.ts';
import { MemberService } from './member.service.ts';
import { toMember } from './member.mappers.ts';
import {
  ChangeMemberRoleInput,
  MemberConnection,
  MemberFilterInput,
  MemberOrderField,
  MemberOrderInput,
  MemberPayload,
  MembershipInput,
  OrderDirection,
  SetMemberCreditLimitInput,
  TransferOwnershipInput,
  TransferOwnershipPayload,
} from './member.types.ts';

const members = (context: Context) => new MemberService(context.em, context.services);

@Resolver()
export class MemberResolver {
  @Query(() => MemberConnection, {
    description: 'The current organization’s members, filtered and sorted, by keyset pages.',
  })
  async members(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => MemberFilterInput, { nullable: true, description: 'Which members to list.' })
    filter: MemberFilterInput | null,
    @Arg('orderBy', () => MemberOrderInput, { nullable: true, description: 'How to sort; by join date by default.' })
    orderBy: MemberOrderInput | null,
    @Ctx() context: Context,
  ): Promise<MemberConnection> {
    const order = {
      field: orderBy?.field ?? MemberOrderField.JOINED_AT,
      direction: orderBy?.direction ?? OrderDirection.ASC,
    };
    const rows = await members(context).list(
      context.tenant!.orgId,
      filter ?? {},
      order,
      first,
      after
        ? (decodeCursor(after, [order.field === MemberOrderField.JOINED_AT ? 'timestamp' : 'text', 'uuid']) as [
            string,
            string,
          ])
        : null,
    );
    return toConnection(rows, first, (row) => [row.sort_key, row.id], toMember);
  }

  @Mutation(() => MemberPayload, {
    nullable: true,
    description: 'Removes a non-owner member’s access at once. Your own answers CANNOT_ARCHIVE_SELF.',
  })
  async archiveMember(
    @Arg('input', () => MembershipInput) input: MembershipInput,
    @Ctx() context: Context,
  ): Promise<MemberPayload> {
    return {
      member: toMember(
        await members(context).archive(context.tenant!.orgId, auditActorOf(context), input.membershipId),
      ),
    };
  }

  @Mutation(() => MemberPayload, {
    nullable: true,
    description: 'Restores an archived member with their previous role.',
  })
  async reactivateMember(
    @Arg('input', () => MembershipInput) input: MembershipInput,
    @Ctx() context: Context,
  ): Promise<MemberPayload> {
    return {
      member: toMember(
        await members(context).reactivate(context.tenant!.orgId, auditActorOf(context), input.membershipId),
      ),
    };
  }

  @Mutation(() => MemberPayload, {
    nullable: true,
    description:
      'Gives an active non-owner member another non-owner role. Your own role answers CANNOT_CHANGE_OWN_ROLE.',
  })
  async changeMemberRole(
    @Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput,
    @Ctx() context: Context,
  ): Promise<MemberPayload> {
    const row = await members(context).changeRole(
      context.tenant!.orgId,
      auditActorOf(context),
      input.membershipId,
      input.role,
    );
    return { member: toMember(row) };
  }

  @Mutation(() => TransferOwnershipPayload, {
    nullable: true,
    description:
      'Makes an active admin the owner; the current owner becomes an admin. Confirmed with the owner’s password.',
  })
  async transferOwnership(
    @Arg('input', () => TransferOwnershipInput) input: TransferOwnershipInput,
    @Ctx() context: Context,
  ): Promise<TransferOwnershipPayload> {
    const result = await members(context).transferOwnership(
      context.tenant!.orgId,
      actorOf(context),
      input.targetMembershipId,
      input.password,
    );
    return { previousOwner: toMember(result.previousOwner), newOwner: toMember(result.newOwner) };
  }

  @Mutation(() => MemberPayload, {
    nullable: true,
    description: 'Sets how many credits a member may use (-1 = unlimited).',
  })
  async setMemberCreditLimit(
    @Arg('input', () => SetMemberCreditLimitInput) input: SetMemberCreditLimitInput,
    @Ctx() context: Context,
  ): Promise<MemberPayload> {
    const row = await members(context).setCreditLimit(
      context.tenant!.orgId,
      auditActorOf(context),
      input.membershipId,
      input.creditLimit,
    );
    return { member: toMember(row) };
  }

  @Mutation(() => MemberPayload, {
    nullable: true,
    description:
      'Emails an active member a password reset link. Yourself answers CANNOT_RESET_OWN_PASSWORD: use changePassword.',
  })
  async sendMemberPasswordReset(
    @Arg('input', () => MembershipInput) input: MembershipInput,
    @Ctx() context: Context,
  ): Promise<MemberPayload> {
    return {
      member: toMember(
        await members(context).sendPasswordReset(context.tenant!.orgId, auditActorOf(context), input.membershipId),
      ),
    };
  }
}
