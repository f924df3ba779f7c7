import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ApiProcess } from '../../../test/support/api-process.ts';
import type { TestApi } from '../../../test/support/api.ts';
import { testDataDir } from '../../../test/support/api.ts';
import { as, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { startTwoApis } from '../../../test/support/two-apis.ts';
import { parseConfig } from '../../config.ts';
import { AccessTokens } from '../../security/access-tokens.ts';
import { loadServerSecrets } from '../../security/secrets.ts';

const USAGE_RECORDED = /* GraphQL */ `
  subscription UsageRecorded {
    usageRecorded {
      meters {
        meter
        quantity
      }
    }
  }
`;

const RECORD = `mutation($input: RecordUsageInput!) { recordUsage(input: $input) { recordedCount } }`;

type Totals = { usageRecorded: { meters: Array<{ meter: string; quantity: number }> } };

/** A graphql-ws client of `api` as `user` in `tenant`. */
function liveClient(api: { url: string }, user: TestUser | null, tenant: string): Client {
  return createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: user ? { authorization: `Bearer ${user.accessToken}`, tenantId: tenant } : {},
    retryAttempts: 0,
    lazy: false,
    // A refused connection is what some tests expect: they read its close code from the subscription.
    onNonLazyError: () => {},
  });
}

/** Subscribes and collects results; `next(predicate)` waits (up to 10 s) for a matching one. */
function collect(client: Client) {
  const results: Array<{ data?: Totals | null; errors?: unknown }> = [];
  const waiters: Array<() => void> = [];
  let failure: unknown = null;
  const dispose = client.subscribe<Totals>(
    { query: USAGE_RECORDED },
    {
      next: (result) => {
        results.push(result as never);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: (error) => {
        failure = error;
        waiters.splice(0).forEach((wake) => wake());
      },
      complete: () => {},
    },
  );
  return {
    results,
    dispose,
    failed: () => failure,
    async next(predicate: (totals: Totals) => boolean): Promise<Totals> {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = results.find((result) => result.data && predicate(result.data));
        if (found) return found.data!;
        if (failure) throw new Error(`subscription failed: ${JSON.stringify(failure)}`);
        if (Date.now() > deadline) throw new Error(`no matching push: ${JSON.stringify(results)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 250);
        });
      }
    },
  };
}

const quantity = (totals: Totals, meter: string) =>
  totals.usageRecorded.meters.find((entry) => entry.meter === meter)!.quantity;

describe('live usage over WebSocket', () => {
  let first: TestApi;
  let second: ApiProcess;
  let owner: TestUser;
  const clients: Client[] = [];

  beforeAll(async () => {
    ({ first, second } = await startTwoApis({ JOBS_ENABLED: 'false' }));
    owner = await signUpUser(first);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await second?.stop();
    await first?.stop();
  });

  it('pushes new totals to a subscriber on process B when usage is recorded through process A', async () => {
    const client = liveClient(second, owner, owner.orgId);
    clients.push(client);
    const feed = collect(client);
    // The current totals come at once.
    await feed.next((totals) => quantity(totals, 'workflowRuns') === 0);
    const recorded = await first.graphql(
      RECORD,
      { input: { events: [{ meter: 'workflowRuns', quantity: 7, source: 'test', idempotencyKey: randomUUID() }] } },
      as(owner, owner.orgId),
    );
    expect(recorded.errors).toBeUndefined();
    const pushed = await feed.next((totals) => quantity(totals, 'workflowRuns') === 7);
    expect(quantity(pushed, 'voiceMinutes')).toBe(0);
    feed.dispose();
  });

  it('hears nothing of another organization, and refuses connections without a live session and membership', async () => {
    const stranger = await signUpUser(first);
    const client = liveClient(second, stranger, stranger.orgId);
    clients.push(client);
    const feed = collect(client);
    await feed.next(() => true);
    await first.graphql(
      RECORD,
      { input: { events: [{ meter: 'ragTokens', quantity: 5, source: 'test', idempotencyKey: randomUUID() }] } },
      as(owner, owner.orgId),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(feed.results).toHaveLength(1);
    feed.dispose();

    for (const [user, tenant] of [
      [null, owner.orgId],
      [stranger, owner.orgId],
    ] as const) {
      const refused = liveClient(first, user, tenant);
      clients.push(refused);
      const attempt = collect(refused);
      await expect(attempt.next(() => true)).rejects.toThrow(/subscription failed/);
      expect((attempt.failed() as { code?: number }).code).toBe(4403);
    }
  });

  it('closes the socket with 4403 when the access token expires, so the client reconnects with a fresh one', async () => {
    // The test servers' own signing key, issuing a token for the owner's session that lives 3 s.
    const config = parseConfig({ DATA_DIR: testDataDir, NODE_ENV: 'test' });
    const shortLived = new AccessTokens(await loadServerSecrets(config), { ...config.jwt, ttlSeconds: 3 });
    const { sid } = JSON.parse(Buffer.from(owner.accessToken.split('.')[1]!, 'base64url').toString()) as {
      sid: string;
    };
    const { token } = await shortLived.issue({ userId: owner.userId, sessionId: sid });
    const client = liveClient(second, { ...owner, accessToken: token }, owner.orgId);
    clients.push(client);
    const feed = collect(client);
    await feed.next(() => true);
    await expect.poll(() => feed.failed(), { timeout: 10_000 }).toBeTruthy();
    expect(feed.failed()).toMatchObject({ code: 4403, reason: 'Access token expired' });
  });

  it('runs only subscriptions over WebSocket: a mutation sent there is refused and changes nothing', async () => {
    const client = liveClient(first, owner, owner.orgId);
    clients.push(client);
    const key = randomUUID();
    const result = await new Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>((resolve, reject) => {
      client.subscribe(
        {
          query: RECORD,
          variables: { input: { events: [{ meter: 'workflowRuns', quantity: 1, source: 'ws', idempotencyKey: key }] } },
        },
        { next: (value) => resolve(value as never), error: reject, complete: () => {} },
      );
    });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_REQUEST']);
    expect(await first.query('select 1 from usage_event where idempotency_key = $1', [key])).toHaveLength(0);
  });
});
