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

/** What the canvas shows at one moment: its roles (sorted ids), moves, and where roles stand. */
interface View {
  nodes: number;
  ids: string[];
  edges: number;
  positions: Record<string, { x: number; y: number }>;
}

/**
 * Reads the focus view on the canvas in one go (it can change between two calls). `preview`:
 * as soon as roles are drawn while the banner says moves are still being found, each of them
 * marked in the same go; else once the banner is gone and the whole view is there (the canvas
 * adds it a part per frame).
 */
async function readView(page: Page, note: string, preview: boolean): Promise<View> {
  const view = await page.waitForFunction(
    `(() => {
      const el = document.querySelector('.cpe-canvas .cpe-cy');
      const cy = el && el._cyreg && el._cyreg.cy;
      if (!cy) return null;
      const noted = [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent.includes(${JSON.stringify(note)}));
      const shown = /showing ([\\d,]+)/.exec(document.querySelector('.cpe-focus')?.textContent ?? '');
      const n = shown ? Number(shown[1].replace(/,/g, '')) : 0;
      if (${preview} ? !noted || !cy.nodes().length : noted || !n || cy.nodes().length !== n) return null;
      if (${preview}) cy.nodes().forEach((node) => void node.scratch('_cpeTest', 'preview'));
      const ids = cy.nodes().map((node) => node.id()).sort();
      return {
        nodes: ids.length,
        ids,
        edges: cy.edges().length,
        positions: Object.fromEntries(ids.map((id) => [id, cy.getElementById(id).position()])),
      };
    })()`,
    undefined,
    { timeout: 20_000, polling: 'raf' },
  );
  return (await view.jsonValue()) as View;
}

describe('a catalog of 20,000 roles', () => {
  it('loads in the worker, says how many roles there are, and draws a capped focus view', async () => {
    const { page, errors } = await open(chromium.browser, `${site.url}?catalog=big.txt`);
    // A progress indicator is shown while the worker reads the catalog.
    await page.waitForSelector(
      '[role="status"] >> text=/Loading|Reading|Building|Indexing|Downloading/',
    );
    // Once the roles are placed, the worker's preview is drawn (a part per frame) while it finds
    // the moves between families with similar work; then the same view gains those moves. Each
    // role drawn then is marked: the final view keeps these very elements (only moves change).
    // How much of the preview is drawn before the moves come depends on the machine.
    const note = 'Finding moves between similar families';
    const preview = await readView(page, note, true);
    expect(preview.nodes).toBeGreaterThan(0);
    // Search covers every role already.
    await page.fill('#cpe-search', 'Senior Cloud Operations Technical Account');
    await page.waitForSelector(
      '[role="option"] >> text=Senior Cloud Operations Technical Account Manager',
    );
    await page.fill('#cpe-search', '');
    await page.waitForSelector(`[role="status"] >> text=${note}`, { state: 'detached' });
    const final = await readView(page, note, false);
    expect(final.edges).toBeGreaterThan(preview.edges);
    expect(final.ids).toEqual(expect.arrayContaining(preview.ids));
    // Roles stay where the preview put them (their place follows rank and track, already final).
    for (const id of preview.ids) expect(final.positions[id], id).toEqual(preview.positions[id]);
    const kept = await page.evaluate(() => {
      const el = document.querySelector('.cpe-canvas .cpe-cy') as HTMLElement & {
        _cyreg?: { cy: import('cytoscape').Core };
      };
      return el._cyreg!.cy.nodes().filter((n) => n.scratch('_cpeTest') === 'preview').length;
    });
    expect(kept).toBe(preview.nodes);
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
