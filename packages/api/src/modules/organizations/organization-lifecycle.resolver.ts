import { IsUUID, MaxLength } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../graphql/context.ts';
import { ViewerNode } from '../users/user.types.ts';
import { OrganizationLifecycleService } from './organization-lifecycle.service.ts';

@ObjectType({ description: 'An archived organization its owner can still restore.', simpleResolvers: true })
export class ArchivedOrganization {
  @Field(() => ID, { description: 'The organization id.' })
  id: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => String, { description: 'Its slug.' })
  slug: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was archived.' })
  archivedAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When it will be deleted unless restored.' })
  deletesAt: Date;
}

@InputType({ description: 'Confirmation for archiving the current organization.' })
export class ArchiveOrganizationInput {
  @Field(() => String, { description: 'The owner’s password.' })
  @MaxLength(256)
  password: string;
}

@InputType({ description: 'An archived organization to restore.' })
export class RestoreOrganizationInput {
  @Field(() => ID, { description: 'The organization id.' })
  @IsUUID()
  organizationId: string;
}

@ObjectType({ description: 'The result of archiving or restoring an organization.', simpleResolvers: true })
export class OrganizationLifecyclePayload {
  @Field(() => ID, { description: 'The organization.' })
  organizationId: string;
}

@Resolver(() => ViewerNode)
export class OrganizationLifecycleResolver {
  @FieldResolver(() => [ArchivedOrganization], {
    description: 'Archived organizations the user owns and can restore within 30 days of archiving.',
  })
  async archivedOrganizations(@Ctx() context: Context): Promise<ArchivedOrganization[]> {
    return new OrganizationLifecycleService(context.em).archivedOwnedBy(context.viewer!.userId);
  }

  @Mutation(() => OrganizationLifecyclePayload, {
    nullable: true,
    description:
      'Archives the current organization (owner, password confirmed): no tenant access for anyone; restorable for 30 days.',
  })
  async archiveOrganization(
    @Arg('input', () => ArchiveOrganizationInput) input: ArchiveOrganizationInput,
    @Ctx() context: Context,
  ): Promise<OrganizationLifecyclePayload> {
    await new OrganizationLifecycleService(context.em).archive(
      context.tenant!.orgId,
      actorOf(context),
      input.password,
      context.services.rateLimits,
    );
    return { organizationId: context.tenant!.orgId };
  }

  @Mutation(() => OrganizationLifecyclePayload, {
    nullable: true,
    description: 'Restores an archived organization the caller owns, within 30 days of archiving.',
  })
  async restoreOrganization(
    @Arg('input', () => RestoreOrganizationInput) input: RestoreOrganizationInput,
    @Ctx() context: Context,
  ): Promise<OrganizationLifecyclePayload> {
    await new OrganizationLifecycleService(context.em).restore(input.organizationId, actorOf(context));
    return { organizationId: input.organizationId };
  }
}
