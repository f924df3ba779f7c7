import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { launchBrowser, recordPage, reportFailure, screenshotBothWidths, separatePages } from './support/browser.ts';
import type { PageRecord, SeparatePages } from './support/browser.ts';
import { SCREENSHOTS, serveProductionConsole } from './support/build.ts';
import {
  expectOutcome,
  graphqlRequest,
  openOrganizationAs,
  signUpOnPage,
  switcherText,
  where,
} from './support/console.ts';
import { addMemberOverApi, signInOverApi } from './support/people.ts';
import type { Person } from './support/people.ts';

/** Dates and numbers as the pages show them: British English, in UTC (the browser contexts are opened so). */
const CONTEXT = { locale: 'en-GB', timezoneId: 'UTC' };

const CREATE_API_KEY = /* GraphQL */ `
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
    }
  }
`;

const EXCHANGE_API_KEY = /* GraphQL */ `
  mutation ExchangeApiKey($secret: String!) {
    exchangeApiKey(input: { secret: $secret }) {
      accessToken
      scopes
    }
  }
`;

const CREATE_WORKSPACE = /* GraphQL */ `
  mutation CreateWorkspace($name: String!) {
    createWorkspace(input: { name: $name }) {
      workspace {
        id
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

/** One usage event as a service sends it. */
interface UsageEvent {
  readonly meter: 'workflowRuns' | 'voiceMinutes' | 'toolSpend' | 'ragTokens';
  readonly quantity: number;
  readonly source: string;
  readonly idempotencyKey: string;
  readonly membershipId?: string;
  readonly workspaceId?: string;
  readonly model?: string;
}

describe('the Usage and AI costs pages in the production console', () => {
  let api: ApiProcess;
  let browser: Browser;
  let pages: SeparatePages;
  let owner: Page;
  let record: PageRecord;

  const stamp = Date.now();
  const ownerPerson: Person = {
    name: 'Grace Hopper',
    email: `grace.${stamp}@example.com`,
    password: 'nanoseconds on a wire',
  };
  const memberPerson: Person = {
    name: 'Jean Sammet',
    email: `jean.${stamp}@example.com`,
    password: 'common business language',
  };
  const viewerPerson: Person = {
    name: 'Betty Holberton',
    email: `betty.${stamp}@example.com`,
    password: 'sort merge generator',
  };
  const orgName = `${ownerPerson.name}'s organization`;
  let orgId = '';
  let ownerToken = '';
  let memberId = '';
  let keyToken = '';

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
  const panel = (page: Page, name: string) => page.getByRole('region', { name });
  const meterCard = (page: Page, label: string) =>
    panel(page, 'This billing period').getByRole('article', { name: label });
  const chart = (page: Page, label: string) => page.getByRole('figure', { name: label }).getByRole('img');

  /** Records `events` as a service would: with the API key's access token and the organization in `x-tenant-id`. */
  async function recordUsage(events: readonly UsageEvent[]): Promise<void> {
    const { recordUsage: outcome } = await graphqlRequest<{
      recordUsage: { recordedCount: number; refusedCount: number };
    }>(api.url, RECORD_USAGE, { input: { events } }, { authorization: `Bearer ${keyToken}`, 'x-tenant-id': orgId });
    expect(outcome).toEqual({ recordedCount: events.length, refusedCount: 0 });
  }

  /** Signs `person` in on a page of their own and opens the owner's organization there. */
  const openAs = (person: Person, role: string): Promise<Page> =>
    openOrganizationAs(pages, api.url, person, { id: orgId, name: orgName }, role, CONTEXT);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    api = await serveProductionConsole();
    browser = await launchBrowser();
    pages = separatePages(browser);
    owner = await pages.open(CONTEXT);
    record = recordPage(owner);
  });

  afterEach(({ task }) => reportFailure(task, api, 'usage', owner));

  afterAll(async () => {
    await pages?.closeAll();
    await browser?.close();
    await api?.stop();
  });

  it('the owner finds Usage in the navigation; before any usage it says how usage is recorded', async () => {
    await signUpOnPage(owner, api.url, ownerPerson);
    await expect.poll(() => switcherText(owner)).toMatch(new RegExp(`^${orgName} · Owner`));
    orgId = await owner.getByRole('combobox', { name: 'Organization' }).inputValue();

    await nav(owner).getByRole('link', { name: 'Usage' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Usage' }).waitFor();
    expect(where(owner)).toBe('/usage');

    const empty = owner.getByRole('status').filter({ hasText: 'No usage recorded this billing period yet' });
    await empty.waitFor();
    const text = await empty.innerText();
    expect(text).toContain('Record usage');
    expect(text).toContain('recordUsage');
    expect(await empty.getByRole('link', { name: 'Create an API key' }).getAttribute('href')).toBe(
      '/settings/api-keys',
    );
    // The page says when it last fetched its figures.
    await owner.getByText(/^Updated \d{2}:\d{2}:\d{2}$/).waitFor();
    expect(await owner.getByText(/^Billing period: \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}$/).count()).toBe(1);
    // The owner sees costs: the AI costs page is one link away.
    expect(
      await owner.getByRole('navigation', { name: 'Usage sections' }).getByRole('link', { name: 'AI costs' }).count(),
    ).toBe(1);
    await screenshotBothWidths(owner, 'usage-empty');
  });

  it('usage recorded with an API key shows on the totals, charts and top lists without a reload', async () => {
    ownerToken = await signInOverApi(api.url, ownerPerson);
    const owned = { authorization: `Bearer ${ownerToken}`, 'x-tenant-id': orgId };
    ({ membershipId: memberId } = await addMemberOverApi(api.url, ownerToken, orgId, memberPerson, 'MEMBER'));
    const { createWorkspace } = await graphqlRequest<{ createWorkspace: { workspace: { id: string } } }>(
      api.url,
      CREATE_WORKSPACE,
      { name: 'Support desk' },
      owned,
    );
    const workspaceId = createWorkspace.workspace.id;

    // A key that may only record usage, exchanged for an access token as a service would.
    const { createApiKey } = await graphqlRequest<{ createApiKey: { secret: string } }>(
      api.url,
      CREATE_API_KEY,
      { input: { name: 'Metering service', scopes: ['usage.record'] } },
      owned,
    );
    const { exchangeApiKey } = await graphqlRequest<{ exchangeApiKey: { accessToken: string; scopes: string[] } }>(
      api.url,
      EXCHANGE_API_KEY,
      { secret: createApiKey.secret },
    );
    expect(exchangeApiKey.scopes).toEqual(['usage.record']);
    keyToken = exchangeApiKey.accessToken;

    // The page stays open while usage arrives: a reload would lose this mark.
    await owner.evaluate(() => Object.assign(window, { usageStoryMark: 'still the same page' }));
    await recordUsage([
      {
        meter: 'workflowRuns',
        quantity: 12,
        source: 'scheduler',
        idempotencyKey: `runs-${stamp}`,
        membershipId: memberId,
        workspaceId,
      },
      {
        meter: 'ragTokens',
        quantity: 120_000,
        source: 'retriever',
        idempotencyKey: `rag-${stamp}`,
        membershipId: memberId,
        model: 'gpt-4o',
      },
      {
        meter: 'toolSpend',
        quantity: 1_234,
        source: 'web-search',
        idempotencyKey: `tools-${stamp}`,
        membershipId: memberId,
        model: 'claude-sonnet-4',
      },
      { meter: 'voiceMinutes', quantity: 5, source: 'phone-line', idempotencyKey: `voice-${stamp}`, workspaceId },
    ]);

    // The API's push brings it (the fallback poll, every 30 s, is longer than this wait): the empty
    // state gives way to the totals.
    await expect.poll(() => meterCard(owner, 'Workflow runs').count()).toBe(1);
    expect(await owner.evaluate(() => (window as { usageStoryMark?: string }).usageStoryMark)).toBe(
      'still the same page',
    );
    expect(await meterCard(owner, 'Workflow runs').innerText()).toMatch(/12 runs\s+1 event · 12 credits/);
    expect(await meterCard(owner, 'Voice minutes').innerText()).toMatch(/5 minutes\s+1 event · 15 credits/);
    expect(await meterCard(owner, 'Tool spend').innerText()).toMatch(/\$12\.34\s+1 event · 1,234 credits/);
    expect(await meterCard(owner, 'RAG tokens').innerText()).toMatch(/120,000 tokens\s+1 event · 120 credits/);
    // Team (the trial's plan): 12 + 15 + 1,234 + 120 credits of the 20,000 it includes.
    expect(await panel(owner, 'This billing period').innerText()).toMatch(
      /1,381 credits\s*used of 20,000 included \(6\.9%\)/,
    );

    // The charts: last 30 days by day, then the last 24 hours by hour; each bar chart says what it shows.
    await expect
      .poll(() => chart(owner, 'Workflow runs').getAttribute('aria-label'))
      .toMatch(
        /^Workflow runs per day \(UTC\) over the last 30 days: 12 runs in total; most on \d{1,2} \w+ \d{4}: 12 runs\.$/,
      );
    await expect
      .poll(() => chart(owner, 'Workflow runs').locator('.recharts-bar-rectangle path').count())
      .toBeGreaterThan(0);
    expect(await chart(owner, 'Voice minutes').getAttribute('aria-label')).toContain('5 minutes in total');
    await screenshotBothWidths(owner, 'usage-data');

    await panel(owner, 'Over time').getByRole('radio', { name: 'Last 24 hours' }).check();
    await expect
      .poll(() => chart(owner, 'RAG tokens').getAttribute('aria-label'))
      .toMatch(/^RAG tokens per hour over the last 24 hours: 120,000 tokens in total; most at /);
    expect(await owner.getByRole('figure', { name: 'Tool spend' }).innerText()).toContain(
      '$12.34 in the last 24 hours',
    );

    // Top members and workspaces: all meters, by credits.
    const topMembers = owner.getByRole('region', { name: 'Top members', exact: true });
    await expect.poll(() => topMembers.getByRole('row').count()).toBe(2);
    expect(await topMembers.getByRole('row').nth(1).innerText()).toMatch(/Jean Sammet\s+3\s+1,366/);
    const topWorkspaces = owner.getByRole('region', { name: 'Top workspaces', exact: true });
    expect(await topWorkspaces.getByRole('row').nth(1).innerText()).toMatch(/Support desk\s+2\s+27/);
    // One meter: ranked by its quantity, in its unit.
    await owner.getByLabel('Rank by').selectOption({ label: 'Tool spend' });
    await expect
      .poll(() => topMembers.getByRole('row').nth(1).innerText())
      .toMatch(/Jean Sammet\s+\$12\.34\s+1\s+1,234/);
    await expect
      .poll(() => topWorkspaces.innerText())
      .toContain('No tool spend attributed to a workspace this period.');
    await screenshotBothWidths(owner, 'usage-data-hourly');

    // More usage while the page is open: the totals follow without a reload.
    await recordUsage([{ meter: 'workflowRuns', quantity: 3, source: 'scheduler', idempotencyKey: `runs-2-${stamp}` }]);
    await expect.poll(() => meterCard(owner, 'Workflow runs').innerText()).toMatch(/15 runs\s+2 events · 15 credits/);
    expect(await owner.evaluate(() => (window as { usageStoryMark?: string }).usageStoryMark)).toBe(
      'still the same page',
    );
  });

  it('the owner downloads the period’s events as CSV from the export dialog', async () => {
    await nav(owner).getByRole('link', { name: 'Usage' }).click();
    await owner.getByRole('button', { name: 'Export usage…' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Export usage' });
    await dialog.waitFor();
    await screenshotBothWidths(owner, 'usage-export-dialog', false);
    const [download] = await Promise.all([
      owner.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^usage-events-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const saved = path.join(SCREENSHOTS, download.suggestedFilename());
    await download.saveAs(saved);
    const rows = parse(readFileSync(saved, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows.filter((row) => row.meter === 'workflowRuns').reduce((sum, row) => sum + Number(row.quantity), 0)).toBe(
      15,
    );
    await owner.getByText(/^Downloading usage-events-.*\.csv\./).waitFor();
  });

  it('a member’s credit figure opens their usage history, newest first, with more on demand and the limit editor', async () => {
    // 20 more small events for the member: the history holds 23, more than one page.
    await recordUsage(
      Array.from({ length: 20 }, (_, index) => ({
        meter: 'workflowRuns' as const,
        quantity: 1,
        source: 'nightly-batch',
        idempotencyKey: `batch-${index}-${stamp}`,
        membershipId: memberId,
      })),
    );

    await nav(owner).getByRole('link', { name: 'Members' }).click();
    const row = panel(owner, 'Active Members').getByRole('row').filter({ hasText: memberPerson.email });
    await row.waitFor();
    await screenshotBothWidths(owner, 'usage-members-credits');
    const figure = row.getByRole('button', {
      name: `1,386 / Unlimited credits: usage history of ${memberPerson.name}`,
    });
    await figure.click();

    const dialog = owner.getByRole('dialog', { name: `Usage of ${memberPerson.name}` });
    await dialog.waitFor();
    const credits = dialog.getByRole('region', { name: 'Credits' });
    expect(await credits.locator('dl').innerText()).toMatch(/Used\s+1,386\s+Limit\s+Unlimited/);
    const history = dialog.getByRole('region', { name: 'Usage history' });
    await history.getByText('Showing 20 events; more follow.').waitFor();
    expect(await history.getByRole('row').nth(1).innerText()).toContain('nightly-batch');
    await screenshotBothWidths(owner, 'usage-member-history', false);
    await history.getByRole('button', { name: 'Load more events' }).click();
    await history.getByText('Showing 23 events.').waitFor();
    const rows = await history.getByRole('row').allInnerTexts();
    expect(rows.find((text) => text.includes('retriever'))).toMatch(
      /^120,000 tokens\s+RAG tokens · gpt-4o\s+120\s+\d{1,2} \w+ \d{4}, \d\d:\d\d\s+retriever/,
    );
    expect(rows.find((text) => text.includes('web-search'))).toMatch(
      /^\$12\.34\s+Tool spend · claude-sonnet-4\s+1,234\s+.+\s+web-search/,
    );
    expect(rows.find((text) => text.includes('scheduler'))).toMatch(/^12 runs\s+Workflow runs\s+12\s+.+\s+scheduler/);

    // The owner sets a limit from here; the figures follow.
    await credits.getByLabel('Unlimited credits').uncheck();
    await credits.getByLabel('Credit limit').fill('5000');
    await credits.getByRole('button', { name: 'Save credit limit' }).click();
    await expectOutcome(owner, credits.getByText(`${memberPerson.name}'s credit limit is now 5,000.`));
    await expect.poll(() => credits.locator('dl').innerText()).toMatch(/Used\s+1,386\s+Limit\s+5,000\s+Left\s+3,614/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByRole('button', { name: `1,386 / 5,000 credits: usage history of ${memberPerson.name}` }).waitFor();
  });

  it('AI costs: token and tool spend this period, in credits and money, per meter, per model and per member', async () => {
    await nav(owner).getByRole('link', { name: 'Usage' }).click();
    await owner.getByRole('navigation', { name: 'Usage sections' }).getByRole('link', { name: 'AI costs' }).click();
    await owner.getByRole('heading', { level: 1, name: 'AI costs' }).waitFor();
    expect(where(owner)).toBe('/settings/ai/costs');
    // The Usage entry of the main navigation stays current on its AI costs page.
    expect(await nav(owner).getByRole('link', { name: 'Usage' }).getAttribute('aria-current')).toBe('page');

    const period = panel(owner, 'This billing period');
    await period.getByRole('article', { name: 'AI credits' }).waitFor();
    expect(await period.getByRole('article', { name: 'AI credits' }).innerText()).toMatch(
      /1,354 credits\s+6\.8% of the 20,000 credits the plan includes/,
    );
    expect(await period.getByRole('article', { name: 'RAG tokens' }).innerText()).toMatch(
      /120,000 tokens\s+120 credits · 1 event/,
    );
    expect(await period.getByRole('article', { name: 'Tool spend' }).innerText()).toMatch(
      /\$12\.34\s+1,234 credits · 1 event/,
    );
    // Each model's spend, most credits first.
    const perModel = panel(owner, 'Per model');
    expect(await perModel.getByRole('row').nth(1).innerText()).toMatch(
      /claude-sonnet-4\s+0 tokens\s+0 credits\s+\$12\.34\s+1,234 credits\s+1,234$/,
    );
    expect(await perModel.getByRole('row').nth(2).innerText()).toMatch(
      /gpt-4o\s+120,000 tokens\s+120 credits\s+\$0\.00\s+0 credits\s+120$/,
    );
    expect(await perModel.getByRole('row').nth(3).innerText()).toMatch(/These models\s+120,000 tokens/);
    const perMember = panel(owner, 'Per member');
    expect(await perMember.getByRole('row').nth(1).innerText()).toMatch(
      /Jean Sammet\s+120,000 tokens\s+120 credits\s+\$12\.34\s+1,234 credits\s+1,354$/,
    );
    await screenshotBothWidths(owner, 'usage-ai-costs');
  });

  it('a viewer sees usage without credits, and AI costs are not available to them', async () => {
    await addMemberOverApi(api.url, ownerToken, orgId, viewerPerson, 'VIEWER');
    const viewer = await openAs(viewerPerson, 'Viewer');

    await nav(viewer).getByRole('link', { name: 'Usage' }).click();
    await meterCard(viewer, 'Workflow runs').waitFor();
    expect(await meterCard(viewer, 'Workflow runs').innerText()).toMatch(/^Workflow runs\s+35 runs\s+22 events$/);
    await viewer.getByText('You can see usage, not what it costs').waitFor();
    const main = viewer.getByRole('main');
    expect(await main.innerText()).not.toMatch(/\d credits?\b/);
    expect(await viewer.getByRole('columnheader', { name: 'Credits' }).count()).toBe(0);
    expect(await viewer.getByRole('navigation', { name: 'Usage sections' }).count()).toBe(0);
    // Without credits the top lists rank by the busiest meter's quantity.
    expect(await viewer.getByLabel('Rank by').inputValue()).toBe('workflowRuns');
    const topMembers = viewer.getByRole('region', { name: 'Top members', exact: true });
    await expect.poll(() => topMembers.getByRole('row').nth(1).innerText()).toMatch(/Jean Sammet\s+32 runs\s+21$/);
    await expect
      .poll(() => chart(viewer, 'Workflow runs').locator('.recharts-bar-rectangle path').count())
      .toBeGreaterThan(0);
    expect(await viewer.getByRole('button', { name: 'Export usage…' }).count()).toBe(0);
    await screenshotBothWidths(viewer, 'usage-viewer');

    await viewer.goto(`${api.url}/settings/ai/costs`);
    await viewer.getByRole('heading', { name: 'AI costs are not available to your role' }).waitFor();
    expect(await viewer.getByText(`You are a Viewer in ${orgName}.`).count()).toBe(1);
    expect(await viewer.getByRole('region', { name: 'Per member' }).count()).toBe(0);
    await screenshotBothWidths(viewer, 'usage-ai-costs-viewer');
  });

  it('logged no errors on the owner’s page', () => {
    expect(record.errors).toEqual([]);
  });
});
