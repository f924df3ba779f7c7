import { Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { Organization } from '../organizations/organization.entity.ts';
import { listUserOrganizations } from '../organizations/organization.service.ts';
import { SessionService } from '../sessions/session.service.ts';
import { toOrganizationNode } from '../organizations/organization.mappers.ts';
import { toUserNode } from './user.mappers.ts';
import { User } from './user.entity.ts';
import { UserSessionConnection, ViewerNode, ViewerOrganizationConnection } from './user.types.ts';

/** The signed-in user as `ViewerNode`; its connections resolve from the context. */
export async function loadViewer({ em, viewer, tenant }: Context): Promise<ViewerNode> {
  const [user, organization] = await Promise.all([
    em.findOneOrFail(User, viewer!.userId),
    tenant ? em.findOneOrFail(Organization, tenant.orgId) : null,
  ]);
  return {
    user: toUserNode(user),
    currentOrganization: organization && toOrganizationNode(organization),
    role: tenant?.role ?? null,
    abilities: tenant ? [...tenant.abilities] : [],
  };
}

@Resolver(() => ViewerNode)
export class ViewerResolver {
  @Query(() => ViewerNode, {
    nullable: true,
    description:
      'The signed-in user with their organizations and abilities in the current tenant; null when signed out.',
  })
  async viewer(@Ctx() context: Context): Promise<ViewerNode | null> {
    return context.viewer ? loadViewer(context) : null;
  }

  @FieldResolver(() => ViewerOrganizationConnection, {
    description: 'The organizations the user is an active member of, oldest membership first.',
  })
  async organizations(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<ViewerOrganizationConnection> {
    return listUserOrganizations(em, viewer!.userId, page);
  }

  @FieldResolver(() => UserSessionConnection, { description: 'The user’s live sessions, newest first.' })
  async sessions(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, services, viewer }: Context,
  ): Promise<UserSessionConnection> {
    return new SessionService(em, services).listLive(viewer!.userId, viewer!.sessionId, page);
  }
}
