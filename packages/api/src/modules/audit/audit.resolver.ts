import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Args, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { Connection, PageArgs } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';

@ObjectType({ description: 'One recorded change of tenant state.', simpleResolvers: true })
class AuditEvent {
  @Field(() => ID, { description: 'The event id.' })
  id: string;

  @Field(() => String, { description: 'What happened, such as `member.archived`.' })
  action: string;

  @Field(() => ID, { nullable: true, description: 'The acting user; null once their account is deleted.' })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: 'The acting user’s email at the time.' })
  actorLabel: string | null;

  @Field(() => String, { description: 'The kind of thing changed, such as `membership`.' })
  targetType: string;

  @Field(() => String, { nullable: true, description: 'The id of the thing changed.' })
  targetId: string | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The state before, secrets left out.' })
  before: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The state after, secrets left out.' })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The IP address of the request.' })
  ip: string | null;

  @Field(() => String, { nullable: true, description: 'The user agent of the request.' })
  userAgent: string | null;

  @Field(() => String, { nullable: true, description: 'The request id, to find the request in the logs.' })
  requestId: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it happened.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of audit events.', simpleResolvers: true })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The current organization’s audit trail, newest first.' })
  async auditEvents(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, tenant }: Context,
  ): Promise<AuditEventConnection> {
    return pageByCreation<
      CreationKeyed & {
        action: string;
        actor_user_id: string | null;
        actor_label: string | null;
        target_type: string;
        target_id: string | null;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
        ip: string | null;
        user_agent: string | null;
        request_id: string | null;
        created_at: Date;
      },
      AuditEvent
    >(
      em,
      {
        select: `select id as key, created_at::text as created_key, action, actor_user_id, actor_label, target_type, target_id,
                        before, after, ip, user_agent, request_id, created_at
                   from audit_event`,
        where: 'org_id = ?',
        params: [tenant!.orgId],
        createdColumn: 'created_at',
        keyColumn: 'id',
        direction: 'desc',
      },
      page,
      (row) => ({
        id: row.key,
        action: row.action,
        actorUserId: row.actor_user_id,
        actorLabel: row.actor_label,
        targetType: row.target_type,
        targetId: row.target_id,
        before: row.before,
        after: row.after,
        ip: row.ip,
        userAgent: row.user_agent,
        requestId: row.request_id,
        createdAt: row.created_at,
      }),
    );
  }
}
