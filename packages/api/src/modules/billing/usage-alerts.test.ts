import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../../test/support/api-process.ts';
import type { TestApi } from '../../../test/support/api.ts';
import { graphql } from '../../../test/generated/index.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { addMember } from '../../../test/support/members.ts';
import { startTwoApis } from '../../../test/support/two-apis.ts';

graphql(`
  fragment TestUsageAlertFields on UsageAlert {
    id
    meter
    kind
    threshold
    notifyByEmail
    notifyByWebhook
    throttle
    currentValue
    thresholdValue
    crossed
    lastTriggeredAt
  }
`);

const ALERTS = graphql(`
  query UsageAlerts {
    usageAlerts {
      ...TestUsageAlertFields
    }
  }
`);

const CREATE = graphql(`
  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {
    createUsageAlert(input: $input) {
      alert {
        ...TestUsageAlertFields
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateUsageAlert($input: UpdateUsageAlertInput!) {
    updateUsageAlert(input: $input) {
      alert {
        id
        threshold
        currentValue
        thresholdValue
        crossed
      }
    }
  }
`);

const DELETE = graphql(`
  mutation DeleteUsageAlert($alertId: ID!) {
    deleteUsageAlert(input: { alertId: $alertId }) {
      deletedAlertId
    }
  }
`);

const TRIGGERS = graphql(`
  query UsageAlertTriggers($alertId: ID) {
    usageAlertTriggers(alertId: $alertId, first: 10) {
      edges {
        node {
          alertId
          value
          thresholdValue
          periodStart
        }
      }
    }
  }
`);

const HISTORY_KINDS = graphql(`
  query UsageAlertTriggerKinds($alertId: ID) {
    usageAlertTriggers(alertId: $alertId, first: 10) {
      edges {
        node {
          kind
          meter
        }
      }
    }
  }
`);

const RECORD = `mutation($events: [UsageEventInput!]!) { recordUsage(input: { events: $events }) { recordedCount refusedCount } }`;

type Settings = {
  meter?: string | null;
  kind: 'QUANTITY' | 'CREDITS' | 'PERCENT_OF_INCLUDED_CREDITS';
  threshold: number;
  notifyByEmail?: boolean;
  notifyByWebhook?: boolean;
  throttle?: boolean;
};

describe('usage alerts', () => {
  let api: TestApi;
  let second: ApiProcess;

  beforeAll(async () => {
    ({ first: api, second } = await startTwoApis({ DEV_MAILBOX: 'true', JOBS_ENABLED: 'false' }));
  });
  afterAll(async () => {
    await second?.stop();
    await api?.stop();
  });

  const create = (user: TestUser, input: Settings, tenant = user.orgId) =>
    api.request(CREATE, { input }, as(user, tenant));
  const record = (user: TestUser, events: object[], via: TestApi | ApiProcess = api) =>
    via.graphql<{ recordUsage: { recordedCount: number; refusedCount: number } | null }>(
      RECORD,
      { events },
      as(user, user.orgId),
    );
  const runs = (quantity: number) => ({
    meter: 'workflowRuns',
    quantity,
    source: 'test',
    idempotencyKey: randomUUID(),
  });
  const alertMails = async (orgName: string) =>
    (
      await api.query<{ to: string }>(
        `select to_address as "to" from outbox_email where template = 'usage-alert' and subject like '%' || $1 || '%' order by to_address`,
        [orgName],
      )
    ).map((row) => row.to);

  it('is created, listed with its value this period, changed and deleted by owners and admins, audited', async () => {
    const owner = await signUpUser(api);
    const admin = await addMember(api, owner, 'ADMIN');
    const manager = await addMember(api, owner, 'MANAGER');
    await record(owner, [runs(30)]);

    const created = await create(admin, { meter: 'workflowRuns', kind: 'QUANTITY', threshold: 100 }, owner.orgId);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUsageAlert!.alert).toMatchObject({
      meter: 'workflowRuns',
      kind: 'QUANTITY',
      threshold: 100,
      notifyByEmail: true,
      throttle: false,
      currentValue: 30,
      thresholdValue: 100,
      crossed: false,
      lastTriggeredAt: null,
    });
    const id = created.data!.createUsageAlert!.alert.id;
    // Team includes 20,000 credits: 50 % of them is 10,000.
    const percent = await create(owner, { kind: 'PERCENT_OF_INCLUDED_CREDITS', threshold: 50 });
    expect(percent.data!.createUsageAlert!.alert).toMatchObject({
      meter: null,
      currentValue: 30,
      thresholdValue: 10_000,
    });

    expect(codes(await create(manager, { kind: 'CREDITS', threshold: 5 }, owner.orgId))).toEqual(['FORBIDDEN']);
    expect(codes(await api.request(ALERTS, {}, as(manager, owner.orgId)))).toEqual(['FORBIDDEN']);

    const listed = await api.request(ALERTS, {}, as(admin, owner.orgId));
    expect(listed.data!.usageAlerts.map((alert) => alert.id)).toEqual([id, percent.data!.createUsageAlert!.alert.id]);

    const changed = await api.request(
      UPDATE,
      { input: { alertId: id, meter: 'workflowRuns', kind: 'QUANTITY', threshold: 20, notifyByEmail: false } },
      as(owner, owner.orgId),
    );
    expect(changed.data!.updateUsageAlert!.alert).toMatchObject({ threshold: 20, currentValue: 30, crossed: true });

    const deleted = await api.request(DELETE, { alertId: id }, as(owner, owner.orgId));
    expect(deleted.data!.deleteUsageAlert!.deletedAlertId).toBe(id);
    expect(codes(await api.request(DELETE, { alertId: id }, as(owner, owner.orgId)))).toEqual(['NOT_FOUND']);

    const audited = await api.query<{ action: string }>(
      `select action from audit_event where org_id = $1 and target_type = 'usage_alert' order by created_at`,
      [owner.orgId],
    );
    expect(audited.map((row) => row.action)).toEqual([
      'usage.alert_created',
      'usage.alert_created',
      'usage.alert_updated',
      // Lowered below what was used, it fired as it was saved.
      'usage.alert_triggered',
      'usage.alert_deleted',
    ]);
  });

  it('refuses settings that cannot work, with the field, and more than 25 alerts', async () => {
    const owner = await signUpUser(api);
    const fields = async (input: Settings) =>
      ((await create(owner, input)).errors?.[0]?.extensions?.fields as Array<{ path: string }> | undefined)?.map(
        (field) => field.path,
      );
    expect(await fields({ kind: 'QUANTITY', threshold: 10 })).toEqual(['input.meter']);
    expect(await fields({ meter: 'gpuHours', kind: 'CREDITS', threshold: 10 })).toEqual(['input.meter']);
    expect(await fields({ kind: 'CREDITS', threshold: 0 })).toEqual(['input.threshold']);
    expect(await fields({ kind: 'PERCENT_OF_INCLUDED_CREDITS', threshold: 1001 })).toEqual(['input.threshold']);

    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) => create(owner, { kind: 'CREDITS', threshold: index + 1 })),
    );
    expect(answers.filter((answer) => answer.data?.createUsageAlert)).toHaveLength(25);
    expect(new Set(answers.flatMap((answer) => codes(answer)))).toEqual(new Set(['USAGE_ALERT_LIMIT_REACHED']));
  });

  it('fires once per period under 32 concurrent events on two processes, mailing owners, admins and the billing address', async () => {
    for (let trial = 0; trial < 3; trial += 1) {
      const owner = await signUpUser(api, { displayName: `Alert Owner ${trial}` });
      const admin = await addMember(api, owner, 'ADMIN');
      await addMember(api, owner, 'MEMBER');
      const billing = `billing-${randomUUID()}@example.com`;
      await api.query('update organization set billing_email = $1 where id = $2', [billing, owner.orgId]);
      const alert = await create(owner, { meter: 'workflowRuns', kind: 'QUANTITY', threshold: 10 });
      const alertId = alert.data!.createUsageAlert!.alert.id;

      const answers = await Promise.all(
        Array.from({ length: 32 }, (_, index) => record(owner, [runs(1)], index % 2 ? second : api)),
      );
      expect(answers.every((answer) => answer.data?.recordUsage?.recordedCount === 1)).toBe(true);

      const triggers = await api.request(TRIGGERS, { alertId }, as(owner, owner.orgId));
      const fired = triggers.data!.usageAlertTriggers.edges.map((edge) => edge.node);
      expect(fired).toHaveLength(1);
      // The recording that crossed it fired it: it had counted every earlier one.
      expect(fired[0]).toMatchObject({ alertId, value: 10, thresholdValue: 10 });
      const [org] = await api.query<{ name: string }>('select name from organization where id = $1', [owner.orgId]);
      expect(await alertMails(org!.name)).toEqual([admin.email, billing, owner.email].sort());
    }
  });

  it('fires at once when saved already crossed, and its history keeps what it counted then', async () => {
    const owner = await signUpUser(api, { displayName: 'Saved Crossed' });
    await record(owner, [runs(12)]);
    const alert = await create(owner, { meter: 'workflowRuns', kind: 'QUANTITY', threshold: 10, throttle: true });
    const alertId = alert.data!.createUsageAlert!.alert.id;
    expect(alert.data!.createUsageAlert!.alert).toMatchObject({ crossed: true });
    expect(alert.data!.createUsageAlert!.alert.lastTriggeredAt).toBeTypeOf('string');
    expect(await alertMails('Saved Crossed')).toEqual([owner.email]);

    await api.request(
      UPDATE,
      { input: { alertId, meter: 'workflowRuns', kind: 'CREDITS', threshold: 10_000 } },
      as(owner, owner.orgId),
    );
    const history = await api.request(HISTORY_KINDS, { alertId }, as(owner, owner.orgId));
    expect(history.data!.usageAlertTriggers.edges.map((edge) => edge.node.kind)).toEqual(['QUANTITY']);
  });

  it('throttles: the crossing event is recorded, the next refused, until the threshold is raised or a new period starts', async () => {
    const owner = await signUpUser(api);
    const alert = await create(owner, {
      meter: 'workflowRuns',
      kind: 'QUANTITY',
      threshold: 5,
      throttle: true,
      notifyByEmail: false,
    });
    const alertId = alert.data!.createUsageAlert!.alert.id;
    expect((await record(owner, [runs(3)])).data!.recordUsage!.recordedCount).toBe(1);
    expect((await record(owner, [runs(4)])).data!.recordUsage!.recordedCount).toBe(1);
    const refused = await record(owner, [runs(1)], second);
    expect(codes(refused)).toEqual(['USAGE_THROTTLED']);
    expect(refused.errors![0]!.extensions!.alertId).toBe(alertId);

    const raised = await api.request(
      UPDATE,
      { input: { alertId, meter: 'workflowRuns', kind: 'QUANTITY', threshold: 8, throttle: true } },
      as(owner, owner.orgId),
    );
    expect(raised.data!.updateUsageAlert!.alert).toMatchObject({ currentValue: 7, crossed: false });
    expect((await record(owner, [runs(2)])).data!.recordUsage!.recordedCount).toBe(1);
    const last = runs(1);
    expect(codes(await record(owner, [last]))).toEqual(['USAGE_THROTTLED']);
    // Other meters go on; a retry of what was recorded before answers it as then.
    const tokens = { meter: 'ragTokens', quantity: 10, source: 'test', idempotencyKey: randomUUID() };
    expect((await record(owner, [tokens])).data!.recordUsage!.recordedCount).toBe(1);
    const retried = await record(owner, [tokens]);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.recordUsage!.recordedCount).toBe(0);
    // The raised threshold is a new revision: it fired again this period.
    const triggers = await api.request(TRIGGERS, { alertId }, as(owner, owner.orgId));
    expect(triggers.data!.usageAlertTriggers.edges.map((edge) => edge.node.thresholdValue)).toEqual([8, 5]);

    // A new period: what was used before it no longer counts.
    await api.query(
      `update subscription set period_starts_at = date_trunc('hour', now()) + interval '1 hour',
              period_ends_at = now() + interval '30 days' where org_id = $1`,
      [owner.orgId],
    );
    expect((await record(owner, [runs(1)])).data!.recordUsage!.recordedCount).toBe(1);
  });

  it('notifies the subscribed webhook endpoints when it says so, once per period', async () => {
    const owner = await signUpUser(api);
    const endpoint = await api.graphql(
      'mutation { createWebhookEndpoint(input: { url: "https://hooks.example.com/usage", eventTypes: ["usage.alert.triggered"] }) { endpoint { id } } }',
      {},
      as(owner, owner.orgId),
    );
    expect(endpoint.errors).toBeUndefined();
    const hooked = await create(owner, { meter: 'workflowRuns', kind: 'QUANTITY', threshold: 3, notifyByEmail: false });
    const quiet = await create(owner, {
      meter: 'workflowRuns',
      kind: 'QUANTITY',
      threshold: 2,
      notifyByEmail: false,
      notifyByWebhook: false,
    });
    expect(quiet.data!.createUsageAlert!.alert).toMatchObject({ notifyByWebhook: false });
    await Promise.all(Array.from({ length: 8 }, () => record(owner, [runs(1)])));
    const events = await api.query<{ data: { alertId: string; value: number; thresholdValue: number } }>(
      "select data from webhook_event where org_id = $1 and type = 'usage.alert.triggered'",
      [owner.orgId],
    );
    expect(events.map((event) => event.data.alertId)).toEqual([hooked.data!.createUsageAlert!.alert.id]);
    expect(events[0]!.data.thresholdValue).toBe(3);
    const [deliveries] = await api.query<{ n: number }>(
      'select count(*)::int as n from webhook_delivery where org_id = $1',
      [owner.orgId],
    );
    expect(deliveries!.n).toBe(1);
  });
});
