import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../../test/support/api-process.ts';
import type { TestApi } from '../../../test/support/api.ts';
import { CREATE_API_KEY, EXCHANGE_API_KEY } from '../../../test/support/api-keys.ts';
import { graphql } from '../../../test/generated/index.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { addMember } from '../../../test/support/members.ts';
import { startTwoApis } from '../../../test/support/two-apis.ts';

const RECORD = graphql(`
  mutation RecordUsage($input: RecordUsageInput!) {
    recordUsage(input: $input) {
      recordedCount
      duplicateCount
      refusedCount
      results {
        index
        idempotencyKey
        duplicate
        event {
          id
          meter
          quantity
          membershipId
          workspaceId
          source
        }
        error {
          code
          fields {
            path
            message
          }
        }
      }
    }
  }
`);

const EVENTS = graphql(`
  query UsageEvents($membershipId: ID) {
    usageEvents(first: 100, membershipId: $membershipId) {
      edges {
        node {
          id
          meter
          quantity
          membershipId
        }
      }
    }
  }
`);

const EVENT_CREDITS = graphql(`
  query UsageEventCredits {
    usageEvents(first: 100) {
      edges {
        node {
          id
          credits
        }
      }
    }
  }
`);

const TOTALS = graphql(`
  query UsageTotals {
    usageTotals {
      meters {
        meter
        quantity
        events
      }
    }
  }
`);

const TOTAL_CREDITS = graphql(`
  query UsageTotalCredits {
    usageTotals {
      credits
      includedCredits
      meters {
        meter
        credits
      }
    }
  }
`);

const SERIES = graphql(`
  query UsageSeries($meter: String!, $bucket: UsageBucket!, $from: DateTimeISO, $to: DateTimeISO, $membershipId: ID) {
    usageSeries(meter: $meter, bucket: $bucket, from: $from, to: $to, membershipId: $membershipId) {
      start
      quantity
      events
    }
  }
`);

const BREAKDOWN = graphql(`
  query UsageBreakdown($by: UsageDimension!, $meter: String) {
    usageBreakdown(by: $by, meter: $meter) {
      id
      name
      quantity
    }
  }
`);

const MODEL_COSTS = graphql(`
  query UsageModelCosts($meter: String) {
    usageBreakdown(by: MODEL, meter: $meter) {
      id
      name
      quantity
      credits
      events
    }
  }
`);

const EVENT_MODELS = graphql(`
  query UsageEventModels {
    usageEvents(first: 100) {
      edges {
        node {
          idempotencyKey
          model
        }
      }
    }
  }
`);

const CREATE_WORKSPACE = graphql(`
  mutation UsageCreateWorkspace($name: String!) {
    createWorkspace(input: { name: $name }) {
      workspace {
        id
      }
    }
  }
`);

type EventInput = {
  meter: string;
  quantity: number;
  source: string;
  idempotencyKey: string;
  membershipId?: string | null;
  workspaceId?: string | null;
  model?: string | null;
  occurredAt?: string | null;
};

const event = (overrides: Partial<EventInput> = {}): EventInput => ({
  meter: 'workflowRuns',
  quantity: 1,
  source: 'test',
  idempotencyKey: randomUUID(),
  ...overrides,
});

describe('usage metering', () => {
  let api: TestApi;
  let second: ApiProcess;
  let owner: TestUser;
  let member: TestUser & { membershipId: string };

  beforeAll(async () => {
    ({ first: api, second } = await startTwoApis({ DEV_MAILBOX: 'true', JOBS_ENABLED: 'false' }));
    owner = await signUpUser(api);
    member = await addMember(api, owner, 'MEMBER');
  });
  afterAll(async () => {
    await second?.stop();
    await api?.stop();
  });

  const record = (user: Pick<TestUser, 'accessToken' | 'ip'>, events: EventInput[], via: TestApi | ApiProcess = api) =>
    via.request(RECORD, { input: { events } }, as(user, owner.orgId));
  const usedCredits = async (membershipId: string) => {
    const [row] = await api.query<{ used_credits: string }>(
      'select used_credits from member_credit where org_id = $1 and membership_id = $2',
      [owner.orgId, membershipId],
    );
    return Number(row?.used_credits ?? 0);
  };

  it('records the valid events of a batch and refuses each invalid one with its path', async () => {
    const other = await signUpUser(api);
    const foreign = await api.request(CREATE_WORKSPACE, { name: 'Theirs' }, as(other, other.orgId));
    const mine = await api.request(CREATE_WORKSPACE, { name: 'Ours' }, as(owner, owner.orgId));
    const response = await record(owner, [
      event({ meter: 'voiceMinutes', quantity: 7, workspaceId: mine.data!.createWorkspace!.workspace.id }),
      event({ meter: 'gpuHours' }),
      event({ quantity: -3 }),
      event({ workspaceId: foreign.data!.createWorkspace!.workspace.id }),
      event({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }),
      event({ membershipId: member.membershipId, meter: 'ragTokens', quantity: 2500 }),
    ]);
    expect(response.errors).toBeUndefined();
    const payload = response.data!.recordUsage!;
    expect([payload.recordedCount, payload.duplicateCount, payload.refusedCount]).toEqual([2, 0, 4]);
    expect(payload.results.map((result) => result.error?.fields.map((field) => field.path) ?? null)).toEqual([
      null,
      ['events.1.meter'],
      ['events.2.quantity'],
      ['events.3.workspaceId'],
      ['events.4.occurredAt'],
      null,
    ]);
    expect(payload.results[0]!.event).toMatchObject({ meter: 'voiceMinutes', quantity: 7 });
    // Team prices RAG tokens at 1 credit per 1,000 (rounded up): 2,500 tokens cost 3.
    expect(await usedCredits(member.membershipId)).toBe(3);
  });

  it('counts an idempotency key once and answers the original event, sequentially and for 32 retries at once', async () => {
    const single = event({ membershipId: member.membershipId, meter: 'workflowRuns', quantity: 5 });
    const before = await usedCredits(member.membershipId);
    const first = await record(owner, [single]);
    const again = await record(owner, [single]);
    expect(again.data!.recordUsage!.results[0]).toMatchObject({
      duplicate: true,
      event: { id: first.data!.recordUsage!.results[0]!.event!.id },
    });
    expect(await usedCredits(member.membershipId)).toBe(before + 5);

    for (let trial = 0; trial < 3; trial += 1) {
      const retried = event({ membershipId: member.membershipId, quantity: 2 });
      const credits = await usedCredits(member.membershipId);
      const answers = await Promise.all(
        Array.from({ length: 32 }, (_, index) => record(owner, [retried], index % 2 ? second : api)),
      );
      const ids = new Set(answers.map((answer) => answer.data?.recordUsage?.results[0]?.event?.id));
      expect(ids.size).toBe(1);
      expect([...ids][0]).toBeTypeOf('string');
      expect(answers.filter((answer) => !answer.data!.recordUsage!.results[0]!.duplicate)).toHaveLength(1);
      const stored = await api.query('select id from usage_event where org_id = $1 and idempotency_key = $2', [
        owner.orgId,
        retried.idempotencyKey,
      ]);
      expect(stored).toHaveLength(1);
      expect(await usedCredits(member.membershipId)).toBe(credits + 2);
    }
  });

  it('accepts exactly 4 of 32 concurrent 3-credit events for a member with a limit of 10, trial after trial, on two processes', async () => {
    const limited = await addMember(api, owner, 'MEMBER');
    for (let trial = 0; trial < 5; trial += 1) {
      await api.query(
        `insert into member_credit (org_id, membership_id, credit_limit, used_credits) values ($1, $2, 10, 0)
         on conflict (org_id, membership_id) do update set credit_limit = 10, used_credits = 0`,
        [owner.orgId, limited.membershipId],
      );
      // Team: 3 credits per voice minute.
      const answers = await Promise.all(
        Array.from({ length: 32 }, (_, index) =>
          record(
            limited,
            [event({ membershipId: limited.membershipId, meter: 'voiceMinutes', quantity: 1 })],
            index % 2 ? second : api,
          ),
        ),
      );
      const results = answers.map((answer) => answer.data!.recordUsage!.results[0]!);
      expect(results.filter((result) => result.event)).toHaveLength(4);
      expect(results.filter((result) => result.error?.code === 'CREDIT_LIMIT_REACHED')).toHaveLength(28);
      expect(await usedCredits(limited.membershipId)).toBe(12);
    }
    const [{ count }] = (await api.query('select count(*)::int as count from usage_event where membership_id = $1', [
      limited.membershipId,
    ])) as [{ count: number }];
    expect(count).toBe(20);
  });

  it('is recorded by API keys holding usage.record, never by keys or roles without it', async () => {
    const keyFor = async (scopes: string[]) => {
      const created = await api.request(CREATE_API_KEY, { input: { name: 'meter', scopes } }, as(owner, owner.orgId));
      const exchanged = await api.request(EXCHANGE_API_KEY, { secret: created.data!.createApiKey!.secret });
      return { accessToken: exchanged.data!.exchangeApiKey!.accessToken, ip: owner.ip };
    };
    const recorder = await keyFor(['usage.record']);
    const recorded = await record(recorder, [event({ source: 'billing-pipeline' })]);
    expect(recorded.data!.recordUsage!.recordedCount).toBe(1);
    const [row] = await api.query<{ recorded_by_api_key_id: string | null }>(
      'select recorded_by_api_key_id from usage_event where id = $1',
      [recorded.data!.recordUsage!.results[0]!.event!.id],
    );
    expect(row!.recorded_by_api_key_id).toBeTypeOf('string');

    const reader = await keyFor(['usage.read']);
    expect(codes(await record(reader, [event()]))).toEqual(['FORBIDDEN']);
    const viewer = await addMember(api, owner, 'VIEWER');
    expect(codes(await record(viewer, [event()]))).toEqual(['FORBIDDEN']);
  });

  it('shows credits only to usage.readCosts and a member’s history only to members.viewCredits', async () => {
    const viewer = await addMember(api, owner, 'VIEWER');
    const admin = await addMember(api, owner, 'ADMIN');
    expect((await api.request(EVENTS, {}, as(viewer, owner.orgId))).errors).toBeUndefined();
    const credits = await api.request(EVENT_CREDITS, {}, as(viewer, owner.orgId));
    expect(new Set(codes(credits))).toEqual(new Set(['FORBIDDEN']));
    expect((await api.request(EVENT_CREDITS, {}, as(member, owner.orgId))).errors).toBeUndefined();

    const history = { membershipId: member.membershipId };
    expect(codes(await api.request(EVENTS, history, as(member, owner.orgId)))).toEqual(['FORBIDDEN']);
    const seen = await api.request(EVENTS, history, as(admin, owner.orgId));
    const nodes = seen.data!.usageEvents.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.membershipId === member.membershipId)).toBe(true);
  });

  it('refuses a batch of none or more than 500, and any recording once the subscription is not active', async () => {
    expect(codes(await record(owner, []))).toEqual(['VALIDATION_FAILED']);
    expect(
      codes(
        await record(
          owner,
          Array.from({ length: 501 }, () => event()),
        ),
      ),
    ).toEqual(['VALIDATION_FAILED']);
    const lapsed = await signUpUser(api);
    await api.query(
      `update subscription set status = 'expired', period_starts_at = now() - interval '20 days',
              period_ends_at = now() - interval '1 day' where org_id = $1`,
      [lapsed.orgId],
    );
    const refused = await api.request(RECORD, { input: { events: [event()] } }, as(lapsed, lapsed.orgId));
    expect(codes(refused)).toEqual(['SUBSCRIPTION_INACTIVE']);
  });

  it('answers totals, zero-filled series and top members from rollups kept as events are recorded', async () => {
    const boss = await signUpUser(api);
    const alice = await addMember(api, boss, 'MEMBER');
    const bob = await addMember(api, boss, 'MEMBER');
    const day = 86_400_000;
    const now = Date.now();
    const at = (daysAgo: number) => new Date(now - daysAgo * day).toISOString();
    const events = [
      event({ meter: 'workflowRuns', quantity: 4, membershipId: alice.membershipId, occurredAt: at(2) }),
      event({ meter: 'workflowRuns', quantity: 6, membershipId: bob.membershipId, occurredAt: at(2) }),
      event({ meter: 'workflowRuns', quantity: 9, membershipId: bob.membershipId, occurredAt: at(0) }),
      event({ meter: 'voiceMinutes', quantity: 2, membershipId: alice.membershipId, occurredAt: at(0) }),
    ];
    const recorded = await api.request(RECORD, { input: { events } }, as(boss, boss.orgId));
    expect(recorded.data!.recordUsage!.recordedCount).toBe(4);
    const viewer = await addMember(api, boss, 'VIEWER');

    const totals = await api.request(TOTALS, {}, as(viewer, boss.orgId));
    expect(totals.data!.usageTotals.meters).toEqual([
      { meter: 'workflowRuns', quantity: 9, events: 1 },
      { meter: 'voiceMinutes', quantity: 2, events: 1 },
      { meter: 'toolSpend', quantity: 0, events: 0 },
      { meter: 'ragTokens', quantity: 0, events: 0 },
    ]);
    // The trial's period started today: the events of two days ago count in a wider range only.
    expect(new Set(codes(await api.request(TOTAL_CREDITS, {}, as(viewer, boss.orgId))))).toEqual(
      new Set(['FORBIDDEN']),
    );
    const credits = await api.request(TOTAL_CREDITS, {}, as(boss, boss.orgId));
    expect(credits.data!.usageTotals).toMatchObject({ credits: 9 + 2 * 3, includedCredits: 20_000 });

    const series = await api.request(
      SERIES,
      { meter: 'workflowRuns', bucket: 'DAY', from: at(6), to: new Date(now + 1).toISOString() },
      as(viewer, boss.orgId),
    );
    const points = series.data!.usageSeries;
    expect(points).toHaveLength(7);
    expect(points.map((point) => point.quantity)).toEqual([0, 0, 0, 0, 10, 0, 9]);
    const alicePoints = await api.request(
      SERIES,
      {
        meter: 'workflowRuns',
        bucket: 'DAY',
        from: at(6),
        to: new Date(now + 1).toISOString(),
        membershipId: alice.membershipId,
      },
      as(viewer, boss.orgId),
    );
    expect(alicePoints.data!.usageSeries.map((point) => point.quantity)).toEqual([0, 0, 0, 0, 4, 0, 0]);
    const tooLong = await api.request(
      SERIES,
      { meter: 'workflowRuns', bucket: 'HOUR', from: at(40), to: at(0) },
      as(viewer, boss.orgId),
    );
    expect(codes(tooLong)).toEqual(['VALIDATION_FAILED']);
    const unknown = await api.request(SERIES, { meter: 'gpuHours', bucket: 'DAY' }, as(viewer, boss.orgId));
    expect(unknown.errors![0]!.extensions!.fields).toEqual([{ path: 'meter', message: 'gpuHours is not a meter' }]);

    const top = await api.request(BREAKDOWN, { by: 'MEMBER', meter: 'workflowRuns' }, as(boss, boss.orgId));
    expect(top.data!.usageBreakdown).toEqual([{ id: bob.membershipId, name: 'Test User', quantity: 9 }]);
  });

  it('keeps each event’s model label and breaks usage and costs down by it, for usage.readCosts only', async () => {
    const boss = await signUpUser(api);
    const labelled = [
      event({ meter: 'ragTokens', quantity: 4000, model: ' gpt-4o ' }),
      event({ meter: 'ragTokens', quantity: 1000, model: 'claude-sonnet' }),
      event({ meter: 'toolSpend', quantity: 250, model: 'gpt-4o' }),
      event({ meter: 'ragTokens', quantity: 9000 }),
      event({ model: '' }),
      event({ model: 'x'.repeat(101) }),
      event({ model: 'tab\tinside' }),
    ];
    const recorded = await api.request(RECORD, { input: { events: labelled } }, as(boss, boss.orgId));
    expect(recorded.data!.recordUsage!.recordedCount).toBe(4);
    expect(recorded.data!.recordUsage!.results.slice(4).map((result) => result.error?.fields[0]?.path)).toEqual([
      'events.4.model',
      'events.5.model',
      'events.6.model',
    ]);
    const stored = await api.request(EVENT_MODELS, {}, as(boss, boss.orgId));
    const modelOf = new Map(stored.data!.usageEvents.edges.map(({ node }) => [node.idempotencyKey, node.model]));
    expect(labelled.slice(0, 4).map((sent) => modelOf.get(sent.idempotencyKey))).toEqual([
      'gpt-4o',
      'claude-sonnet',
      'gpt-4o',
      null,
    ]);

    // Team: RAG tokens cost 1 credit per 1,000 (rounded up), tool spend 1 credit per cent.
    const all = await api.request(MODEL_COSTS, {}, as(boss, boss.orgId));
    expect(all.data!.usageBreakdown).toEqual([
      { id: 'gpt-4o', name: 'gpt-4o', quantity: 4250, credits: 4 + 250, events: 2 },
      { id: 'claude-sonnet', name: 'claude-sonnet', quantity: 1000, credits: 1, events: 1 },
    ]);
    const tokens = await api.request(MODEL_COSTS, { meter: 'ragTokens' }, as(boss, boss.orgId));
    expect(tokens.data!.usageBreakdown.map((row) => [row.id, row.quantity])).toEqual([
      ['gpt-4o', 4000],
      ['claude-sonnet', 1000],
    ]);
    const viewer = await addMember(api, boss, 'VIEWER');
    expect(new Set(codes(await api.request(MODEL_COSTS, {}, as(viewer, boss.orgId))))).toEqual(new Set(['FORBIDDEN']));
  });

  it('keeps the rollups equal to the events they summarize under concurrent recording', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        record(
          owner,
          Array.from({ length: 5 }, () => event({ meter: 'ragTokens', quantity: 100 + index })),
          index % 2 ? second : api,
        ),
      ),
    );
    const [check] = await api.query<{ events: string; rolled: string }>(
      `select (select sum(quantity) from usage_event where org_id = $1 and meter = 'ragTokens')::text as events,
              (select sum(quantity) from usage_rollup where org_id = $1 and scope = 'org' and meter = 'ragTokens')::text as rolled`,
      [owner.orgId],
    );
    expect(check!.rolled).toBe(check!.events);
  });
});
