import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { VIEWPORT, launchBrowser, recordPage, reportFailure, separatePages } from './support/browser.ts';
import type { PageRecord, SeparatePages } from './support/browser.ts';
import { REPO_ROOT, SCREENSHOTS, serveProductionConsole } from './support/build.ts';
import {
  computedStyle,
  expectOutcome,
  fieldError,
  graphqlRequest,
  isFocused,
  signInOnPage,
  signUpOnPage,
  switcherText,
  where,
} from './support/console.ts';
import { addMemberOverApi, signInOverApi } from './support/people.ts';
import type { Person } from './support/people.ts';

const EXAMPLE_SCRIPT = path.join(REPO_ROOT, 'packages/api/examples/list-workspaces.mjs');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface ScriptRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the example client as a program would: node, with only the key and the API's address. */
async function runExample(apiUrl: string, apiKey: string): Promise<ScriptRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [EXAMPLE_SCRIPT], {
      env: { PATH: process.env.PATH ?? '', ORGPLANE_API_URL: apiUrl, ORGPLANE_API_KEY: apiKey },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('workspaces, environments and API keys in the production console', () => {
  let api: ApiProcess;
  let browser: Browser;
  let pages: SeparatePages;
  let owner: Page;
  let record: PageRecord;

  const stamp = Date.now();
  const ownerPerson: Person = {
    name: 'Dorothy Vaughan',
    email: `dorothy.${stamp}@example.com`,
    password: 'fortran on the 7090',
  };
  const viewerPerson: Person = {
    name: 'Mary Winston',
    email: `mary.w.${stamp}@example.com`,
    password: 'read only all day',
  };
  const orgName = `${ownerPerson.name}'s organization`;
  // What the credentials form is given: it must never come back to the page.
  const credentials = JSON.stringify({
    type: 'service_account',
    client_email: 'deployer@example.iam.gserviceaccount.com',
    private_key: `-----BEGIN PRIVATE KEY-----\nnever-show-me-${stamp}\n-----END PRIVATE KEY-----\n`,
  });
  const credentialMarker = `never-show-me-${stamp}`;
  let orgId = '';
  let workspaceId = '';
  let secret = '';
  let ownerToken = '';

  const panel = (name: string) => owner.getByRole('region', { name });
  const environmentCard = (page: Page, name: string) => page.getByRole('article', { name });
  const keyRow = (name: string) => panel('Keys').getByRole('row').filter({ hasText: name });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    api = await serveProductionConsole();
    browser = await launchBrowser();
    pages = separatePages(browser);
    owner = await pages.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    record = recordPage(owner);
  });

  afterEach(({ task }) => reportFailure(task, api, 'workspaces', owner));

  afterAll(async () => {
    await pages?.closeAll();
    await browser?.close();
    await api?.stop();
  });

  it('the owner signs up and finds Workspaces and API keys in the navigation, with no workspace yet', async () => {
    await signUpOnPage(owner, api.url, ownerPerson);
    await expect.poll(() => switcherText(owner)).toMatch(new RegExp(`^${orgName} · Owner`));
    orgId = await owner.getByRole('combobox', { name: 'Organization' }).inputValue();

    const nav = owner.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'API keys' }).waitFor();
    await nav.getByRole('link', { name: 'Workspaces' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Workspaces' }).waitFor();
    expect(where(owner)).toBe('/workspaces');
    await panel('All workspaces').getByText('No workspaces yet').waitFor();
  });

  it('creates a workspace, its slug made from the name, and lands on its page', async () => {
    await panel('All workspaces').getByRole('button', { name: 'Create your first workspace' }).click();
    const dialog = owner.getByRole('dialog', { name: 'New workspace' });
    await expect.poll(() => isFocused(dialog.getByLabel('Name'))).toBe(true);
    await dialog.getByLabel('Name').fill('Data Platform');
    await dialog.getByText('Leave empty to use one made from the name: data-platform.').waitFor();
    await dialog.getByLabel('Description (optional)').fill('Pipelines and the warehouse.');
    await dialog.getByRole('button', { name: 'Create workspace' }).click();

    await owner.waitForURL((url) => url.pathname.startsWith('/workspaces/') && UUID.test(url.pathname.split('/')[2]!));
    workspaceId = where(owner).split('/')[2]!;
    await expectOutcome(
      owner,
      owner.getByText('The workspace “Data Platform” is created, with the slug data-platform.'),
    );
    await owner.getByRole('heading', { level: 1, name: 'Data Platform' }).waitFor();
    expect(await panel('Details').locator('dd').allInnerTexts()).toEqual(
      expect.arrayContaining(['Data Platform', 'data-platform', 'Pipelines and the warehouse.', '0']),
    );
    await panel('Environments').getByText('No environments yet').waitFor();

    await panel('Details').getByRole('button', { name: 'Edit workspace' }).click();
    const edit = owner.getByRole('dialog', { name: 'Edit workspace' });
    expect(await edit.getByLabel('Slug').inputValue()).toBe('data-platform');
    await edit.getByLabel('Description (optional)').fill('Pipelines, the warehouse and dashboards.');
    await edit.getByRole('button', { name: 'Save workspace' }).click();
    await expectOutcome(owner, panel('Details').getByText('The workspace is saved as “Data Platform”.'));
    await panel('Details').getByText('Pipelines, the warehouse and dashboards.').waitFor();
  });

  it('creates a production environment on AWS; a bad region is refused at the field before anything is sent', async () => {
    const sent: string[] = [];
    const watch = (request: { postData(): string | null }) => sent.push(request.postData() ?? '');
    owner.on('request', watch);
    try {
      await panel('Environments').getByRole('button', { name: 'Add the first environment' }).click();
      const dialog = owner.getByRole('dialog', { name: 'New environment' });
      await dialog.getByLabel('Name').fill('Production');
      await dialog.getByRole('radio', { name: 'Production' }).check();
      await dialog.getByLabel('Deployment host').selectOption('aws');
      const region = dialog.getByLabel('Region');
      await region.fill('Ireland');
      await dialog.getByLabel('Cluster').fill('main');
      await dialog.getByRole('button', { name: 'Create environment' }).click();
      expect(await fieldError(owner, region)).toContain('Must be an AWS region such as eu-west-1.');
      await expect.poll(() => isFocused(region)).toBe(true);
      expect(sent.filter((body) => body.includes('CreateEnvironment'))).toEqual([]);

      await region.fill('eu-west-1');
      expect(await region.getAttribute('aria-invalid')).toBeNull();
      await dialog.getByRole('button', { name: 'Create environment' }).click();
      await expectOutcome(owner, panel('Environments').getByText('The environment “Production” is created.'));
      await dialog.waitFor({ state: 'detached' });
    } finally {
      owner.off('request', watch);
    }

    const card = environmentCard(owner, 'Production');
    const badge = card.locator('[data-tier]');
    expect(await badge.innerText()).toBe('Production');
    expect(await badge.getAttribute('data-tier')).toBe('prod');
    const facts = await card.locator('dl').innerText();
    expect(facts).toContain('AWS');
    expect(facts).toContain('Region eu-west-1 · Cluster main');
    expect(facts).toContain('Not configured');
  });

  it('shows the API’s field errors at the field, and tiers in distinct colours', async () => {
    await panel('Environments').getByRole('button', { name: 'New environment' }).click();
    const dialog = owner.getByRole('dialog', { name: 'New environment' });
    await dialog.getByLabel('Name').fill('Staging');
    const slug = dialog.getByLabel('Slug (optional)');
    await slug.fill('production');
    await dialog.getByRole('radio', { name: 'Staging' }).check();
    await dialog.getByLabel('Deployment host').selectOption('cloudrun');
    await dialog.getByLabel('Region').fill('europe-west1');
    await dialog.getByLabel('Service').fill('api');
    await dialog.getByRole('button', { name: 'Create environment' }).click();
    // Only the API knows the slug is taken: its answer lands on the field.
    expect(await fieldError(owner, slug)).toContain('Is already used in this workspace');

    await slug.fill('');
    await dialog.getByRole('button', { name: 'Create environment' }).click();
    await expectOutcome(owner, panel('Environments').getByText('The environment “Staging” is created.'));
    const staging = environmentCard(owner, 'Staging');
    expect(await staging.locator('[data-tier]').innerText()).toBe('Staging');
    expect(await staging.locator('code').first().innerText()).toBe('staging');
    expect(await computedStyle(staging.locator('[data-tier]'), 'color')).not.toBe(
      await computedStyle(environmentCard(owner, 'Production').locator('[data-tier]'), 'color'),
    );
    expect(await panel('Details').getByText('2', { exact: true }).count()).toBe(1);

    // Editing keeps the slug and the settings the host still takes.
    await staging.getByRole('button', { name: 'Edit Staging' }).click();
    const edit = owner.getByRole('dialog', { name: 'Edit Staging' });
    expect(await edit.getByLabel('Region').inputValue()).toBe('europe-west1');
    await edit.getByRole('radio', { name: 'Development' }).check();
    await edit.getByRole('button', { name: 'Save environment' }).click();
    await expectOutcome(owner, panel('Environments').getByText('The environment “Staging” is saved.'));
    expect(await staging.locator('[data-tier]').getAttribute('data-tier')).toBe('dev');
    expect(await staging.locator('dl').innerText()).toContain('Region europe-west1 · Service api');
  });

  it('stores credentials write-only: configured, with a fingerprint, never the value', async () => {
    const card = environmentCard(owner, 'Production');
    await card.getByRole('button', { name: 'Set credentials for Production' }).click();
    const box = card.getByLabel('Cloud credentials for Production');
    expect(await box.inputValue()).toBe('');
    await box.fill(credentials);
    await card.getByRole('button', { name: 'Save credentials' }).click();
    await expectOutcome(owner, card.getByText('New credentials are stored for Production.'));

    const status = card.getByTestId('credential-status');
    await status.getByText('Configured', { exact: true }).waitFor();
    expect(await status.innerText()).toMatch(/updated (just now|\d+ seconds? ago)/);
    expect(await status.locator('code').innerText()).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(await card.getByLabel('Cloud credentials for Production').count()).toBe(0);
    expect(await owner.locator('body').innerText()).not.toContain(credentialMarker);
    expect(await owner.content()).not.toContain(credentialMarker);

    // Replacing starts from an empty box: the stored value is never filled in.
    await card.getByRole('button', { name: 'Replace credentials for Production' }).click();
    expect(await card.getByLabel('Cloud credentials for Production').inputValue()).toBe('');
    await card.getByRole('button', { name: 'Cancel' }).click();

    // After a reload the page knows only the status.
    await owner.reload();
    await environmentCard(owner, 'Production').getByTestId('credential-status').getByText('Configured').waitFor();
    expect(await owner.content()).not.toContain(credentialMarker);
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'workspace-page.png'), fullPage: true });
    await owner.setViewportSize({ width: 390, height: 844 });
    try {
      expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await owner.screenshot({ path: path.join(SCREENSHOTS, 'workspace-page-narrow.png'), fullPage: true });
    } finally {
      await owner.setViewportSize(VIEWPORT);
    }
  });

  it('clears credentials, and deletes an environment, after a confirmation', async () => {
    const card = environmentCard(owner, 'Staging');
    await card.getByRole('button', { name: 'Set credentials for Staging' }).click();
    await card.getByLabel('Cloud credentials for Staging').fill('{"token":"staging"}');
    await card.getByRole('button', { name: 'Save credentials' }).click();
    await card.getByTestId('credential-status').getByText('Configured', { exact: true }).waitFor();

    await card.getByRole('button', { name: 'Clear credentials of Staging' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Clear the credentials of Staging?' });
    await expect.poll(() => isFocused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await dialog.getByRole('button', { name: 'Clear credentials' }).click();
    await expectOutcome(owner, card.getByText('The credentials of Staging are cleared.'));
    await card.getByTestId('credential-status').getByText('Not configured').waitFor();
    expect(await card.getByTestId('credential-status').locator('code').count()).toBe(0);

    await card.getByRole('button', { name: 'Delete Staging' }).click();
    await owner
      .getByRole('dialog', { name: 'Delete Staging?' })
      .getByRole('button', { name: 'Delete environment' })
      .click();
    await expectOutcome(owner, panel('Environments').getByText('The environment “Staging” is deleted.'));
    expect(await environmentCard(owner, 'Staging').count()).toBe(0);
    await panel('Details').getByText('1', { exact: true }).waitFor();
  });

  it('creates an API key with two scopes and shows its secret once', async () => {
    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
    await owner.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await panel('Keys').getByRole('button', { name: 'Create your first API key' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByLabel('Name', { exact: true }).fill('CI deployer');
    await dialog.getByRole('button', { name: 'Create API key' }).click();
    await dialog.getByText('Choose at least one scope.').waitFor();

    await dialog.getByRole('checkbox', { name: 'View workspaces', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'View environments', exact: true }).check();
    expect(await dialog.getByRole('checkbox', { name: 'Create workspaces', exact: true }).isChecked()).toBe(false);
    expect(await dialog.getByText('2 chosen').count()).toBe(1);
    // Tenant administration stays with people: never offered to a key, and the dialog says so.
    for (const peopleOnly of [
      'Invite people',
      'Change roles',
      'Archive and reactivate members',
      'Transfer ownership',
    ]) {
      expect(await dialog.getByRole('checkbox', { name: peopleOnly, exact: true }).count(), peopleOnly).toBe(0);
    }
    expect(
      await dialog
        .getByText(
          'Not offered, because tenant administration stays with people: Transfer ownership, Delete organization, Change roles, Archive and reactivate members, Invite people, Resend invitations and Revoke invitations.',
        )
        .count(),
    ).toBe(1);
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'api-key-create.png') });
    await dialog.getByRole('button', { name: 'Create API key' }).click();

    const shown = owner.getByRole('dialog', { name: 'Copy your new API key' });
    await shown.getByText('This is the only time the secret is shown').waitFor();
    secret = await shown.getByLabel('Secret').inputValue();
    expect(secret).toMatch(/^opk_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/);
    await shown.getByRole('button', { name: 'Copy' }).click();
    await shown.getByText('Copied to the clipboard.').waitFor();
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await shown.getByRole('button', { name: 'Done' }).click();
    await shown.waitFor({ state: 'detached' });

    const row = keyRow('CI deployer');
    await row.waitFor();
    expect(await row.getByText('Active', { exact: true }).count()).toBe(1);
    expect(await row.innerText()).toContain(`${secret.slice(0, 14)}…`);
    await row.getByText('2 scopes').click();
    expect(await row.locator('details').getByRole('listitem').allInnerTexts()).toEqual([
      'View workspaces workspaces.read',
      'View environments environments.read',
    ]);
    // Once the dialog is closed, the secret is nowhere on the page.
    expect(await owner.content()).not.toContain(secret);
    // Every column, down to Revoke, fits without scrolling at the usual width.
    expect(
      await panel('Keys')
        .locator('.table-scroll')
        .evaluate((element) => element.scrollWidth <= element.clientWidth),
    ).toBe(true);
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'api-keys-page.png'), fullPage: true });
  });

  it('the example script lists the workspace with the key; the key may not create one', async () => {
    const run = await runExample(api.url, secret);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { organizationId: string; workspaces: Array<{ slug: string }> };
    expect(listed.organizationId).toBe(orgId);
    expect(listed.workspaces.map((workspace) => workspace.slug)).toEqual(['data-platform']);

    // Outside its scopes: the same token is refused.
    const exchanged = await graphqlRequest<{ exchangeApiKey: { accessToken: string } }>(
      api.url,
      'mutation($s: String!) { exchangeApiKey(input: { secret: $s }) { accessToken } }',
      { s: secret },
    );
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${exchanged.exchangeApiKey.accessToken}`,
      },
      body: JSON.stringify({ query: 'mutation { createWorkspace(input: { name: "From CI" }) { workspace { id } } }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string; ability?: string } }> };
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(body.errors?.[0]?.extensions?.ability).toBe('workspaces.create');

    // The console shows that the key was used.
    await owner.reload();
    const lastUsed = keyRow('CI deployer').getByRole('cell').nth(3);
    await expect.poll(() => lastUsed.innerText()).toMatch(/just now|seconds? ago/);
  });

  it('revoking the key in the console stops the script', async () => {
    await keyRow('CI deployer').getByRole('button', { name: 'Revoke CI deployer' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Revoke CI deployer?' });
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await expectOutcome(owner, panel('Keys').getByText('The key “CI deployer” is revoked.'));
    const row = keyRow('CI deployer');
    await row.getByText('Revoked', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: 'Revoke CI deployer' }).count()).toBe(0);

    const run = await runExample(api.url, secret);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^UNAUTHENTICATED: /);
  });

  it('a viewer sees workspaces and environments read-only, and no API keys', async () => {
    // The viewer joins through a real invitation, set up over GraphQL for speed.
    ownerToken = await signInOverApi(api.url, ownerPerson);
    await addMemberOverApi(api.url, ownerToken, orgId, viewerPerson, 'VIEWER');

    const viewer = await pages.open();
    await signInOnPage(viewer, api.url, viewerPerson);
    await viewer.getByRole('combobox', { name: 'Organization' }).selectOption(orgId);
    await expect.poll(() => switcherText(viewer)).toBe(`${orgName} · Viewer`);

    const nav = viewer.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Workspaces' }).click();
    const list = viewer.getByRole('region', { name: 'All workspaces' });
    await list.getByRole('link', { name: 'Data Platform' }).waitFor();
    expect(await nav.getByRole('link', { name: 'API keys' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'New workspace' }).count()).toBe(0);

    await list.getByRole('link', { name: 'Data Platform' }).click();
    await viewer.getByRole('heading', { level: 1, name: 'Data Platform' }).waitFor();
    const production = environmentCard(viewer, 'Production');
    await production.waitFor();
    // Viewers may not see the credential status; the page loads without it.
    expect(await production.locator('dl').innerText()).not.toContain('Credentials');
    expect(await viewer.getByRole('button', { name: /^(Edit|Delete|New|Set|Replace|Clear)/ }).count()).toBe(0);
    expect(await viewer.getByRole('region', { name: 'Delete workspace' }).count()).toBe(0);

    await viewer.goto(`${api.url}/settings/api-keys`);
    await viewer.getByRole('heading', { name: 'API keys are not available to your role' }).waitFor();
    expect(await viewer.getByText(`You are a Viewer in ${orgName}.`).count()).toBe(1);
    expect(await viewer.getByText('Only owners and admins can see and create the API keys').count()).toBe(1);
    expect(await viewer.getByRole('region', { name: 'Keys' }).count()).toBe(0);

    // An address that names no workspace of this organization.
    await viewer.goto(`${api.url}/workspaces/not-a-workspace`);
    await viewer.getByRole('heading', { name: 'This workspace does not exist' }).waitFor();
    await viewer.goto(`${api.url}/workspaces/00000000-0000-4000-8000-000000000000`);
    await viewer.getByRole('heading', { name: 'This workspace does not exist' }).waitFor();
  });

  it('deletes the workspace once its slug is typed, and says so on the list', async () => {
    await owner.goto(`${api.url}/workspaces/${workspaceId}`);
    await panel('Delete workspace').getByRole('button', { name: 'Delete workspace…' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Delete Data Platform?' });
    expect(await dialog.innerText()).toContain('Its environment goes with it');
    const confirm = dialog.getByRole('button', { name: 'Delete workspace' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Type the workspace slug to confirm').fill('data-platfor');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Type the workspace slug to confirm').fill('data-platform');
    expect(await confirm.isDisabled()).toBe(false);
    await confirm.click();

    await owner.waitForURL(`${api.url}/workspaces`);
    await expectOutcome(owner, owner.getByText('The workspace “Data Platform” and its environments are deleted.'));
    await panel('All workspaces').getByText('No workspaces yet').waitFor();
    await owner.goto(`${api.url}/workspaces/${workspaceId}`);
    await owner.getByRole('heading', { name: 'This workspace does not exist' }).waitFor();
  });

  it('pages through many workspaces with Load more', async () => {
    // More than the trial's plan (Team) allows: the owner subscribes to Business first.
    await graphqlRequest(
      api.url,
      'mutation { changeSubscriptionPlan(input: { planId: "business", billingCycle: MONTHLY }) { subscription { status } } }',
      {},
      { authorization: `Bearer ${ownerToken}`, 'x-tenant-id': orgId },
    );
    for (let index = 1; index <= 21; index += 1) {
      await graphqlRequest(
        api.url,
        'mutation($name: String!) { createWorkspace(input: { name: $name }) { workspace { id } } }',
        { name: `Team ${String(index).padStart(2, '0')}` },
        { authorization: `Bearer ${ownerToken}`, 'x-tenant-id': orgId },
      );
    }
    await owner.goto(`${api.url}/workspaces`);
    const rows = panel('All workspaces').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(20);
    expect(await panel('All workspaces').getByText('Showing 20 workspaces; more follow.').count()).toBe(1);
    await panel('All workspaces').getByRole('button', { name: 'Load more workspaces' }).click();
    await expect.poll(() => rows.count()).toBe(21);
    expect(await rows.last().innerText()).toContain('team-21');
    expect(await panel('All workspaces').getByRole('button', { name: 'Load more workspaces' }).count()).toBe(0);
    expect(await panel('All workspaces').getByText('Showing 21 workspaces.').count()).toBe(1);
  });

  it('logged no errors on the owner’s page', () => {
    expect(record.errors).toEqual([]);
  });
});
