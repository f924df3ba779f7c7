import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.ts';
import { IdempotencyKey } from '../graphql/idempotency-key.entity.ts';
import { ApiKey } from '../modules/api-keys/api-key.entity.ts';
import { AuditEvent } from '../modules/audit/audit-event.entity.ts';
import { BillingCalendarBoundary, BillingPeriod } from '../modules/billing/billing-period.entity.ts';
import { Invoice, InvoiceLine } from '../modules/billing/invoice.entity.ts';
import { Subscription } from '../modules/billing/subscription.entity.ts';
import { UsageAlert, UsageAlertFiring } from '../modules/billing/usage-alert.entity.ts';
import { UsageEvent } from '../modules/billing/usage-event.entity.ts';
import { UsageRollup } from '../modules/billing/usage-rollup.entity.ts';
import { ExportLink } from '../modules/exports/export-link.entity.ts';
import { Invitation } from '../modules/invitations/invitation.entity.ts';
import { OutboxEmail } from '../modules/mail/outbox-email.entity.ts';
import { MemberCredit } from '../modules/members/member-credit.entity.ts';
import { BannerDismissal } from '../modules/organizations/banner-dismissal.entity.ts';
import { Membership } from '../modules/organizations/membership.entity.ts';
import { Organization } from '../modules/organizations/organization.entity.ts';
import { RefreshToken } from '../modules/sessions/refresh-token.entity.ts';
import { Session } from '../modules/sessions/session.entity.ts';
import { RecoveryCode } from '../modules/users/recovery-code.entity.ts';
import { UserToken } from '../modules/users/user-token.entity.ts';
import { User } from '../modules/users/user.entity.ts';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent } from '../modules/webhooks/webhook.entity.ts';
import { Environment } from '../modules/workspaces/environment.entity.ts';
import { WorkspaceMember } from '../modules/workspaces/workspace-member.entity.ts';
import { Workspace } from '../modules/workspaces/workspace.entity.ts';
import { RateLimit } from '../security/rate-limit.entity.ts';
import { SignInDeviceAttempt } from '../security/sign-in-device-attempt.entity.ts';
import { ENTITIES } from './entities.ts';
import { createOrm, type MikroORM } from './orm.ts';
import { sql } from './sql.ts';

/**
 * The entities describe the migrated database exactly: MikroORM's schema diff between its
 * metadata and the migrated test database is empty (tables, columns with their types,
 * nullability and defaults, primary keys, unique constraints, foreign keys with their rules,
 * check constraints, enum checks, indexes by name). Triggers, functions and row-level security
 * policies are outside MikroORM's model and are covered by their own tests.
 *
 * MikroORM compares an index declared with `expression` (partial, descending, operator class,
 * on an expression) by name only, so the second test compares those definitions themselves.
 */
describe('entities and the migrated schema', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createOrm({ clientUrl: await createTestDatabase(), poolMax: 1, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  it('MikroORM finds nothing to change', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
  });

  it('indexes that are not a plain column list are declared with the same definition', async () => {
    const declared = new Map<string, string>();
    for (const meta of Object.values(orm.getMetadata().getAll())) {
      for (const index of [...meta.indexes, ...meta.uniques]) {
        if (typeof index.expression === 'string' && index.name) declared.set(index.name, index.expression);
      }
    }
    const tables = Object.values(orm.getMetadata().getAll()).map((meta) => meta.tableName);
    const indexes = await sql<{ name: string; definition: string }>(
      orm.em.fork(),
      `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
         from pg_index i
         join pg_class c on c.oid = i.indexrelid
         join pg_class t on t.oid = i.indrelid
         join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'public' and t.relname = any(?)`,
      [tables],
    );
    const mismatches: string[] = [];
    for (const { name, definition } of indexes) {
      const expression = declared.get(name);
      if (expression === undefined) {
        // MikroORM compares these itself (columns, uniqueness).
        if (!PLAIN_INDEX.test(definition)) mismatches.push(`${name}: not declared with its expression: ${definition}`);
      } else if (canonical(expression) !== canonical(definition)) {
        mismatches.push(`${name}: declared ${expression}, migrated ${definition}`);
      }
      declared.delete(name);
    }
    for (const [name, expression] of declared) mismatches.push(`${name}: declared but not migrated: ${expression}`);
    expect(mismatches).toEqual([]);
  });

  it('every table has an entity that the unit of work writes and reads back', async () => {
    const tables = await sql<{ name: string }>(
      orm.em.fork(),
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'`,
    );
    const mapped = ENTITIES.map((entity) => orm.getMetadata().get(entity.name).tableName);
    expect([...mapped].sort()).toEqual(tables.map((table) => table.name).sort());

    const later = new Date(Date.now() + 3_600_000);
    const hash = (text: string) => Buffer.from(text.padEnd(32, '.'));
    await orm.em.fork().transactional(async (em) => {
      const organization = em.create(Organization, { id: randomUUID(), name: 'Round trip', slug: 'round-trip' });
      const user = em.create(User, { email: 'round@example.com', displayName: 'Round', passwordHash: 'x' });
      const membership = em.create(Membership, { organization, user, role: 'owner' });
      const workspace = em.create(Workspace, { organization, name: 'Main', slug: 'main' });
      const session = em.create(Session, { user, expiresAt: later });
      em.create(MemberCredit, { membership, creditLimit: 10 });
      em.create(WorkspaceMember, { orgId: organization.id, workspace, membership });
      em.create(Environment, {
        orgId: organization.id,
        workspace,
        name: 'Dev',
        slug: 'dev',
        tier: 'dev',
        deploymentHost: 'aws',
      });
      em.create(Invitation, {
        organization,
        email: 'new@example.com',
        role: 'member',
        tokenHash: hash('i'),
        expiresAt: later,
        invitedBy: user,
      });
      em.create(ApiKey, {
        organization,
        name: 'CI',
        prefix: 'op_round',
        secretHash: hash('k'),
        scopes: ['members:read'],
        createdBy: user,
      });
      em.create(AuditEvent, {
        organization,
        actorUser: user,
        action: 'test.round_trip',
        targetType: 'organization',
        after: { ok: true },
      });
      em.create(BannerDismissal, { organization, user, bannerUpdatedAt: new Date() });
      em.create(UsageEvent, {
        organization,
        meter: 'workflowRuns',
        quantity: 1,
        credits: 1,
        occurredAt: new Date(),
        source: 'test',
        idempotencyKey: 'k',
        periodStartsAt: new Date('2026-12-01T00:00:00Z'),
      });
      em.create(UsageRollup, {
        organization,
        scope: 'org',
        scopeId: organization.id,
        meter: 'workflowRuns',
        hour: new Date('2026-12-01T10:00:00Z'),
      });
      const alert = em.create(UsageAlert, { organization, kind: 'percent', threshold: 80 });
      em.create(UsageAlertFiring, {
        orgId: organization.id,
        alert,
        revision: 1,
        kind: 'percent',
        periodStartsAt: new Date(),
        value: 16_000,
        thresholdValue: 16_000,
      });
      const endpoint = em.create(WebhookEndpoint, {
        organization,
        url: 'https://hooks.example.com/orgplane',
        eventTypes: ['member.joined'],
        secretSealed: 's',
      });
      const event = em.create(WebhookEvent, { organization, type: 'member.joined', data: { ok: true } });
      const delivery = em.create(WebhookDelivery, { orgId: organization.id, endpoint, event });
      em.create(WebhookAttempt, {
        orgId: organization.id,
        delivery,
        attempt: 1,
        succeeded: false,
        responseStatus: 500,
        durationMs: 12,
      });
      em.create(Subscription, {
        organization,
        plan: 'team',
        trialEndsAt: later,
        periodStartsAt: new Date(),
        periodEndsAt: later,
      });
      const first = em.create(BillingPeriod, {
        organization,
        startsAt: new Date('2026-11-01T00:00:00Z'),
        endsAt: new Date('2026-12-01T00:00:00Z'),
        number: 1,
        kind: 'paid',
        plan: 'team',
        billingCycle: 'monthly',
        nominalEndsAt: new Date('2026-12-01T00:00:00Z'),
        closedAt: new Date('2026-12-01T00:00:00Z'),
      });
      em.create(BillingPeriod, {
        organization,
        previous: first,
        startsAt: new Date('2026-12-01T00:00:00Z'),
        endsAt: new Date('2027-01-01T00:00:00Z'),
        number: 2,
        kind: 'paid',
        plan: 'team',
        billingCycle: 'monthly',
        nominalEndsAt: new Date('2027-01-01T00:00:00Z'),
      });
      em.create(BillingCalendarBoundary, { organization, boundary: new Date('2027-02-01T00:00:00Z') });
      const invoice = em.create(Invoice, {
        organization,
        number: 1,
        period: first,
        periodStartsAt: first.startsAt,
        periodKind: 'paid',
        plan: 'team',
        billingCycle: 'monthly',
        currency: 'USD',
        basePrice: 4_900,
        proratedBase: 4_900,
        includedCredits: 20_000,
        usedCredits: 1,
        usageAmount: 0,
        total: 4_900,
      });
      em.create(InvoiceLine, {
        orgId: organization.id,
        invoice,
        line: 1,
        meter: 'workflowRuns',
        quantity: 1,
        credits: 1,
        includedCredits: 1,
        billableCredits: 0,
        unitPrice: 100,
        amount: 0,
        lateQuantity: 0,
        lateCredits: 0,
      });
      em.create(ExportLink, {
        organization,
        user,
        session,
        kind: 'usage_events',
        format: 'csv',
        params: { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', meter: null },
        tokenHash: hash('e'),
        expiresAt: later,
      });
      em.create(RefreshToken, { tokenHash: hash('r'), session, expiresAt: later });
      em.create(UserToken, { tokenHash: hash('u'), user, purpose: 'password_reset', expiresAt: later });
      em.create(RecoveryCode, { user, codeHash: hash('c') });
      em.create(IdempotencyKey, {
        scope: 's',
        key: 'k',
        requestHash: hash('h'),
        state: 'running',
        lockedUntil: later,
        expiresAt: later,
      });
      em.create(SignInDeviceAttempt, { key: 'k', attempts: 1, notBefore: new Date(), expiresAt: later });
      em.create(RateLimit, { key: 'k', points: 1 });
      em.create(OutboxEmail, {
        to: 'round@example.com',
        subject: 'Hi',
        htmlSealed: 'h',
        textSealed: 't',
        template: 'test',
      });
      user.defaultOrgId = organization.id;
    });

    const em = orm.em.fork();
    const environment = await em.findOneOrFail(Environment, { slug: 'dev' }, { populate: ['workspace'] });
    expect(environment.workspace.slug).toBe('main');
    const assignment = await em.findOneOrFail(
      WorkspaceMember,
      { workspace: environment.workspace },
      { populate: ['membership'] },
    );
    expect(assignment.membership.role).toBe('owner');
    const credit = await em.findOneOrFail(MemberCredit, { membership: assignment.membership });
    expect([credit.creditLimit, credit.usedCredits]).toEqual([10, 0]);
    const organization = await em.findOneOrFail(Organization, { slug: 'round-trip' });
    expect([organization.traceSampleRate, organization.supportTier, organization.requireMfa]).toEqual([
      '1.00',
      'community',
      false,
    ]);
    const user = await em.findOneOrFail(User, { email: 'round@example.com' });
    expect(user.defaultOrgId).toBe(organization.id);
    const counts: Record<string, number> = {};
    for (const entity of ENTITIES) counts[entity.name] = await em.count(entity);
    // Two billing periods: the second follows the first.
    expect(counts).toEqual({ ...Object.fromEntries(ENTITIES.map((entity) => [entity.name, 1])), BillingPeriod: 2 });
    const second = await em.findOneOrFail(BillingPeriod, { number: 2 }, { populate: ['previous'] });
    expect(second.previous?.number).toBe(1);
  });
});

/** A btree index on a plain list of columns, all ascending, no condition. */
const PLAIN_INDEX = /^CREATE (UNIQUE )?INDEX \w+ ON public\.\w+ USING btree \(\w+(, \w+)*\)$/;

/**
 * An index definition as PostgreSQL prints it (`CREATE INDEX … ON public.t USING btree (…)
 * WHERE ((a = 'x'::text))`) and as written in an entity, reduced to the same form: lower case,
 * without the default schema and access method, type casts, parentheses and spaces.
 */
function canonical(definition: string): string {
  return definition
    .toLowerCase()
    .replace(/ on public\./, ' on ')
    .replace(/ using btree /, ' ')
    .replace(/::[a-z_]+(\[\])?/g, '')
    .replace(/[()"\s]/g, '');
}
