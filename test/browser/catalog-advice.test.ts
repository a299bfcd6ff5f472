import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { close, drawn, importText, open, SCREENSHOTS } from './page';
import { useBrowser } from './hooks';

const APP = inject('appUrl');
const chromium = useBrowser();

/** A warehouse's catalog: its roles use four levels, none of them the bundled catalog's six. */
const FLOOR = [
  'title,summary,level,next',
  'Trainee Picker,Learns to pick orders on the warehouse floor.,,Picker',
  'Picker,Picks orders on the warehouse floor.,,Shift Supervisor',
  'Shift Supervisor,Supervises the pickers on a shift.,,Warehouse Manager',
  'Warehouse Manager,Runs the warehouse and its people.,,',
  'Forklift Driver,Drives a forklift between the racks.,,',
].join('\n');

const levelSelect = (page: Page, name: 'From' | 'to') =>
  page.getByRole('group', { name: 'Level range' }).getByLabel(name);
const options = (page: Page, name: 'From' | 'to') =>
  levelSelect(page, name).locator('option').allTextContents();
/** The Catalog panel's item about a role (its text, whitespace squashed). */
const item = async (page: Page, title: string) =>
  (
    await page
      .locator('ul.cpe-diagnostics > li')
      .filter({ hasText: `${title} is placed` })
      .first()
      .textContent()
  )?.replace(/\s+/g, ' ');

describe('the Catalog panel and the level filter speak the catalog author’s language', () => {
  it('says what each problem means for the lattice and what to write to fix it', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    const panel = page.getByRole('region', { name: 'Catalog' });
    await expect
      .poll(() => page.textContent('#cpe-diag-heading'))
      .toMatch(/^\s*5 things to check\s*$/);
    const text = (await panel.textContent()) ?? '';
    // The two Principals rank highest: their dead ends ask for nothing if they are the top.
    expect(
      await page
        .locator('ul.cpe-diagnostics > li')
        .filter({ hasText: 'No move leads out of Principal Support Analyst' })
        .textContent(),
    ).toContain('Nothing to do if it is the top of its ladder');
    expect(text).not.toContain('npm run graph');
    expect(text).not.toContain('no evidence for the rank');
    const field = await item(page, 'Field Service Engineer');
    expect(field).toContain('line 13:');
    expect(field).toContain(
      'Field Service Engineer is placed at the Professional level only because its title has no level word',
    );
    // The fix in the bundled catalog's own syntax: a line of blueprint text.
    expect(field).toContain(
      "add the line “Next: Enterprise Support Engineer” to Field Service Engineer's blueprint",
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.screenshot({ path: `${SCREENSHOTS}/catalog-advice.png` });

    // An imported CSV catalog gets its advice in CSV terms: a column of the role's row.
    await importText(page, 'floor.csv', FLOOR);
    await expect.poll(() => page.textContent('.cpe-sub')).toContain('floor.csv · 5 roles');
    await expect
      .poll(() => page.textContent('#cpe-diag-heading'))
      .toMatch(/^\s*4 things to check\s*$/);
    expect(await item(page, 'Forklift Driver')).toContain(
      'write its level in the “level” column of its row',
    );
    expect(errors).toEqual([]);
    await close(page);
  });

  it('lists only the levels the catalog uses, by its own names, and follows an import', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    const bundled = ['Associate', 'Junior', 'Professional', 'Senior', 'Lead', 'Principal'];
    await expect.poll(() => options(page, 'From')).toEqual(['Lowest', ...bundled]);
    expect(await options(page, 'to')).toEqual(['Highest', ...bundled]);

    // Another catalog, imported as a user does: its own four levels, without a reload.
    await importText(page, 'floor.csv', FLOOR);
    await expect.poll(() => page.textContent('.cpe-sub')).toContain('floor.csv · 5 roles');
    const floor = ['Trainee', 'Professional', 'Supervisor', 'Manager'];
    await expect.poll(() => options(page, 'From')).toEqual(['Lowest', ...floor]);
    expect(await options(page, 'to')).toEqual(['Highest', ...floor]);
    // Each option filters by its level: from Supervisor up, the supervisor and the manager.
    await levelSelect(page, 'From').selectOption({ label: 'Supervisor' });
    await expect.poll(() => page.textContent('.cpe-counts')).toMatch(/Showing 2 of 5 roles/);
    expect(errors).toEqual([]);
    await close(page);
  });
});
