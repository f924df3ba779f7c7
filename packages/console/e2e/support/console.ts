import type { Locator, Page } from 'playwright-core';

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
