import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CATALOG_SECTIONS, ROLE_IDS, ROLES, errorMessage, hasAbility } from '@orgplane/schema';
import type { AbilityId, CatalogAbility, RoleId } from '@orgplane/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../api/test/support/api-process.ts';
import { VIEWPORT, launchBrowser, recordPage, requestsOutside } from './support/browser.ts';
import type { PageRecord } from './support/browser.ts';
import { SCREENSHOTS, serveProductionConsole } from './support/build.ts';
import { computedStyle, isFocused } from './support/console.ts';

const TABLE_NAME = 'Abilities of each role, grouped by section';

function cell(page: Page, ability: AbilityId, role: RoleId) {
  return page.locator(`td[data-ability="${ability}"][data-role="${role}"]`);
}

/** The ids of the ability rows the matrix shows, in order. */
function shownAbilities(page: Page): Promise<string[]> {
  return page
    .locator('tr[data-ability]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ability') ?? ''));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ALL_ABILITIES: readonly CatalogAbility[] = CATALOG_SECTIONS.flatMap((section) => section.abilities);

describe('role comparison matrix in the production console', () => {
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  let record: PageRecord;

  beforeAll(async () => {
    api = await serveProductionConsole();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: VIEWPORT });
    record = recordPage(page);
    await page.goto(`${api.url}/roles`);
    await page.getByRole('table', { name: TABLE_NAME }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows the five roles as column headers, in catalog order', async () => {
    const headers = page.getByRole('table', { name: TABLE_NAME }).locator('thead th[scope="col"]');
    expect(await headers.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-role')))).toEqual([
      ...ROLE_IDS,
    ]);
    for (const role of ROLES) {
      await expect.poll(() => page.getByRole('columnheader', { name: role.label, exact: true }).count()).toBe(1);
      expect(await page.getByRole('columnheader', { name: role.label, exact: true }).getAttribute('title')).toBe(
        role.description,
      );
    }
  });

  it('groups the abilities by section, every catalog ability once and in order', async () => {
    const groups = page.getByRole('table', { name: TABLE_NAME }).locator('th[scope="rowgroup"]');
    expect(await groups.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('abbr')))).toEqual(
      CATALOG_SECTIONS.map((section) => section.label),
    );
    for (const section of CATALOG_SECTIONS) {
      const header = page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(section.label)}\\b`) });
      expect(await header.innerText()).toContain(section.description);
    }
    expect(await shownAbilities(page)).toEqual(ALL_ABILITIES.map((ability) => ability.id));
  });

  it('answers each sample cell exactly as the catalog does, with the words a screen reader reads', async () => {
    const samples: ReadonlyArray<readonly [AbilityId, RoleId]> = [
      ['organization.transferOwnership', 'admin'],
      ['workspaces.delete', 'manager'],
      ['workspaces.delete', 'member'],
      ['dataExport.create', 'viewer'],
      ['usage.readCosts', 'viewer'],
      ['members.archive', 'admin'],
      ['billing.manage', 'owner'],
    ];
    for (const [ability, role] of samples) {
      const expected = hasAbility(role, ability) ? 'Allowed' : 'Not allowed';
      expect(await cell(page, ability, role).ariaSnapshot(), `${role} × ${ability}`).toBe(`- cell "${expected}"`);
    }
    // The samples cover both answers.
    expect(samples.some(([ability, role]) => hasAbility(role, ability))).toBe(true);
    expect(samples.some(([ability, role]) => !hasAbility(role, ability))).toBe(true);
  });

  it('agrees with the catalog on every cell, and the owner holds everything', async () => {
    const cells = await page
      .locator('td[data-ability][data-role]')
      .evaluateAll((elements) =>
        elements.map((element) => [
          element.getAttribute('data-ability') ?? '',
          element.getAttribute('data-role') ?? '',
          element.textContent?.includes('Not allowed') ? 'Not allowed' : 'Allowed',
        ]),
      );
    const expected = ALL_ABILITIES.flatMap((ability) =>
      ROLE_IDS.map((role) => [ability.id, role, hasAbility(role, ability.id) ? 'Allowed' : 'Not allowed']),
    );
    expect(cells).toEqual(expected);
    expect(ALL_ABILITIES.every((ability) => hasAbility('owner', ability.id))).toBe(true);
  });

  it('marks destructive abilities with the word "Destructive", and only those', async () => {
    expect(ALL_ABILITIES.some((ability) => ability.destructive)).toBe(true);
    for (const ability of ALL_ABILITIES) {
      const header = page.locator(`tr[data-ability="${ability.id}"] th[scope="row"]`);
      const text = await header.innerText();
      expect(text.includes('Destructive'), ability.id).toBe(ability.destructive);
    }
    const marker = page.locator('tr[data-ability="organization.delete"]').getByText('Destructive', { exact: true });
    expect(await marker.isVisible()).toBe(true);
  });

  it('marks human-only abilities with the words "People only", and only those, explained by a legend', async () => {
    expect(ALL_ABILITIES.some((ability) => ability.humanOnly)).toBe(true);
    for (const ability of ALL_ABILITIES) {
      const header = page.locator(`tr[data-ability="${ability.id}"] th[scope="row"]`);
      expect((await header.innerText()).includes('People only'), ability.id).toBe(ability.humanOnly);
    }
    const legend = page.getByText(
      'marks tenant administration that stays with people: API keys can never be given it.',
    );
    expect(await legend.isVisible()).toBe(true);
    // Each marker is described by the legend, for those who cannot see the table's surroundings.
    const marker = page.locator('tr[data-ability="invitations.create"]').getByText('People only', { exact: true });
    const legendId = await marker.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${legendId}"]`).innerText()).toBe(
      'People only marks tenant administration that stays with people: API keys can never be given it.',
    );
  });

  it('saves a screenshot for review', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'role-matrix.png') });
  });

  it('filters abilities and highlights a role with the keyboard alone', async () => {
    await page.goto(`${api.url}/roles`);
    await page.getByRole('table', { name: TABLE_NAME }).waitFor();
    const filter = page.getByRole('searchbox', { name: 'Filter abilities' });

    // Tab from the top of the page to the filter.
    let presses = 0;
    while (!(await isFocused(filter)) && presses < 15) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    await expect.poll(() => isFocused(filter)).toBe(true);
    expect(await computedStyle(filter, 'outline-style')).not.toBe('none');

    await page.keyboard.type('delete');
    const matching = CATALOG_SECTIONS.flatMap((section) =>
      section.abilities
        .filter((ability) =>
          `${section.label} ${ability.label} ${ability.description} ${ability.id}`.toLowerCase().includes('delete'),
        )
        .map((ability) => ability.id),
    );
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(ALL_ABILITIES.length);
    await expect.poll(() => shownAbilities(page)).toEqual(matching);
    expect(await page.getByText(`${matching.length} of ${ALL_ABILITIES.length} abilities`).isVisible()).toBe(true);

    await page.keyboard.type('zzz-nothing');
    await expect.poll(() => page.getByText('No abilities match').isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: TABLE_NAME }).count()).toBe(0);

    await page.keyboard.press('Escape');
    await expect.poll(() => shownAbilities(page)).toEqual(ALL_ABILITIES.map((ability) => ability.id));

    // The next stop is the role highlight group; arrow keys pick a role.
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(page.getByRole('radio', { name: 'None' }))).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const admin = page.getByRole('radio', { name: 'Admin', exact: true });
    expect(await admin.isChecked()).toBe(true);
    await expect.poll(() => isFocused(admin)).toBe(true);
    const label = admin.locator('xpath=following-sibling::*[1]');
    expect(await computedStyle(label, 'outline-style')).not.toBe('none');

    const highlighted = await page
      .locator('td[data-highlighted]')
      .evaluateAll((cells) => [...new Set(cells.map((cell) => cell.getAttribute('data-role')))]);
    expect(highlighted).toEqual(['admin']);
    const held = ALL_ABILITIES.filter((ability) => hasAbility('admin', ability.id)).length;
    expect(await page.getByText(`Admin holds ${held} of them`).isVisible()).toBe(true);
  });

  it('redirects / to /roles and shows a not-found page for unknown paths', async () => {
    await page.goto(`${api.url}/`);
    await page.waitForURL(`${api.url}/roles`);
    await page.goto(`${api.url}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found · Orgplane');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('table', { name: TABLE_NAME }).waitFor();
  });

  it('made no request outside the API origin and logged no errors', () => {
    expect(requestsOutside(record, new URL(api.url).origin)).toEqual([]);
    expect(record.errors).toEqual([]);
  });

  it('shows the shared message for an API error and recovers with Retry', async () => {
    const failing = await browser.newPage();
    try {
      await failing.route('**/graphql', (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
        }),
      );
      await failing.goto(`${api.url}/roles`);
      const alert = failing.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(errorMessage('SERVICE_UNAVAILABLE'));

      await failing.unroute('**/graphql');
      await alert.getByRole('button', { name: 'Retry' }).click();
      await failing.getByRole('table', { name: TABLE_NAME }).waitFor();
      expect(await failing.getByRole('alert').count()).toBe(0);
    } finally {
      await failing.close();
    }
  });

  it('saves a narrow-screen screenshot for review', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await phone.goto(`${api.url}/roles`);
      await phone.getByRole('table', { name: TABLE_NAME }).waitFor();
      await phone.screenshot({ path: path.join(SCREENSHOTS, 'role-matrix-narrow.png') });
    } finally {
      await phone.close();
    }
  });
});
