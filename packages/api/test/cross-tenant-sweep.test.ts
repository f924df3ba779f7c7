import { isNonNullType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm } from '../src/database/orm.ts';
import { buildBareSchema } from '../src/graphql/schema.ts';
import { InvoiceService } from '../src/modules/billing/invoice.service.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { as, signUpUser, type TestUser } from './support/identity.ts';
import { addMember, invite, ownMembershipId } from './support/members.ts';
import { fillInput, operationDocument, rootOperations, takesId } from './support/schema-walk.ts';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/** A value for an input type with `id` in every ID position and `password` in password fields. */
function fill(type: GraphQLInputType, id: string, password: string, name = ''): unknown {
  return fillInput(
    type,
    (leafName, scalar) => {
      if (scalar === 'ID') return id;
      if (scalar === 'Int' || scalar === 'SafeInt') return 1;
      if (scalar === 'Boolean') return false;
      return /password/i.test(leafName) ? password : 'x';
    },
    (field) => isNonNullType(field.type) || takesId(field.type),
    name,
  );
}

/**
 * Every id of tenant A, fed to every operation that takes an id, as tenant B's owner: the
 * answer must be the one a nonexistent id gets, and carry none of A's data.
 */
describe('cross-tenant sweep', () => {
  let api: TestApi;
  let ownerA: TestUser;
  let ownerB: TestUser;
  const idsOfA: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
    ownerA = await signUpUser(api, { displayName: 'Alpha' });
    ownerB = await signUpUser(api, { displayName: 'Bravo' });
    const adminA = await addMember(api, ownerA, 'ADMIN');
    const [pending] = await invite(api, ownerA, ownerA.orgId, [{ email: 'pending-in-a@example.com', role: 'VIEWER' }]);
    const [session] = await api.query<{ id: string }>('select id from session where user_id = $1 limit 1', [
      ownerA.userId,
    ]);
    const workspace = await api.graphql<{ createWorkspace: { workspace: { id: string } } }>(
      'mutation { createWorkspace(input: { name: "Alpha Space" }) { workspace { id } } }',
      {},
      as(ownerA, ownerA.orgId),
    );
    const workspaceId = workspace.data!.createWorkspace.workspace.id;
    const environment = await api.graphql<{ createEnvironment: { environment: { id: string } } }>(
      'mutation($w: ID!) { createEnvironment(input: { workspaceId: $w, name: "Alpha Prod", tier: PROD, deploymentHost: LOCALHOST }) { environment { id } } }',
      { w: workspaceId },
      as(ownerA, ownerA.orgId),
    );
    const alert = await api.graphql<{ createUsageAlert: { alert: { id: string } } }>(
      'mutation { createUsageAlert(input: { kind: CREDITS, threshold: 500 }) { alert { id } } }',
      {},
      as(ownerA, ownerA.orgId),
    );
    // A's trial ends with a plan chosen: its invoice is issued.
    await api.graphql(
      'mutation { changeSubscriptionPlan(input: { planId: "team", billingCycle: MONTHLY }) { subscription { status } } }',
      {},
      as(ownerA, ownerA.orgId),
    );
    const orm = await createOrm({ clientUrl: api.databaseUrl, poolMax: 1, logger: pino({ level: 'silent' }) });
    await InvoiceService.issueDue(orm.em.fork()).finally(() => orm.close(true));
    const [invoice] = await api.query<{ id: string }>('select id from invoice where org_id = $1', [ownerA.orgId]);
    const endpoint = await api.graphql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      'mutation { createWebhookEndpoint(input: { url: "https://hooks.alpha.invalid/in", eventTypes: ["member.joined"] }) { endpoint { id } } }',
      {},
      as(ownerA, ownerA.orgId),
    );
    const endpointId = endpoint.data!.createWebhookEndpoint.endpoint.id;
    const test = await api.graphql<{ sendWebhookTestEvent: { delivery: { id: string; eventId: string } } }>(
      'mutation($id: ID!) { sendWebhookTestEvent(input: { endpointId: $id }) { delivery { id eventId } } }',
      { id: endpointId },
      as(ownerA, ownerA.orgId),
    );
    Object.assign(idsOfA, {
      'owner membership': await ownMembershipId(api, ownerA),
      'admin membership': adminA.membershipId,
      invitation: pending!.invitation!.id,
      organization: ownerA.orgId,
      'owner user': ownerA.userId,
      session: session!.id,
      workspace: workspaceId,
      environment: environment.data!.createEnvironment.environment.id,
      'usage alert': alert.data!.createUsageAlert.alert.id,
      invoice: invoice!.id,
      'webhook endpoint': endpointId,
      'webhook delivery': test.data!.sendWebhookTestEvent.delivery.id,
      'webhook event': test.data!.sendWebhookTestEvent.delivery.eventId,
    });
  });
  afterAll(() => api.stop());

  /** Every root operation with an ID argument or input field. */
  async function operationsTakingIds(): Promise<Array<['query' | 'mutation', GraphQLField<unknown, unknown>]>> {
    return rootOperations(await buildBareSchema())
      .filter(({ field }) => field.args.some((arg) => takesId(arg.type)))
      .map(({ operation, field }) => [operation, field]);
  }

  /** Calls `field` as tenant B's owner with `id` in every ID position. */
  async function callWithId(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, id: string) {
    const args = field.args.filter((arg) => isNonNullType(arg.type) || takesId(arg.type));
    const variables = Object.fromEntries(args.map((arg) => [arg.name, fill(arg.type, id, ownerB.password, arg.name)]));
    const query = operationDocument(operation, [{ field, args }]);
    const response = await api.graphql(query, variables, as(ownerB, ownerB.orgId));
    return {
      data: response.data,
      errors: (response.errors ?? []).map((error) => ({ message: error.message, code: error.extensions?.code })),
    };
  }

  it('answers A’s ids exactly like a nonexistent id, with none of A’s data', async () => {
    const operations = await operationsTakingIds();
    expect(operations.map(([, field]) => field.name).sort()).toEqual(
      expect.arrayContaining([
        'archiveMember',
        'changeMemberRole',
        'resendInvitation',
        'revokeInvitation',
        'transferOwnership',
      ]),
    );

    const secretsOfA = [
      ownerA.email,
      'pending-in-a@example.com',
      "Alpha's organization",
      'Alpha Space',
      'Alpha Prod',
      'hooks.alpha.invalid',
      ...Object.values(idsOfA),
    ];
    const failures: string[] = [];
    for (const [operation, field] of operations) {
      const run = (id: string) => callWithId(operation, field, id);
      const baseline = await run(MISSING_ID);
      for (const [label, id] of Object.entries(idsOfA)) {
        const answer = await run(id);
        if (JSON.stringify(answer) !== JSON.stringify(baseline)) {
          failures.push(`${field.name} with A's ${label}: ${JSON.stringify(answer)} vs ${JSON.stringify(baseline)}`);
        }
        const text = JSON.stringify(answer);
        for (const secret of secretsOfA) if (text.includes(secret)) failures.push(`${field.name} leaked ${secret}`);
      }
    }
    expect(failures).toEqual([]);

    // Nothing of A changed.
    const [state] = await api.query<{
      owners: number;
      archived: number;
      pending: number;
      environments: number;
      credentials: number;
      restricted: number;
      alerts: number;
      endpoints: number;
      deliveries: number;
    }>(
      `select (select count(*)::int from membership where org_id = $1 and role = 'owner' and status = 'active') as owners,
              (select count(*)::int from membership where org_id = $1 and status = 'archived') as archived,
              (select count(*)::int from invitation where org_id = $1 and status = 'pending') as pending,
              (select count(*)::int from environment where org_id = $1) as environments,
              (select count(*)::int from environment where org_id = $1 and credentials_sealed is not null) as credentials,
              (select count(*)::int from workspace where org_id = $1 and restricted) as restricted,
              (select count(*)::int from usage_alert where org_id = $1 and threshold = 500) as alerts,
              (select count(*)::int from webhook_endpoint where org_id = $1 and enabled) as endpoints,
              (select count(*)::int from webhook_delivery where org_id = $1) as deliveries`,
      [ownerA.orgId],
    );
    expect(state).toEqual({
      owners: 1,
      archived: 0,
      pending: 1,
      environments: 1,
      credentials: 0,
      restricted: 0,
      alerts: 1,
      endpoints: 1,
      deliveries: 1,
    });
  });

  it('exports only the caller’s own tenant, and a link of A works for none of B’s people', async () => {
    const range = { from: '2026-12-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
    await api.query(
      `insert into usage_event (org_id, meter, quantity, credits, occurred_at, source, idempotency_key, period_starts_at)
       values ($1, 'workflowRuns', 1, 1, '2026-12-02T00:00:00Z', 'alpha-source', 'alpha-key', (select period_starts_at from subscription where org_id = $1))`,
      [ownerA.orgId],
    );
    const exportAs = (user: TestUser, orgId: string) =>
      api.graphql<{ createUsageExport: { url: string } | null }>(
        'mutation($input: CreateUsageExportInput!) { createUsageExport(input: $input) { url } }',
        { input: { kind: 'USAGE_EVENTS', format: 'JSON', ...range } },
        as(user, orgId),
      );
    // B's owner naming A's org as tenant: refused like any tenant they are not in.
    const foreign = await exportAs(ownerB, ownerA.orgId);
    expect(foreign.errors?.map((error) => error.extensions?.code)).toEqual(['TENANT_NOT_FOUND']);
    // B's own export holds none of A's events.
    const own = await exportAs(ownerB, ownerB.orgId);
    const body = await (await fetch(`${api.url}${own.data!.createUsageExport!.url}`)).text();
    expect(JSON.parse(body)).toEqual([]);
    expect(body).not.toContain('alpha');
    // A's link, bound to A's org and owner: moved to B's org (as no API call can), it is refused,
    // since A's owner is no member of B.
    const ofA = await exportAs(ownerA, ownerA.orgId);
    const token = ofA.data!.createUsageExport!.url.slice('/exports/'.length);
    await api.query(`update export_link set org_id = $1 where token_hash = sha256(convert_to($2, 'UTF8'))`, [
      ownerB.orgId,
      token,
    ]);
    const moved = await fetch(`${api.url}/exports/${token}`);
    expect(moved.status).toBe(403);
    expect(await moved.text()).not.toContain('alpha');
  });

  it('answers a malformed id with VALIDATION_FAILED in every operation that takes one', async () => {
    const failures: string[] = [];
    for (const [operation, field] of await operationsTakingIds()) {
      const answer = await callWithId(operation, field, 'not-an-id');
      const codes = answer.errors.map((error) => error.code);
      if (!codes.includes('VALIDATION_FAILED') || codes.includes('INTERNAL_SERVER_ERROR')) {
        failures.push(`${field.name}: ${JSON.stringify(answer.errors)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
