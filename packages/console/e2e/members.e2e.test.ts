import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '@orgplane/schema';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { linkIn, startMailCatcher } from '../../api/test/support/mail-catcher.ts';
import type { CaughtMail, MailCatcher } from '../../api/test/support/mail-catcher.ts';
import { VIEWPORT, launchBrowser, recordPage, reportFailure, separatePages } from './support/browser.ts';
import type { PageRecord, SeparatePages } from './support/browser.ts';
import { SCREENSHOTS, serveProductionConsole } from './support/build.ts';
import {
  expectOutcome,
  fieldError,
  fillSignIn,
  fillSignUp,
  isFocused,
  signUpOnPage,
  switcherOptions,
  switcherText,
  where,
} from './support/console.ts';
import { signUpOverApi } from './support/people.ts';
import type { Person } from './support/people.ts';

const MATRIX_NAME = 'Abilities of each role, grouped by section';

function isInvitationTo(email: string) {
  return (mail: CaughtMail) => mail.to.includes(email) && mail.subject.includes('invited you to');
}

/** Opens a row's action menu and chooses `item`. */
async function chooseAction(page: Page, row: Locator, name: string, item: string): Promise<void> {
  await row.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

describe('members and invitations in the production console', () => {
  let api: ApiProcess;
  let catcher: MailCatcher;
  let browser: Browser;
  let pages: SeparatePages;
  let owner: Page;
  let record: PageRecord;
  let newcomerPage: Page;
  let existingPage: Page;

  const stamp = Date.now();
  const ownerPerson: Person = {
    name: 'Mary Jackson',
    email: `mary.${stamp}@example.com`,
    password: 'wind tunnel data all night',
  };
  const newcomer: Person = {
    name: 'Christine Darden',
    email: `christine.${stamp}@example.com`,
    password: 'sonic boom minimized',
  };
  const existing: Person = {
    name: 'Annie Easley',
    email: `annie.${stamp}@example.com`,
    password: 'centaur rocket code',
  };
  const third = `katherine.${stamp}@example.com`;
  const orgName = `${ownerPerson.name}'s organization`;
  let orgId = '';

  const members = () => owner.getByRole('region', { name: 'Active Members' });
  const pending = () => owner.getByRole('region', { name: 'Pending Invitations' });
  const inviteCard = () => owner.getByRole('region', { name: 'Invite User' });
  const memberRow = (email: string) => members().getByRole('row').filter({ hasText: email });

  async function openMembers(): Promise<void> {
    await owner.goto(`${api.url}/settings/members`);
    await memberRow(ownerPerson.email).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    catcher = await startMailCatcher();
    api = await serveProductionConsole({ SMTP_URL: catcher.url });
    browser = await launchBrowser();
    pages = separatePages(browser);
    owner = await pages.open();
    record = recordPage(owner);
    // Someone who already has an account before the invitation arrives.
    await signUpOverApi(api.url, existing);
  });

  afterEach(({ task }) => reportFailure(task, api, 'members', owner));

  afterAll(async () => {
    await pages?.closeAll();
    await browser?.close();
    await api?.stop();
    await catcher?.close();
  });

  it('the owner signs up and finds their own row, with the Owner badge, under Members', async () => {
    await signUpOnPage(owner, api.url, ownerPerson);
    await expect.poll(() => switcherText(owner)).toBe(`${orgName} · Owner · default`);
    orgId = await owner.getByRole('combobox', { name: 'Organization' }).inputValue();

    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    expect(where(owner)).toBe('/settings/members');
    const row = memberRow(ownerPerson.email);
    await row.waitFor();
    expect(await row.getByText('Owner', { exact: true }).count()).toBe(1);
    expect(await row.getByText('You', { exact: true }).count()).toBe(1);
    expect(await row.getByRole('cell').last().innerText()).not.toContain('Archive');

    // On their own row the owner is offered only what applies: no archive, no role change.
    await row.getByRole('button', { name: `Actions for ${ownerPerson.name}` }).click();
    expect(await owner.getByRole('menuitem').allInnerTexts()).toEqual(['Set credit limit…']);
    await owner.keyboard.press('Escape');
    expect(await owner.getByRole('menu').count()).toBe(0);
    await expect.poll(() => isFocused(row.getByRole('button', { name: `Actions for ${ownerPerson.name}` }))).toBe(true);
  });

  it('checks the addresses before sending anything', async () => {
    const sent: string[] = [];
    const watch = (request: { postData(): string | null }) => sent.push(request.postData() ?? '');
    owner.on('request', watch);
    try {
      const field = inviteCard().getByLabel('Email addresses');
      await field.fill('grace@example.com, not-an-email');
      await inviteCard().getByRole('button', { name: 'Send invitation' }).click();
      expect(await fieldError(owner, field)).toContain('This is not an email address: “not-an-email”.');
      await expect.poll(() => isFocused(field)).toBe(true);
      expect(sent.filter((body) => body.includes('InviteMembers'))).toEqual([]);
    } finally {
      owner.off('request', watch);
    }
  });

  it('opens the role comparison matrix from the user type, in a modal dialog that keeps focus', async () => {
    const card = inviteCard();
    await card.getByLabel('User type').selectOption('ADMIN');
    const compare = card.getByRole('button', { name: 'Compare user types' });
    await compare.click();
    const dialog = owner.getByRole('dialog', { name: 'Compare user types' });
    await dialog.getByRole('table', { name: MATRIX_NAME }).waitFor();
    // The role chosen in the form is highlighted from the start.
    expect(await dialog.getByRole('radio', { name: 'Admin', exact: true }).isChecked()).toBe(true);
    expect(await dialog.locator('th[data-role][data-highlighted]').innerText()).toBe('Admin');
    // Tenant administration is marked as staying with people (API keys never hold it).
    expect(await dialog.locator('tr[data-ability="members.changeRole"]').getByText('People only').count()).toBe(1);
    expect(await dialog.getByText('marks tenant administration that stays with people').count()).toBe(1);

    // Focus never leaves the dialog, whichever way Tab goes.
    const inside = () => dialog.evaluate((element) => element.contains(document.activeElement));
    for (let press = 0; press < 14; press += 1) {
      await owner.keyboard.press('Tab');
      expect(await inside(), `Tab ${press + 1}`).toBe(true);
    }
    for (let press = 0; press < 14; press += 1) {
      await owner.keyboard.press('Shift+Tab');
      expect(await inside(), `Shift+Tab ${press + 1}`).toBe(true);
    }
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'role-matrix-modal.png') });

    // Escape closes it and hands focus back to the button that opened it.
    await dialog.getByRole('button', { name: 'Close' }).focus();
    await owner.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(compare)).toBe(true);
    await card.getByLabel('User type').selectOption('MEMBER');
  });

  it('invites a new address and an existing user in one go, and both emails arrive', async () => {
    const card = inviteCard();
    await card.getByLabel('Email addresses').fill(`${newcomer.email},\n${existing.email}`);
    await card.getByRole('button', { name: 'Send 2 invitations' }).click();
    await expectOutcome(owner, card.getByRole('status').filter({ hasText: 'All 2 invitations were sent.' }));
    const results = card.getByRole('listitem');
    expect(await results.allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`${newcomer.email}\\s+Invited as Member`)),
      expect.stringMatching(new RegExp(`${existing.email}\\s+Invited as Member`)),
    ]);
    expect(await card.getByLabel('Email addresses').inputValue()).toBe('');

    for (const email of [newcomer.email, existing.email]) {
      const row = pending().getByRole('row').filter({ hasText: email });
      await row.waitFor();
      expect(await row.getByRole('cell').allInnerTexts()).toEqual([
        'Member',
        ownerPerson.name,
        expect.stringMatching(/^Expires in 7 days\n/),
        'Pending',
        expect.stringContaining('Resend'),
      ]);
    }
    await Promise.all([
      catcher.waitFor(isInvitationTo(newcomer.email)),
      catcher.waitFor(isInvitationTo(existing.email)),
    ]);
  });

  it('reports each address on its own: one already invited, one sent', async () => {
    const card = inviteCard();
    await card.getByLabel('Email addresses').fill(`${newcomer.email} ${third}`);
    await card.getByRole('button', { name: 'Send 2 invitations' }).click();
    await expectOutcome(owner, card.getByRole('status').filter({ hasText: '1 of 2 invitations sent.' }));
    const failed = card.getByRole('listitem').filter({ hasText: newcomer.email });
    expect(await failed.innerText()).toContain(errorMessage('INVITATION_PENDING'));
    expect(await failed.getAttribute('data-error-code')).toBe('INVITATION_PENDING');
    expect(await card.getByRole('listitem').filter({ hasText: third }).innerText()).toContain('Invited as Member');
    // What failed stays in the box, to fix or try again.
    expect(await card.getByLabel('Email addresses').inputValue()).toBe(newcomer.email);
    await card.getByLabel('Email addresses').fill('');
  });

  it('the new user opens the link, creates an account from it and lands in the organization', async () => {
    newcomerPage = await pages.open();
    const mail = await catcher.waitFor(isInvitationTo(newcomer.email));
    await newcomerPage.goto(linkIn(mail, '/invite'));
    await newcomerPage.getByRole('heading', { level: 1, name: `Join ${orgName}` }).waitFor();
    expect(await newcomerPage.getByText(`${ownerPerson.name} invited you to join ${orgName} as Member.`).count()).toBe(
      1,
    );
    await newcomerPage.screenshot({ path: path.join(SCREENSHOTS, 'members-invitation.png') });

    await newcomerPage.getByRole('link', { name: 'Create an account' }).click();
    await newcomerPage.getByRole('heading', { level: 1, name: 'Create your Orgplane account' }).waitFor();
    // Nothing is filled in for them.
    expect(await newcomerPage.getByLabel('Email').inputValue()).toBe('');
    expect(await newcomerPage.getByLabel('Your name').inputValue()).toBe('');
    await fillSignUp(newcomerPage, newcomer.name, newcomer.email, newcomer.password);
    await newcomerPage.waitForURL((url) => url.pathname === '/invite');

    await newcomerPage.getByRole('button', { name: `Accept and join ${orgName}` }).click();
    await newcomerPage.waitForURL(`${api.url}/roles`);
    await expect.poll(() => switcherText(newcomerPage)).toBe(`${orgName} · Member`);
    expect(await newcomerPage.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(orgId);
  });

  it('explains an invitation sent to another address, and offers to switch accounts', async () => {
    const mail = await catcher.waitFor(isInvitationTo(existing.email));
    await newcomerPage.goto(linkIn(mail, '/invite'));
    await newcomerPage.getByRole('button', { name: `Accept and join ${orgName}` }).click();
    await newcomerPage
      .getByRole('heading', { level: 1, name: 'This invitation is for another email address' })
      .waitFor();
    expect(await newcomerPage.getByText(`You are signed in as ${newcomer.email}`).count()).toBe(1);
    expect(await newcomerPage.getByRole('button', { name: 'Sign out and use another account' }).count()).toBe(1);
  });

  it('the existing user signs in from the link and accepts', async () => {
    existingPage = await pages.open();
    const mail = await catcher.waitFor(isInvitationTo(existing.email));
    await existingPage.goto(linkIn(mail, '/invite'));
    await existingPage.getByRole('heading', { level: 1, name: `Join ${orgName}` }).waitFor();
    await existingPage.getByRole('link', { name: 'Sign in to accept' }).click();
    await existingPage.waitForURL((url) => url.pathname === '/sign-in');
    await fillSignIn(existingPage, existing.email, existing.password);
    await existingPage.waitForURL((url) => url.pathname === '/invite');
    await existingPage.getByRole('button', { name: `Accept and join ${orgName}` }).click();
    await existingPage.waitForURL(`${api.url}/roles`);
    await expect.poll(() => switcherText(existingPage)).toBe(`${orgName} · Member`);
  });

  it('says so when a link is unknown, already used, expired or withdrawn', async () => {
    await newcomerPage.goto(`${api.url}/invite?token=not-a-real-token`);
    await newcomerPage.getByRole('heading', { level: 1, name: 'This invitation link does not work' }).waitFor();

    const used = await catcher.waitFor(isInvitationTo(newcomer.email));
    await newcomerPage.goto(linkIn(used, '/invite'));
    await newcomerPage.getByRole('heading', { level: 1, name: 'This invitation has already been used' }).waitFor();

    // Both joined, one invitation is still pending: the page for review, wide and narrow.
    await openMembers();
    await memberRow(existing.email).waitFor();
    await pending().getByRole('row').filter({ hasText: third }).waitFor();
    await owner.screenshot({ path: path.join(SCREENSHOTS, 'members-page.png'), fullPage: true });
    await owner.setViewportSize({ width: 390, height: 844 });
    try {
      expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await owner.screenshot({ path: path.join(SCREENSHOTS, 'members-page-narrow.png'), fullPage: true });
    } finally {
      await owner.setViewportSize(VIEWPORT);
    }

    // Resend: a new link goes out and the first one stops working.
    const row = pending().getByRole('row').filter({ hasText: third });
    await row.getByRole('button', { name: `Resend invitation to ${third}` }).click();
    await expectOutcome(owner, pending().getByText(`A new link is on its way to ${third}`));
    await catcher.waitFor(() => catcher.received.filter(isInvitationTo(third)).length >= 2);
    const [first, second] = catcher.received.filter(isInvitationTo(third));
    await newcomerPage.goto(linkIn(first!, '/invite'));
    await newcomerPage.getByRole('heading', { level: 1, name: 'This invitation was withdrawn' }).waitFor();

    // Revoke, confirmed in a dialog: the new link stops working too.
    await row.getByRole('button', { name: `Revoke invitation to ${third}` }).click();
    const dialog = owner.getByRole('dialog', { name: 'Revoke this invitation?' });
    // Cancel takes focus first, so a stray Enter does no harm.
    await expect.poll(() => isFocused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await dialog.getByRole('button', { name: 'Revoke invitation' }).click();
    await expectOutcome(owner, pending().getByText(`The invitation to ${third} is revoked`));
    expect(await row.count()).toBe(0);
    await newcomerPage.goto(linkIn(second!, '/invite'));
    await newcomerPage.getByRole('heading', { level: 1, name: 'This invitation was withdrawn' }).waitFor();

    await pending().getByLabel('Status').selectOption('REVOKED');
    await expect.poll(() => pending().getByRole('row').filter({ hasText: third }).count()).toBe(2);
    await pending().getByLabel('Status').selectOption('PENDING');

    // An expired invitation (the API's answer, as it reads after 7 days).
    await newcomerPage.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('"operationName":"InvitationPreview"')) return route.continue();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { invitationPreview: Record<string, unknown> } };
      body.data.invitationPreview = { ...body.data.invitationPreview, status: 'EXPIRED' };
      await route.fulfill({ response, json: body });
    });
    try {
      await newcomerPage.goto(linkIn(second!, '/invite'));
      await newcomerPage.getByRole('heading', { level: 1, name: 'This invitation has expired' }).waitFor();
    } finally {
      await newcomerPage.unroute('**/graphql');
    }
  });

  it('lists the new members; search, sort and role filter narrow the list', async () => {
    await openMembers();
    await memberRow(newcomer.email).waitFor();
    await memberRow(existing.email).waitFor();
    expect(await memberRow(existing.email).getByRole('cell').first().innerText()).toBe('Member');
    expect(await memberRow(existing.email).getByRole('cell').nth(2).innerText()).toMatch(/just now|minute/);

    const search = members().getByRole('searchbox', { name: 'Search' });
    await search.fill('ann');
    await expect.poll(() => members().locator('tbody tr').count()).toBe(1);
    expect(await memberRow(existing.email).count()).toBe(1);
    await search.fill('zzz');
    await members().getByText('No active members have a name or email address starting with “zzz”.').waitFor();
    await members().getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => members().locator('tbody tr').count()).toBe(3);

    await members().getByLabel('Sort by').selectOption('nameDesc');
    await expect
      .poll(() => members().locator('tbody th[scope="row"] .member-cell__email').allInnerTexts())
      .toEqual([ownerPerson.email, newcomer.email, existing.email]);
    await members().getByLabel('User type').selectOption('OWNER');
    await expect.poll(() => members().locator('tbody tr').count()).toBe(1);
    await members().getByLabel('User type').selectOption('ALL');
    await members().getByLabel('Sort by').selectOption('joinedAsc');
    await expect.poll(() => members().locator('tbody tr').count()).toBe(3);
  });

  it('changes a member into an admin', async () => {
    await chooseAction(owner, memberRow(existing.email), existing.name, 'Change user type…');
    const dialog = owner.getByRole('dialog', { name: 'Change user type' });
    expect(await dialog.getByRole('radio', { name: /^Member/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: /^Admin/ }).check();
    await dialog.getByRole('button', { name: 'Change user type' }).click();
    await expectOutcome(owner, members().getByText(`${existing.name} is now Admin.`));
    expect(await memberRow(existing.email).getByRole('cell').first().innerText()).toBe('Admin');
  });

  it('sets a credit limit, and sends a password reset link', async () => {
    await chooseAction(owner, memberRow(newcomer.email), newcomer.name, 'Set credit limit…');
    const dialog = owner.getByRole('dialog', { name: 'Set credit limit' });
    await dialog.getByLabel('Unlimited credits').uncheck();
    await dialog.getByLabel('Credit limit').fill('500');
    await dialog.getByRole('button', { name: 'Save credit limit' }).click();
    await expectOutcome(owner, members().getByText(`${newcomer.name}'s credit limit is now 500.`));
    expect(await memberRow(newcomer.email).getByRole('cell').nth(3).innerText()).toBe('0 / 500');
    expect(await memberRow(existing.email).getByRole('cell').nth(3).innerText()).toBe('0 / Unlimited');

    await chooseAction(owner, memberRow(existing.email), existing.name, 'Send password reset link');
    await expectOutcome(owner, members().getByText(`A password reset link is on its way to ${existing.email}.`));
    await catcher.waitFor((mail) => mail.to.includes(existing.email) && /Reset/.test(mail.subject));
  });

  it('archives a member with the keyboard; they lose the organization at once', async () => {
    const actions = memberRow(newcomer.email).getByRole('button', { name: `Actions for ${newcomer.name}` });
    await actions.focus();
    await owner.keyboard.press('ArrowDown');
    await expect.poll(() => owner.evaluate(() => document.activeElement?.textContent)).toBe('Change user type…');
    await owner.keyboard.press('End');
    expect(await owner.evaluate(() => document.activeElement?.textContent)).toBe('Archive…');
    await owner.keyboard.press('Enter');
    const dialog = owner.getByRole('dialog', { name: `Archive ${newcomer.name}?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Archive member' }).click();
    await expectOutcome(owner, members().getByText(`${newcomer.name} is archived`));
    expect(await memberRow(newcomer.email).count()).toBe(0);

    // Their open tab loses the organization: it says so, and the switcher no longer offers it.
    await newcomerPage.goto(`${api.url}/roles`);
    await newcomerPage.getByText('You no longer have access to the organization this tab had open.').waitFor();
    await expect.poll(() => switcherText(newcomerPage)).toBe(`${newcomer.name}'s organization · Owner · default`);
    expect((await switcherOptions(newcomerPage)).some((option) => option.startsWith(orgName))).toBe(false);
  });

  it('reactivates the archived member, who gets the organization back', async () => {
    await members().getByLabel('Status').selectOption('ARCHIVED');
    const row = memberRow(newcomer.email);
    await row.waitFor();
    expect(await row.getByText('Archived', { exact: true }).count()).toBe(1);
    await chooseAction(owner, row, newcomer.name, 'Reactivate…');
    await owner
      .getByRole('dialog', { name: `Reactivate ${newcomer.name}?` })
      .getByRole('button', { name: 'Reactivate member' })
      .click();
    await expectOutcome(owner, members().getByText(`${newcomer.name} is active again as Member.`));
    await members().getByLabel('Status').selectOption('ACTIVE');
    await memberRow(newcomer.email).waitFor();

    await newcomerPage.reload();
    await expect.poll(() => switcherOptions(newcomerPage)).toContain(`${orgName} · Member`);
  });

  it('a viewer finds no Members link and cannot open the page', async () => {
    await chooseAction(owner, memberRow(newcomer.email), newcomer.name, 'Change user type…');
    const dialog = owner.getByRole('dialog', { name: 'Change user type' });
    await dialog.getByRole('radio', { name: /^Viewer/ }).check();
    await dialog.getByRole('button', { name: 'Change user type' }).click();
    await expectOutcome(owner, members().getByText(`${newcomer.name} is now Viewer.`));

    await newcomerPage.getByRole('combobox', { name: 'Organization' }).selectOption(orgId);
    await expect.poll(() => switcherText(newcomerPage)).toBe(`${orgName} · Viewer`);
    await newcomerPage.goto(`${api.url}/settings/members`);
    await expect.poll(() => switcherText(newcomerPage)).toBe(`${orgName} · Viewer`);
    await newcomerPage.getByRole('heading', { name: 'Member management is not available to your role' }).waitFor();
    expect(await newcomerPage.getByText(`You are a Viewer in ${orgName}.`).count()).toBe(1);
    expect(await newcomerPage.getByRole('region', { name: 'Active Members' }).count()).toBe(0);
    const nav = newcomerPage.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Account' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Members' }).count()).toBe(0);
  });

  it('pages through many invitations with Load more', async () => {
    const emails = Array.from({ length: 22 }, (_, index) => `bulk-${index}.${stamp}@example.com`);
    const card = inviteCard();
    await card.getByLabel('Email addresses').fill(emails.join(', '));
    await card.getByRole('button', { name: 'Send 22 invitations' }).click();
    await expectOutcome(owner, card.getByRole('status').filter({ hasText: 'All 22 invitations were sent.' }));
    await expect.poll(() => pending().locator('tbody tr').count()).toBe(20);
    await pending().getByRole('button', { name: 'Load more invitations' }).click();
    await expect.poll(() => pending().locator('tbody tr').count()).toBe(22);
    expect(await pending().getByRole('button', { name: 'Load more invitations' }).count()).toBe(0);
    expect(await pending().getByText('Showing 22 invitations.').count()).toBe(1);
  });

  it('transfers ownership to the admin with the password; the former owner is now an admin', async () => {
    await owner
      .getByRole('region', { name: 'Transfer ownership' })
      .getByRole('button', { name: 'Transfer ownership…' })
      .click();
    const dialog = owner.getByRole('dialog', { name: 'Transfer ownership' });
    await dialog.getByLabel('New owner').selectOption({ label: `${existing.name} (${existing.email})` });
    const password = dialog.getByLabel('Your password', { exact: true });
    await password.fill('not my password at all');
    await dialog.getByRole('button', { name: 'Transfer ownership' }).click();
    expect(await fieldError(owner, password)).toContain('Is not your current password');

    await password.fill(ownerPerson.password);
    await dialog.getByRole('button', { name: 'Transfer ownership' }).click();
    await expectOutcome(
      owner,
      owner.getByText(`${existing.name} is now the owner of this organization. You are an admin.`),
    );
    await dialog.waitFor({ state: 'detached' });
    expect(await memberRow(ownerPerson.email).getByRole('cell').first().innerText()).toBe('Admin');
    expect(await memberRow(existing.email).getByText('Owner', { exact: true }).count()).toBe(1);
    await expect.poll(() => switcherText(owner)).toBe(`${orgName} · Admin · default`);
    // An admin may not transfer ownership, or set credit limits.
    expect(await owner.getByRole('region', { name: 'Transfer ownership' }).count()).toBe(0);
    await memberRow(newcomer.email)
      .getByRole('button', { name: `Actions for ${newcomer.name}` })
      .click();
    expect(await owner.getByRole('menuitem').allInnerTexts()).toEqual([
      'Change user type…',
      'Send password reset link',
      'Archive…',
    ]);
    await owner.keyboard.press('Escape');
  });

  it('a member deletes their account after seeing what goes with it', async () => {
    await newcomerPage.goto(`${api.url}/account`);
    const panel = newcomerPage.getByRole('region', { name: 'Delete account' });
    const owned = panel.getByRole('list', { name: 'Organizations that will be deleted' });
    await owned.waitFor();
    expect(await owned.getByRole('listitem').allInnerTexts()).toEqual([`${newcomer.name}'s organization (1 member)`]);
    expect(await panel.getByText('You leave 1 other organization').count()).toBe(1);
    await panel.getByRole('button', { name: 'Delete account…' }).click();
    await panel.getByLabel('Your password', { exact: true }).fill(newcomer.password);
    await panel.getByRole('button', { name: 'Delete my account' }).click();
    await newcomerPage.waitForURL(`${api.url}/sign-in`);
    await newcomerPage.getByText('Your account is deleted').waitFor();

    await owner.reload();
    await memberRow(existing.email).waitFor();
    expect(await memberRow(newcomer.email).count()).toBe(0);
  });

  it('logged no errors on the owner’s page', () => {
    expect(record.errors).toEqual([]);
  });
});
