import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess } from '../../api/test/support/api-process.ts';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { createTestDatabase } from '../../api/test/support/database.ts';
import { freePort } from '../../api/test/support/ports.ts';
import { VIEWPORT, launchBrowser, recordPage } from './support/browser.ts';
import type { PageRecord } from './support/browser.ts';
import { CONSOLE_ROOT } from './support/build.ts';
import { graphqlRequest, signUpOnPage } from './support/console.ts';

/**
 * The console as `pnpm start` serves it: Vite's development server (React in development mode,
 * with StrictMode re-running effects, and dependencies bundled on demand), proxying to the API.
 * The other browser tests use the production build, which behaves differently in both respects.
 */
describe('the console on the development server', () => {
  let api: ApiProcess;
  let vite: ViteDevServer;
  let browser: Browser;
  let page: Page;
  let record: PageRecord;
  let consoleUrl = '';

  beforeAll(async () => {
    // As `pnpm start` runs it: one trusted proxy hop, the dev server's.
    api = await startApiProcess({ DATABASE_URL: await createTestDatabase(), TRUST_PROXY_HOPS: '1' });
    const port = await freePort();
    // vite.config.ts reads both when the server loads it.
    process.env.API_URL = api.url;
    process.env.CONSOLE_PORT = String(port);
    vite = await createServer({ root: CONSOLE_ROOT, logLevel: 'warn' });
    await vite.listen();
    consoleUrl = `http://127.0.0.1:${port}`;
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    record = recordPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await vite?.close();
    await api?.stop();
  });

  it('signs up through the proxy', async () => {
    await signUpOnPage(page, consoleUrl, {
      name: 'Grace Hopper',
      email: `grace.${Date.now()}@example.com`,
      password: 'the first compiler, 1952',
    });
  });

  it('keeps a dialog open under StrictMode, and suggests a slug with the shared rules', async () => {
    await page.goto(`${consoleUrl}/workspaces`);
    await page.getByRole('button', { name: 'Create your first workspace' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workspace' });
    await dialog.getByLabel('Name').fill('Données Ünïcode');
    // StrictMode closes and reopens the dialog once; it must still be open afterwards: the slug
    // it suggests from the typed name shows in it, and it is still there.
    await dialog.getByText('donnees-unicode').first().waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Données Ünïcode' }).waitFor();
  });

  it('forwards the socket address, not the X-Forwarded-For a client sends', async () => {
    const forged = { 'x-forwarded-for': '203.0.113.7' };
    const email = `forger.${Date.now()}@example.com`;
    const password = 'not from 203.0.113.7';
    await graphqlRequest(
      consoleUrl,
      'mutation($input: SignUpInput!) { signUp(input: $input) { email } }',
      { input: { email, displayName: 'Forger', password } },
      forged,
    );
    // Sign-up starts no session; the sign-in after it does, from the address the proxy saw.
    const { signIn } = await graphqlRequest<{ signIn: { tokens: { accessToken: string } } }>(
      consoleUrl,
      'mutation($input: SignInInput!) { signIn(input: $input) { tokens { accessToken } } }',
      { input: { email, password } },
      forged,
    );
    const { viewer } = await graphqlRequest<{ viewer: { sessions: { edges: { node: { ip: string | null } }[] } } }>(
      consoleUrl,
      '{ viewer { sessions(first: 5) { edges { node { ip } } } } }',
      {},
      { ...forged, authorization: `Bearer ${signIn.tokens.accessToken}` },
    );
    expect(viewer.sessions.edges.map(({ node }) => node.ip)).toEqual([
      expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/),
    ]);
  });

  it('logged no errors', () => {
    expect(record.errors).toEqual([]);
  });
});
