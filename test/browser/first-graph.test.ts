import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawn, screenshot } from './page';
import { useBrowser, useDist } from './hooks';

const chromium = useBrowser();
const site = useDist(
  '/app/',
  {},
  {
    '/app/other.txt': {
      body: 'Night Operator: Role Blueprint\nWatches the night queue.\n\nSenior Night Operator: Role Blueprint\nLeads the night shift.\n',
      type: 'text/plain',
    },
  },
);

interface CanvasSnapshot {
  box: number[];
  roles: number;
  inked: number;
  /** Rendered position of each role, by id. */
  at: Record<string, { x: number; y: number }>;
}

/** The canvas as the user sees it: its box, its roles and where they are, and how many pixels are drawn. */
function snapshot(page: Page): Promise<CanvasSnapshot> {
  return page.evaluate(() => {
    const el = document.querySelector('.cpe-cy') as HTMLElement & {
      _cyreg: { cy: import('cytoscape').Core };
    };
    const cy = el._cyreg.cy;
    const r = el.getBoundingClientRect();
    const at: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      at[n.id()] = n.renderedPosition();
    });
    // The node layer is the lowest of Cytoscape's canvases.
    const layers = [...el.querySelectorAll('canvas')];
    const nodes = layers[layers.length - 1]!;
    const px = nodes.getContext('2d')!.getImageData(0, 0, nodes.width, nodes.height).data;
    let inked = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i]) inked++;
    // Remembered on each drawn element, so the test can tell whether the app kept them or drew
    // new ones.
    cy.elements().scratch('_seen', true);
    return { box: [r.x, r.y, r.width, r.height], roles: cy.nodes().length, inked, at };
  });
}

/** Records every element class added to the page, from the very start. */
async function watchClasses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenClasses: string[] }).seenClasses = seen;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n instanceof HTMLElement) seen.push(n.className);
    }).observe(document, { childList: true, subtree: true });
  });
}

describe('the first graph', () => {
  // At 1920 px the legend takes one line instead of two, so the canvas's box moves when the app
  // arrives; the roles must stay where they are on screen all the same.
  it.each([1440, 1920])(
    'draws the bundled lattice before the app has loaded, and the app takes it over in place (%i px)',
    async (width) => {
      const context = await chromium.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Hold the app's code back: what shows meanwhile is the lattice drawn from build-time elements.
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\/assets\/app-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(site.url);
      await page.waitForFunction(() => performance.getEntriesByName('cpe-first-graph').length > 0);
      expect(await page.$('.cpe-header')).toBeNull();
      const before = await snapshot(page);
      expect(before.roles).toBe(30);
      expect(before.inked).toBeGreaterThan(1000);
      await page.screenshot({ path: `test-results/screenshots/first-graph-predrawn-${width}.png` });

      release();
      await drawn(page);
      await expect.poll(() => page.textContent('.cpe-sub')).toContain('30 roles');
      // The same elements (no redraw), every role where it was on screen.
      expect(
        await page.evaluate(() => {
          const el = document.querySelector('.cpe-canvas .cpe-cy') as HTMLElement & {
            _cyreg: { cy: import('cytoscape').Core };
          };
          return el._cyreg.cy.elements().filter((e) => e.scratch('_seen') !== true).length;
        }),
      ).toBe(0);
      const after = await snapshot(page);
      expect(Object.keys(after.at).sort()).toEqual(Object.keys(before.at).sort());
      for (const [id, p] of Object.entries(before.at)) {
        const moved = {
          x: after.box[0]! + after.at[id]!.x - (before.box[0]! + p.x),
          y: after.box[1]! + after.at[id]!.y - (before.box[1]! + p.y),
        };
        expect(Math.hypot(moved.x, moved.y), id).toBeLessThan(2);
      }
      expect(after.inked).toBeGreaterThan(1000);
      await screenshot(page, `first-graph-taken-over-${width}`);

      // The taken-over canvas answers the app: tapping a role opens its details.
      const p = after.at['escalation-engineer']!;
      await page.mouse.click(after.box[0]! + p.x, after.box[1]! + p.y);
      await expect
        .poll(() => page.textContent('[aria-label="Role details"]'))
        .toContain('Escalation Engineer');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('is not drawn early when the page opens on something else', async () => {
    const cases = [
      { query: '?catalog=other.txt', width: 1440 },
      { query: '?view=list', width: 1440 },
      { query: '?role=support-analyst', width: 1440 },
      // On a phone the path tool sits above the lattice: its place is not known before the app.
      { query: '', width: 390 },
    ];
    for (const { query, width } of cases) {
      const context = await chromium.browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      await watchClasses(page);
      await page.goto(`${site.url}${query}`);
      if (query === '?view=list') await page.waitForSelector('#cpe-twin-heading >> text=30 roles');
      else await drawn(page);
      const seen = await page.evaluate(
        () => (window as unknown as { seenClasses: string[] }).seenClasses,
      );
      expect(seen, query || 'phone').not.toContain('cpe-predraw');
      if (query === '?catalog=other.txt')
        expect(await page.textContent('.cpe-sub')).toContain('2 roles');
      await context.close();
    }
  });
});
