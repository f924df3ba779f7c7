import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '@orgplane/schema';
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { linkIn, startMailCatcher } from '../../api/test/support/mail-catcher.ts';
import type { MailCatcher } from '../../api/test/support/mail-catcher.ts';
import { VIEWPORT, launchBrowser, recordPage, reportFailure, requestsOutside } from './support/browser.ts';
import type { PageRecord } from './support/browser.ts';
import { SCREENSHOTS, initialScriptGzipBytes, serveProductionConsole } from './support/build.ts';
import {
  expectOutcome,
  fieldError,
  fillSignIn,
  fillSignUp,
  graphqlRequest,
  isFocused,
  signUpOnPage,
  switcherText,
  where,
} from './support/console.ts';
import { acceptInvitationOverApi, inviteOverApi, signInOverApi, signUpOverApi } from './support/people.ts';

const TOTP_PERIOD_SECONDS = 30;
const INITIAL_SCRIPT_BUDGET_BYTES = 250 * 1024;

function screenshot(page: Page, name: string, fullPage = false) {
  return page.screenshot({ path: path.join(SCREENSHOTS, `identity-${name}.png`), fullPage });
}

/** The 30-second step a TOTP code belongs to, now. */
function currentStep(): number {
  return Math.floor(Date.now() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * A code for a time step after `afterStep`, waiting for the next window when needed: the API
 * accepts each step once (a replayed code is refused), so a sign-in right after enrolment needs
 * the next one.
 */
async function freshCode(secret: string, afterStep: number): Promise<{ code: string; step: number }> {
  while (currentStep() <= afterStep) {
    const nextWindow = (currentStep() + 1) * TOTP_PERIOD_SECONDS * 1000;
    await new Promise((resolve) => setTimeout(resolve, nextWindow - Date.now() + 250));
  }
  const step = currentStep();
  return { code: new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * 30_000 + 1 }), step };
}

/** The page's own storage, where no token may ever be. */
function storageOf(page: Page) {
  return page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(window.localStorage)),
    session: Object.fromEntries(Object.entries(window.sessionStorage)),
    cookie: document.cookie,
  }));
}

/** The `x-tenant-id` of every signed-in GraphQL request `page` sends from now on. */
function tenantHeaders(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const headers = request.headers();
    if (request.url().endsWith('/graphql') && headers.authorization) seen.push(headers['x-tenant-id'] ?? '');
  });
  return seen;
}

/** Opens the user menu in the header and chooses Sign out. */
async function signOutFromMenu(page: Page) {
  await page.getByRole('button', { name: /account menu/ }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
}

describe('identity in the production console', () => {
  let api: ApiProcess;
  let catcher: MailCatcher;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;
  let otherContext: BrowserContext | undefined;
  let otherPage: Page;

  const name = 'Katherine Johnson';
  const email = `katherine.${Date.now()}@example.com`;
  const password = 'orbital mechanics by hand';
  const newPassword = 'friendship seven reentry';
  let secret = '';
  let enrolledStep = 0;
  let recoveryCodes: string[] = [];
  let orgId = '';

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    catcher = await startMailCatcher();
    api = await serveProductionConsole({ SMTP_URL: catcher.url });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: VIEWPORT });
    page = await context.newPage();
    record = recordPage(page);
  });

  afterEach(({ task }) => reportFailure(task, api, 'identity', page));

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await catcher?.close();
  });

  it('keeps the first download under the JavaScript budget', () => {
    expect(initialScriptGzipBytes()).toBeLessThan(INITIAL_SCRIPT_BUDGET_BYTES);
  });

  it('shows sign-up field errors before sending anything', async () => {
    const sent: string[] = [];
    const watch = (request: { postData(): string | null }) => sent.push(request.postData() ?? '');
    page.on('request', watch);
    try {
      await page.goto(`${api.url}/sign-up`);
      await page.getByRole('heading', { level: 1, name: 'Create your Orgplane account' }).waitFor();
      await page.getByLabel('Email').fill('ada@example.com');
      await page.getByLabel('Password', { exact: true }).fill('Ada@Example.com');
      await page.getByRole('button', { name: 'Create account' }).click();

      const nameField = page.getByLabel('Your name');
      const passwordField = page.getByLabel('Password', { exact: true });
      await expect.poll(() => nameField.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBeNull();
      expect(await passwordField.getAttribute('aria-invalid')).toBe('true');
      // Each error is read out with its field, and focus moved to the first invalid one.
      await expect.poll(() => isFocused(nameField)).toBe(true);
      const describedBy = async (field: typeof nameField) => {
        const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
        return Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
      };
      expect(await describedBy(nameField)).toEqual([expect.stringContaining('Enter your name.')]);
      expect(await describedBy(passwordField)).toContainEqual(
        expect.stringContaining('Your password must not be your email address.'),
      );

      await page.getByLabel('Email').fill('not-an-email');
      await passwordField.fill('short');
      await page.getByRole('button', { name: 'Create account' }).click();
      expect(await describedBy(page.getByLabel('Email'))).toEqual([
        expect.stringContaining('Enter an email address such as name@example.com.'),
      ]);
      expect(await describedBy(passwordField)).toContainEqual(expect.stringContaining('Use at least 10 characters.'));
      await screenshot(page, 'sign-up-validation');

      expect(sent.filter((body) => body.includes('SignUp'))).toEqual([]);
    } finally {
      page.off('request', watch);
    }

    // What only the API can tell (a common password) comes back as VALIDATION_FAILED and shows
    // next to the field it names.
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill(`ada.${Date.now()}@example.com`);
    await page.getByLabel('Password', { exact: true }).fill('qwertyuiop');
    await page.getByRole('button', { name: 'Create account' }).click();
    const passwordField = page.getByLabel('Password', { exact: true });
    expect(await fieldError(page, passwordField)).toContain('Is too common; choose a less guessable one');
    await expect.poll(() => isFocused(passwordField)).toBe(true);
  });

  it('signs up and opens the new default organization in the switcher', async () => {
    await signUpOnPage(page, api.url, { name, email, password });

    await expect.poll(() => switcherText(page)).toBe(`${name}'s organization · Owner · default`);
    orgId = await page.getByRole('combobox', { name: 'Organization' }).inputValue();
    expect(orgId).toMatch(/^[0-9a-f-]{36}$/);

    // The refresh token lives only in an httpOnly, SameSite=Strict cookie for /graphql; the
    // access token only in memory; this tab keeps nothing but its organization id.
    // Beside it, the device cookie that keeps strangers' wrong passwords from locking this
    // browser out; it holds no session.
    const cookies = await context.cookies();
    expect(
      cookies.map(({ name: cookie, httpOnly, sameSite, path: cookiePath }) => ({
        cookie,
        httpOnly,
        sameSite,
        cookiePath,
      })),
    ).toEqual(
      expect.arrayContaining([
        { cookie: 'orgplane_refresh', httpOnly: true, sameSite: 'Strict', cookiePath: '/graphql' },
        { cookie: 'orgplane_device', httpOnly: true, sameSite: 'Strict', cookiePath: '/graphql' },
      ]),
    );
    expect(cookies).toHaveLength(2);
    expect(await storageOf(page)).toEqual({ local: {}, session: { 'orgplane.tenantId': orgId }, cookie: '' });

    const navigation = page.getByRole('navigation', { name: 'Main' });
    // The owner of the new organization may do everything; the links follow the loaded abilities.
    await expect
      .poll(() => navigation.getByRole('link').allInnerTexts())
      .toEqual(['Roles', 'Workspaces', 'Members', 'API keys', 'Billing', 'Usage', 'Settings', 'Account']);
  });

  it('confirms the email address from the emailed link', async () => {
    const mail = await catcher.waitFor(
      (candidate) => candidate.to.includes(email) && /Confirm/.test(candidate.subject),
    );
    await page.goto(linkIn(mail, '/verify-email'));
    await page.getByText('Your email address is confirmed').waitFor();
    await page.getByRole('link', { name: 'Go to your account' }).click();
    await page.waitForURL(`${api.url}/account`);
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByText('Confirmed', { exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Email confirmation' }).count()).toBe(0);
  });

  it('answers a sign-up with a taken address by asking to check the email, and mails the owner', async () => {
    const stranger = await browser.newContext({ viewport: VIEWPORT });
    try {
      const strangerPage = await stranger.newPage();
      await strangerPage.goto(`${api.url}/sign-up`);
      await fillSignUp(strangerPage, 'Someone Else', email.toUpperCase(), 'a different long password');
      const notice = strangerPage.getByRole('status').filter({ hasText: 'Check your email' });
      await expectOutcome(strangerPage, notice);
      expect(await notice.innerText()).toContain(`We sent a message to ${email}`);
      await screenshot(strangerPage, 'sign-up-check-email');
      // Nothing signed in there, and the owner hears of it.
      expect((await stranger.cookies()).map((cookie) => cookie.name)).toEqual([]);
      await strangerPage.getByRole('link', { name: 'Sign in', exact: true }).first().click();
      await strangerPage.getByRole('heading', { level: 1, name: 'Sign in to Orgplane' }).waitFor();
    } finally {
      await stranger.close();
    }
    const mail = await catcher.waitFor(
      (candidate) => candidate.to.includes(email) && /tried to create/.test(candidate.subject),
    );
    expect(linkIn(mail, '/forgot-password')).toBe(`${api.url}/forgot-password`);
  });

  it('restores the session from the cookie on reload and keeps the tab on its organization', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    // The switcher fills in once the organizations have loaded, after the page heading.
    await expect.poll(() => page.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(orgId);
  });

  it('switches organizations per tab: two tabs can work in two organizations at once', async () => {
    // Someone else's organization invites this user as an admin (set up through the API).
    const owner = await signUpOverApi(api.url, {
      name: 'Mary Jackson',
      email: `mary.${Date.now()}@example.com`,
      password: 'wind tunnel number four',
    });
    const other = owner.organization;
    await inviteOverApi(api.url, owner.token, other.id, email, 'ADMIN');
    const invitation = await catcher.waitFor((mail) => mail.to.includes(email) && mail.text.includes('/invite?token='));
    const token = new URL(linkIn(invitation, '/invite?token=')).searchParams.get('token') ?? '';
    const inviteeToken = await signInOverApi(api.url, { email, password });
    await acceptInvitationOverApi(api.url, inviteeToken, token);
    await graphqlRequest(
      api.url,
      `
        mutation {
          signOut(input: { everywhere: false }) {
            revokedSessionCount
          }
        }
      `,
      {},
      { authorization: `Bearer ${inviteeToken}` },
    );

    await page.reload();
    const switcher = page.getByRole('combobox', { name: 'Organization' });
    await expect
      .poll(() => switcher.evaluate((select: HTMLSelectElement) => [...select.options].map((option) => option.text)))
      .toEqual([`${name}'s organization · Owner · default`, `${other.name} · Admin`]);

    // Switching sends the other organization from now on, and refetches what is on screen.
    const sentHere = tenantHeaders(page);
    await switcher.selectOption({ label: `${other.name} · Admin` });
    await expect.poll(() => sentHere.filter((tenant) => tenant === other.id).length).toBeGreaterThan(0);
    expect(sentHere.filter((tenant) => tenant !== other.id)).toEqual([]);
    expect(await storageOf(page)).toEqual({ local: {}, session: { 'orgplane.tenantId': other.id }, cookie: '' });

    // A second tab opens the default organization and keeps it, while this one stays on the other.
    const tab = await context.newPage();
    try {
      const sentThere = tenantHeaders(tab);
      await tab.goto(`${api.url}/account`);
      await expect.poll(() => tab.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(orgId);
      await expect.poll(() => sentThere.includes(orgId)).toBe(true);
      await page.reload();
      await expect.poll(() => switcher.inputValue()).toBe(other.id);
      await tab.reload();
      await expect.poll(() => tab.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(orgId);
      await page.getByRole('region', { name: 'Sessions' }).getByRole('listitem').first().waitFor();
      await screenshot(page, 'org-switcher');
    } finally {
      await tab.close();
    }

    await switcher.selectOption({ value: orgId });
    await expect
      .poll(() => storageOf(page))
      .toEqual({ local: {}, session: { 'orgplane.tenantId': orgId }, cookie: '' });
  });

  it('turns on two-factor authentication after the password, with the shown key, and shows the recovery codes once', async () => {
    const twoFactor = page.getByRole('region', { name: 'Two-factor authentication' });
    await twoFactor.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    // The password comes first: a wrong one is refused at the field, the right one shows the key.
    const passwordField = twoFactor.getByLabel('Password', { exact: true });
    await passwordField.fill('not the password at all');
    await twoFactor.getByRole('button', { name: 'Continue' }).click();
    expect(await fieldError(page, passwordField)).toMatch(/current password/i);
    await passwordField.fill(password);
    await twoFactor.getByRole('button', { name: 'Continue' }).click();
    await twoFactor.getByRole('img', { name: /QR code/ }).waitFor();
    secret = (await twoFactor.getByLabel('Setup key').inputValue()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await twoFactor.scrollIntoViewIfNeeded();
    await screenshot(page, 'mfa-enrol');

    const { code, step } = await freshCode(secret, 0);
    enrolledStep = step;
    await twoFactor.getByLabel('Authentication code').fill(code);
    await twoFactor.getByRole('button', { name: 'Turn on two-factor authentication' }).click();

    const codes = twoFactor.getByRole('list', { name: 'Recovery codes' });
    await codes.waitFor();
    const firstCodes = await codes.getByRole('listitem').allInnerTexts();
    expect(firstCodes).toHaveLength(10);
    expect(await twoFactor.getByRole('button', { name: 'Copy codes' }).isVisible()).toBe(true);
    expect(await twoFactor.getByRole('button', { name: 'Download as text file' }).isVisible()).toBe(true);
    await screenshot(page, 'mfa-recovery-codes');

    await twoFactor.getByRole('button', { name: 'I have saved them' }).click();
    await twoFactor.getByText('On', { exact: true }).waitFor();
    expect(await twoFactor.getByRole('list', { name: 'Recovery codes' }).count()).toBe(0);

    // New recovery codes take the password and a code (here one of the first recovery codes).
    await twoFactor.getByRole('button', { name: 'Regenerate recovery codes…' }).click();
    await twoFactor.getByLabel('Password', { exact: true }).fill(password);
    await twoFactor.getByLabel('Authentication or recovery code').fill(firstCodes[9] ?? '');
    await twoFactor.getByRole('button', { name: 'Create new recovery codes' }).click();
    await codes.waitFor();
    recoveryCodes = await codes.getByRole('listitem').allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes.filter((recovery) => firstCodes.includes(recovery))).toEqual([]);
    await twoFactor.getByRole('button', { name: 'I have saved them' }).click();
    await expectOutcome(page, twoFactor.getByText('New recovery codes saved. The old ones no longer work.'));
  });

  it('signs out, refuses a wrong password with the shared message, and comes back through the TOTP step', async () => {
    await signOutFromMenu(page);
    // Signing out ends the session; the device cookie stays (it proves nothing by itself).
    expect((await context.cookies()).map((cookie) => cookie.name)).toEqual(['orgplane_device']);

    // A protected page sends a signed-out visitor to sign in, and back afterwards.
    await page.goto(`${api.url}/account`);
    await page.waitForURL(`${api.url}/sign-in?next=%2Faccount`);

    await fillSignIn(page, email, 'not the password at all');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(errorMessage('INVALID_CREDENTIALS'));
    expect(await alert.getAttribute('data-error-code')).toBe('INVALID_CREDENTIALS');
    await screenshot(page, 'sign-in-wrong-password');

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectOutcome(page, page.getByRole('heading', { name: 'Two-factor authentication' }));
    const { code } = await freshCode(secret, enrolledStep);
    await page.getByLabel('Authentication code').fill(code);
    await screenshot(page, 'sign-in-totp');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.waitForURL(`${api.url}/account`);
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    // Signing out forgot the tab's organization; it starts again on the default one.
    await expect
      .poll(() => storageOf(page))
      .toEqual({ local: {}, session: { 'orgplane.tenantId': orgId }, cookie: '' });
  });

  it('signs in a second browser with a recovery code, and lists both sessions', async () => {
    otherContext = await browser.newContext({ viewport: VIEWPORT });
    otherPage = await otherContext.newPage();
    await otherPage.goto(`${api.url}/account`);
    await otherPage.waitForURL(`${api.url}/sign-in?next=%2Faccount`);
    await fillSignIn(otherPage, email, password);
    await otherPage.getByRole('button', { name: 'Use a recovery code' }).click();
    await otherPage.getByLabel('Recovery code').fill(recoveryCodes[0] ?? '');
    await otherPage.getByRole('button', { name: 'Verify and sign in' }).click();
    await otherPage.waitForURL(`${api.url}/account`);

    await page.reload();
    const sessions = page.getByRole('region', { name: 'Sessions' });
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(2);
    expect(await sessions.getByText('This device').count()).toBe(1);
    expect(await sessions.getByRole('button', { name: 'Revoke' }).count()).toBe(1);
    await screenshot(page, 'account', true);
  });

  it('a second tab shares the session, and follows when the first signs out', async () => {
    const tab = await context.newPage();
    try {
      await tab.goto(`${api.url}/account`);
      await tab.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      // A new tab has no organization of its own yet: it opens the default one.
      await expect.poll(() => tab.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(orgId);

      await signOutFromMenu(page);
      await tab.waitForURL((url) => url.pathname === '/sign-in');
    } finally {
      await tab.close();
    }
  });

  it('resets the password through the emailed link, which ends the other session', async () => {
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // The old page stays on screen until the new one has loaded: wait for the new one.
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expectOutcome(page, page.getByText('Check your email'));
    expect(await page.getByRole('status').filter({ hasText: 'Check your email' }).innerText()).toContain(
      `If an account exists for ${email}`,
    );
    await screenshot(page, 'forgot-password-sent');

    const mail = await catcher.waitFor((candidate) => candidate.to.includes(email) && /Reset/.test(candidate.subject));
    await page.goto(linkIn(mail, '/reset-password'));
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expectOutcome(page, page.getByText('Your password has changed'));
    await screenshot(page, 'reset-password-done');

    // The old session in the other browser no longer works.
    await otherPage.reload();
    await otherPage.waitForURL((url) => url.pathname === '/sign-in');
    await otherPage.getByRole('heading', { level: 1, name: 'Sign in to Orgplane' }).waitFor();
  });

  it('signs in with the new password, with the keyboard alone', async () => {
    await page.getByRole('link', { name: 'Sign in', exact: true }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Orgplane' }).waitFor();
    await page.getByLabel('Email').focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(newPassword);
    await page.keyboard.press('Enter');

    // The code field takes focus; the recovery-code switch is two stops further.
    const code = page.getByLabel('Authentication code');
    await expectOutcome(page, code);
    await expect.poll(() => isFocused(code)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Use a recovery code');
    await page.keyboard.press('Enter');
    const recovery = page.getByLabel('Recovery code');
    await expect.poll(() => isFocused(recovery)).toBe(true);
    await page.keyboard.type(recoveryCodes[1] ?? '');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${api.url}/roles`);
    await expect.poll(() => page.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(orgId);

    // The user menu opens with Enter and closes with Escape, handing focus back.
    const menuButton = page.getByRole('button', { name: /account menu/ });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Account');
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => isFocused(menuButton)).toBe(true);
  });

  it('says the development mailbox is off when the API sends real email', async () => {
    await page.goto(`${api.url}/mailbox`);
    await page.getByText('The development mailbox is off').waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mailbox' }).count()).toBe(0);
    await screenshot(page, 'mailbox-off');
  });

  it('works on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${api.url}/account`);
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'account-narrow');
    await page.setViewportSize(VIEWPORT);
  });

  it('says how long to wait when the API rate-limits an attempt', async () => {
    const limited = await browser.newPage({ viewport: VIEWPORT });
    try {
      await limited.route('**/graphql', async (route) => {
        if (!(route.request().postData() ?? '').includes('"operationName":"SignIn"')) return route.continue();
        await route.fulfill({
          status: 200,
          contentType: 'application/graphql-response+json',
          body: JSON.stringify({
            data: { signIn: null },
            errors: [
              {
                message: errorMessage('RATE_LIMITED'),
                path: ['signIn'],
                extensions: { code: 'RATE_LIMITED', retryAfter: 95 },
              },
            ],
          }),
        });
      });
      await limited.goto(`${api.url}/sign-in`);
      await fillSignIn(limited, email, 'any password at all');
      const alert = limited.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toBe(`${errorMessage('RATE_LIMITED')} You can try again in 2 minutes.`);
    } finally {
      await limited.close();
    }
  });

  it('made no request outside the API origin and logged no errors', () => {
    expect(requestsOutside(record, new URL(api.url).origin)).toEqual([]);
    expect(record.errors).toEqual([]);
  });
});

/** Whether a request is the console's cookie refresh. */
function isRefresh(request: Request): boolean {
  return request.url().endsWith('/graphql') && (request.postData() ?? '').includes('"operationName":"RefreshSession"');
}

describe('session upkeep and the development mailbox in the production console', () => {
  let api: ApiProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    api = await serveProductionConsole({
      // Short-lived access tokens, so refreshing them is part of every test here.
      ACCESS_TOKEN_TTL_SECONDS: '30',
      // No SMTP_URL, and DEV_MAILBOX (set by serveProductionConsole): emails stay in the development mailbox.
    });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: VIEWPORT });
    page = await context.newPage();
    await signUpOnPage(page, api.url, {
      name: 'Dorothy Vaughan',
      email: `dorothy.${Date.now()}@example.com`,
      password: 'fortran for the whole team',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('refreshes once and retries when the API refuses the access token', async () => {
    const refreshes: Request[] = [];
    const watch = (request: Request) => {
      if (isRefresh(request)) refreshes.push(request);
    };
    page.on('request', watch);
    // The first signed-in query after the reload is refused as if its token had just expired.
    let refused = 0;
    await page.route('**/graphql', async (route) => {
      const request = route.request();
      if (!refused && request.headers().authorization && (request.postData() ?? '').includes('CurrentUser')) {
        refused += 1;
        await route.fulfill({
          status: 401,
          contentType: 'application/graphql-response+json',
          body: JSON.stringify({
            errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }],
          }),
        });
        return;
      }
      await route.continue();
    });
    try {
      await page.reload();
      await page.getByRole('region', { name: 'Profile' }).getByRole('textbox', { name: 'Display name' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Display name' }).inputValue()).toBe('Dorothy Vaughan');
      expect(refused).toBe(1);
      // One refresh restored the session on load, one more answered the refusal. The profile can
      // show before the refused query's retry has gone out (other queries fill it too), so wait
      // for the second refresh, then for the page to settle, and check no third one followed.
      await expect.poll(() => refreshes.length).toBe(2);
      await page.waitForLoadState('networkidle');
      expect(refreshes).toHaveLength(2);
      expect(where(page)).toBe('/account');
    } finally {
      await page.unroute('**/graphql');
      page.off('request', watch);
    }
  });

  it(
    'refreshes the access token before it expires, with no reload and no refused request',
    // Waits for the scheduled refresh (about 20 s in) and past the old token's lifetime: more than
    // the default ceiling on a loaded machine.
    { timeout: 180_000 },
    async () => {
      const refused: string[] = [];
      const watch = (response: Response) => {
        if (response.status() === 401) refused.push(response.url());
      };
      page.on('response', watch);
      try {
        const refresh = await page.waitForRequest(isRefresh, { timeout: 45_000 });
        expect((await refresh.response())?.status()).toBe(200);
        // Past the lifetime of the token the page had before: a change goes through on the first try.
        await page.waitForTimeout(12_000);
        const displayName = page.getByRole('textbox', { name: 'Display name' });
        await displayName.fill('Dorothy J. Vaughan');
        await page.getByRole('button', { name: 'Save name' }).click();
        await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
        expect(where(page)).toBe('/account');
        expect(refused).toEqual([]);
      } finally {
        page.off('response', watch);
      }
    },
  );

  it('never loses the session when many tabs refresh at once (refreshes take turns)', async () => {
    const tabs = await Promise.all(Array.from({ length: 4 }, () => context.newPage()));
    try {
      for (let round = 0; round < 3; round += 1) {
        await Promise.all(tabs.map((tab) => tab.goto(`${api.url}/account`)));
        await Promise.all(tabs.map((tab) => tab.getByRole('heading', { level: 1, name: 'Your account' }).waitFor()));
      }
      for (const tab of tabs) expect(where(tab)).toBe('/account');
      // Every tab rotated the same session's refresh token, one after another: it is still alive.
      await page.reload();
      const sessions = page.getByRole('region', { name: 'Sessions' });
      await expect.poll(() => sessions.getByRole('listitem').count()).toBe(1);
      expect(where(page)).toBe('/account');
    } finally {
      await Promise.all(tabs.map((tab) => tab.close()));
    }
  });

  it('lists the emails with their bodies, and their links work', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mailbox' }).click();
    await page.waitForURL(`${api.url}/mailbox`);
    await page.getByText('Development tool', { exact: true }).waitFor();
    const list = page.getByRole('navigation', { name: 'Emails' });
    const item = list.getByRole('button', { name: /Confirm your email address/ });
    await item.waitFor();
    expect(await item.innerText()).toContain('dorothy.');

    const message = page.getByRole('article');
    expect(await message.getByRole('heading', { level: 2 }).innerText()).toBe(
      'Confirm your email address for Orgplane',
    );
    await message.getByRole('radio', { name: 'Plain text' }).check();
    const link = message.getByRole('link', { name: /\/verify-email\?token=/ });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${api.url}/verify-email\\?token=`));
    await message.getByRole('radio', { name: 'HTML' }).check();
    await screenshot(page, 'mailbox');

    // The HTML body's button opens the console in the whole window.
    const body = page.frameLocator('iframe[title^="HTML body"]');
    await body.getByRole('link', { name: 'Confirm email address' }).click();
    await page.waitForURL((url) => url.pathname === '/verify-email');
    await page.getByText('Your email address is confirmed').waitFor();
    expect(where(page)).toMatch(/^\/verify-email\?token=/);
  });
});
