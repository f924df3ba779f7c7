import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { linkIn, startMailCatcher } from '../../api/test/support/mail-catcher.ts';
import type { MailCatcher } from '../../api/test/support/mail-catcher.ts';
import { VIEWPORT, launchBrowser, reportFailure } from './support/browser.ts';
import { serveProductionConsole } from './support/build.ts';
import { signUpOnPage, switcherText } from './support/console.ts';

/** The operation a request to /graphql carries. */
function operationOf(route: Route): string | undefined {
  return (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
}

/**
 * The race behind the email-confirmation flake, forced: opening the emailed link restores the
 * session and confirms the address at the same time, so the header's CurrentUser request can be
 * read before the confirmation commits and answered after it. Apollo deduplicates identical
 * queries in flight, so a refetch, or the account page's "ask again on opening", joined that
 * stale request instead of asking anew, and the cache kept "not confirmed".
 */
describe('email confirmation in the production console', () => {
  let api: ApiProcess;
  let catcher: MailCatcher;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    api = await serveProductionConsole({ SMTP_URL: catcher.url });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  });

  afterEach(({ task }) => reportFailure(task, api, 'email-confirmation', page));

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await catcher?.close();
  });

  it('clears the banner even when the current user was read before the confirmation committed', async () => {
    const person = { name: 'Gladys West', email: `gladys.${Date.now()}@example.com`, password: 'geodesy by satellite' };
    await signUpOnPage(page, api.url, person);
    const banner = page.getByRole('region', { name: 'Email confirmation' });
    await banner.waitFor();
    // The tab has its organization before the link opens (no switch, and so no store reset, then).
    await expect
      .poll(() => switcherText(page), { timeout: 30_000 })
      .toBe(`${person.name}'s organization · Owner · default`);
    const mail = await catcher.waitFor(
      (candidate) => candidate.to.includes(person.email) && /Confirm/.test(candidate.subject),
    );

    // The first CurrentUser after the link opens is read by the API before the confirmation is
    // sent, and its answer reaches the page only well after the confirmation's answer.
    let staleRead: () => void = () => {};
    const read = new Promise<void>((resolve) => (staleRead = resolve));
    let confirmationAnswered: () => void = () => {};
    const answered = new Promise<void>((resolve) => (confirmationAnswered = resolve));
    let held = false;
    await page.route('**/graphql', async (route) => {
      const operation = operationOf(route);
      if (operation === 'VerifyEmail') {
        await read;
        const response = await route.fetch();
        await route.fulfill({ response });
        confirmationAnswered();
      } else if (operation === 'CurrentUser' && !held) {
        held = true;
        const response = await route.fetch();
        staleRead();
        await answered;
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.fulfill({ response });
      } else {
        await route.continue();
      }
    });

    await page.goto(linkIn(mail, '/verify-email'));
    await page.getByText('Your email address is confirmed').waitFor();
    await banner.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Go to your account' }).click();
    await page.waitForURL(`${api.url}/account`);
    await page.getByRole('region', { name: 'Profile' }).getByText('Confirmed', { exact: true }).waitFor();
    expect(await banner.count()).toBe(0);
    expect(held).toBe(true);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});
