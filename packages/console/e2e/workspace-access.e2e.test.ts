import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { launchBrowser, recordPage, reportFailure, separatePages } from './support/browser.ts';
import type { PageRecord, SeparatePages } from './support/browser.ts';
import { SCREENSHOTS, serveProductionConsole } from './support/build.ts';
import { expectOutcome, graphqlRequest, isFocused, signInOnPage, switcherText } from './support/console.ts';
import { addMemberOverApi, signInOverApi, signUpOverApi } from './support/people.ts';
import type { Person } from './support/people.ts';

const CREATE_WORKSPACE = /* GraphQL */ `
  mutation CreateWorkspace($name: String!) {
    createWorkspace(input: { name: $name }) {
      workspace {
        id
      }
    }
  }
`;
const CREATE_API_KEY = /* GraphQL */ `
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
      }
    }
  }
`;
const CHANGE_ROLE = /* GraphQL */ `
  mutation ChangeRole($membershipId: ID!, $role: Role!) {
    changeMemberRole(input: { membershipId: $membershipId, role: $role }) {
      member {
        id
      }
    }
  }
`;
const ARCHIVE = /* GraphQL */ `
  mutation Archive($membershipId: ID!) {
    archiveMember(input: { membershipId: $membershipId }) {
      member {
        id
      }
    }
  }
`;

describe('restricted workspaces and the scopes an API key has in force, in the production console', () => {
  let api: ApiProcess;
  let browser: Browser;
  let pages: SeparatePages;
  let owner: Page;
  let member: Page;
  let record: PageRecord;

  const stamp = Date.now();
  const ownerPerson: Person = {
    name: 'Christine Darden',
    email: `christine.${stamp}@example.com`,
    password: 'sonic boom minimization',
  };
  const memberPerson: Person = {
    name: 'Katherine Johnson',
    email: `katherine.${stamp}@example.com`,
    password: 'trajectories by hand',
  };
  const adminPerson: Person = {
    name: 'Annie Easley',
    email: `annie.${stamp}@example.com`,
    password: 'centaur stage code',
  };
  const orgName = `${ownerPerson.name}'s organization`;
  let orgId = '';
  let ownerToken = '';
  let researchId = '';
  let adminMembershipId = '';

  const asOwner = () => ({ authorization: `Bearer ${ownerToken}`, 'x-tenant-id': orgId });
  const region = (page: Page, name: string) => page.getByRole('region', { name });
  const workspaceRow = (page: Page, name: string) =>
    region(page, 'All workspaces')
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name, exact: true }) });

  /** Signs in through the form and opens the owner's organization in the switcher. */
  async function signIn(page: Page, person: Person, roleLabel: string): Promise<void> {
    await signInOnPage(page, api.url, person);
    const switcher = page.getByRole('combobox', { name: 'Organization' });
    if ((await switcher.inputValue()) !== orgId) await switcher.selectOption(orgId);
    await expect.poll(() => switcherText(page)).toContain(`${orgName} · ${roleLabel}`);
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    api = await serveProductionConsole();
    browser = await launchBrowser();
    pages = separatePages(browser);

    // Set up over GraphQL for speed: the owner's organization with two workspaces, a member and an admin.
    const signedUp = await signUpOverApi(api.url, ownerPerson);
    orgId = signedUp.organization.id;
    ownerToken = signedUp.token;
    for (const name of ['Handbook', 'Research']) {
      const created = await graphqlRequest<{ createWorkspace: { workspace: { id: string } } }>(
        api.url,
        CREATE_WORKSPACE,
        { name },
        asOwner(),
      );
      if (name === 'Research') researchId = created.createWorkspace.workspace.id;
    }
    await addMemberOverApi(api.url, ownerToken, orgId, memberPerson, 'MEMBER');
    adminMembershipId = (await addMemberOverApi(api.url, ownerToken, orgId, adminPerson, 'ADMIN')).membershipId;

    owner = await pages.open();
    record = recordPage(owner);
    member = await pages.open();
  });

  afterEach(({ task }) => reportFailure(task, api, 'access', owner, { member }));

  afterAll(async () => {
    await pages?.closeAll();
    await browser?.close();
    await api?.stop();
  });

  it('before it is restricted, the member sees the workspace; only the owner’s page has the Access panel', async () => {
    await signIn(owner, ownerPerson, 'Owner');
    await signIn(member, memberPerson, 'Member');
    await member.goto(`${api.url}/workspaces/${researchId}`);
    await member.getByRole('heading', { level: 1, name: 'Research' }).waitFor();
    await region(member, 'Environments').waitFor();
    expect(await region(member, 'Access').count()).toBe(0);
    expect(await member.getByRole('checkbox', { name: /^Restricted/ }).count()).toBe(0);

    await owner.goto(`${api.url}/workspaces/${researchId}`);
    const access = region(owner, 'Access');
    await access.getByText('No members assigned').waitFor();
    expect(await access.getByRole('checkbox', { name: /^Restricted: only assigned members/ }).isChecked()).toBe(false);
    expect(await access.innerText()).toContain('Every member of the organization sees this workspace.');
    expect(await owner.getByText('Restricted', { exact: true }).count()).toBe(0);
  });

  it('the owner restricts it after a confirmation saying who loses sight of it; the badge shows', async () => {
    const access = region(owner, 'Access');
    // Nothing changes until the confirmation: the click only asks.
    await access.getByRole('checkbox', { name: /^Restricted: only assigned members/ }).click();
    const dialog = owner.getByRole('dialog', { name: 'Restrict Research?' });
    const text = await dialog.innerText();
    expect(text).toContain(
      'Only owners and admins will see Research and its environments: no member is assigned to it yet.',
    );
    expect(text).toContain('Every other manager, member or viewer loses sight of it at once');
    expect(text).toContain('unless they hold the “Restrict workspaces” scope');
    expect(await access.getByRole('checkbox', { name: /^Restricted/ }).isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Restrict workspace' }).click();
    await expectOutcome(owner, access.getByText('Research is restricted.'));
    await dialog.waitFor({ state: 'detached' });

    expect(await access.getByRole('checkbox', { name: /^Restricted/ }).isChecked()).toBe(true);
    expect(await access.innerText()).not.toContain('Every member of the organization sees this workspace.');
    await owner.locator('.page-header').getByText('Restricted', { exact: true }).waitFor();
    expect(await region(owner, 'Details').innerText()).toContain('Restricted');

    await owner.getByRole('link', { name: 'All workspaces' }).click();
    await workspaceRow(owner, 'Research').getByText('Restricted', { exact: true }).waitFor();
    expect(await workspaceRow(owner, 'Handbook').getByText('Restricted', { exact: true }).count()).toBe(0);
    // The badge says it in words, with a padlock drawn beside them.
    expect(await workspaceRow(owner, 'Research').locator('[data-restricted] svg').count()).toBe(1);
  });

  it('the member, not assigned, no longer finds it: not in the list, not found at its address', async () => {
    await member.goto(`${api.url}/workspaces`);
    await workspaceRow(member, 'Handbook').waitFor();
    expect(await region(member, 'All workspaces').getByRole('link', { name: 'Research' }).count()).toBe(0);
    await member.goto(`${api.url}/workspaces/${researchId}`);
    await member.getByRole('heading', { name: 'This workspace does not exist' }).waitFor();
  });

  it('the owner assigns the member in the Access panel; owners and admins are not offered', async () => {
    await owner.goto(`${api.url}/workspaces/${researchId}`);
    const access = region(owner, 'Access');
    await access.getByText('No members assigned').waitFor();
    await access.getByRole('button', { name: 'Assign member' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Assign a member to Research' });
    const search = dialog.getByLabel('Find a member');
    await expect.poll(() => isFocused(search)).toBe(true);

    await search.fill('Annie');
    await dialog
      .getByText(
        'No active member who could be assigned matches “Annie”. One match is left out: owners and admins see every workspace already.',
      )
      .waitFor();
    expect(await dialog.getByRole('button', { name: /^Assign / }).count()).toBe(0);

    await search.fill('kath');
    await dialog.getByText('1 member matches “kath”.').waitFor();
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'workspace-access-assign.png') });
    const row = dialog.getByRole('row').filter({ hasText: memberPerson.email });
    expect(await row.getByRole('cell').first().innerText()).toBe('Member');
    await row.getByRole('button', { name: 'Assign Katherine Johnson' }).click();
    await expectOutcome(owner, access.getByText('Katherine Johnson is assigned to Research and sees it now.'));
    await dialog.waitFor({ state: 'detached' });

    const assigned = access.getByRole('row').filter({ hasText: memberPerson.email });
    await assigned.waitFor();
    expect(await assigned.innerText()).toContain('Katherine Johnson');
    expect(await assigned.getByRole('cell').first().innerText()).toBe('Member');
    expect(await access.getByText('Showing 1 assigned member.').count()).toBe(1);
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'workspace-access.png'), fullPage: true });
  });

  it('the member reloads and sees it, without the Access panel', async () => {
    await member.goto(`${api.url}/workspaces`);
    await workspaceRow(member, 'Research').getByText('Restricted', { exact: true }).waitFor();
    await region(member, 'All workspaces').getByRole('link', { name: 'Research' }).click();
    await member.getByRole('heading', { level: 1, name: 'Research' }).waitFor();
    await region(member, 'Environments').waitFor();
    expect(await region(member, 'Access').count()).toBe(0);
  });

  it('the owner removes the member; it is gone again for them', async () => {
    const access = region(owner, 'Access');
    await access.getByRole('button', { name: 'Remove Katherine Johnson' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Remove Katherine Johnson from Research?' });
    expect(await dialog.innerText()).toContain(
      'Katherine Johnson loses sight of Research and its environments at once.',
    );
    await expect.poll(() => isFocused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await dialog.getByRole('button', { name: 'Remove member' }).click();
    await expectOutcome(owner, access.getByText('Katherine Johnson is no longer assigned to Research.'));
    await access.getByText('No members assigned').waitFor();

    await member.reload();
    await member.getByRole('heading', { name: 'This workspace does not exist' }).waitFor();
    await member.goto(`${api.url}/workspaces`);
    await workspaceRow(member, 'Handbook').waitFor();
    expect(await region(member, 'All workspaces').getByRole('link', { name: 'Research' }).count()).toBe(0);
  });

  it('a key whose creator was demoted shows the scopes still in force, and none once they are archived', async () => {
    const adminToken = await signInOverApi(api.url, adminPerson);
    await graphqlRequest(
      api.url,
      CREATE_API_KEY,
      { input: { name: 'Nightly export', scopes: ['workspaces.read', 'environments.read', 'apiKeys.read'] } },
      { authorization: `Bearer ${adminToken}`, 'x-tenant-id': orgId },
    );
    await graphqlRequest(api.url, CHANGE_ROLE, { membershipId: adminMembershipId, role: 'MANAGER' }, asOwner());

    await owner.goto(`${api.url}/settings/api-keys`);
    const row = region(owner, 'Keys').getByRole('row').filter({ hasText: 'Nightly export' });
    await row.getByText('2 of 3 scopes in force').waitFor();
    expect(await row.innerText()).toContain('Its creator no longer holds View API keys.');
    // Said in words that wrap: every column, down to Revoke, still fits at the usual width.
    expect(
      await region(owner, 'Keys')
        .locator('.table-scroll')
        .evaluate((element) => element.scrollWidth <= element.clientWidth),
    ).toBe(true);
    await row.getByText('3 scopes', { exact: true }).click();
    expect(await row.locator('details').getByRole('listitem').allInnerTexts()).toEqual([
      'View workspaces workspaces.read',
      'View environments environments.read',
      'View API keys apiKeys.read Not in force',
    ]);
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'api-keys-scopes-in-force.png'), fullPage: true });

    await graphqlRequest(api.url, ARCHIVE, { membershipId: adminMembershipId }, asOwner());
    await owner.reload();
    await row.getByText('No scopes in force').waitFor();
    expect(await row.innerText()).toContain('Its creator is no longer an active member, so it can do nothing.');
  });

  it('logged no errors on the owner’s page', () => {
    expect(record.errors).toEqual([]);
  });
});
