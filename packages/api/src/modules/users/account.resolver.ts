import { MaxLength } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../graphql/context.ts';
import { AccountService } from './account.service.ts';
import { ViewerNode } from './user.types.ts';

@ObjectType({ description: 'An organization the user owns, deleted with the account.', simpleResolvers: true })
export class OwnedOrganization {
  @Field(() => ID, { description: 'The organization id.' })
  id: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => Int, { description: 'How many active members it has, the owner included.' })
  memberCount: number;
}

@ObjectType({ description: 'What deleting the account would take with it.', simpleResolvers: true })
export class DeletionImpact {
  @Field(() => [OwnedOrganization], {
    description: 'Organizations the user owns: deleted with all their members, invitations and resources.',
  })
  ownedOrganizations: OwnedOrganization[];

  @Field(() => Int, { description: 'How many other organizations the user leaves.' })
  leftOrganizationCount: number;
}

@InputType({ description: 'Confirmation for deleting the account.' })
export class DeleteAccountInput {
  @Field(() => String, { description: 'The account’s password.' })
  @MaxLength(256)
  password: string;
}

@ObjectType({ description: 'The account is gone.', simpleResolvers: true })
export class DeleteAccountPayload {
  @Field(() => Int, { description: 'How many owned organizations were deleted with it.' })
  deletedOrganizationCount: number;

  @Field(() => Int, { description: 'How many organizations the user left.' })
  leftOrganizationCount: number;
}

@Resolver(() => ViewerNode)
export class AccountResolver {
  @FieldResolver(() => DeletionImpact, {
    description: 'What deleting the account would take with it; show it before confirming.',
  })
  async deletionImpact(@Ctx() context: Context): Promise<DeletionImpact> {
    const impact = await new AccountService(context.em, context.services.rateLimits).deletionImpact(
      context.viewer!.userId,
    );
    return { ownedOrganizations: [...impact.ownedOrganizations], leftOrganizationCount: impact.leftOrganizationCount };
  }

  @Mutation(() => DeleteAccountPayload, {
    nullable: true,
    description:
      'Deletes the account (password confirmed): sent invitations, memberships everywhere, and every organization it owns with everything in it.',
  })
  async deleteAccount(
    @Arg('input', () => DeleteAccountInput) input: DeleteAccountInput,
    @Ctx() context: Context,
  ): Promise<DeleteAccountPayload> {
    const impact = await new AccountService(context.em, context.services.rateLimits).delete(
      actorOf(context),
      input.password,
    );
    context.refreshCookie.clear();
    return {
      deletedOrganizationCount: impact.ownedOrganizations.length,
      leftOrganizationCount: impact.leftOrganizationCount,
    };
  }
}
