import { IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';
import { isMeterId, METERS, planOf, type MeterId } from '@orgplane/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  Query,
  registerEnumType,
  Resolver,
  Subscription,
} from 'type-graphql';
import { resolveCaller } from '../../graphql/caller.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { PageArgs } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { alertMail } from './usage-alert.resolver.ts';
import { SubscriptionService } from './subscription.service.ts';
import {
  requireRange,
  UsageService,
  type UsageBucket,
  type UsageDimension,
  type UsageEventRow,
} from './usage.service.ts';
import {
  RecordUsageInput,
  RecordUsagePayload,
  UsageBreakdownRow,
  UsageEventConnection,
  UsagePoint,
  UsageTotals,
  type UsageEvent,
} from './usage.types.ts';

function toUsageEvent(row: UsageEventRow): UsageEvent {
  return {
    id: row.id,
    meter: row.meter,
    quantity: Number(row.quantity),
    credits: Number(row.credits),
    membershipId: row.membership_id,
    workspaceId: row.workspace_id,
    model: row.model,
    occurredAt: row.occurred_at,
    source: row.source,
    idempotencyKey: row.idempotency_key,
    recordedAt: row.created_at,
  };
}

enum UsageBucketEnum {
  HOUR = 'hour',
  DAY = 'day',
}
registerEnumType(UsageBucketEnum, {
  name: 'UsageBucket',
  description: 'The width of a time-series bucket (UTC).',
  valuesConfig: { HOUR: { description: 'One hour.' }, DAY: { description: 'One day (UTC).' } },
});

enum UsageDimensionEnum {
  MEMBER = 'member',
  WORKSPACE = 'workspace',
  MODEL = 'model',
}
registerEnumType(UsageDimensionEnum, {
  name: 'UsageDimension',
  description: 'What usage is broken down by.',
  valuesConfig: {
    MEMBER: { description: 'The member each event is attributed to.' },
    WORKSPACE: { description: 'The workspace each event happened in.' },
    MODEL: { description: 'The model label each event names.' },
  },
});

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

@ArgsType()
class UsageRangeArgs {
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'The range’s start; the current period’s if omitted.',
  })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'The range’s end (exclusive); the current period’s if omitted.',
  })
  to?: Date | null;
}

@ArgsType()
class UsageSeriesArgs {
  @Field(() => String, { description: 'The meter.' })
  @MaxLength(100)
  meter: string;

  @Field(() => UsageBucketEnum, {
    defaultValue: UsageBucketEnum.DAY,
    description: 'Hour buckets (up to 31 days) or day buckets (up to 366 days).',
  })
  bucket: UsageBucket;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'The range’s start; 24 hours or 30 days before `to` if omitted.',
  })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The range’s end (exclusive); now if omitted.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only this member’s usage.' })
  @IsUUID()
  membershipId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this workspace’s usage.' })
  @IsUUID()
  workspaceId?: string | null;
}

@ArgsType()
class UsageBreakdownArgs extends UsageRangeArgs {
  @Field(() => UsageDimensionEnum, {
    description: 'Members, workspaces or model labels (usage that names none is left out).',
  })
  by: UsageDimension;

  @Field(() => String, {
    nullable: true,
    description: 'One meter (ranked by quantity); all meters (ranked by credits) if omitted.',
  })
  @MaxLength(100)
  meter?: string | null;

  @Field(() => Int, { defaultValue: 10, description: 'How many, 1 to 50.' })
  @Min(1)
  @Max(50)
  first: number;
}

function requireMeter(meter: string, path = 'meter'): MeterId {
  if (!isMeterId(meter)) throw new ValidationFailedError([{ path, message: `${meter} is not a meter` }]);
  return meter;
}

/** The range asked for, else the subscription's current period. */
async function rangeOrPeriod(em: EntityManager, orgId: string, args: { from?: Date | null; to?: Date | null }) {
  if (args.from && args.to) return requireRange(args.from, args.to);
  const period = await new SubscriptionService(em).current(orgId);
  return requireRange(args.from ?? period.period_starts_at, args.to ?? period.period_ends_at);
}

/** Usage per meter over the range asked for (else the current period), with the plan's included credits. */
async function totalsOf(
  em: EntityManager,
  orgId: string,
  args: { from?: Date | null; to?: Date | null },
): Promise<UsageTotals> {
  const range = await rangeOrPeriod(em, orgId, args);
  const totals = await new UsageService(em).totals(orgId, range);
  const { plan } = await new SubscriptionService(em).current(orgId);
  return {
    ...range,
    meters: totals.map((total) => ({ ...total, label: METERS[total.meter].label, unit: METERS[total.meter].unit })),
    credits: totals.reduce((sum, total) => sum + total.credits, 0),
    includedCredits: planOf(plan).includedCredits,
  };
}

@Resolver()
export class UsageResolver {
  @Query(() => UsageTotals, { description: 'Usage per meter over a range, by default the current billing period.' })
  usageTotals(@Args(() => UsageRangeArgs) args: UsageRangeArgs, @Ctx() context: Context): Promise<UsageTotals> {
    return totalsOf(context.em, context.tenant!.orgId, args);
  }

  @Subscription(() => UsageTotals, {
    description:
      'Live: the current period’s usage totals, at once and again whenever usage is recorded in the organization (through any API process). Over WebSocket (graphql-ws) on `/graphql`, with `{ authorization, tenantId }` in `connection_init`.',
    subscribe: ({ context }: { context: Context }) => {
      if (!context.live) throw new DomainError('BAD_REQUEST', { message: 'Subscriptions run over WebSocket.' });
      return context.services.usageFeed.subscribe(context.tenant!.orgId);
    },
  })
  usageRecorded(@Ctx() context: Context): Promise<UsageTotals> {
    const { services, live } = context;
    const orgId = context.tenant!.orgId;
    // Each push checks the caller again, as a request would: a revoked session or membership,
    // or an expired token (the client reconnects with a fresh one), stops the updates.
    return services.appOrm.em.fork().transactional(async (em) => {
      const caller = await resolveCaller(em, services.accessTokens, live?.authorization, live?.tenant);
      if (caller.tenant?.orgId !== orgId || !caller.tenant.abilities.has('usage.read'))
        throw new DomainError('FORBIDDEN', { extensions: { ability: 'usage.read' } });
      return totalsOf(em, orgId, {});
    });
  }

  @Query(() => [UsagePoint], {
    description:
      'One meter over time, for the organization, a member or a workspace; every bucket of the range, zero when unused.',
  })
  async usageSeries(
    @Args(() => UsageSeriesArgs) args: UsageSeriesArgs,
    @Ctx() context: Context,
  ): Promise<UsagePoint[]> {
    const orgId = context.tenant!.orgId;
    const meter = requireMeter(args.meter);
    if (args.membershipId && args.workspaceId)
      throw new ValidationFailedError([{ path: 'workspaceId', message: 'cannot be given with membershipId' }]);
    const to = args.to ?? new Date();
    const from = args.from ?? new Date(to.getTime() - (args.bucket === 'hour' ? 24 : 30 * 24) * 3_600_000);
    const range = requireRange(from, to, args.bucket);
    const scope = args.membershipId ? 'member' : args.workspaceId ? 'workspace' : 'org';
    return usage(context).series(orgId, {
      meter,
      bucket: args.bucket,
      range,
      scope,
      scopeId: args.membershipId ?? args.workspaceId ?? orgId,
    });
  }

  @Query(() => [UsageBreakdownRow], {
    description:
      'The members, workspaces or model labels that used the most over a range (by default the current period).',
  })
  async usageBreakdown(
    @Args(() => UsageBreakdownArgs) args: UsageBreakdownArgs,
    @Ctx() context: Context,
  ): Promise<UsageBreakdownRow[]> {
    const meter = args.meter ? requireMeter(args.meter) : null;
    const range = await rangeOrPeriod(context.em, context.tenant!.orgId, args);
    return usage(context).breakdown(context.tenant!.orgId, { by: args.by, meter, range, first: args.first });
  }

  @Mutation(() => RecordUsagePayload, {
    nullable: true,
    description:
      'Records a batch of usage events, each priced in credits by the plan and charged to its member within their credit limit. Invalid events are refused one by one; the valid ones are recorded.',
  })
  async recordUsage(
    @Arg('input', () => RecordUsageInput) input: RecordUsageInput,
    @Ctx() context: Context,
  ): Promise<RecordUsagePayload> {
    const mail = alertMail(context);
    const outcomes = await usage(context).record(
      context.tenant!.orgId,
      { userId: context.viewer?.userId ?? null, apiKeyId: context.apiKey?.id ?? null },
      input.events,
      mail,
    );
    await mail.outbox.dispatch(context.services.queue, context.em);
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
