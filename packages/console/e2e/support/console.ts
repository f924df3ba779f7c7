import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SeparatePages } from './browser.ts';
import type { Person } from './people.ts';

/** The path and query of a page's URL. */
export function where(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/**
 * Waits for `expected`, or fails at once with the text of the error alert the page shows instead
 * (rather than timing out without saying why).
 */
export async function expectOutcome(page: Page, expected: Locator): Promise<void> {
  const alert = page.locator('[role="alert"][data-error-code]');
  await expected.or(alert).first().waitFor();
  if (!(await expected.count()))
    throw new Error(`Expected ${expected.toString()}, but the page says: ${await alert.first().innerText()}`);
}

/** Signs in with email and password through the sign-in form on the current page. */
export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Fills and sends the sign-up form on the current page. */
export async function fillSignUp(page: Page, name: string, email: string, password: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Opens the sign-up page, signs `person` up and waits for the account page the console lands on. */
export async function signUpOnPage(page: Page, apiUrl: string, person: Person): Promise<void> {
  await page.goto(`${apiUrl}/sign-up`);
  await fillSignUp(page, person.name, person.email, person.password);
  await page.waitForURL(`${apiUrl}/account`);
}

/** Opens the sign-in page, signs `person` in and waits until the console has let them past it. */
export async function signInOnPage(page: Page, apiUrl: string, person: Person): Promise<void> {
  await page.goto(`${apiUrl}/sign-in`);
  await fillSignIn(page, person.email, person.password);
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** One GraphQL request straight to the API, for setting up what the story does not do in the console. */
export async function graphqlRequest<T>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Whether `locator`'s element has keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** The organization the switcher in the header has open, as it reads ("Acme · Admin"). */
export function switcherText(page: Page): Promise<string | undefined> {
  return page
    .getByRole('combobox', { name: 'Organization' })
    .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text);
}

/** The labels of every organization the switcher offers. */
export function switcherOptions(page: Page): Promise<string[]> {
  return page.getByRole('combobox', { name: 'Organization' }).locator('option').allInnerTexts();
}

/** The text of the error `field` shows, once it is marked invalid (the last id in its `aria-describedby`). */
export async function fieldError(page: Page, field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const errorId = (await field.getAttribute('aria-describedby'))?.split(' ').at(-1) ?? '';
  return page.locator(`[id="${errorId}"]`).innerText();
}

/** A CSS property (`'background-color'`) of `locator`'s element as the browser computes it: colours as `rgb(…)`. */
export function computedStyle(locator: Locator, property: string): Promise<string> {
  return locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
}

/**
 * Signs `person` in on a page of their own (a context opened with `options`) and opens the
 * organization there, waiting until the switcher shows it with `role`.
 */
export async function openOrganizationAs(
  pages: SeparatePages,
  apiUrl: string,
  person: Person,
  organization: { id: string; name: string },
  role: string,
  options?: BrowserContextOptions,
): Promise<Page> {
  const page = await pages.open(options);
  await signInOnPage(page, apiUrl, person);
  await page.getByRole('combobox', { name: 'Organization' }).selectOption(organization.id);
  await expect.poll(() => switcherText(page)).toBe(`${organization.name} · ${role}`);
  return page;
}
