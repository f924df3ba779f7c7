import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.ts';

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
