import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { launchBrowser, recordPage, reportFailure, screenshotBothWidths, separatePages } from './support/browser.ts';
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

/** One POST the receiver got. */
interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** What the receiver answered. */
  readonly status: number;
}

/** A webhook receiver on loopback: answers 200, or 500 while `failing`, and keeps what it got. */
interface Receiver {
  readonly url: string;
  readonly received: Received[];
  failing: boolean;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const receiver = { received: [] as Received[], failing: false };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const status = receiver.failing ? 500 : 200;
      receiver.received.push({ headers: request.headers, body, status });
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(status === 200 ? 'ok' : 'receiver is down for the test');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/hooks/orgplane`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** Whether `received` carries a valid Standard Webhooks signature made with `secret` (`whsec_` + base64). */
function signedWith(received: Received, secret: string): boolean {
  const id = String(received.headers['webhook-id']);
  const timestamp = String(received.headers['webhook-timestamp']);
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${received.body}`).digest('base64');
  return String(received.headers['webhook-signature'])
    .split(' ')
    .some((signature) => signature === `v1,${expected}`);
}

/** The type of the event a POST carried. */
function typeOf(received: Received): string {
  return (JSON.parse(received.body) as { type: string }).type;
}

describe('webhooks in the production console', () => {
  let api: ApiProcess;
  let receiver: Receiver;
  let browser: Browser;
  let pages: SeparatePages;
  let owner: Page;
  let record: PageRecord;

  const stamp = Date.now();
  const ownerPerson: Person = {
    name: 'Grace Hopper',
    email: `grace.${stamp}@example.com`,
    password: 'nanoseconds of wire',
  };
  const viewerPerson: Person = {
    name: 'Jean Sammet',
    email: `jean.${stamp}@example.com`,
    password: 'programming languages',
  };
  const orgName = `${ownerPerson.name}'s organization`;
  let orgId = '';
  let ownerToken = '';
  let secret = '';

  const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
  const endpointRows = (page: Page) => panel(page, 'Endpoints').getByRole('row');
  /** The log's rows of deliveries (the rows of attempts under them are hidden until opened). */
  const deliveryRows = (page: Page) => panel(page, 'Delivery log').locator('tr[data-delivery]');
  /** The log's rows of one event type, newest first. */
  const deliveriesOf = (page: Page, type: string) =>
    deliveryRows(page).filter({ has: page.getByRole('rowheader').filter({ hasText: type }) });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    receiver = await startReceiver();
    // Loopback http targets for the receiver, and one quick retry: a failing delivery fails for good in a second.
    api = await serveProductionConsole({ WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_SCHEDULE: '0.5' });
    browser = await launchBrowser();
    pages = separatePages(browser);
    owner = await pages.open(CONTEXT);
    record = recordPage(owner);
  });

  afterEach(({ task }) => reportFailure(task, api, 'webhooks', owner));

  afterAll(async () => {
    await pages?.closeAll();
    await browser?.close();
    await api?.stop();
    await receiver?.close();
  });

  it('the owner finds Webhooks in the settings; before any endpoint it says what webhooks do', async () => {
    await signUpOnPage(owner, api.url, ownerPerson);
    await expect.poll(() => switcherText(owner)).toMatch(new RegExp(`^${orgName} · Owner`));
    orgId = await owner.getByRole('combobox', { name: 'Organization' }).inputValue();

    const nav = owner.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Settings' }).click();
    await owner.getByRole('heading', { level: 1, name: 'General settings' }).waitFor();
    await owner.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Webhooks' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    expect(where(owner)).toBe('/settings/webhooks');
    expect(await nav.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');

    const empty = owner.getByRole('status').filter({ hasText: 'No webhook endpoints yet' });
    await empty.waitFor();
    expect(await empty.innerText()).toMatch(/POSTs events to as they happen/);
    expect(await owner.getByRole('button', { name: 'Add endpoint' }).count()).toBe(1);
    await screenshotBothWidths(owner, 'webhooks-empty');
  });

  it('adds an endpoint: refused fields say why, then the signing secret is shown once', async () => {
    await owner.getByRole('button', { name: 'Add endpoint' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Add endpoint' });
    await dialog.waitFor();
    const url = dialog.getByLabel('Endpoint URL');
    expect(await isFocused(url)).toBe(true);

    // Nothing filled in: both required fields say what is missing, and the URL takes focus.
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();
    expect(await fieldError(owner, url)).toContain('Enter the URL that receives the events');
    expect(await isFocused(url)).toBe(true);
    const usageAlerts = dialog.getByRole('checkbox', { name: /^Usage alert triggered/ });
    expect(await fieldError(owner, usageAlerts)).toContain('Choose at least one event.');
    // Each event type says what it is.
    expect(await dialog.innerText()).toContain(
      'Usage crossed the threshold of one of the organization’s usage alerts.',
    );

    // The API's own refusal shows at the field it names (input.url).
    await url.fill(receiver.url.replace('http://', 'http://someone:secret@'));
    await usageAlerts.check();
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();
    expect(await fieldError(owner, url)).toContain('Must not carry a user name or password');
    await screenshotBothWidths(owner, 'webhooks-dialog-error', false);

    await url.fill(receiver.url);
    await dialog.getByLabel('Description (optional)').fill('Order pipeline');
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();

    const secretDialog = owner.getByRole('dialog', { name: 'Copy the signing secret' });
    await expectOutcome(owner, secretDialog);
    await secretDialog.getByText('This is the only time the secret is shown').waitFor();
    const field = secretDialog.getByLabel('Signing secret');
    secret = await field.inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(await isFocused(field)).toBe(true);
    await screenshotBothWidths(owner, 'webhooks-secret', false);
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    await expectOutcome(owner, owner.getByText(`The endpoint ${receiver.url} is added.`));

    expect(await endpointRows(owner).count()).toBe(2);
    expect(await endpointRows(owner).nth(1).innerText()).toMatch(
      new RegExp(`^${receiver.url}\\s+Order pipeline\\s+Usage alert triggered\\s+Enabled\\s+None yet`),
    );
    // The secret is not on the page any more, nor anywhere a query could read it.
    expect(await owner.content()).not.toContain(secret);
    await screenshotBothWidths(owner, 'webhooks-list');
  });

  it('sends a test event from the endpoint’s page: delivered with 200, signed with the secret shown', async () => {
    await panel(owner, 'Endpoints').getByRole('link', { name: receiver.url }).click();
    await owner.getByRole('heading', { level: 1, name: 'Order pipeline' }).waitFor();
    expect(where(owner)).toMatch(/^\/settings\/webhooks\/[0-9a-f-]{36}$/);
    // Settings stays the current entry of the main navigation on an endpoint's page.
    expect(
      await owner
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Settings' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await panel(owner, 'Delivery log').getByText('No deliveries yet.').waitFor();

    await owner.getByRole('button', { name: 'Send test event' }).click();
    await expectOutcome(owner, owner.getByText('A test event is queued: it appears in the log below.'));
    const row = deliveriesOf(owner, 'webhook.test').first();
    // The log follows the pending delivery until it is done.
    await expect.poll(() => row.innerText()).toMatch(/Delivered\s+1\s+HTTP 200/);

    expect(receiver.received).toHaveLength(1);
    const [test] = receiver.received;
    expect(typeOf(test!)).toBe('webhook.test');
    expect(signedWith(test!, secret)).toBe(true);
    // The event id the log shows is the webhook-id the receiver got.
    expect(await row.innerText()).toContain(String(test!.headers['webhook-id']));

    const show = row.getByRole('button', { name: /^Show the attempts of webhook\.test / });
    const attempts = owner.locator(`[id="${await show.getAttribute('aria-controls')}"]`);
    expect(await attempts.isVisible()).toBe(false);
    await show.click();
    const hide = row.getByRole('button', { name: /^Hide the attempts of webhook\.test / });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    expect(await attempts.innerText()).toMatch(/Attempt 1\s+HTTP 200 · succeeded/);
  });

  it('a usage alert set in the console fires from usage recorded by a script and arrives as usage.alert.triggered', async () => {
    ownerToken = await signInOverApi(api.url, ownerPerson);
    const owned = { authorization: `Bearer ${ownerToken}`, 'x-tenant-id': orgId };
    // The owner sets the alert in the console (webhooks are one of its channels), then comes back
    // to the endpoint's log.
    const endpointPage = owner.url();
    await owner.goto(`${api.url}/usage/alerts`);
    await owner.getByRole('button', { name: 'Add alert' }).first().click();
    const dialog = owner.getByRole('dialog', { name: 'Add usage alert' });
    await dialog.getByLabel('Usage to watch').selectOption({ label: 'RAG tokens' });
    await dialog.getByRole('radio', { name: 'Tokens', exact: true }).check();
    await dialog.getByLabel('Threshold', { exact: true }).fill('100');
    await dialog.getByLabel('Email owners, admins and the billing contact').uncheck();
    expect(await dialog.getByLabel('Send to webhooks').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Add alert' }).click();
    await owner.getByText('The alert on RAG tokens at 100 tokens is added.').waitFor();
    await owner.goto(endpointPage);
    await owner.getByRole('button', { name: 'Send test event' }).waitFor();
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

    // A service records usage past the threshold, as any API client would.
    const answer = await graphqlRequest<{ recordUsage: { recordedCount: number } }>(
      api.url,
      RECORD_USAGE,
      {
        input: {
          events: [{ meter: 'ragTokens', quantity: 150, source: 'retriever', idempotencyKey: `rag-${stamp}` }],
        },
      },
      { authorization: `Bearer ${exchangeApiKey.accessToken}`, 'x-tenant-id': orgId },
    );
    expect(answer.recordUsage.recordedCount).toBe(1);

    // The open page picks it up without a reload.
    const row = deliveriesOf(owner, 'usage.alert.triggered');
    await expect.poll(() => row.count(), { timeout: 40_000 }).toBe(1);
    await expect.poll(() => row.innerText()).toMatch(/Delivered\s+1\s+HTTP 200/);
    const delivered = receiver.received.find((received) => typeOf(received) === 'usage.alert.triggered');
    expect(delivered && signedWith(delivered, secret)).toBe(true);
    expect(await deliveryRows(owner).count()).toBe(2);
  });

  it('a delivery the receiver refuses fails after its retry, and Redeliver sends it again', async () => {
    receiver.failing = true;
    const before = receiver.received.length;
    await owner.getByRole('button', { name: 'Send test event' }).click();
    await expectOutcome(owner, owner.getByText('A test event is queued: it appears in the log below.'));
    const failed = deliveriesOf(owner, 'webhook.test').first();
    await expect.poll(() => failed.innerText()).toMatch(/Failed\s+2\s+HTTP 500/);
    expect(receiver.received.length - before).toBe(2);
    receiver.failing = false;

    const show = failed.getByRole('button', { name: /^Show the attempts of webhook\.test / });
    const attempts = owner.locator(`[id="${await show.getAttribute('aria-controls')}"]`);
    await show.click();
    await attempts.waitFor();
    const text = await attempts.innerText();
    expect(text).toMatch(/Attempt 1\s+HTTP 500 · failed/);
    expect(text).toMatch(/Attempt 2\s+HTTP 500 · failed/);
    expect(text).toContain('receiver is down for the test');
    // One delivery ran out of retries: the endpoint counts it.
    await owner.getByText('1 delivery in a row failed every retry; at 5 the endpoint is disabled.').waitFor();
    await screenshotBothWidths(owner, 'webhooks-log');

    const eventId = String(receiver.received.at(-1)!.headers['webhook-id']);
    await failed.getByRole('button', { name: /^Redeliver webhook\.test / }).click();
    await expectOutcome(owner, owner.getByText('The webhook.test event is queued again as a new delivery.'));
    await expect.poll(() => deliveryRows(owner).count()).toBe(4);
    const redelivered = deliveriesOf(owner, 'webhook.test').first();
    await expect.poll(() => redelivered.innerText()).toMatch(/Delivered\s+1\s+HTTP 200/);
    // The same event, so the receiver can tell it is a repeat; the failed delivery keeps its log.
    expect(await redelivered.innerText()).toContain(eventId);
    expect(receiver.received.at(-1)!.headers['webhook-id']).toBe(eventId);
    expect(await deliveriesOf(owner, 'webhook.test').nth(1).innerText()).toMatch(/Failed\s+2\s+HTTP 500/);
    await screenshotBothWidths(owner, 'webhooks-detail');
  });

  it('edits the endpoint: a new description and one more event type', async () => {
    await owner.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = owner.getByRole('dialog', { name: 'Edit endpoint' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Endpoint URL').inputValue()).toBe(receiver.url);
    expect(await dialog.getByRole('checkbox', { name: /^Usage alert triggered/ }).isChecked()).toBe(true);
    await dialog.getByLabel('Description (optional)').fill('Orders and people');
    await dialog.getByRole('checkbox', { name: /^Member joined/ }).check();
    await dialog.getByRole('button', { name: 'Save endpoint' }).click();
    await expectOutcome(owner, owner.getByText(`The endpoint ${receiver.url} is saved.`));
    await owner.getByRole('heading', { level: 1, name: 'Orders and people' }).waitFor();
    expect(await panel(owner, 'Endpoint').innerText()).toMatch(/Events\s+usage\.alert\.triggered\s+member\.joined/);
  });

  it('disabling shows a banner with the reason and Re-enable; rotating shows a new secret once', async () => {
    await owner.getByRole('button', { name: 'Disable', exact: true }).click();
    const confirm = owner.getByRole('dialog', { name: 'Disable this endpoint?' });
    await confirm.getByRole('button', { name: 'Disable endpoint' }).click();
    await expectOutcome(owner, owner.getByText(`The endpoint ${receiver.url} is disabled.`));
    await owner.getByText('This endpoint is disabled').waitFor();
    expect(await owner.getByRole('main').innerText()).toContain('Someone in the organization disabled it.');
    // A disabled endpoint takes no test event.
    expect(await owner.getByRole('button', { name: 'Send test event' }).count()).toBe(0);
    await screenshotBothWidths(owner, 'webhooks-disabled', false);
    await owner.getByRole('button', { name: 'Re-enable' }).click();
    await expectOutcome(owner, owner.getByText('The endpoint is enabled again; deliveries that waited are sent now.'));
    expect(await owner.getByText('This endpoint is disabled').count()).toBe(0);

    await owner.getByRole('button', { name: 'Rotate secret' }).click();
    await owner
      .getByRole('dialog', { name: 'Rotate the signing secret?' })
      .getByRole('button', { name: 'Rotate secret' })
      .click();
    const secretDialog = owner.getByRole('dialog', { name: 'Copy the new signing secret' });
    await expectOutcome(owner, secretDialog);
    const rotated = await secretDialog.getByLabel('Signing secret').inputValue();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    await expectOutcome(owner, owner.getByText(`The signing secret of ${receiver.url} is rotated.`));

    // The next event is signed with the new secret only.
    const before = receiver.received.length;
    await owner.getByRole('button', { name: 'Send test event' }).click();
    await expect.poll(() => receiver.received.length).toBe(before + 1);
    expect(signedWith(receiver.received.at(-1)!, rotated)).toBe(true);
    expect(signedWith(receiver.received.at(-1)!, secret)).toBe(false);
  });

  it('a viewer opening Webhooks sees who may', async () => {
    await addMemberOverApi(api.url, ownerToken, orgId, viewerPerson, 'VIEWER');
    const viewer = await openOrganizationAs(
      pages,
      api.url,
      viewerPerson,
      { id: orgId, name: orgName },
      'Viewer',
      CONTEXT,
    );
    await viewer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await viewer.getByRole('heading', { level: 1, name: 'General settings' }).waitFor();
    expect(
      await viewer
        .getByRole('navigation', { name: 'Settings sections' })
        .getByRole('link', { name: 'Webhooks' })
        .count(),
    ).toBe(0);
    await viewer.goto(`${api.url}/settings/webhooks`);
    await viewer.getByRole('heading', { name: 'Webhooks are not available to your role' }).waitFor();
    expect(await viewer.getByText(`You are a Viewer in ${orgName}.`).count()).toBe(1);
    expect(await viewer.getByRole('main').innerText()).toContain(
      'Only owners and admins can see the webhook endpoints of an organization and their delivery logs.',
    );
    expect(await viewer.getByRole('region', { name: 'Endpoints' }).count()).toBe(0);
    await screenshotBothWidths(viewer, 'webhooks-viewer');
  });

  it('deleting the endpoint from its page goes back to the list, empty again', async () => {
    await owner.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = owner.getByRole('dialog', { name: 'Delete this endpoint?' });
    expect(await isFocused(confirm.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await confirm.getByRole('button', { name: 'Delete endpoint' }).click();
    await expectOutcome(owner, owner.getByText(`The endpoint ${receiver.url} is deleted.`));
    expect(where(owner)).toBe('/settings/webhooks');
    await owner.getByRole('status').filter({ hasText: 'No webhook endpoints yet' }).waitFor();
  });

  it('logged no errors on the owner’s page', () => {
    expect(record.errors).toEqual([]);
  });
});
