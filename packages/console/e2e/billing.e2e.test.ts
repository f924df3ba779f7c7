import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
  graphqlRequest,
  isFocused,
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

const SUBSCRIPTION = /* GraphQL */ `
  query Subscription {
    billingSubscription {
      status
      productName
      billingCycle
      cancelAtPeriodEnd
      autoRenew
      trialEndDate
      currentPeriodEnd
    }
  }
`;

interface Subscription {
  readonly status: string;
  readonly productName: string;
  readonly billingCycle: string;
  readonly cancelAtPeriodEnd: boolean;
  readonly autoRenew: boolean;
  readonly trialEndDate: string | null;
  readonly currentPeriodEnd: string;
}

describe('the Billing page in the production console', () => {
  let api: ApiProcess;
  let browser: Browser;
  let pages: SeparatePages;
  let owner: Page;
  let record: PageRecord;

  const stamp = Date.now();
  const ownerPerson: Person = {
    name: 'Evelyn Boyd Granville',
    email: `evelyn.${stamp}@example.com`,
    password: 'orbits for project mercury',
  };
  const adminPerson: Person = {
    name: 'Miriam Mann',
    email: `miriam.${stamp}@example.com`,
    password: 'took the sign down daily',
  };
  const viewerPerson: Person = {
    name: 'Kathryn Peddrew',
    email: `kathryn.${stamp}@example.com`,
    password: 'aeronautics by hand',
  };
  const orgName = `${ownerPerson.name}'s organization`;
  let orgId = '';
  let ownerToken = '';

  const panel = (page: Page, name: string) => page.getByRole('region', { name });
  const planCard = (page: Page, name: string) => panel(page, 'Plans').getByRole('article', { name });
  const statusBadge = (page: Page) => panel(page, 'Subscription').locator('[data-status]');

  /** The subscription as the API has it, read with the owner's token. */
  async function subscriptionOverApi(): Promise<Subscription> {
    ownerToken ||= await signInOverApi(api.url, ownerPerson);
    const { billingSubscription } = await graphqlRequest<{ billingSubscription: Subscription }>(
      api.url,
      SUBSCRIPTION,
      {},
      { authorization: `Bearer ${ownerToken}`, 'x-tenant-id': orgId },
    );
    return billingSubscription;
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

  afterEach(({ task }) => reportFailure(task, api, 'billing', owner));

  afterAll(async () => {
    await pages?.closeAll();
    await browser?.close();
    await api?.stop();
  });

  it('the owner finds Billing in the navigation: a Team trial, its countdown, and the usage against Team’s limits', async () => {
    await signUpOnPage(owner, api.url, ownerPerson);
    await expect.poll(() => switcherText(owner)).toMatch(new RegExp(`^${orgName} · Owner`));
    orgId = await owner.getByRole('combobox', { name: 'Organization' }).inputValue();

    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    expect(where(owner)).toBe('/settings/billing');

    const subscription = panel(owner, 'Subscription');
    await subscription.getByText('Team', { exact: true }).first().waitFor();
    expect(await statusBadge(owner).innerText()).toBe('Trial');
    const trial = await subscriptionOverApi();
    expect(trial).toMatchObject({ status: 'TRIAL', productName: 'Team' });
    const days = Math.ceil((new Date(trial.trialEndDate!).getTime() - Date.now()) / 86_400_000);
    expect(days).toBeGreaterThanOrEqual(13);
    await subscription
      .getByText(`Trial ends in ${days} days, on ${DAY.format(new Date(trial.trialEndDate!))}`, { exact: true })
      .waitFor();
    expect(await subscription.locator('dl').innerText()).toContain('Free during the trial');
    // The owner's controls in a trial: auto-renew, but nothing to cancel yet.
    expect(await subscription.getByRole('checkbox', { name: 'Renew automatically' }).isChecked()).toBe(true);
    expect(await subscription.getByRole('button', { name: 'Cancel at period end…' }).count()).toBe(0);

    const usage = await panel(owner, 'Usage').getByRole('listitem').allInnerTexts();
    expect(usage).toHaveLength(3);
    expect(usage[0]).toMatch(/^Members\s+1 of 25\s+1 active member and 0 pending invitations\.$/);
    expect(usage[1]).toMatch(/^Workspaces\s+0 of 20$/);
    expect(usage[2]).toMatch(/^API keys\s+0 of 10\s+/);
    await screenshotBothWidths(owner, 'billing-trial');
  });

  it('compares every plan, the current one marked, prices and limits in words', async () => {
    const plans = panel(owner, 'Plans');
    await plans.waitFor();
    expect(await plans.getByRole('article').count()).toBe(4);
    for (const name of ['Starter', 'Team', 'Business', 'Enterprise']) await planCard(owner, name).waitFor();

    const team = planCard(owner, 'Team');
    expect(await team.getByText('Current plan').count()).toBe(1);
    expect(await planCard(owner, 'Business').getByText('Current plan').count()).toBe(0);
    expect(await planCard(owner, 'Starter').innerText()).toContain('Free');
    const business = await planCard(owner, 'Business').innerText();
    expect(business).toContain('$199 per month');
    expect(business).toContain('$1,990 per year');
    expect(business).toMatch(/Credits per period\s+100,000/);
    expect(business).toMatch(/Members\s+100/);
    expect(await planCard(owner, 'Enterprise').getByText('Unlimited', { exact: true }).count()).toBe(3);
    expect(await planCard(owner, 'Enterprise').innerText()).toContain('$3,000 per 3 months');
    // In a trial the owner may choose any plan, the trial's own included.
    for (const name of ['Starter', 'Team', 'Business', 'Enterprise'])
      expect(
        await planCard(owner, name)
          .getByRole('button', { name: `Choose ${name}` })
          .count(),
        name,
      ).toBe(1);
  });

  it('switches to Business monthly after a confirmation that says what changes', async () => {
    await planCard(owner, 'Business').getByRole('button', { name: 'Choose Business' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Choose Business?' });
    // The chosen cycle takes focus; Monthly is chosen (the trial's cycle).
    const monthly = dialog.getByRole('radio', { name: /^Monthly/ });
    await expect.poll(() => isFocused(monthly)).toBe(true);
    expect(await monthly.isChecked()).toBe(true);
    const text = await dialog.innerText();
    expect(text).toMatch(/Price\s+Free trial\s+\$199 per month/);
    expect(text).toMatch(/Members\s+25\s+100/);
    expect(text).toMatch(/API keys\s+10\s+50/);
    expect(text).toContain('The trial ends and a new monthly period starts now');

    // The annual cycle says its own price and period; back to monthly before confirming.
    await dialog.getByRole('radio', { name: /^Annual/ }).check();
    expect(await dialog.innerText()).toMatch(/Price\s+Free trial\s+\$1,990 per year/);
    expect(await dialog.innerText()).toContain('new annual period starts now');
    await monthly.check();
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'billing-change-plan.png') });
    await owner.setViewportSize({ width: 390, height: 844 });
    try {
      await owner.screenshot({ path: path.join(SCREENSHOTS, 'billing-change-plan-narrow.png') });
    } finally {
      await owner.setViewportSize(VIEWPORT);
    }

    await dialog.getByRole('button', { name: 'Choose Business' }).click();
    await expectOutcome(owner, panel(owner, 'Plans').getByText('You are on the Business plan, billed monthly.'));
    await dialog.waitFor({ state: 'detached' });
    // The button that opened the dialog is gone (Business is current now): focus lands on the report.
    await expect
      .poll(() => owner.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('You are on the Business plan');
    expect(await panel(owner, 'Plans').getByRole('status').innerText()).toMatch(
      /A new period started today and runs until \d{1,2} \w{3} \d{4}\.$/,
    );

    await expect.poll(() => statusBadge(owner).innerText()).toBe('Active');
    const facts = await panel(owner, 'Subscription').locator('dl').innerText();
    expect(facts).toMatch(/Plan\s+Business/);
    expect(facts).toMatch(/Billing cycle\s+Monthly/);
    expect(facts).toMatch(/Price\s+\$199 per month/);
    expect(facts).toContain('Renews on');
    expect(await planCard(owner, 'Business').getByText('Current plan').count()).toBe(1);
    expect(await planCard(owner, 'Team').getByRole('button', { name: 'Switch to Team' }).count()).toBe(1);
    expect(await panel(owner, 'Usage').innerText()).toContain('1 of 100');
    expect(await subscriptionOverApi()).toMatchObject({
      status: 'ACTIVE',
      productName: 'Business',
      billingCycle: 'MONTHLY',
    });
  });

  it('cancels at period end after a confirmation, then resumes; auto-renew turns off and on', async () => {
    const subscription = panel(owner, 'Subscription');
    const { currentPeriodEnd } = await subscriptionOverApi();
    const end = DAY.format(new Date(currentPeriodEnd));

    await subscription.getByRole('button', { name: 'Cancel at period end…' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Cancel the subscription at period end?' });
    // A destructive confirmation: Cancel has focus, so an accidental Enter does nothing.
    await expect.poll(() => isFocused(dialog.getByRole('button', { name: 'Cancel', exact: true }))).toBe(true);
    expect(await dialog.innerText()).toContain(`stay in force until ${end}`);
    await dialog.getByRole('button', { name: 'Cancel at period end' }).click();
    await expectOutcome(
      owner,
      subscription.getByText(`The subscription is cancelled: the Business plan stays in force until ${end}.`),
    );
    await subscription.getByText(`Cancelled: ends on ${end}`).waitFor();
    expect(await statusBadge(owner).innerText()).toBe('Active');
    expect(await subscription.getByRole('button', { name: 'Cancel at period end…' }).count()).toBe(0);
    expect(await subscriptionOverApi()).toMatchObject({ status: 'ACTIVE', cancelAtPeriodEnd: true });
    await screenshotBothWidths(owner, 'billing-cancelled-at-period-end');

    await subscription.getByRole('button', { name: 'Resume subscription' }).click();
    await expectOutcome(owner, subscription.getByText(`The subscription is resumed: it renews on ${end}.`));
    // Resume is gone with the notice it was in: focus lands on the report, not on the page.
    await expect
      .poll(() => owner.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe(`The subscription is resumed: it renews on ${end}.`);
    await subscription.getByRole('button', { name: 'Cancel at period end…' }).waitFor();
    expect(await subscription.getByText(`Cancelled: ends on ${end}`).count()).toBe(0);
    expect(await subscriptionOverApi()).toMatchObject({ cancelAtPeriodEnd: false });

    const autoRenew = subscription.getByRole('checkbox', { name: 'Renew automatically' });
    await autoRenew.uncheck();
    await subscription.getByText(`Auto-renew is off: the subscription ends on ${end}.`).waitFor();
    await subscription.getByText(`Auto-renew is off: ends on ${end}`).waitFor();
    expect(await subscriptionOverApi()).toMatchObject({ autoRenew: false });
    await autoRenew.check();
    await subscription.getByText(`Auto-renew is on: the subscription renews on ${end}.`).waitFor();
    expect(await autoRenew.isChecked()).toBe(true);
    expect(await subscriptionOverApi()).toMatchObject({ autoRenew: true });
  });

  it('an admin sees the same page read-only, with no controls', async () => {
    ownerToken ||= await signInOverApi(api.url, ownerPerson);
    await addMemberOverApi(api.url, ownerToken, orgId, adminPerson, 'ADMIN');
    const admin = await openAs(adminPerson, 'Admin');

    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await expect.poll(() => statusBadge(admin).innerText()).toBe('Active');
    expect(await panel(admin, 'Subscription').locator('dl').innerText()).toMatch(/Plan\s+Business/);
    await admin.getByText('Only the owner can change the plan').waitFor();
    expect(await planCard(admin, 'Business').getByText('Current plan').count()).toBe(1);
    expect(await panel(admin, 'Usage').innerText()).toContain('2 of 100');

    expect(
      await admin
        .getByRole('main')
        .getByRole('button', { name: /^(Choose|Switch to|Change|Cancel|Resume)/ })
        .count(),
    ).toBe(0);
    expect(await admin.getByRole('checkbox').count()).toBe(0);
    await screenshotBothWidths(admin, 'billing-admin');
  });

  it('a viewer has no Billing link and gets the not-available state', async () => {
    ownerToken ||= await signInOverApi(api.url, ownerPerson);
    await addMemberOverApi(api.url, ownerToken, orgId, viewerPerson, 'VIEWER');
    const viewer = await openAs(viewerPerson, 'Viewer');

    const nav = viewer.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Workspaces' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Billing' }).count()).toBe(0);

    await viewer.goto(`${api.url}/settings/billing`);
    await viewer.getByRole('heading', { name: 'Billing is not available to your role' }).waitFor();
    expect(await viewer.getByText(`You are a Viewer in ${orgName}.`).count()).toBe(1);
    expect(await viewer.getByText('Only owners and admins can see the subscription').count()).toBe(1);
    expect(await viewer.getByRole('region', { name: 'Subscription' }).count()).toBe(0);
  });

  it('logged no errors on the owner’s page', () => {
    expect(record.errors).toEqual([]);
  });
});
