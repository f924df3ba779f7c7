import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOrm } from '../../api/src/database/orm.ts';
import type { MikroORM } from '../../api/src/database/orm.ts';
import { createLogger } from '../../api/src/logger.ts';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { endOpenPeriod } from '../../api/test/support/billing.ts';
import { createTestDatabase } from '../../api/test/support/database.ts';
import { launchBrowser, recordPage, reportFailure, screenshotBothWidths, separatePages } from './support/browser.ts';
import type { PageRecord, SeparatePages } from './support/browser.ts';
import { SCREENSHOTS, REPO_ROOT, serveProductionConsole } from './support/build.ts';
import {
  expectOutcome,
  fieldError,
  graphqlRequest,
  openOrganizationAs,
  signUpOnPage,
  switcherText,
  where,
} from './support/console.ts';
import { addMemberOverApi, signInOverApi } from './support/people.ts';
import type { Person } from './support/people.ts';

/** Dates as the pages show them: British English, in UTC (the browser contexts are opened so). */
const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const CONTEXT = { locale: 'en-GB', timezoneId: 'UTC' };
const API_ROOT = path.join(REPO_ROOT, 'packages/api');

const CHANGE_PLAN = /* GraphQL */ `
  mutation ChangePlan {
    changeSubscriptionPlan(input: { planId: "team", billingCycle: MONTHLY }) {
      subscription {
        status
      }
    }
  }
`;

const RECORD_USAGE = /* GraphQL */ `
  mutation RecordUsage($input: RecordUsageInput!) {
    recordUsage(input: $input) {
      recordedCount
      refusedCount
    }
  }
`;

const INVOICES = /* GraphQL */ `
  query Invoices {
    invoices(first: 10) {
      edges {
        node {
          id
          number
          trial
          total {
            amount
          }
        }
      }
    }
  }
`;

const SETTINGS = /* GraphQL */ `
  query Settings {
    billingPeriodSettings {
      anchorDay
      fiscalCalendar
      upcoming {
        startsAt
        endsAt
      }
    }
    billingSubscription {
      currentPeriodEnd
    }
  }
`;

interface InvoiceNode {
  readonly id: string;
  readonly number: number;
  readonly trial: boolean;
  readonly total: { readonly amount: number };
}

interface Settings {
  readonly billingPeriodSettings: {
    readonly anchorDay: number;
    readonly fiscalCalendar: readonly string[];
    readonly upcoming: readonly { readonly startsAt: string; readonly endsAt: string }[];
  };
  readonly billingSubscription: { readonly currentPeriodEnd: string };
}

describe('invoices and billing periods in the production console', () => {
  let databaseUrl = '';
  let api: ApiProcess;
  let orm: MikroORM;
  let browser: Browser;
  let pages: SeparatePages;
  let owner: Page;
  let record: PageRecord;

  const stamp = Date.now();
  const ownerPerson: Person = {
    name: 'Grace Hopper',
    email: `grace.${stamp}@example.com`,
    password: 'the first compiler ever',
  };
  const adminPerson: Person = {
    name: 'Jean Sammet',
    email: `jean.${stamp}@example.com`,
    password: 'cobol by committee',
  };
  const orgName = `${ownerPerson.name}'s organization`;
  let orgId = '';
  let ownerToken = '';
  let events = 0;

  const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
  const sections = (page: Page) => page.getByRole('navigation', { name: 'Billing sections' });
  const invoiceRow = (page: Page, number: number) => panel(page, 'Invoices').locator(`tr[data-invoice="${number}"]`);
  const lineRow = (page: Page, meter: string) => panel(page, 'Usage').locator(`tr[data-meter="${meter}"]`);
  const upcomingText = (page: Page) => panel(page, 'Next periods').getByRole('listitem').allInnerTexts();

  /** A GraphQL request as the owner, in the organization. */
  async function asOwner<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    ownerToken ||= await signInOverApi(api.url, ownerPerson);
    return graphqlRequest<T>(api.url, query, variables, {
      authorization: `Bearer ${ownerToken}`,
      'x-tenant-id': orgId,
    });
  }

  /** Records one event of `meter` as the owner; `occurredAt` back-dates it. */
  async function recordUsage(meter: string, quantity: number, occurredAt?: string): Promise<void> {
    events += 1;
    const { recordUsage } = await asOwner<{ recordUsage: { recordedCount: number } }>(RECORD_USAGE, {
      input: {
        events: [{ meter, quantity, source: 'e2e', idempotencyKey: `invoice-${events}-${stamp}`, occurredAt }],
      },
    });
    expect(recordUsage.recordedCount).toBe(1);
  }

  /** The organization's invoices over the API, newest first. */
  async function invoicesOverApi(): Promise<InvoiceNode[]> {
    const { invoices } = await asOwner<{ invoices: { edges: { node: InvoiceNode }[] } }>(INVOICES);
    return invoices.edges.map((edge) => edge.node);
  }

  /**
   * Time passes: the open period ends a minute ago, and the period close runs (`cli
   * billing:close`, as an operator would) until the organization has `count` invoices (the API's
   * own job may issue them first).
   */
  async function closePeriod(count: number): Promise<void> {
    await endOpenPeriod(
      {
        // endOpenPeriod writes PostgreSQL's $n parameters; the ORM's connection takes `?` in order.
        query: (text, values = []) => {
          const ordered: unknown[] = [];
          const sql = text.replace(/\$(\d+)/g, (_, index: string) => {
            ordered.push(values[Number(index) - 1]);
            return '?';
          });
          return orm.em.getConnection().execute(sql, ordered);
        },
      },
      orgId,
    );
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'billing:close'], {
      cwd: API_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    });
    await expect.poll(async () => (await invoicesOverApi()).length).toBe(count);
  }

  const openAs = (person: Person, role: string): Promise<Page> =>
    openOrganizationAs(pages, api.url, person, { id: orgId, name: orgName }, role, CONTEXT);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    databaseUrl = await createTestDatabase();
    api = await serveProductionConsole({ DATABASE_URL: databaseUrl });
    orm = await createOrm({ clientUrl: databaseUrl, poolMax: 2, logger: createLogger({ logLevel: 'silent' }) });
    browser = await launchBrowser();
    pages = separatePages(browser);
    owner = await pages.open(CONTEXT);
    record = recordPage(owner);
  });

  afterEach(({ task }) => reportFailure(task, api, 'invoices', owner));

  afterAll(async () => {
    await pages?.closeAll();
    await browser?.close();
    await orm?.close(true);
    await api?.stop();
  });

  it('before any period closed, Invoices says when they will appear', async () => {
    await signUpOnPage(owner, api.url, ownerPerson);
    await expect.poll(() => switcherText(owner)).toMatch(new RegExp(`^${orgName} · Owner`));
    orgId = await owner.getByRole('combobox', { name: 'Organization' }).inputValue();

    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await sections(owner).getByRole('link', { name: 'Invoices' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    expect(where(owner)).toBe('/settings/billing/invoices');
    expect(await sections(owner).getByRole('link', { name: 'Invoices' }).getAttribute('aria-current')).toBe('page');
    await panel(owner, 'Invoices').getByText('No invoices yet').waitFor();
    expect(await panel(owner, 'Invoices').innerText()).toContain(
      'An invoice is issued each time a billing period closes',
    );
  });

  it('lists the trial’s invoice and the paid period’s, newest first', async () => {
    // The trial ends when a plan is chosen; usage in the paid period: 25,000 runs (20,000 of them
    // covered by Team's included credits) and 2,000,000 RAG tokens (2,000 credits, all billable).
    await asOwner(CHANGE_PLAN);
    await recordUsage('workflowRuns', 25_000);
    await recordUsage('ragTokens', 2_000_000);
    await closePeriod(2);

    await owner.reload();
    await invoiceRow(owner, 2).waitFor();
    const rows = panel(owner, 'Invoices').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().getAttribute('data-invoice')).toBe('2');
    const paid = await invoiceRow(owner, 2).innerText();
    expect(paid).toContain('INV-0002');
    expect(paid).toMatch(/Team\s+Monthly/);
    expect(paid).toContain('$7.00');
    expect(paid).toContain(DAY.format(new Date()));
    const trial = await invoiceRow(owner, 1).innerText();
    expect(trial).toContain('INV-0001');
    expect(trial).toMatch(/Team\s+Trial/);
    expect(trial).toContain('$0.00');
    await panel(owner, 'Invoices').getByText('Showing 2 invoices.').waitFor();
    await screenshotBothWidths(owner, 'invoices-list');
  });

  it('an invoice shows its period, plan, lines per meter, proration and total', async () => {
    await invoiceRow(owner, 2).getByRole('link', { name: 'INV-0002' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Invoice INV-0002' }).waitFor();
    expect(where(owner)).toMatch(/^\/settings\/billing\/invoices\/[0-9a-f-]{36}$/);
    // The invoices' section stays current on an invoice's own page.
    expect(await sections(owner).getByRole('link', { name: 'Invoices' }).getAttribute('aria-current')).toBe('page');

    const facts = await panel(owner, 'Summary').locator('dl').innerText();
    expect(facts).toMatch(/Invoice\s+INV-0002/);
    expect(facts).toMatch(/Plan\s+Team, monthly/);
    expect(facts).toMatch(/Issued\s+\d{1,2} \w{3} \d{4}/);
    expect(facts).toMatch(/Included credits\s+20,000 credits; 27,000 credits used/);

    const runs = await lineRow(owner, 'WORKFLOW_RUNS').innerText();
    expect(runs).toMatch(
      /^Workflow runs\s+25,000 runs\s+25,000\s+20,000\s+5,000\s+\$1\.00\s+per 1,000 credits\s+\$5\.00$/,
    );
    const tokens = await lineRow(owner, 'RAG_TOKENS').innerText();
    expect(tokens).toMatch(
      /^RAG tokens\s+2,000,000 tokens\s+2,000\s+0\s+2,000\s+\$1\.00\s+per 1,000 credits\s+\$2\.00$/,
    );

    // The period lasted moments, not a month: the base price is prorated, and the page says why.
    const total = await panel(owner, 'Total').innerText();
    expect(total).toMatch(/Base price\s+\$49\.00/);
    expect(total).toMatch(/Prorated base price\s+\$0\.00/);
    expect(total).toMatch(/Usage\s+\$7\.00/);
    expect(total).toMatch(/Total\s+\$7\.00/);
    expect(total).toContain('so the base price of $49.00 is charged in proportion to its length');
    await screenshotBothWidths(owner, 'invoice-detail');

    // Download CSV saves the invoice's lines, each with the invoice's number and total.
    const [download] = await Promise.all([
      owner.waitForEvent('download'),
      panel(owner, 'Summary').getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('invoice-0002.csv');
    const saved = path.join(SCREENSHOTS, 'invoice-0002.csv');
    await download.saveAs(saved);
    const rows = parse(readFileSync(saved, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => [row.invoiceNumber, row.meter, row.amount, row.total])).toEqual([
      ['2', 'workflowRuns', '500', '700'],
      ['2', 'voiceMinutes', '0', '700'],
      ['2', 'toolSpend', '0', '700'],
      ['2', 'ragTokens', '200', '700'],
    ]);

    await owner.getByRole('link', { name: 'All invoices' }).click();
    await invoiceRow(owner, 1).getByRole('link', { name: 'INV-0001' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Invoice INV-0001' }).waitFor();
    await owner.getByText('Trial — nothing to pay').first().waitFor();
    expect(await panel(owner, 'Total').innerText()).toMatch(/Base price\s+Free during the trial/);
  });

  it('usage recorded after its period closed is billed in the next one, and its line says so', async () => {
    await recordUsage('workflowRuns', 40, new Date(Date.now() - 60 * 60 * 1000).toISOString());
    await closePeriod(3);
    const [latest] = await invoicesOverApi();
    await owner.goto(`${api.url}/settings/billing/invoices/${latest!.id}`);
    await owner.getByRole('heading', { level: 1, name: 'Invoice INV-0003' }).waitFor();
    expect(await lineRow(owner, 'WORKFLOW_RUNS').innerText()).toContain(
      'Includes 40 runs from earlier periods (40 credits), recorded after they closed.',
    );
  });

  it('the owner changes the day periods end on: the preview follows, from the next period', async () => {
    await sections(owner).getByRole('link', { name: 'Billing periods' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Billing periods' }).waitFor();
    expect(where(owner)).toBe('/settings/billing/periods');
    const settingsPanel = panel(owner, 'Period settings');
    await settingsPanel.getByText('Changes apply from the next period').waitFor();
    const before = await asOwner<Settings>(SETTINGS);
    const periodEnd = DAY.format(new Date(before.billingSubscription.currentPeriodEnd));
    expect(await settingsPanel.locator('dl').first().innerText()).toContain(periodEnd);
    await expect.poll(() => upcomingText(owner)).toHaveLength(before.billingPeriodSettings.upcoming.length);
    const previewBefore = await upcomingText(owner);

    // The history: the open period first, the closed ones with their invoices.
    const history = panel(owner, 'Period history');
    await history.locator('tr[data-period="1"]').waitFor();
    expect(await history.locator('tr[data-period="1"]').innerText()).toMatch(/Trial[\s\S]*INV-0001/);
    expect(await history.locator('tr[data-period="4"]').innerText()).toMatch(/Current[\s\S]*When it closes/);
    await history.locator('tr[data-period="2"]').getByRole('link', { name: 'INV-0002' }).waitFor();

    const anchor = settingsPanel.getByRole('combobox', { name: 'Periods end on' });
    const newDay = before.billingPeriodSettings.anchorDay === 31 ? '15' : '31';
    await anchor.selectOption(newDay);
    if (newDay === '31') await settingsPanel.getByText('In months shorter than 31 days').waitFor();
    await settingsPanel.getByRole('button', { name: 'Save period settings' }).click();
    await expectOutcome(owner, settingsPanel.getByText('Saved. Changes apply from the next period'));
    expect(await settingsPanel.getByRole('status').innerText()).toContain(`the current one still ends on ${periodEnd}`);

    const after = await asOwner<Settings>(SETTINGS);
    expect(after.billingPeriodSettings.anchorDay).toBe(Number(newDay));
    // The current period keeps its end; the preview is the API's new one.
    expect(after.billingSubscription.currentPeriodEnd).toBe(before.billingSubscription.currentPeriodEnd);
    const expected = after.billingPeriodSettings.upcoming.map(
      (span) => `${DAY.format(new Date(span.startsAt))} – ${DAY.format(new Date(span.endsAt))}`,
    );
    await expect
      .poll(async () => (await upcomingText(owner)).map((text) => text.replace(/\s+\(\d+ days?\)$/, '')))
      .toEqual(expected);
    expect(await upcomingText(owner)).not.toEqual(previewBefore);
    await screenshotBothWidths(owner, 'billing-periods');
  });

  it('the fiscal calendar: a boundary too far is refused next to the field, a 4-4-5 quarter is saved', async () => {
    const settingsPanel = panel(owner, 'Period settings');
    await settingsPanel.getByRole('button', { name: 'Add a boundary' }).click();
    const first = settingsPanel.getByLabel('Period 1 ends');
    const { billingSubscription } = await asOwner<Settings>(SETTINGS);
    const tooFar = new Date(Date.parse(billingSubscription.currentPeriodEnd) + 500 * 86_400_000);
    await first.fill(tooFar.toISOString().slice(0, 10));
    await settingsPanel.getByRole('button', { name: 'Save period settings' }).click();
    expect(await fieldError(owner, first)).toMatch(/Boundary 1 must be at most 400 days after/);

    await settingsPanel.getByRole('button', { name: 'Remove period 1’s end' }).click();
    await settingsPanel.getByRole('button', { name: 'Add a 4-4-5 quarter' }).click();
    expect(await settingsPanel.getByLabel(/^Period \d ends$/).count()).toBe(3);
    await settingsPanel.getByRole('button', { name: 'Save period settings' }).click();
    await expectOutcome(owner, settingsPanel.getByText('Saved. Changes apply from the next period'));

    const saved = await asOwner<Settings>(SETTINGS);
    expect(saved.billingPeriodSettings.fiscalCalendar).toHaveLength(3);
    await expect
      .poll(async () => (await upcomingText(owner)).slice(0, 3).map((text) => /\((\d+) days?\)$/.exec(text)?.[1]))
      .toEqual(['28', '28', '35']);
    await screenshotBothWidths(owner, 'billing-periods-calendar');
  });

  it('an admin sees the invoices and the period settings read-only', async () => {
    ownerToken ||= await signInOverApi(api.url, ownerPerson);
    await addMemberOverApi(api.url, ownerToken, orgId, adminPerson, 'ADMIN');
    const admin = await openAs(adminPerson, 'Admin');

    await admin.goto(`${api.url}/settings/billing/invoices`);
    await invoiceRow(admin, 3).waitFor();
    await sections(admin).getByRole('link', { name: 'Billing periods' }).click();
    await admin.getByText('You can view the billing periods, not change them').waitFor();
    const settingsPanel = panel(admin, 'Period settings');
    await settingsPanel.getByText('Changes apply from the next period').waitFor();
    expect(await settingsPanel.innerText()).toMatch(/Periods end on\s+The \d+\w\w of the month/);
    expect(await settingsPanel.getByRole('combobox').count()).toBe(0);
    expect(await settingsPanel.getByRole('button').count()).toBe(0);
    expect(await settingsPanel.locator('input').count()).toBe(0);
    expect(await settingsPanel.getByText(/^Period \d ends$/).count()).toBe(3);
    await panel(admin, 'Next periods').getByRole('listitem').first().waitFor();
    await screenshotBothWidths(admin, 'billing-periods-admin');
  });

  it('logged no errors on the owner’s page', () => {
    expect(record.errors).toEqual([]);
  });
});
