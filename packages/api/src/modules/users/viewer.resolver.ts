import { Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { PageArgs } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { Organization } from '../organizations/organization.entity.ts';
import type { OrganizationStatus } from '../organizations/organization.entity.ts';
import type { RoleId } from '@orgplane/schema';
import { toOrganizationNode } from '../organizations/organization.mappers.ts';
import { toUserNode } from './user.mappers.ts';
import { User } from './user.entity.ts';
import {
  UserSessionConnection,
  type UserSessionNode,
  ViewerNode,
  type ViewerOrganization,
  ViewerOrganizationConnection,
} from './user.types.ts';

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
    return pageByCreation<
      CreationKeyed & {
        membership_id: string;
        role: RoleId;
        name: string;
        slug: string;
        status: OrganizationStatus;
        is_default: boolean;
      },
      ViewerOrganization
    >(
      em,
      {
        select: `select m.id as membership_id, m.role, m.created_at::text as created_key, o.id as key,
                        o.name, o.slug, o.status, coalesce(u.default_org_id = o.id, false) as is_default
                   from membership m
                   join organization o on o.id = m.org_id
                   join app_user u on u.id = m.user_id`,
        where: `m.user_id = ? and m.status = 'active' and o.status <> 'archived'`,
        params: [viewer!.userId],
        createdColumn: 'm.created_at',
        keyColumn: 'm.org_id',
        direction: 'asc',
      },
      page,
      (row) => ({
        membershipId: row.membership_id,
        role: row.role,
        isDefault: row.is_default,
        organization: { id: row.key, name: row.name, slug: row.slug, status: row.status },
      }),
    );
  }

  @FieldResolver(() => UserSessionConnection, { description: 'The user’s live sessions, newest first.' })
  async sessions(@Args(() => PageArgs) page: PageArgs, @Ctx() { em, viewer }: Context): Promise<UserSessionConnection> {
    return pageByCreation<
      CreationKeyed & {
        created_at: Date;
        last_used_at: Date;
        expires_at: Date;
        ip: string | null;
        user_agent: string | null;
      },
      UserSessionNode
    >(
      em,
      {
        select: `select id as key, created_at::text as created_key, created_at, last_used_at, expires_at, ip, user_agent
                   from session`,
        where: 'user_id = ? and revoked_at is null and expires_at > now()',
        params: [viewer!.userId],
        createdColumn: 'created_at',
        keyColumn: 'id',
        direction: 'desc',
      },
      page,
      (row) => ({
        id: row.key,
        createdAt: row.created_at,
        lastUsedAt: row.last_used_at,
        expiresAt: row.expires_at,
        ip: row.ip,
        userAgent: row.user_agent,
        current: row.key === viewer!.sessionId,
      }),
    );
  }
}
