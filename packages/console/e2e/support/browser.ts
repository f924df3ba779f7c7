import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect, type TestContext } from 'vitest';
import type { ApiProcess } from '../../../api/test/support/api-process.ts';
import { SCREENSHOTS } from './build.ts';

/** The window the browser tests look through, unless a test says otherwise. */
export const VIEWPORT = { width: 1280, height: 900 };

/**
 * How long one page action or navigation may take before it fails: Playwright's default 30 s is
 * less than a first page load of the development server (dependencies bundled on demand) or a
 * sign-up (password hashing) on a loaded machine. A ceiling: each waits for its event.
 */
const ACTION_TIMEOUT_MS = 90_000;

/**
 * Debian's Chromium, headless, with everything that would phone home switched off. Every context
 * it opens (`newPage` opens one too) waits up to {@link ACTION_TIMEOUT_MS} per action.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return context;
  };
  return browser;
}

/** What a page did that a test may want to assert on afterwards. */
export interface PageRecord {
  /** Every URL the page requested. */
  readonly requests: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
}

/** Starts recording a page's requests and errors. */
export function recordPage(page: Page): PageRecord {
  const record: PageRecord = { requests: [], errors: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  return record;
}

/** The requested URLs that left `origin` (data: URLs stay on the page). */
export function requestsOutside(record: PageRecord, origin: string): string[] {
  return record.requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
}

/** Pages that each have a browser context of their own: their own cookies and session, as on another computer. */
export interface SeparatePages {
  /** A new page in a new context, at {@link VIEWPORT} unless `options` say otherwise. */
  open(options?: BrowserContextOptions): Promise<Page>;
  /** Closes every context opened so far, passing over one that will not close. */
  closeAll(): Promise<void>;
}

/** Opens pages in `browser`, each in a context of its own, to close together at the end. */
export function separatePages(browser: Browser): SeparatePages {
  let contexts: BrowserContext[] = [];
  return {
    async open(options = {}) {
      const context = await browser.newContext({ viewport: VIEWPORT, ...options });
      contexts.push(context);
      return context.newPage();
    },
    async closeAll() {
      for (const context of contexts) await context.close().catch(() => undefined);
      contexts = [];
    },
  };
}

/**
 * After a failed test, what the page showed and the API said, to tell a console bug from an API
 * one: a screenshot `<prefix>-failure-<test name>.png` of `page` (and `…-<key>.png` of each of
 * `others`), and the API's last 40 log lines. Does nothing after a test that passed.
 */
export async function reportFailure(
  task: TestContext['task'],
  api: ApiProcess,
  prefix: string,
  page: Page,
  others: Record<string, Page> = {},
): Promise<void> {
  if (task.result?.state !== 'fail') return;
  const name = `${prefix}-failure-${task.name.replace(/\W+/g, '-').slice(0, 60)}`;
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) }).catch(() => undefined);
  for (const [key, other] of Object.entries(others))
    await other.screenshot({ path: path.join(SCREENSHOTS, `${name}-${key}.png`) }).catch(() => undefined);
  console.error(api.output().split('\n').slice(-40).join('\n'));
}

/**
 * Saves `page` at the usual width and at 390 px, and checks that nothing scrolls sideways at 390 px.
 * Polled: some content (charts) takes its width from a resize observer, a frame after the window changes.
 */
export async function screenshotBothWidths(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-narrow.png`), fullPage });
  } finally {
    await page.setViewportSize(VIEWPORT);
  }
}
