import { IsUUID } from 'class-validator';
import { Arg, Args, Ctx, Field, ArgsType, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../domain-error.ts';
import { PageArgs } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { UsageService, type UsageEventRow } from './usage.service.ts';
import { RecordUsageInput, RecordUsagePayload, UsageEventConnection, type UsageEvent } from './usage.types.ts';

function toUsageEvent(row: UsageEventRow): UsageEvent {
  return {
    id: row.id,
    meter: row.meter,
    quantity: Number(row.quantity),
    credits: Number(row.credits),
    membershipId: row.membership_id,
    workspaceId: row.workspace_id,
    occurredAt: row.occurred_at,
    source: row.source,
    idempotencyKey: row.idempotency_key,
    recordedAt: row.created_at,
  };
}

@ArgsType()
class UsageEventsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only the events attributed to this member (needs members.viewCredits).',
  })
  @IsUUID()
  membershipId?: string | null;
}

const usage = (context: Context) => new UsageService(context.em);

@Resolver()
export class UsageResolver {
  @Mutation(() => RecordUsagePayload, {
    nullable: true,
    description:
      'Records a batch of usage events, each priced in credits by the plan and charged to its member within their credit limit. Invalid events are refused one by one; the valid ones are recorded.',
  })
  async recordUsage(
    @Arg('input', () => RecordUsageInput) input: RecordUsageInput,
    @Ctx() context: Context,
  ): Promise<RecordUsagePayload> {
    const outcomes = await usage(context).record(
      context.tenant!.orgId,
      { userId: context.viewer?.userId ?? null, apiKeyId: context.apiKey?.id ?? null },
      input.events,
    );
    const results = outcomes.map((outcome) => ({
      index: outcome.index,
      idempotencyKey: outcome.idempotencyKey,
      event: outcome.event ? toUsageEvent(outcome.event) : null,
      duplicate: outcome.duplicate,
      error: outcome.error ? { ...outcome.error, fields: [...outcome.error.fields] } : null,
    }));
    return {
      results,
      recordedCount: results.filter((result) => result.event && !result.duplicate).length,
      duplicateCount: results.filter((result) => result.duplicate).length,
      refusedCount: results.filter((result) => result.error).length,
    };
  }

  @Query(() => UsageEventConnection, { description: 'The organization’s usage events, newest first.' })
  async usageEvents(
    @Args(() => UsageEventsArgs) args: UsageEventsArgs,
    @Ctx() context: Context,
  ): Promise<UsageEventConnection> {
    if (args.membershipId && !context.tenant!.abilities.has('members.viewCredits')) {
      throw new DomainError('FORBIDDEN', {
        message: 'A member’s usage history needs the members.viewCredits ability.',
        extensions: { ability: 'members.viewCredits' },
      });
    }
    const page = await usage(context).list(context.tenant!.orgId, { membershipId: args.membershipId }, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toUsageEvent(edge.node) })) };
  }
}
