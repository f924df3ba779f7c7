import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Args, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { sql } from '../../database/sql.ts';
import { Connection, decodeCursor, PageArgs, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';

@ObjectType({ description: 'One recorded change of tenant state.', simpleResolvers: true })
export class AuditEvent {
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
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { em, tenant }: Context,
  ): Promise<AuditEventConnection> {
    const [createdKey, id] = after ? decodeCursor(after, 2) : [null, null];
    const rows = await sql<{
      id: string;
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
      created_key: string;
    }>(
      em,
      `select id, action, actor_user_id, actor_label, target_type, target_id, before, after, ip, user_agent, request_id,
              created_at, created_at::text as created_key
         from audit_event
        where org_id = ? and (?::timestamptz is null or (created_at, id) < (?::timestamptz, ?::uuid))
        order by created_at desc, id desc
        limit ?`,
      [tenant!.orgId, createdKey, createdKey, id, first + 1],
    );
    return toConnection(
      rows,
      first,
      (row) => [row.created_key, row.id],
      (row) => ({
        id: row.id,
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
