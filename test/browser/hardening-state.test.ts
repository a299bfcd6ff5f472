import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { close, drawn, importText, open, seedRefusedImport } from './page';
import { useBrowser } from './hooks';

/*
 * The app is never left without a catalog, never claims to have stored what the browser refused
 * to store, and keeps catalog text from reversing its own.
 */

const APP = inject('appUrl');
const chromium = useBrowser();

const sub = (page: Page) => page.textContent('.cpe-sub');

describe('no unrecoverable states', () => {
  it('opens the bundled catalog, with the error and the Catalog panel, when a ?catalog= link fails', async () => {
    const { page } = await open(chromium.browser, `${APP}?catalog=missing.txt`);
    await drawn(page);
    expect(await sub(page)).toContain('role-blueprints.txt · 30 roles');
    expect(await page.textContent('.cpe-error')).toMatch(/missing\.txt[\s\S]*bundled catalog/);
    await page.getByRole('heading', { name: 'Catalog' }).waitFor();
    await close(page);
  });

  it('shows the bundled catalog when the stored import is refused, and offers the import for download', async () => {
    const context = await chromium.browser.newContext();
    await seedRefusedImport(context);
    const page = await context.newPage();
    await page.goto(APP);
    await drawn(page);
    expect(await sub(page)).toContain('role-blueprints.txt · 30 roles');
    expect(await page.textContent('.cpe-error')).toMatch(
      /The catalog imported earlier, old\.txt, could not be read/,
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the stored catalog' }).click();
    expect((await download).suggestedFilename()).toBe('old.txt');
    // Still stored until the user says otherwise.
    const stored = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const req = indexedDB.open('career-path-explorer', 1);
          req.onsuccess = () => {
            const get = req.result.transaction('catalogs').objectStore('catalogs').get('imported');
            get.onsuccess = () => resolve((get.result as { name?: string } | undefined)?.name);
          };
        }),
    );
    expect(stored).toBe('old.txt');
    await context.close();
  });

  it('says so when the browser does not store an import, and a reload brings back the bundled catalog, not an older import', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(APP);
    await drawn(page);
    // A first import is stored.
    await importText(page, 'first.txt', 'First Role: Role Blueprint\nDoes things.\n');
    await page.getByText('first.txt · 1 role · imported').waitFor();
    // Then the browser's storage fails: every write is refused.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    await importText(page, 'second.txt', 'Second Role: Role Blueprint\nDoes more.\n');
    await page.getByText('second.txt · 1 role · imported, not stored').waitFor();
    expect(await page.textContent('.cpe-notice')).toMatch(/did not store it/);
    await page.reload();
    await drawn(page);
    expect(await sub(page)).toContain('role-blueprints.txt · 30 roles');
    await context.close();
  });
});

describe('catalog text keeps its direction to itself', () => {
  it('isolates a title with an unclosed right-to-left override from the app’s own words', async () => {
    const { page } = await open(chromium.browser, APP);
    await drawn(page);
    const evil = 'Evil \u202eRole';
    await importText(
      page,
      'rtl.txt',
      `${evil}: Role Blueprint\nDoes things.\nSenior ${evil}: Role Blueprint\nDoes more.\n`,
    );
    await page.getByText('rtl.txt · 2 roles · imported').waitFor();
    await page.getByRole('button', { name: 'Show as list' }).click();
    // Every place the title appears, it is inside an isolate (<bdi> or dir=auto).
    const unisolated = await page.$$eval('body *', (els) =>
      els
        .filter((el) =>
          [...el.childNodes].some(
            (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').includes('\u202e'),
          ),
        )
        .filter((el) => !el.closest('bdi, [dir="auto"], script, style'))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unisolated).toEqual([]);
    // The canvas labels carry Unicode isolates.
    await page.getByRole('button', { name: 'Show lattice' }).click();
    const labels = await page.evaluate(() => {
      const el = document.querySelector('.cpe-canvas .cpe-cy') as HTMLElement & {
        _cyreg?: { cy: import('cytoscape').Core };
      };
      return el._cyreg!.cy.nodes().map((n) => n.data('label') as string);
    });
    for (const l of labels) expect(l).toMatch(/^\u2068.*\u2069$/s);
    await close(page);
  });
});
