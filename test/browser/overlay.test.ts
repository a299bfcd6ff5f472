import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useDist } from './hooks';
import { close, downloaded, drawn, importText } from './page';
import { LAW_FIXES, openLawFirm } from './law-firm';

/*
 * An HR author's corrections (the catalog's overlay) imported beside an imported catalog: applied
 * at once, kept across a reload with the catalog, downloadable, and dropped on request.
 */
const chromium = useBrowser();
const site = useDist('/app/');

/** Asks for the path from the Trainee Solicitor to the Managing Partner, as a user types it. */
async function askPath(page: Page): Promise<void> {
  await page.fill('#cpe-from', 'Trainee Solicitor');
  await page.press('#cpe-from', 'Enter');
  await page.fill('#cpe-to', 'Managing Partner');
  await page.press('#cpe-to', 'Enter');
}
const steps = (page: Page) =>
  page.$$eval('ol[aria-label="Career path"] > li', (l) => l.length).catch(() => 0);
const noPath = (page: Page) => page.locator('.cpe-nopath').count();

async function importOverlay(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel(/Import (other )?corrections/)
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('corrections (an overlay) imported with a catalog', () => {
  it('apply at once, survive a reload, download as imported, and can be dropped', async () => {
    const { page, errors } = await openLawFirm(chromium.browser, site.url);
    await askPath(page);
    await expect.poll(() => noPath(page)).toBe(1);

    await importOverlay(page, 'law-firm.model.json', LAW_FIXES);
    await page.getByText('Corrections applied: law-firm.model.json').waitFor();
    // The path the user asked for appears without asking again.
    await expect.poll(() => steps(page)).toBe(5);
    expect(await page.textContent('ol[aria-label="Career path"]')).toContain('Senior Associate');

    await page.reload();
    await drawn(page);
    await page.getByText('Corrections applied: law-firm.model.json').waitFor();
    await askPath(page);
    await expect.poll(() => steps(page)).toBe(5);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the corrections' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('law-firm.model.json');
    expect((await downloaded(file)).toString('utf8')).toBe(LAW_FIXES);

    await page.getByRole('button', { name: 'Drop the corrections' }).click();
    await page.getByText('No corrections applied').waitFor();
    await expect.poll(() => noPath(page)).toBe(1);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('shows the catalog without corrections it cannot read, and says why', async () => {
    const { page, errors } = await openLawFirm(chromium.browser, site.url);
    await importOverlay(page, 'fixes.json', '{"roles": [{"role": "Counsel"}]}');
    await expect
      .poll(() => page.textContent('.cpe-diagnostics'))
      .toContain('the overlay fixes.json is not applied: roles[0]: needs "level" or "family"');
    expect(await page.textContent('.cpe-sub')).toContain('10 roles');
    expect(errors).toEqual([]);
    await close(page);
  });

  it('publish as a framework that loads into the same lattice with nothing inferred', async () => {
    const { page, errors } = await openLawFirm(chromium.browser, site.url);
    await importOverlay(page, 'law-firm.model.json', LAW_FIXES);
    await page.getByText('Corrections applied: law-firm.model.json').waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the framework' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('law-firm-framework.csv');
    const published = (await downloaded(file)).toString('utf8');
    expect(published.split('\r\n')[0]).toBe(
      'title,summary,family,level,track,inference,skills,responsibilities,kpis,next,lateral,pay_min,pay_max,currency,months_in_role,headcount',
    );

    // Loaded as a catalog of its own (no corrections beside it), it is the corrected lattice.
    await importText(page, 'law-firm-framework.csv', published);
    await page.getByText('law-firm-framework.csv · 10 roles · imported').waitFor();
    await page.getByText('No corrections applied').waitFor();
    await askPath(page);
    await expect.poll(() => steps(page)).toBe(5);
    expect(await page.textContent('ol[aria-label="Career path"]')).toContain('Senior Associate');
    // Every move is stated: the review queue has no inferred move left to check.
    await page.getByRole('button', { name: 'Edit this framework' }).click();
    await page.locator('#cpe-review-heading').waitFor();
    expect(await page.locator('.cpe-review > li', { hasText: 'evidence' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await close(page);
  });
});
