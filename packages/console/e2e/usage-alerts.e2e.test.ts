import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import {
  VIEWPORT,
  launchBrowser,
  recordPage,
  reportFailure,
  screenshotBothWidths,
  separatePages,
} from './support/browser.ts';
import type { PageRecord, SeparatePages } from './support/browser.ts';
import { SCREENSHOTS, serveProductionConsole } from './support/build.ts';
import {
  expectOutcome,
  fieldError,
  graphqlRequest,
  isFocused,
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

const CREATE_USAGE_ALERT = /* GraphQL */ `
  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {
    createUsageAlert(input: $input) {
      alert {
        id
      }
    }
  }
`;

const MAILBOX = /* GraphQL */ `
  query Mailbox {
    devMailbox(first: 100) {
      edges {
        node {
          to
          template
          subject
          text
        }
      }
    }
  }
`;

/** What the API answered to a `recordUsage`: the counts, or the errors. */
interface RecordAnswer {
  readonly data?: { readonly recordUsage: { readonly recordedCount: number; readonly refusedCount: number } | null };
  readonly errors?: readonly { readonly extensions?: { readonly code?: string } }[];
}

describe('usage alerts in the production console', () => {
  let api: ApiProcess;
  let browser: Browser;
  let pages: SeparatePages;
  let owner: Page;
  let record: PageRecord;

  const stamp = Date.now();
  const ownerPerson: Person = {
    name: 'Katherine Johnson',
    email: `katherine.${stamp}@example.com`,
    password: 'trajectories by hand',
  };
  const viewerPerson: Person = {
    name: 'Dorothy Vaughan',
    email: `dorothy.${stamp}@example.com`,
    password: 'fortran for the team',
  };
  const orgName = `${ownerPerson.name}'s organization`;
  let orgId = '';
  let ownerToken = '';
  let keyToken = '';
  let events = 0;

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
  const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
  const alertRows = (page: Page) => panel(page, 'Alerts').getByRole('row');
  /** The alert's row, found by what it watches ("RAG tokens"), the start of its row header. */
  const alertRow = (page: Page, watching: string) =>
    panel(page, 'Alerts')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${watching} `) }) });
  const historyRows = (page: Page) => panel(page, 'History').getByRole('row');

  /** Records RAG tokens as a service would: the API key's access token, the organization in `x-tenant-id`. */
  async function recordTokens(quantity: number): Promise<RecordAnswer> {
    events += 1;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keyToken}`, 'x-tenant-id': orgId },
      body: JSON.stringify({
        query: RECORD_USAGE,
        variables: {
          input: {
            events: [{ meter: 'ragTokens', quantity, source: 'retriever', idempotencyKey: `rag-${events}-${stamp}` }],
          },
        },
      }),
    });
    return (await response.json()) as RecordAnswer;
  }

  /** The end of an open dialog (its last fields and its buttons) at both widths, scrolled down after each resize. */
  async function screenshotDialogEnd(page: Page, dialog: Locator, name: string): Promise<void> {
    const sizes = [
      ['', VIEWPORT],
      ['-narrow', { width: 390, height: 844 }],
    ] as const;
    try {
      for (const [suffix, size] of sizes) {
        await page.setViewportSize(size);
        await dialog.getByRole('button', { name: 'Cancel' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}${suffix}.png`) });
      }
    } finally {
      await page.setViewportSize(VIEWPORT);
    }
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

  afterEach(({ task }) => reportFailure(task, api, 'usage-alerts', owner));

  afterAll(async () => {
    await pages?.closeAll();
    await browser?.close();
    await api?.stop();
  });

  it('the owner opens Usage, then Alerts: before any alert it says what alerts do', async () => {
    await signUpOnPage(owner, api.url, ownerPerson);
    await expect.poll(() => switcherText(owner)).toMatch(new RegExp(`^${orgName} · Owner`));
    orgId = await owner.getByRole('combobox', { name: 'Organization' }).inputValue();

    await nav(owner).getByRole('link', { name: 'Usage' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Usage' }).waitFor();
    await owner.getByRole('navigation', { name: 'Usage sections' }).getByRole('link', { name: 'Alerts' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Usage alerts' }).waitFor();
    expect(where(owner)).toBe('/usage/alerts');
    // The Usage entry of the main navigation stays current on its Alerts page.
    expect(await nav(owner).getByRole('link', { name: 'Usage' }).getAttribute('aria-current')).toBe('page');
    expect(
      await owner
        .getByRole('navigation', { name: 'Usage sections' })
        .getByRole('link', { name: 'Alerts' })
        .getAttribute('aria-current'),
    ).toBe('page');

    const empty = owner.getByRole('status').filter({ hasText: 'No usage alerts yet' });
    await empty.waitFor();
    expect(await empty.innerText()).toMatch(/emails once per billing period/);
    expect(await empty.innerText()).toMatch(/throttles also refuses further usage/);
    expect(await owner.getByRole('button', { name: 'Add alert' }).count()).toBe(1);
    // No history before there is an alert.
    expect(await panel(owner, 'History').count()).toBe(0);
    await screenshotBothWidths(owner, 'usage-alerts-empty');
  });

  it('adds an alert on RAG tokens: 100,000 tokens, emailing and throttling', async () => {
    // The dialog opens from the keyboard, Escape closes it and focus goes back to the button.
    const add = owner.getByRole('button', { name: 'Add alert' });
    await add.focus();
    await owner.keyboard.press('Enter');
    const dialog = owner.getByRole('dialog', { name: 'Add usage alert' });
    await dialog.waitFor();
    const watch = dialog.getByLabel('Usage to watch');
    expect(await isFocused(watch)).toBe(true);
    await owner.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(add)).toBe(true);
    await owner.keyboard.press('Enter');
    await dialog.waitFor();

    // All usage counts credits only: no quantity to choose.
    expect(await watch.inputValue()).toBe('all');
    expect(await dialog.getByRole('radio').count()).toBe(2);
    await watch.selectOption({ label: 'RAG tokens' });
    const tokens = dialog.getByRole('radio', { name: 'Tokens', exact: true });
    await tokens.check();
    const threshold = dialog.getByLabel('Threshold', { exact: true });
    await threshold.fill('100,000');
    expect(await threshold.getAttribute('aria-describedby')).toBeTruthy();
    await dialog.getByText('So far this period: 0 tokens.').waitFor();
    const email = dialog.getByLabel('Email owners, admins and the billing contact');
    expect(await email.isChecked()).toBe(true);
    // Webhooks are on by default; this alert only mails.
    const webhooks = dialog.getByLabel('Send to webhooks');
    expect(await webhooks.isChecked()).toBe(true);
    await webhooks.uncheck();
    const throttle = dialog.getByLabel('Throttle: refuse further usage once crossed');
    expect(await throttle.isChecked()).toBe(false);
    await throttle.check();
    await dialog.getByText('Throttling refuses usage').waitFor();
    await screenshotBothWidths(owner, 'usage-alerts-dialog', false);
    await screenshotDialogEnd(owner, dialog, 'usage-alerts-dialog-throttle');

    await dialog.getByRole('button', { name: 'Add alert' }).click();
    await expectOutcome(owner, owner.getByText('The alert on RAG tokens at 100,000 tokens is added.'));
    await dialog.waitFor({ state: 'detached' });

    expect(await alertRows(owner).count()).toBe(2);
    const row = alertRow(owner, 'RAG tokens');
    expect(await row.innerText()).toMatch(
      /^RAG tokens\s+100,000 tokens\s+0 of 100,000 tokens\s+0%\s+Email\s+On\s+Never/,
    );
    expect(await row.getByText('Crossed').count()).toBe(0);
    await panel(owner, 'History').getByText('No alert has been crossed yet.').waitFor();
    await screenshotBothWidths(owner, 'usage-alerts-list');
  });

  it('usage past the threshold: Crossed, one trigger in the history, an email, and further usage refused', async () => {
    ownerToken = await signInOverApi(api.url, ownerPerson);
    const owned = { authorization: `Bearer ${ownerToken}`, 'x-tenant-id': orgId };
    const { createApiKey } = await graphqlRequest<{ createApiKey: { secret: string } }>(
      api.url,
      CREATE_API_KEY,
      { input: { name: 'Retriever', scopes: ['usage.record'] } },
      owned,
    );
    const { exchangeApiKey } = await graphqlRequest<{ exchangeApiKey: { accessToken: string } }>(
      api.url,
      EXCHANGE_API_KEY,
      { secret: createApiKey.secret },
    );
    keyToken = exchangeApiKey.accessToken;

    // The recording that crosses the threshold is taken in full; the alert fires with it.
    expect(await recordTokens(120_000)).toEqual({ data: { recordUsage: { recordedCount: 1, refusedCount: 0 } } });

    // The page follows without a reload (the API pushes that usage was recorded).
    const row = alertRow(owner, 'RAG tokens');
    await row.getByText('Crossed', { exact: true }).waitFor();
    expect(await row.innerText()).toMatch(/120,000 of 100,000 tokens\s+Crossed\s+Email\s+Refusing usage\s+just now/);
    const paused = owner.getByRole('main').getByText('Usage recording is paused');
    await paused.waitFor();
    expect(await owner.getByRole('main').innerText()).toContain(
      'The alert on RAG tokens at 100,000 tokens is crossed and throttles',
    );

    await expect.poll(() => historyRows(owner).count()).toBe(2);
    expect(await historyRows(owner).nth(1).innerText()).toMatch(
      /^RAG tokens\s+At 100,000 tokens\s+120,000 tokens\s+\d{1,2} \w+ \d{4}, \d\d:\d\d\s+Billing period from \d{1,2} \w+ \d{4}$/,
    );
    await panel(owner, 'History').getByText('Showing 1 trigger.').waitFor();

    // A reload shows the same.
    await owner.reload();
    await alertRow(owner, 'RAG tokens').getByText('Crossed', { exact: true }).waitFor();
    await expect.poll(() => historyRows(owner).count()).toBe(2);
    await screenshotBothWidths(owner, 'usage-alerts-crossed');
    // Stacked into cards on a phone, the list is still a table to assistive technology.
    await owner.setViewportSize({ width: 390, height: 844 });
    try {
      expect(await alertRows(owner).count()).toBe(2);
      expect(await alertRow(owner, 'RAG tokens').getByRole('cell').first().innerText()).toMatch(/120,000 of 100,000/);
      expect(await panel(owner, 'Alerts').getByRole('columnheader', { name: 'This period' }).count()).toBe(1);
    } finally {
      await owner.setViewportSize(VIEWPORT);
    }

    // The owner got the email (the development mailbox holds what the API would send).
    const { devMailbox } = await graphqlRequest<{
      devMailbox: { edges: { node: { to: string; template: string; subject: string; text: string } }[] };
    }>(api.url, MAILBOX, {});
    const mails = devMailbox.edges.filter(({ node }) => node.template === 'usage-alert').map(({ node }) => node);
    expect(mails.map((mail) => mail.to)).toEqual([ownerPerson.email]);
    expect(mails[0]?.subject).toBe(`Usage alert for ${orgName}: RAG tokens reached 100,000 tokens`);
    expect(mails[0]?.text).toContain('120,000 tokens');
    expect(mails[0]?.text).toContain(`${api.url}/usage/alerts`);

    // The throttle holds: the next recording is refused as a whole.
    const refused = await recordTokens(10);
    expect(refused.errors?.[0]?.extensions?.code).toBe('USAGE_THROTTLED');
  });

  it('raising the threshold to 200,000 un-crosses the alert, and usage is recorded again', async () => {
    await alertRow(owner, 'RAG tokens')
      .getByRole('button', { name: 'Edit the alert on RAG tokens at 100,000 tokens' })
      .click();
    const dialog = owner.getByRole('dialog', { name: 'Edit usage alert' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Usage to watch').inputValue()).toBe('ragTokens');
    expect(await dialog.getByRole('radio', { name: 'Tokens', exact: true }).isChecked()).toBe(true);
    const threshold = dialog.getByLabel('Threshold', { exact: true });
    expect(await threshold.inputValue()).toBe('100000');
    await dialog.getByText('So far this period: 120,000 tokens.').waitFor();
    // Already past it, and throttling: the dialog says recording is refused.
    await dialog.getByText('Usage this period is already past this threshold:').waitFor();
    await threshold.fill('200000');
    expect(await dialog.getByText('Usage this period is already past this threshold:').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Save alert' }).click();
    await expectOutcome(
      owner,
      owner.getByText('The alert on RAG tokens at 200,000 tokens is saved. It is no longer crossed.'),
    );
    await dialog.waitFor({ state: 'detached' });

    const row = alertRow(owner, 'RAG tokens');
    expect(await row.innerText()).toMatch(
      /^RAG tokens\s+200,000 tokens\s+120,000 of 200,000 tokens\s+60%\s+Email\s+On/,
    );
    expect(await owner.getByRole('main').getByText('Usage recording is paused').count()).toBe(0);

    expect(await recordTokens(1_000)).toEqual({ data: { recordUsage: { recordedCount: 1, refusedCount: 0 } } });
    await expect.poll(() => row.innerText()).toMatch(/121,000 of 200,000 tokens/);
    // It fired once, at the old threshold.
    expect(await historyRows(owner).count()).toBe(2);
  });

  it('a threshold of 0 is refused next to the field; a percentage of the included credits is added', async () => {
    await panel(owner, 'Alerts').getByRole('button', { name: 'Add alert' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Add usage alert' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: '% of included credits' }).isChecked()).toBe(true);
    const threshold = dialog.getByLabel('Threshold', { exact: true });
    await threshold.fill('0');
    await dialog.getByRole('button', { name: 'Add alert' }).click();
    expect(await fieldError(owner, threshold)).toContain('Enter a threshold above zero.');
    expect(await isFocused(threshold)).toBe(true);
    await screenshotBothWidths(owner, 'usage-alerts-dialog-error', false);

    // The trial's Team plan includes 20,000 credits: 80% is 16,000.
    await threshold.fill('80');
    await dialog.getByText('80% is 16,000 credits.').waitFor();
    expect(await threshold.getAttribute('aria-invalid')).toBeNull();
    await dialog.getByRole('button', { name: 'Add alert' }).click();
    await expectOutcome(owner, owner.getByText('The alert on All usage at 80% of included credits is added.'));
    await dialog.waitFor({ state: 'detached' });

    const row = alertRow(owner, 'All usage');
    // 121,000 RAG tokens cost 121 credits (one per 1,000, rounded up per event).
    expect(await row.innerText()).toMatch(
      /^All usage\s+80% of included credits \(16,000 credits\)\s+121 of 16,000 credits\s+0\.8%\s+Email, webhooks\s+Off\s+Never/,
    );
    expect(await alertRows(owner).count()).toBe(3);
  });

  it('deletes an alert after confirming', async () => {
    await alertRow(owner, 'All usage')
      .getByRole('button', { name: 'Delete the alert on All usage at 80% of included credits' })
      .click();
    const confirm = owner.getByRole('dialog', { name: 'Delete this usage alert?' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('All usage at 80% of included credits');
    // Destructive: Cancel has the focus, so a stray Enter does no harm.
    expect(await isFocused(confirm.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await screenshotBothWidths(owner, 'usage-alerts-delete', false);
    await confirm.getByRole('button', { name: 'Delete alert' }).click();
    await expectOutcome(owner, owner.getByText('The alert on All usage at 80% of included credits is deleted.'));
    await confirm.waitFor({ state: 'detached' });
    expect(await alertRows(owner).count()).toBe(2);
    expect(await alertRow(owner, 'All usage').count()).toBe(0);
    await screenshotBothWidths(owner, 'usage-alerts-history');
  });

  it('the history shows more triggers on demand; at 25 alerts the page offers no more', async () => {
    const owned = { authorization: `Bearer ${ownerToken}`, 'x-tenant-id': orgId };
    // 24 quiet alerts at one token each, the most an organization may keep with the one above.
    for (let index = 0; index < 24; index += 1) {
      await graphqlRequest(
        api.url,
        CREATE_USAGE_ALERT,
        { input: { meter: 'ragTokens', kind: 'QUANTITY', threshold: 1 + index, notifyByEmail: false } },
        owned,
      );
    }
    // The 26th is refused on the organization as a whole.
    const refused = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...owned },
      body: JSON.stringify({
        query: CREATE_USAGE_ALERT,
        variables: { input: { meter: null, kind: 'CREDITS', threshold: 10 } },
      }),
    });
    const body = (await refused.json()) as {
      errors?: { extensions?: { code?: string } }[];
    };
    expect(body.errors?.[0]?.extensions?.code).toBe('USAGE_ALERT_LIMIT_REACHED');

    // One recording crosses all 24: with the first trigger, 25 in the history, 20 to a page.
    expect(await recordTokens(100)).toEqual({ data: { recordUsage: { recordedCount: 1, refusedCount: 0 } } });
    const history = panel(owner, 'History');
    await history.getByText('Showing 20 triggers; more follow.').waitFor();
    await history.getByRole('button', { name: 'Load more triggers' }).click();
    await history.getByText('Showing 25 triggers.').waitFor();
    expect(await historyRows(owner).count()).toBe(26);
    expect(await historyRows(owner).last().innerText()).toMatch(/^RAG tokens\s+At 100,000 tokens\s+120,000 tokens/);

    await expect.poll(() => alertRows(owner).count()).toBe(26);
    expect(await panel(owner, 'Alerts').getByRole('button', { name: 'Add alert' }).count()).toBe(0);
    await panel(owner, 'Alerts')
      .getByText('An organization can keep 25 usage alerts. Delete one to add another.')
      .waitFor();
  });

  it('a viewer opening the alerts page sees that it is not available to their role', async () => {
    await addMemberOverApi(api.url, ownerToken, orgId, viewerPerson, 'VIEWER');
    const viewer = await openAs(viewerPerson, 'Viewer');
    await viewer.goto(`${api.url}/usage/alerts`);
    await viewer.getByRole('heading', { name: 'Usage alerts are not available to your role' }).waitFor();
    expect(await viewer.getByText(`You are a Viewer in ${orgName}.`).count()).toBe(1);
    expect(await viewer.getByText('Only owners and admins can see and set usage alerts.').count()).toBe(1);
    expect(await viewer.getByRole('region', { name: 'Alerts' }).count()).toBe(0);
    // A viewer has only the usage overview: no section links, and no Alerts link on the Usage page either.
    expect(await viewer.getByRole('navigation', { name: 'Usage sections' }).count()).toBe(0);
    await screenshotBothWidths(viewer, 'usage-alerts-viewer');
    await viewer.getByRole('link', { name: 'Usage page' }).click();
    await viewer.getByRole('heading', { level: 1, name: 'Usage' }).waitFor();
    expect(await viewer.getByRole('link', { name: 'Alerts' }).count()).toBe(0);
  });

  it('logged no errors on the owner’s page', () => {
    expect(record.errors).toEqual([]);
  });
});
