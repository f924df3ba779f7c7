import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '@orgplane/schema';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { VIEWPORT, launchBrowser, recordPage, reportFailure, separatePages } from './support/browser.ts';
import type { PageRecord, SeparatePages } from './support/browser.ts';
import { SCREENSHOTS, serveProductionConsole } from './support/build.ts';
import {
  computedStyle,
  expectOutcome,
  fieldError,
  graphqlRequest,
  signInOnPage,
  signUpOnPage,
  switcherOptions,
  switcherText,
  where,
} from './support/console.ts';
import { addMemberOverApi, signInOverApi } from './support/people.ts';
import type { Person } from './support/people.ts';

/** The console's own accent (styles.css), as computed styles spell it. */
const DEFAULT_ACCENT = 'rgb(48, 66, 200)';
const PRIMARY = { hex: '#0b6e4f', rgb: 'rgb(11, 110, 79)' };
const ACCENT = { hex: '#c2185b', rgb: 'rgb(194, 24, 91)' };
const WHITE = 'rgb(255, 255, 255)';

const BEGIN_TOTP = /* GraphQL */ `
  mutation BeginTotp($password: String!) {
    beginTotpEnrollment(input: { password: $password }) {
      secret
    }
  }
`;

const CONFIRM_TOTP = /* GraphQL */ `
  mutation ConfirmTotp($code: String!) {
    confirmTotpEnrollment(input: { code: $code }) {
      recoveryCodes
    }
  }
`;

/** A custom property as the document's root element carries it inline (set by the branding). */
function rootProperty(page: Page, name: string): Promise<string> {
  return page.evaluate((property) => document.documentElement.style.getPropertyValue(property), name);
}

describe('organizations, settings, branding and banner in the production console', () => {
  let api: ApiProcess;
  let browser: Browser;
  let pages: SeparatePages;
  let owner: Page;
  let record: PageRecord;
  let adminPage: Page;
  let memberPage: Page;

  const stamp = Date.now();
  const ownerPerson: Person = {
    name: 'Dorothy Vaughan',
    email: `dorothy.${stamp}@example.com`,
    password: 'fortran for the whole section',
  };
  const adminPerson: Person = {
    name: 'Katherine Johnson',
    email: `katherine.${stamp}@example.com`,
    password: 'trajectories by hand',
  };
  const memberPerson: Person = {
    name: 'Mary Jackson',
    email: `mary.${stamp}@example.com`,
    password: 'wind tunnel data all night',
  };
  const defaultOrgName = `${ownerPerson.name}'s organization`;
  const orgName = `Langley ${stamp}`;
  const bannerText = 'Maintenance on Saturday, 08:00–10:00 UTC. <b>Save your work</b>.';
  let defaultSlug = '';
  let orgId = '';
  let ownerToken = '';

  const banner = (page: Page) => page.getByRole('region', { name: `Announcement from ${orgName}` });
  const settingsNav = (page: Page) => page.getByRole('navigation', { name: 'Settings sections' });

  /** Signs `person` in on a new page and opens the organization in its tab. */
  async function signInToOrganization(person: Person): Promise<Page> {
    const page = await pages.open();
    await signInOnPage(page, api.url, person);
    await expect
      .poll(() => switcherOptions(page))
      .toContain(`${orgName} · ${person === adminPerson ? 'Admin' : 'Member'}`);
    await page.getByRole('combobox', { name: 'Organization' }).selectOption(orgId);
    await expect.poll(() => switcherText(page)).toMatch(new RegExp(`^${orgName} · `));
    return page;
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // No SMTP: invitation mails stay in the development mailbox, which the test reads.
    api = await serveProductionConsole();
    browser = await launchBrowser();
    pages = separatePages(browser);
    owner = await pages.open();
    record = recordPage(owner);
  });

  afterEach(({ task }) => reportFailure(task, api, 'organization', owner));

  afterAll(async () => {
    await pages?.closeAll();
    await browser?.close();
    await api?.stop();
  });

  it('the owner signs up and finds their organization on the Organizations page, reached from the header', async () => {
    await signUpOnPage(owner, api.url, ownerPerson);
    await expect.poll(() => switcherText(owner)).toBe(`${defaultOrgName} · Owner · default`);

    // The header link is reachable with the keyboard from the switcher.
    await owner.getByRole('combobox', { name: 'Organization' }).focus();
    await owner.keyboard.press('Tab');
    expect(await owner.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('All organizations');
    await owner.keyboard.press('Enter');
    await owner.waitForURL(`${api.url}/organizations`);
    const yours = owner.getByRole('region', { name: 'Your organizations' });
    const row = yours.getByRole('listitem').filter({ hasText: defaultOrgName });
    await row.waitFor();
    expect(await row.getByText('Owner', { exact: true }).count()).toBe(1);
    expect(await row.getByText('Default', { exact: true }).count()).toBe(1);
    expect(await row.getByText('Open in this tab').count()).toBe(1);
    defaultSlug = await row.getByTestId('organization-slug').innerText();
    expect(defaultSlug).toMatch(/^[a-z0-9-]{3,48}$/);
    const archived = owner.getByRole('region', { name: 'Archived organizations' });
    await archived.getByText('No archived organizations.').waitFor();
  });

  it('creates a second organization: a taken slug is refused at the field, with a free one offered', async () => {
    await owner.getByRole('link', { name: 'New organization' }).first().click();
    await owner.getByRole('heading', { level: 1, name: 'New organization' }).waitFor();
    await owner.getByLabel('Organization name').fill(orgName);
    const slug = owner.getByLabel('URL slug (optional)');
    await slug.fill(defaultSlug);
    await owner.getByRole('button', { name: 'Create organization' }).click();
    expect(await fieldError(owner, slug)).toContain(errorMessage('SLUG_TAKEN'));
    await owner.getByRole('button', { name: `Use ${defaultSlug}-2` }).click();
    expect(await slug.inputValue()).toBe(`${defaultSlug}-2`);

    await owner.getByRole('button', { name: 'Create organization' }).click();
    await owner.waitForURL(`${api.url}/settings/general`);
    await expectOutcome(owner, owner.getByText(`${orgName} is ready`));
    await expect.poll(() => switcherText(owner)).toBe(`${orgName} · Owner`);
    expect(await switcherOptions(owner)).toEqual([`${defaultOrgName} · Owner · default`, `${orgName} · Owner`]);
    orgId = await owner.getByRole('combobox', { name: 'Organization' }).inputValue();
    expect(await owner.getByLabel('URL slug').inputValue()).toBe(`${defaultSlug}-2`);
    expect(await settingsNav(owner).getByRole('link', { name: 'General' }).getAttribute('aria-current')).toBe('page');
    expect(await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).count()).toBe(
      1,
    );

    ownerToken = await signInOverApi(api.url, ownerPerson);
  });

  it('saves the profile, showing the API’s field errors by path', async () => {
    const profile = owner.getByRole('region', { name: 'Profile' });
    await profile.getByLabel('Industry').fill('Aeronautics');
    await profile.getByLabel('Contact email').fill('Ops@Langley.example');
    await profile.getByLabel('Primary domain').fill('langley.example');
    await profile.getByLabel('Support tier').selectOption('ENTERPRISE');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await expectOutcome(owner, profile.getByRole('status').filter({ hasText: 'Profile saved.' }));
    // The API normalizes the address; the form shows what was saved.
    expect(await profile.getByLabel('Contact email').inputValue()).toBe('ops@langley.example');

    await owner.reload();
    await owner.getByRole('region', { name: 'Profile' }).getByLabel('Industry').waitFor();
    expect(await owner.getByRole('region', { name: 'Profile' }).getByLabel('Support tier').inputValue()).toBe(
      'ENTERPRISE',
    );
  });

  it('previews branding as it is edited, and re-colours the whole console once saved', async () => {
    await settingsNav(owner).getByRole('link', { name: 'Branding' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Branding' }).waitFor();
    expect(await settingsNav(owner).getByRole('link', { name: 'Branding' }).getAttribute('aria-current')).toBe('page');
    const save = owner.getByRole('button', { name: 'Save branding' });
    const preview = owner.getByRole('region', { name: 'Preview' });
    const previewButton = preview.getByText('Primary button');
    expect(await computedStyle(previewButton, 'background-color')).toBe(DEFAULT_ACCENT);

    await owner.getByLabel('Primary colour', { exact: true }).fill(PRIMARY.hex);
    await owner.getByLabel('Accent colour picker').fill(ACCENT.hex);
    await owner.getByLabel('Font family').selectOption('Inter');
    expect(await owner.getByLabel('Accent colour', { exact: true }).inputValue()).toBe(ACCENT.hex);

    // The preview follows at once; the console itself keeps its colours until saved.
    await expect.poll(() => computedStyle(previewButton, 'background-color')).toBe(ACCENT.rgb);
    expect(await computedStyle(previewButton, 'color')).toBe(WHITE);
    expect(await computedStyle(previewButton, 'font-family')).toMatch(/^"?Inter"?, /);
    expect(await computedStyle(save, 'background-color')).toBe(DEFAULT_ACCENT);
    expect(await rootProperty(owner, '--accent')).toBe('');

    await save.click();
    await expectOutcome(owner, owner.getByRole('status').filter({ hasText: 'Branding saved.' }));
    await expect.poll(() => computedStyle(save, 'background-color')).toBe(ACCENT.rgb);
    expect(await computedStyle(save, 'color')).toBe(WHITE);
    expect(await computedStyle(settingsNav(owner).getByRole('link', { name: 'Branding' }), 'color')).toBe(ACCENT.rgb);
    expect(await rootProperty(owner, '--brand-primary')).toBe(PRIMARY.hex);
    expect(await computedStyle(owner.getByRole('banner'), 'box-shadow')).toContain(PRIMARY.rgb);
    expect(await owner.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Inter"?, /);
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'organization-branding.png'), fullPage: true });

    // Another organization without branding: the console's own colours; and back again.
    await owner
      .getByRole('combobox', { name: 'Organization' })
      .selectOption({ label: `${defaultOrgName} · Owner · default` });
    await expect
      .poll(() => computedStyle(owner.getByRole('button', { name: 'Save branding' }), 'background-color'))
      .toBe(DEFAULT_ACCENT);
    expect(await rootProperty(owner, '--accent')).toBe('');
    await owner.getByRole('combobox', { name: 'Organization' }).selectOption(orgId);
    await expect
      .poll(() => computedStyle(owner.getByRole('button', { name: 'Save branding' }), 'background-color'))
      .toBe(ACCENT.rgb);

    // A reload reads it from the API again.
    await owner.reload();
    await expect
      .poll(() => computedStyle(owner.getByRole('button', { name: 'Save branding' }), 'background-color'))
      .toBe(ACCENT.rgb);
  });

  it('refuses to require two-factor authentication while the owner has none, and says where to set it up', async () => {
    await settingsNav(owner).getByRole('link', { name: 'Security' }).click();
    const requireMfa = owner.getByLabel('Require two-factor authentication');
    await requireMfa.check();
    await owner.getByRole('button', { name: 'Save security settings' }).click();
    expect(await fieldError(owner, requireMfa)).toContain(
      'Turn on two-factor authentication for your own account first',
    );
    const link = owner.getByRole('link', { name: 'Set up two-factor authentication on your Account page' });
    expect(await link.getAttribute('href')).toBe('/account');
    await requireMfa.uncheck();
  });

  it('posts a banner, previewed first; it shows across the console as plain text', async () => {
    await settingsNav(owner).getByRole('link', { name: 'Banner' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Banner' }).waitFor();
    await owner.getByLabel('Message').fill(bannerText);
    await owner.getByText(`${bannerText.length} of 500 characters`).waitFor();
    await owner.getByRole('radio', { name: /^Warning/ }).check();
    await owner.getByLabel('Members may dismiss it').check();
    const preview = owner.getByRole('region', { name: 'Banner preview' });
    expect(await preview.innerText()).toContain(bannerText);
    expect(await banner(owner).count()).toBe(0);

    await owner.getByRole('button', { name: 'Save banner' }).click();
    await expectOutcome(owner, owner.getByRole('status').filter({ hasText: 'Banner saved.' }));
    await banner(owner).waitFor();
    expect(await banner(owner).innerText()).toContain(bannerText);
    // Markup in the message stays text.
    expect(await banner(owner).locator('b').count()).toBe(0);

    await owner.goto(`${api.url}/organizations`);
    await banner(owner).waitFor();
  });

  it('a member sees the banner and the branding, dismisses the banner for good; the owner still sees it', async () => {
    await addMemberOverApi(api.url, ownerToken, orgId, adminPerson, 'ADMIN');
    await addMemberOverApi(api.url, ownerToken, orgId, memberPerson, 'MEMBER');
    memberPage = await signInToOrganization(memberPerson);
    await banner(memberPage).waitFor();
    expect(await banner(memberPage).getByRole('status').innerText()).toContain(bannerText);
    await expect.poll(() => rootProperty(memberPage, '--accent')).toBe(ACCENT.hex);
    await memberPage.screenshot({ path: path.join(SCREENSHOTS, 'organization-banner.png') });

    await banner(memberPage).getByRole('button', { name: 'Dismiss' }).click();
    await banner(memberPage).waitFor({ state: 'detached' });
    await memberPage.reload();
    await expect.poll(() => switcherText(memberPage)).toBe(`${orgName} · Member`);
    await expect.poll(() => rootProperty(memberPage, '--accent')).toBe(ACCENT.hex);
    expect(await banner(memberPage).count()).toBe(0);

    await owner.reload();
    await banner(owner).waitFor();

    // Edited later, it shows again to the member who dismissed the earlier version.
    await owner.goto(`${api.url}/settings/banner`);
    await owner.getByLabel('Message').fill(`${bannerText} Extended to 11:00.`);
    await owner.getByRole('button', { name: 'Save banner' }).click();
    await expectOutcome(owner, owner.getByRole('status').filter({ hasText: 'Banner saved.' }));
    await memberPage.reload();
    await banner(memberPage).waitFor();
    expect(await banner(memberPage).innerText()).toContain('Extended to 11:00.');
  });

  it('a member sees the settings read-only: no Save, no danger zone', async () => {
    await memberPage.goto(`${api.url}/settings/general`);
    await memberPage.getByText('You can view these settings, not change them').waitFor();
    expect(await memberPage.getByLabel('Organization name').isDisabled()).toBe(true);
    expect(await memberPage.getByLabel('Industry').isDisabled()).toBe(true);
    expect(await memberPage.getByLabel('Industry').inputValue()).toBe('Aeronautics');
    expect(await memberPage.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    expect(await memberPage.getByRole('region', { name: 'Danger zone' }).count()).toBe(0);

    await settingsNav(memberPage).getByRole('link', { name: 'Branding' }).click();
    await memberPage.getByLabel('Primary colour', { exact: true }).waitFor();
    expect(await memberPage.getByLabel('Primary colour', { exact: true }).isDisabled()).toBe(true);
    expect(await memberPage.getByLabel('Primary colour', { exact: true }).inputValue()).toBe(PRIMARY.hex);
    expect(await memberPage.getByRole('button', { name: 'Save branding' }).count()).toBe(0);
  });

  it('an admin edits settings but not the name or slug, and has no danger zone', async () => {
    adminPage = await signInToOrganization(adminPerson);
    await adminPage.goto(`${api.url}/settings/general`);
    const naming = adminPage.getByRole('region', { name: 'Name and URL' });
    await naming.getByText('Only the owner can change the organization’s name and URL slug.').waitFor();
    expect(await naming.getByLabel('Organization name').isDisabled()).toBe(true);
    expect(await naming.getByLabel('URL slug').isDisabled()).toBe(true);
    expect(await naming.getByRole('button').count()).toBe(0);
    expect(await adminPage.getByRole('region', { name: 'Profile' }).getByLabel('Industry').isDisabled()).toBe(false);
    expect(await adminPage.getByRole('button', { name: 'Save profile' }).count()).toBe(1);
    expect(await adminPage.getByRole('region', { name: 'Danger zone' }).count()).toBe(0);
    expect(await adminPage.getByText('You can view these settings, not change them').count()).toBe(0);
  });

  it('requiring two-factor authentication shuts out the member without it, until they set it up from the notice', async () => {
    // The owner turns on two-factor authentication (through the API, with the password, in a
    // session signed in just now), then requires it.
    const freshOwnerToken = await signInOverApi(api.url, ownerPerson);
    const { beginTotpEnrollment } = await graphqlRequest<{ beginTotpEnrollment: { secret: string } }>(
      api.url,
      BEGIN_TOTP,
      { password: ownerPerson.password },
      { authorization: `Bearer ${freshOwnerToken}` },
    );
    const code = new TOTP({ secret: Secret.fromBase32(beginTotpEnrollment.secret) }).generate();
    await graphqlRequest(api.url, CONFIRM_TOTP, { code }, { authorization: `Bearer ${freshOwnerToken}` });
    await owner.goto(`${api.url}/settings/security`);
    await owner.getByLabel('Require two-factor authentication').check();
    await owner.getByRole('button', { name: 'Save security settings' }).click();
    await expectOutcome(owner, owner.getByRole('status').filter({ hasText: 'Security settings saved.' }));

    await memberPage.goto(`${api.url}/settings/general`);
    const notice = memberPage.getByRole('region', { name: 'Two-factor authentication required' });
    await notice.waitFor();
    await expect.poll(() => notice.innerText()).toContain(`${orgName} requires two-factor authentication.`);
    const refused = memberPage.locator('[role="alert"][data-error-code="MFA_REQUIRED"]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain(errorMessage('MFA_REQUIRED'));
    // What belongs to the person alone still works: the switcher, and setting up two-factor authentication.
    expect(await switcherText(memberPage)).toBe(`${orgName} · Member`);
    expect(await notice.getByRole('link', { name: 'Account page' }).getAttribute('href')).toBe('/account');
    await notice.getByRole('link', { name: 'Account page' }).click();
    await memberPage.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await memberPage.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await memberPage
      .getByRole('region', { name: 'Two-factor authentication' })
      .getByLabel('Password', { exact: true })
      .fill(memberPerson.password);
    await memberPage.getByRole('button', { name: 'Continue' }).click();
    const setupKey = memberPage.getByLabel('Setup key');
    await expectOutcome(memberPage, setupKey);
    const secret = (await setupKey.inputValue()).replace(/\s/g, '');
    await memberPage.getByLabel('Authentication code').fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
    await memberPage.getByRole('button', { name: 'Turn on two-factor authentication' }).click();

    // Enrolled: the notice goes and the organization's pages open again, without a reload.
    await notice.waitFor({ state: 'detached' });
    await memberPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expectOutcome(memberPage, memberPage.getByText('You can view these settings, not change them'));
    expect(await memberPage.getByLabel('Industry').inputValue()).toBe('Aeronautics');
  });

  it('the owner archives the organization with the password; it leaves the switcher and waits under Archived', async () => {
    await owner.goto(`${api.url}/settings/general`);
    const danger = owner.getByRole('region', { name: 'Danger zone' });
    await danger.getByRole('button', { name: 'Archive organization…' }).click();
    const dialog = owner.getByRole('dialog', { name: `Archive ${orgName}?` });
    expect(await dialog.innerText()).toContain('restore it from the Organizations page for 30 days');
    const password = dialog.getByLabel('Your password', { exact: true });
    await password.fill('not my password at all');
    await dialog.getByRole('button', { name: 'Archive organization' }).click();
    expect(await fieldError(owner, password)).toContain('Is not your current password');

    await password.fill(ownerPerson.password);
    await dialog.getByRole('button', { name: 'Archive organization' }).click();
    await owner.waitForURL(`${api.url}/organizations`);
    await expectOutcome(owner, owner.getByText(`${orgName} is archived`));
    await expect.poll(() => switcherText(owner)).toBe(`${defaultOrgName} · Owner · default`);
    await expect.poll(() => switcherOptions(owner)).toEqual([`${defaultOrgName} · Owner · default`]);
    // The console's own colours again, and no banner of the archived organization.
    await expect.poll(() => rootProperty(owner, '--accent')).toBe('');
    expect(await banner(owner).count()).toBe(0);
    expect(await owner.getByText('You no longer have access to the organization this tab had open.').count()).toBe(0);

    const archived = owner.getByRole('region', { name: 'Archived organizations' });
    const row = archived.getByRole('row').filter({ hasText: orgName });
    await row.waitFor();
    expect(await row.innerText()).toContain(`${defaultSlug}-2`);
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'organization-archived.png'), fullPage: true });

    // The member's tab loses it too.
    await memberPage.goto(`${api.url}/roles`);
    await expect
      .poll(() => switcherOptions(memberPage))
      .toEqual([`${memberPerson.name}'s organization · Owner · default`]);
  });

  it('restores the archived organization; it is back in the switcher', async () => {
    const archived = owner.getByRole('region', { name: 'Archived organizations' });
    await archived.getByRole('button', { name: `Restore ${orgName}` }).click();
    const dialog = owner.getByRole('dialog', { name: `Restore ${orgName}?` });
    await dialog.getByRole('button', { name: 'Restore organization' }).click();
    await expectOutcome(owner, archived.getByText(`${orgName} is restored`));
    await archived.getByText('No archived organizations.').waitFor();
    await expect
      .poll(() => switcherOptions(owner))
      .toEqual([`${defaultOrgName} · Owner · default`, `${orgName} · Owner`]);

    // "Open" switches this tab to it; its branding comes back with it.
    const yours = owner.getByRole('region', { name: 'Your organizations' });
    await yours.getByRole('button', { name: `Open ${orgName}` }).click();
    await expect.poll(() => switcherText(owner)).toBe(`${orgName} · Owner`);
    await expect.poll(() => rootProperty(owner, '--accent')).toBe(ACCENT.hex);
    expect(where(owner)).toBe('/organizations');

    // Narrow screens: the header links and the lists fit without scrolling sideways.
    await owner.setViewportSize({ width: 390, height: 844 });
    try {
      expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await owner.goto(`${api.url}/settings/branding`);
      await owner.getByRole('region', { name: 'Preview' }).waitFor();
      expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await owner.screenshot({ path: path.join(SCREENSHOTS, 'organization-branding-narrow.png'), fullPage: true });
    } finally {
      await owner.setViewportSize(VIEWPORT);
    }
  });

  it('logged no errors on the owner’s page', () => {
    expect(record.errors).toEqual([]);
  });
});
