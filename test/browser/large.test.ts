import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { generateCatalog } from '../synthetic';
import { SIZES } from '../../src/sizes';
import { canvasState, close, drawn, importText, open, screenshot } from './page';
import { useBrowser, useDist } from './hooks';

const APP = inject('appUrl');
const chromium = useBrowser();
const site = useDist(
  '/app/',
  {},
  {
    '/app/big.txt': { body: generateCatalog({ roles: 20000 }), type: 'text/plain' },
  },
);

/**
 * The focus view on the canvas, once it is all there (the canvas adds it a part per frame), with
 * whether the banner says moves are still being found.
 */
async function readView(page: Page, note: string) {
  // Checked and read in one go: the view can change between two calls.
  const view = await page.waitForFunction(
    `(() => {
      const el = document.querySelector('.cpe-canvas .cpe-cy');
      const cy = el && el._cyreg && el._cyreg.cy;
      const shown = /showing ([\\d,]+)/.exec(document.querySelector('.cpe-focus')?.textContent ?? '');
      const n = shown ? Number(shown[1].replace(/,/g, '')) : 0;
      if (!cy || !n || cy.nodes().length !== n) return null;
      const ids = cy.nodes().map((node) => node.id()).sort();
      return {
        note: [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent.includes(${JSON.stringify(note)})),
        nodes: ids.length,
        ids,
        edges: cy.edges().length,
        positions: ids.slice(0, 50).map((id) => cy.getElementById(id).position()),
      };
    })()`,
    undefined,
    { timeout: 20_000, polling: 10 },
  );
  return (await view.jsonValue()) as {
    note: boolean;
    nodes: number;
    ids: string[];
    edges: number;
    positions: { x: number; y: number }[];
  };
}

describe('a catalog of 20,000 roles', () => {
  it('loads in the worker, says how many roles there are, and draws a capped focus view', async () => {
    const { page, errors } = await open(chromium.browser, `${site.url}?catalog=big.txt`);
    // A progress indicator is shown while the worker reads the catalog.
    await page.waitForSelector(
      '[role="status"] >> text=/Loading|Reading|Building|Indexing|Downloading/',
    );
    // Once the roles are placed, the worker's preview is drawn and searchable while it finds the
    // moves between families with similar work; then the same view gains those moves.
    const note = 'Finding moves between similar families';
    const preview = await readView(page, note);
    expect(preview.note).toBe(true);
    expect(preview.nodes).toBeGreaterThan(0);
    // Each role drawn now is marked: the final view keeps these very elements (only moves change).
    await page.evaluate(() => {
      const el = document.querySelector('.cpe-canvas .cpe-cy') as HTMLElement & {
        _cyreg?: { cy: import('cytoscape').Core };
      };
      el._cyreg!.cy.nodes().forEach((n) => void n.scratch('_cpeTest', 'preview'));
    });
    // Search covers every role already.
    await page.fill('#cpe-search', 'Senior Cloud Operations Technical Account');
    await page.waitForSelector(
      '[role="option"] >> text=Senior Cloud Operations Technical Account Manager',
    );
    await page.fill('#cpe-search', '');
    await page.waitForSelector(`[role="status"] >> text=${note}`, { state: 'detached' });
    await expect
      .poll(async () => (await readView(page, note)).edges)
      .toBeGreaterThan(preview.edges);
    const final = await readView(page, note);
    expect(final.ids).toEqual(preview.ids);
    // Roles stay where the preview put them (their place follows rank and track, already final).
    expect(final.positions).toEqual(preview.positions);
    const kept = await page.evaluate(() => {
      const el = document.querySelector('.cpe-canvas .cpe-cy') as HTMLElement & {
        _cyreg?: { cy: import('cytoscape').Core };
      };
      return el._cyreg!.cy.nodes().filter((n) => n.scratch('_cpeTest') === 'preview').length;
    });
    expect(kept).toBe(final.nodes);
    await drawn(page);
    expect(await page.textContent('.cpe-sub')).toContain('20,000 roles');
    expect(await page.textContent('.cpe-focus')).toContain('20,000 roles');
    const { visibleNodes } = await canvasState(page);
    expect(visibleNodes.length).toBeGreaterThan(0);
    expect(visibleNodes.length).toBeLessThanOrEqual(SIZES.focusCap);
    // The view is added to the canvas a part per frame; all of it arrives.
    const shown = async () =>
      Number(
        /showing ([\d,]+)/
          .exec((await page.textContent('.cpe-focus')) ?? '')?.[1]
          ?.replace(/,/g, ''),
      );
    await expect
      .poll(async () => (await canvasState(page)).visibleNodes.length)
      .toBe(await shown());
    expect(errors).toEqual([]);
    await screenshot(page, 'large-entry-view');

    // Search covers all 20,000 roles; selecting one focuses the view around it.
    await page.fill('#cpe-search', 'Senior Cloud Operations Support Engineer');
    await page.press('#cpe-search', 'Enter');
    await expect
      .poll(() => page.textContent('.cpe-focus'))
      .toContain('within 2 moves of Senior Cloud Operations Support Engineer');
    await expect
      .poll(async () => (await canvasState(page)).visibleNodes)
      .toContain('senior-cloud-operations-support-engineer');
    // Roles added in a later part get the classes the view gave before they came.
    await expect
      .poll(() =>
        page.evaluate(
          `document.querySelector('.cpe-canvas .cpe-cy')._cyreg.cy.nodes('.selected').map((n) => n.id())`,
        ),
      )
      .toEqual(['senior-cloud-operations-support-engineer']);
    await expect
      .poll(async () => (await canvasState(page)).visibleNodes.length)
      .toBe(await shown());

    // Path finding runs in the worker and the path is drawn even far outside the focus.
    await page.fill('#cpe-from', 'Associate Cloud Operations Service Desk Analyst');
    await page.press('#cpe-from', 'Enter');
    await page.fill('#cpe-to', 'Senior Cloud Operations Technical Account Manager');
    await page.press('#cpe-to', 'Enter');
    await page.waitForSelector('ol[aria-label="Career path"]');
    const steps = await page.$$eval('ol[aria-label="Career path"] > li', (l) => l.length);
    expect(steps).toBeGreaterThan(2);
    await expect.poll(async () => (await canvasState(page)).onPath.length).toBe(steps);
    await screenshot(page, 'large-path');
    await close(page);
  });
});

describe('a catalog that states very many moves', () => {
  it('opens as a focus view, not drawn whole, and counts every problem it lists', async () => {
    // 1,000 roles, each stating the 999 others as Next roles: the moves a role may state are
    // capped, and what is left is too many to draw whole.
    const n = 1000;
    const title = (i: number) => `Unit ${i.toString(36)}x Coordinator`;
    const text = Array.from({ length: n }, (_, i) =>
      [
        `${title(i)}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path`,
        'Coordinates the unit.',
        'Career Path:',
        ...Array.from({ length: n - 1 }, (_, k) => `Next: ${title((i + 1 + k) % n)}`),
        '',
      ].join('\n'),
    ).join('\n');
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    await importText(page, 'dense.txt', text);
    await expect
      .poll(() => page.locator('.cpe-sub').textContent(), { timeout: 60_000 })
      .toContain('1,000 roles');
    const heading = page.locator('#cpe-diag-heading');
    await expect
      .poll(() => heading.textContent(), { timeout: 60_000 })
      .toMatch(/^\s*\d{2,3},\d{3} things to check\s*$/);
    const count = Number((await heading.textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(10_000);
    const more = await page.locator('.cpe-diagnostics + .cpe-note').textContent();
    expect(Number(more!.replace(/\D/g, ''))).toBe(count - 200);
    // The lattice shows a part of it: a focus view, as for any large catalog.
    await expect
      .poll(() => page.textContent('.cpe-focus'))
      .toMatch(/1,000 roles in this catalog; showing \d{3}/);
    expect(errors).toEqual([]);
    await close(page);
  });
});
