import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../test/generated/index.ts';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import type { ApiProcess } from '../../../test/support/api-process.ts';
import { startTwoApis, stopTwoApis } from '../../../test/support/two-apis.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { addMember, ARCHIVE_MEMBER } from '../../../test/support/members.ts';
import { queueWebhookEvent } from './webhook.service.ts';
import { isPublicAddress } from './webhook-target.ts';

graphql(`
  fragment TestWebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventTypes
    enabled
    disabledReason
    consecutiveFailures
  }
`);

const CREATE = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...TestWebhookEndpointFields
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        ...TestWebhookEndpointFields
      }
    }
  }
`);

const ENDPOINT = graphql(`
  query WebhookEndpoint($id: ID!) {
    webhookEndpoint(id: $id) {
      ...TestWebhookEndpointFields
    }
  }
`);

const ENDPOINTS = graphql(`
  query WebhookEndpoints {
    webhookEndpoints(first: 20) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const SEND_TEST = graphql(`
  mutation SendWebhookTestEvent($endpointId: ID!) {
    sendWebhookTestEvent(input: { endpointId: $endpointId }) {
      delivery {
        id
        eventId
        eventType
        status
      }
    }
  }
`);

const REDELIVER = graphql(`
  mutation RedeliverWebhookDelivery($deliveryId: ID!) {
    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {
      delivery {
        id
        eventId
        status
      }
    }
  }
`);

const DELIVERIES = graphql(`
  query WebhookDeliveries($endpointId: ID!) {
    webhookDeliveries(endpointId: $endpointId, first: 50) {
      edges {
        node {
          id
          eventId
          eventType
          eventData
          status
          attemptCount
          attempts {
            attempt
            succeeded
            responseStatus
            durationMs
            error
            attemptedAt
          }
        }
      }
    }
  }
`);

const ROTATE = graphql(`
  mutation RotateWebhookSecret($endpointId: ID!) {
    rotateWebhookSecret(input: { endpointId: $endpointId }) {
      secret
    }
  }
`);

const DELETE = graphql(`
  mutation DeleteWebhookEndpoint($endpointId: ID!) {
    deleteWebhookEndpoint(input: { endpointId: $endpointId }) {
      deletedEndpointId
    }
  }
`);

const RECORD = `mutation($events: [UsageEventInput!]!) { recordUsage(input: { events: $events }) { recordedCount } }`;
const CREATE_ALERT = `mutation($input: CreateUsageAlertInput!) { createUsageAlert(input: $input) { alert { id } } }`;

/** A request the receiver got. */
interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

/**
 * A real HTTP receiver on loopback. Each path answers as told: `/ok` 200; `/flaky-<n>` 500 for its
 * first n requests, then 200; `/down` 503 always.
 */
async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({
        path,
        headers: request.headers as Record<string, string>,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const seen = received.filter((entry) => entry.path === path).length;
      const flaky = /^\/flaky-(\d+)/.exec(path);
      const status = path.startsWith('/down') ? 503 : flaky && seen <= Number(flaky[1]) ? 500 : 200;
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'broken');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    at: (path: string) => received.filter((entry) => entry.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls `check` until it returns something truthy (or fails after `timeoutMs`). */
async function waitFor<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const fieldPaths = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (response.errors?.[0]?.extensions?.fields as Array<{ path: string }> | undefined)?.map((field) => field.path);

describe('webhooks', () => {
  let api: TestApi;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    api = await startTestApi({
      DEV_MAILBOX: 'true',
      WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
      // Retries after 0.3 s and 0.6 s: three attempts in all.
      WEBHOOK_RETRY_SCHEDULE: '0.3,0.6',
    });
  });
  afterAll(async () => {
    await api?.stop();
    await receiver?.close();
  });

  const create = (user: TestUser, input: { url: string; eventTypes: string[]; description?: string }) =>
    api.request(CREATE, { input }, as(user, user.orgId));
  const deliveries = async (user: TestUser, endpointId: string) =>
    (await api.request(DELIVERIES, { endpointId }, as(user, user.orgId))).data!.webhookDeliveries.edges.map(
      (edge) => edge.node,
    );

  it('signs every delivery so the standardwebhooks library verifies it with the secret shown once; real events arrive', async () => {
    const owner = await signUpUser(api);
    const path = `/ok-${randomUUID()}`;
    const created = await create(owner, {
      url: receiver.url(path),
      description: 'Our CRM',
      eventTypes: ['member.joined', 'member.archived', 'usage.alert.triggered'],
    });
    expect(created.errors).toBeUndefined();
    const { secret, endpoint } = created.data!.createWebhookEndpoint!;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(endpoint).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0 });

    const test = await api.request(SEND_TEST, { endpointId: endpoint.id }, as(owner, owner.orgId));
    expect(test.data!.sendWebhookTestEvent!.delivery).toMatchObject({ eventType: 'webhook.test', status: 'PENDING' });

    const member = await addMember(api, owner, 'MEMBER');
    await api.request(ARCHIVE_MEMBER, { membershipId: member.membershipId }, as(owner, owner.orgId));
    await api.graphql(
      CREATE_ALERT,
      { input: { meter: 'workflowRuns', kind: 'QUANTITY', threshold: 2, notifyByEmail: false } },
      as(owner, owner.orgId),
    );
    await api.graphql(
      RECORD,
      { events: [{ meter: 'workflowRuns', quantity: 3, source: 'test', idempotencyKey: randomUUID() }] },
      as(owner, owner.orgId),
    );

    await waitFor(() => receiver.at(path).length >= 4);
    const verifier = new Webhook(secret);
    const events = receiver.at(path).map((request) => {
      expect(request.headers['webhook-id']).toBeTruthy();
      expect(request.headers['content-type']).toBe('application/json');
      return verifier.verify(request.body, request.headers) as {
        type: string;
        timestamp: string;
        data: Record<string, unknown>;
      };
    });
    const byType = Object.fromEntries(events.map((event) => [event.type, event]));
    expect(Object.keys(byType).sort()).toEqual([
      'member.archived',
      'member.joined',
      'usage.alert.triggered',
      'webhook.test',
    ]);
    expect(byType['member.joined']!.data).toMatchObject({
      membershipId: member.membershipId,
      userId: member.userId,
      email: member.email,
      role: 'member',
    });
    expect(byType['member.archived']!.data).toMatchObject({
      membershipId: member.membershipId,
      email: member.email,
      archivedBy: owner.userId,
    });
    expect(byType['usage.alert.triggered']!.data).toMatchObject({
      meter: 'workflowRuns',
      kind: 'quantity',
      threshold: 2,
      value: 3,
    });
    // A wrong secret does not verify.
    const [first] = receiver.at(path);
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(24, 1).toString('base64')}`).verify(first!.body, first!.headers),
    ).toThrow();

    // The log: each delivery succeeded at its first attempt; newest first.
    await waitFor(async () =>
      (await deliveries(owner, endpoint.id)).every((delivery) => delivery.status === 'SUCCEEDED'),
    );
    const log = await deliveries(owner, endpoint.id);
    expect(log.map((delivery) => delivery.eventType)).toEqual([
      'usage.alert.triggered',
      'member.archived',
      'member.joined',
      'webhook.test',
    ]);
    for (const delivery of log) {
      expect(delivery.attempts).toHaveLength(1);
      expect(delivery.attempts[0]).toMatchObject({ attempt: 1, succeeded: true, responseStatus: 200, error: null });
    }

    // The secret is never stored or audited in the clear.
    const audit = await api.query<{ action: string; after: unknown }>(
      `select action, after from audit_event where org_id = $1 and target_type = 'webhook_endpoint' order by created_at`,
      [owner.orgId],
    );
    expect(audit.map((row) => row.action)).toEqual(['webhook.endpoint_created', 'webhook.test_sent']);
    expect(audit[0]!.after).toMatchObject({ secret: '[redacted]', url: receiver.url(path) });
    const leaked = await api.query(
      `select 1 from audit_event where after::text like '%whsec_%' or before::text like '%whsec_%'
       union all select 1 from webhook_endpoint where secret_sealed like '%whsec_%'`,
    );
    expect(leaked).toEqual([]);
  });

  it('retries a failing endpoint on the configured schedule until it answers, and redelivers with the same webhook-id', async () => {
    const owner = await signUpUser(api);
    const path = `/flaky-2-${randomUUID()}`;
    const created = await create(owner, { url: receiver.url(path), eventTypes: ['member.joined'] });
    const endpointId = created.data!.createWebhookEndpoint!.endpoint.id;
    const sent = await api.request(SEND_TEST, { endpointId }, as(owner, owner.orgId));
    const deliveryId = sent.data!.sendWebhookTestEvent!.delivery.id;

    const delivery = await waitFor(async () =>
      (await deliveries(owner, endpointId)).find((entry) => entry.id === deliveryId && entry.status === 'SUCCEEDED'),
    );
    expect(delivery.attemptCount).toBe(3);
    expect(delivery.attempts.map((attempt) => [attempt.attempt, attempt.succeeded, attempt.responseStatus])).toEqual([
      [1, false, 500],
      [2, false, 500],
      [3, true, 200],
    ]);
    expect(delivery.attempts[0]!.error).toBe('HTTP 500: broken');
    const times = receiver.at(path).map((request) => request.at);
    const gaps = [times[1]! - times[0]!, times[2]! - times[1]!];
    expect(gaps[0]).toBeGreaterThanOrEqual(300);
    expect(gaps[1]).toBeGreaterThanOrEqual(600);
    expect(gaps[1]).toBeGreaterThan(gaps[0]!);
    // One signed message: the same id on every attempt.
    expect(new Set(receiver.at(path).map((request) => request.headers['webhook-id'])).size).toBe(1);

    const again = await api.request(REDELIVER, { deliveryId }, as(owner, owner.orgId));
    const redelivery = again.data!.redeliverWebhookDelivery!.delivery;
    expect(redelivery.id).not.toBe(deliveryId);
    await waitFor(() => receiver.at(path).length === 4);
    expect(receiver.at(path)[3]!.headers['webhook-id']).toBe(receiver.at(path)[0]!.headers['webhook-id']);
  });

  it('disables an endpoint after 5 deliveries in a row fail every attempt, mails the owner, audits it; enabling resets', async () => {
    const owner = await signUpUser(api, { displayName: 'Failing Hooks' });
    const admin = await addMember(api, owner, 'ADMIN');
    const path = `/down-${randomUUID()}`;
    const created = await create(owner, { url: receiver.url(path), eventTypes: ['member.joined'] });
    const endpointId = created.data!.createWebhookEndpoint!.endpoint.id;
    for (let index = 0; index < 5; index += 1) {
      const sent = await api.request(SEND_TEST, { endpointId }, as(owner, owner.orgId));
      expect(sent.errors).toBeUndefined();
    }
    const disabled = await waitFor(async () => {
      const read = await api.request(ENDPOINT, { id: endpointId }, as(owner, owner.orgId));
      return read.data!.webhookEndpoint.enabled ? null : read.data!.webhookEndpoint;
    });
    expect(disabled).toMatchObject({ disabledReason: 'FAILURES', consecutiveFailures: 5 });
    expect(receiver.at(path)).toHaveLength(15);
    const log = await deliveries(owner, endpointId);
    expect(log.map((delivery) => [delivery.status, delivery.attemptCount])).toEqual(
      Array.from({ length: 5 }, () => ['FAILED', 3]),
    );
    expect(log[0]!.attempts[2]).toMatchObject({ responseStatus: 503, error: 'HTTP 503: broken' });

    const mails = await api.query<{ to: string; subject: string }>(
      `select to_address as "to", subject from outbox_email where template = 'webhook-endpoint-disabled'
         and subject like '%Failing Hooks%'`,
    );
    // The active owner only, not the admin.
    expect(mails.map((mail) => mail.to)).toEqual([owner.email]);
    expect(mails.map((mail) => mail.to)).not.toContain(admin.email);
    const [audited] = await api.query<{ after: Record<string, unknown> }>(
      `select after from audit_event where org_id = $1 and action = 'webhook.endpoint_disabled'`,
      [owner.orgId],
    );
    expect(audited!.after).toMatchObject({ reason: 'failures', failedDeliveries: 5 });

    expect(codes(await api.request(SEND_TEST, { endpointId }, as(owner, owner.orgId)))).toEqual([
      'WEBHOOK_ENDPOINT_DISABLED',
    ]);
    const enabled = await api.request(UPDATE, { input: { endpointId, enabled: true } }, as(admin, owner.orgId));
    expect(enabled.data!.updateWebhookEndpoint!.endpoint).toMatchObject({
      enabled: true,
      disabledReason: null,
      consecutiveFailures: 0,
    });
    const off = await api.request(UPDATE, { input: { endpointId, enabled: false } }, as(admin, owner.orgId));
    expect(off.data!.updateWebhookEndpoint!.endpoint).toMatchObject({ enabled: false, disabledReason: 'MANUAL' });
  });

  it('queueWebhookEvent queues in the caller’s transaction for subscribed endpoints only; an archived org’s deliveries wait', async () => {
    const owner = await signUpUser(api);
    const path = `/ok-queue-${randomUUID()}`;
    const subscribed = await create(owner, { url: receiver.url(path), eventTypes: ['invoice.issued'] });
    await create(owner, { url: receiver.url(`${path}-other`), eventTypes: ['member.joined'] });
    const endpointId = subscribed.data!.createWebhookEndpoint!.endpoint.id;
    const queue = (data: Record<string, unknown>) =>
      api.services.orm.em.fork().transactional((em) => queueWebhookEvent(em, owner.orgId, 'invoice.issued', data));

    // Rolled back: nothing was queued, nothing is sent.
    await expect(
      api.services.orm.em.fork().transactional(async (em) => {
        await queueWebhookEvent(em, owner.orgId, 'invoice.issued', { invoiceId: 'rolled-back' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // Nobody listens to this type: no event row.
    expect(
      await api.services.orm.em
        .fork()
        .transactional((em) => queueWebhookEvent(em, owner.orgId, 'subscription.updated', {})),
    ).toBeNull();

    await api.query(`update organization set status = 'archived', archived_at = now() where id = $1`, [owner.orgId]);
    expect(await queue({ invoiceId: 'while-archived' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.at(path)).toEqual([]);
    await api.query(`update organization set status = 'active', archived_at = null where id = $1`, [owner.orgId]);
    await queue({ invoiceId: 'after-restore' });
    await waitFor(() => receiver.at(path).length === 2);
    const sent = receiver.at(path).map((request) => (JSON.parse(request.body) as { data: { invoiceId: string } }).data);
    expect(sent.map((data) => data.invoiceId).sort()).toEqual(['after-restore', 'while-archived']);
    expect(receiver.at(`${path}-other`)).toEqual([]);
    const [counts] = await api.query<{ events: number; deliveries: number }>(
      `select (select count(*)::int from webhook_event where org_id = $1) as events,
              (select count(*)::int from webhook_delivery where org_id = $1 and endpoint_id = $2) as deliveries`,
      [owner.orgId, endpointId],
    );
    expect(counts).toEqual({ events: 2, deliveries: 2 });
  });

  it('rotates the secret: later deliveries verify with the new one only', async () => {
    const owner = await signUpUser(api);
    const path = `/ok-rotate-${randomUUID()}`;
    const created = await create(owner, { url: receiver.url(path), eventTypes: ['member.joined'] });
    const { secret: old, endpoint } = created.data!.createWebhookEndpoint!;
    const rotated = await api.request(ROTATE, { endpointId: endpoint.id }, as(owner, owner.orgId));
    const secret = rotated.data!.rotateWebhookSecret!.secret;
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(old);
    await api.request(SEND_TEST, { endpointId: endpoint.id }, as(owner, owner.orgId));
    const [request] = await waitFor(() => (receiver.at(path).length ? receiver.at(path) : null));
    expect(new Webhook(secret).verify(request!.body, request!.headers)).toMatchObject({ type: 'webhook.test' });
    expect(() => new Webhook(old).verify(request!.body, request!.headers)).toThrow();
  });

  it('refuses bad input with its field, changing nothing, and an 11th endpoint', async () => {
    const owner = await signUpUser(api);
    const url = receiver.url('/ok-limit');
    expect(fieldPaths(await create(owner, { url: 'ftp://example.com/hook', eventTypes: ['member.joined'] }))).toEqual([
      'input.url',
    ]);
    expect(
      fieldPaths(await create(owner, { url: 'https://user:pw@example.com/', eventTypes: ['member.joined'] })),
    ).toEqual(['input.url']);
    expect(fieldPaths(await create(owner, { url, eventTypes: [] }))).toEqual(['input.eventTypes']);
    expect(fieldPaths(await create(owner, { url, eventTypes: ['member.joined', 'webhook.test'] }))).toEqual([
      'input.eventTypes',
    ]);
    expect(codes(await create(owner, { url: 'nope', eventTypes: ['nope'] }))).toEqual(['VALIDATION_FAILED']);
    const [count] = await api.query<{ n: number }>(
      'select count(*)::int as n from webhook_endpoint where org_id = $1',
      [owner.orgId],
    );
    expect(count!.n).toBe(0);

    const created = await create(owner, { url, eventTypes: ['member.joined'] });
    const endpointId = created.data!.createWebhookEndpoint!.endpoint.id;
    expect(
      fieldPaths(await api.request(UPDATE, { input: { endpointId, eventTypes: ['nope'] } }, as(owner, owner.orgId))),
    ).toEqual(['input.eventTypes']);

    const answers = await Promise.all(
      Array.from({ length: 11 }, () => create(owner, { url, eventTypes: ['member.joined'] })),
    );
    expect(answers.filter((answer) => answer.data?.createWebhookEndpoint)).toHaveLength(9);
    expect(new Set(answers.flatMap((answer) => codes(answer)))).toEqual(new Set(['WEBHOOK_ENDPOINT_LIMIT_REACHED']));
  });

  it('lets only owners and admins read and manage; another organization’s ids are NOT_FOUND', async () => {
    const owner = await signUpUser(api);
    const viewer = await addMember(api, owner, 'VIEWER');
    const member = await addMember(api, owner, 'MEMBER');
    const admin = await addMember(api, owner, 'ADMIN');
    const created = await api.request(
      CREATE,
      { input: { url: receiver.url('/ok-roles'), eventTypes: ['member.joined'] } },
      as(admin, owner.orgId),
    );
    const endpointId = created.data!.createWebhookEndpoint!.endpoint.id;
    for (const user of [viewer, member]) {
      expect(codes(await api.request(ENDPOINTS, {}, as(user, owner.orgId)))).toEqual(['FORBIDDEN']);
      expect(codes(await api.request(ENDPOINT, { id: endpointId }, as(user, owner.orgId)))).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await api.request(
            CREATE,
            { input: { url: receiver.url('/ok-roles'), eventTypes: ['member.joined'] } },
            as(user, owner.orgId),
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(codes(await api.request(SEND_TEST, { endpointId }, as(user, owner.orgId)))).toEqual(['FORBIDDEN']);
    }
    const listed = await api.request(ENDPOINTS, {}, as(admin, owner.orgId));
    expect(listed.data!.webhookEndpoints.edges.map((edge) => edge.node.id)).toEqual([endpointId]);
    const sent = await api.request(SEND_TEST, { endpointId }, as(owner, owner.orgId));
    const deliveryId = sent.data!.sendWebhookTestEvent!.delivery.id;

    const stranger = await signUpUser(api);
    const tenant = as(stranger, stranger.orgId);
    expect(codes(await api.request(ENDPOINT, { id: endpointId }, tenant))).toEqual(['NOT_FOUND']);
    expect(codes(await api.request(DELIVERIES, { endpointId }, tenant))).toEqual(['NOT_FOUND']);
    expect(codes(await api.request(UPDATE, { input: { endpointId, enabled: false } }, tenant))).toEqual(['NOT_FOUND']);
    expect(codes(await api.request(SEND_TEST, { endpointId }, tenant))).toEqual(['NOT_FOUND']);
    expect(codes(await api.request(REDELIVER, { deliveryId }, tenant))).toEqual(['NOT_FOUND']);
    expect(codes(await api.request(DELETE, { endpointId }, tenant))).toEqual(['NOT_FOUND']);

    expect((await api.request(DELETE, { endpointId }, as(owner, owner.orgId))).data!.deleteWebhookEndpoint).toEqual({
      deletedEndpointId: endpointId,
    });
    expect(codes(await api.request(ENDPOINT, { id: endpointId }, as(owner, owner.orgId)))).toEqual(['NOT_FOUND']);
  });
});

describe('webhooks without private targets (SSRF)', () => {
  let api: TestApi;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    api = await startTestApi({ DEV_MAILBOX: 'true', WEBHOOK_RETRY_SCHEDULE: '0.1' });
  });
  afterAll(async () => {
    await api?.stop();
    await receiver?.close();
  });

  it('classifies addresses: only public unicast passes', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ])
      expect(isPublicAddress(address), address).toBe(false);
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111'])
      expect(isPublicAddress(address)).toBe(true);
  });

  it('refuses private and loopback targets at creation, and again at delivery time', async () => {
    const owner = await signUpUser(api);
    const tenant = as(owner, owner.orgId);
    const create = (url: string) => api.request(CREATE, { input: { url, eventTypes: ['member.joined'] } }, tenant);
    for (const url of [
      'https://127.0.0.1/hook',
      'https://10.0.0.7/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://localhost/hook',
      'https://2130706433/hook',
      // Plain http only where private targets are allowed.
      'http://hooks.example.com/hook',
    ]) {
      expect(fieldPaths(await create(url)), url).toEqual(['input.url']);
    }
    // A name that does not resolve now is accepted; each delivery resolves and checks it again.
    const created = await create('https://hooks.example.invalid/hook');
    expect(created.errors).toBeUndefined();
    const endpointId = created.data!.createWebhookEndpoint!.endpoint.id;

    // Now it points at loopback (as a name that starts resolving to 127.0.0.1 would).
    await api.query('update webhook_endpoint set url = $1 where id = $2', [receiver.url('/ok-ssrf'), endpointId]);
    await api.request(SEND_TEST, { endpointId }, tenant);
    const failed = await waitFor(async () => {
      const read = await api.request(DELIVERIES, { endpointId }, tenant);
      const delivery = read.data!.webhookDeliveries.edges[0]?.node;
      return delivery?.status === 'FAILED' ? delivery : null;
    });
    expect(failed.attempts).toHaveLength(2);
    expect(failed.attempts[0]).toMatchObject({ succeeded: false, responseStatus: null });
    expect(failed.attempts[0]!.error).toContain('127.0.0.1, which is not a public address');
    expect(receiver.received).toEqual([]);
  });
});

describe('webhooks on two working processes', () => {
  let api: TestApi;
  let second: ApiProcess;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    const env = { DEV_MAILBOX: 'true', WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_SCHEDULE: '0.2' };
    ({ first: api, second } = await startTwoApis(env, 'warn', { ...env, JOBS_ENABLED: 'true' }));
  });
  afterAll(async () => {
    await stopTwoApis(api, second);
    await receiver?.close();
  });

  it('sends each delivery once, whichever process claims it', async () => {
    const owner = await signUpUser(api);
    const path = `/ok-multi-${randomUUID()}`;
    const created = await api.request(
      CREATE,
      { input: { url: receiver.url(path), eventTypes: ['member.joined'] } },
      as(owner, owner.orgId),
    );
    const endpointId = created.data!.createWebhookEndpoint!.endpoint.id;
    const sends = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        (index % 2 ? second : api).request(SEND_TEST, { endpointId }, as(owner, owner.orgId)),
      ),
    );
    expect(sends.every((sent) => sent.data?.sendWebhookTestEvent)).toBe(true);
    await waitFor(async () => {
      const [pending] = await api.query<{ n: number }>(
        `select count(*)::int as n from webhook_delivery where endpoint_id = $1 and status <> 'succeeded'`,
        [endpointId],
      );
      return pending!.n === 0;
    });
    const ids = receiver.at(path).map((request) => request.headers['webhook-id']);
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
    const [attempts] = await api.query<{ n: number }>(
      `select count(*)::int as n from webhook_attempt a join webhook_delivery d on d.org_id = a.org_id and d.id = a.delivery_id
        where d.endpoint_id = $1`,
      [endpointId],
    );
    expect(attempts!.n).toBe(24);
  });
});
