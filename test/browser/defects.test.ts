import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { tracksOf } from '../../src/model/present/encoding';
import { findPath } from '../../src/model/index';
import { close, downloaded, drawn, open, pathListed } from './page';
import { useBrowser } from './hooks';
import { loadSeed } from '../model/helpers';

const APP = inject('appUrl');
const chromium = useBrowser();
const { graph } = loadSeed();
const title = (id: string) => graph.getNodeAttribute(id, 'title');
const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';

const filtersLoaded = (page: Page) => page.waitForSelector('#cpe-filter-heading');
const nopath = (page: Page) => page.locator('.cpe-nopath').textContent();

describe('filters', () => {
  it('keeps the move checkboxes showing what is shown (unticking the last kind is refused)', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    await filtersLoaded(page);
    const promotions = page.getByLabel('Promotions', { exact: true });
    const lateral = page.getByLabel('Lateral moves', { exact: true });
    await promotions.click();
    // Try to untick the other one too, as a person would (a click on it).
    await lateral.evaluate((el: HTMLInputElement) => el.click());
    const laterals = graph.filterEdges((_e, a) => a.kind === 'lateral').length;
    await expect
      .poll(() => page.textContent('.cpe-counts'))
      .toContain(`${laterals} of ${graph.size} moves`);
    expect(await promotions.isChecked()).toBe(false);
    expect(await lateral.isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('lateral');
    // Ticking Promotions again shows every move, both boxes ticked.
    await promotions.click();
    await expect
      .poll(() => page.textContent('.cpe-counts'))
      .toContain(`${graph.size} of ${graph.size} moves`);
    expect([await promotions.isChecked(), await lateral.isChecked()]).toEqual([true, true]);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('"Clear all filters" also returns filtered-out roles from faded to hidden', async () => {
    const { page } = await open(chromium.browser, `${APP}?tracks=service-desk&mode=fade`);
    await drawn(page);
    await filtersLoaded(page);
    expect(await page.getByLabel('Faded', { exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => page.getByLabel('Hidden', { exact: true }).isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    expect(new URL(page.url()).searchParams.get('tracks')).toBeNull();
    // With only "Faded" chosen, the button still has something to clear.
    await page.getByLabel('Faded', { exact: true }).check();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => page.getByLabel('Hidden', { exact: true }).isChecked()).toBe(true);
    await close(page);
  });
});

describe('the path tool', () => {
  it('suggests only what would help when there is no path', async () => {
    // Nothing excluded, going down: no option helps, the level does.
    const down = await open(
      chromium.browser,
      `${APP}?from=principal-service-desk-analyst&to=associate-support-analyst`,
    );
    await drawn(down.page);
    const text = await nopath(down.page);
    expect(text).toContain('Nobody moves down a level');
    expect(text).not.toContain('lateral');
    expect(text).not.toContain('avoiding fewer');
    await close(down.page);

    // Promotions only, where lateral moves would find one.
    const sideways = await open(
      chromium.browser,
      `${APP}?from=service-desk-analyst&to=support-analyst&promotions=1`,
    );
    expect(findPath(graph, 'service-desk-analyst', 'support-analyst').found).toBe(true);
    await drawn(sideways.page);
    expect(await nopath(sideways.page)).toContain('Try allowing lateral moves.');
    expect(await nopath(sideways.page)).not.toContain('avoiding');
    await close(sideways.page);

    // Roles avoided, lateral moves allowed: only avoiding fewer roles can help, and which.
    const avoided = await open(
      chromium.browser,
      `${APP}?from=technical-support-engineer&to=${TO}&avoid=customer-support-engineer`,
    );
    await drawn(avoided.page);
    const a = await nopath(avoided.page);
    expect(a).toContain('Try avoiding fewer roles (a path goes through Customer Support Engineer)');
    expect(a).not.toContain('lateral');
    await close(avoided.page);

    // An unknown role: say so.
    const unknown = await open(chromium.browser, `${APP}?from=nobody-here&to=support-analyst`);
    await drawn(unknown.page);
    const u = await nopath(unknown.page);
    expect(u).toContain('this catalog has no role “nobody-here” (From)');
    expect(u).not.toContain('lateral');
    await close(unknown.page);
  });

  it('names where each alternative differs from the best path', async () => {
    const { page } = await open(chromium.browser, `${APP}?from=${FROM}&to=${TO}`);
    await drawn(page);
    await page.waitForSelector('input[name="cpe-alt"]');
    const r = findPath(graph, FROM, TO, { alternatives: 3 });
    if (!r.found) throw new Error('the seed must have a path');
    const labels = await page.$$eval('.cpe-alts label', (ls) =>
      ls.map((l) => l.textContent?.replace(/\s+/g, ' ').trim()),
    );
    const expected = [
      `Best (${r.moves.length} moves)`,
      ...r.alternatives.map((alt, i) => {
        const added = alt.path.find((id) => !r.path.includes(id))!;
        return `Alternative ${i + 1} (${alt.moves.length} moves, via ${title(added)})`;
      }),
    ];
    expect(labels).toEqual(expected);
    await close(page);
  });

  it('prints the path under a title naming its two ends', async () => {
    const { page } = await open(chromium.browser, `${APP}?from=${FROM}&to=${TO}`);
    await drawn(page);
    await page.waitForSelector('ol[aria-label="Career path"]');
    expect((await page.locator('#cpe-path-heading').innerText()).trim()).toBe('Find a path');
    await page.emulateMedia({ media: 'print' });
    const heading = (await page.locator('#cpe-path-heading').innerText()).trim();
    expect(heading).toBe(`Career path: ${title(FROM)} to ${title(TO)}`);
    const meta = await page.locator('.cpe-path-section').innerText();
    const shortest = findPath(graph, FROM, TO);
    const moves = shortest.found ? shortest.path.length - 1 : 0;
    expect(meta).toContain(`role-blueprints.txt · ${moves} moves · fewest moves`);
    await close(page);
  });
});

describe('the role picker', () => {
  it('finds roles despite a typo or by their initials, and says when nothing matches', async () => {
    const { page } = await open(chromium.browser, APP);
    await drawn(page);
    const options = () =>
      page.$$eval('#cpe-from-list [role="option"]', (os) => os.map((o) => o.textContent?.trim()));
    await page.fill('#cpe-from', 'asociate');
    await expect.poll(options).toContain('Associate Service Desk Analyst');
    await page.fill('#cpe-from', 'TAM');
    await expect.poll(options).toEqual([title(TO), 'Senior Technical Account Manager']);
    await page.press('#cpe-from', 'Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(TO);
    await page.fill('#cpe-to', 'zzzz');
    const status = page.locator('.cpe-picker:has(#cpe-to) [role="status"]');
    await expect.poll(() => status.textContent()).toContain('No matches');
    expect(await status.isVisible()).toBe(true);
    expect(await page.getAttribute('#cpe-to', 'aria-expanded')).toBe('false');
    await page.fill('#cpe-to', 'support');
    await expect.poll(async () => (await status.textContent())?.trim()).toBe('');
    await close(page);
  });
});

describe('the list view', () => {
  it('lists roles by track in the lattice’s track order, then by rank, under aligned track headings', async () => {
    const { page } = await open(chromium.browser, `${APP}?view=list`);
    await page.waitForSelector('#cpe-twin-heading >> text=30 roles');
    const order = tracksOf(graph).map((t) => t.id);
    const expected = graph
      .mapNodes((id, a) => ({ id, a }))
      .sort(
        (x, y) =>
          order.indexOf(x.a.track) - order.indexOf(y.a.track) ||
          x.a.rank - y.a.rank ||
          x.a.title.localeCompare(y.a.title),
      )
      .map((r) => r.a.title);
    const rows = await page.$$eval('.cpe-twin tbody th[scope="row"]', (ths) =>
      ths.map((th) => th.textContent?.trim()),
    );
    expect(rows).toEqual(expected);
    const heads = await page.$$eval('.cpe-twin tbody', (groups) =>
      groups.map((g) => {
        const head = g.querySelector('th[scope="rowgroup"]')!;
        const first = g.querySelector('tr')!;
        return {
          text: head.textContent?.trim(),
          rows: g.querySelectorAll('tr').length,
          span: Number(head.getAttribute('rowspan')),
          // The heading sits at the top of its first row.
          aligned:
            Math.abs(head.getBoundingClientRect().top - first.getBoundingClientRect().top) < 1,
        };
      }),
    );
    expect(heads.map((h) => h.text)).toEqual(tracksOf(graph).map((t) => t.label));
    for (const h of heads) {
      expect(h.span).toBe(h.rows);
      expect(h.aligned).toBe(true);
    }
    await close(page);
  });
});

describe('exports', () => {
  it('exports a PNG of the roles shown, titled, with a legend of the tracks it shows', async () => {
    // One track shown: the picture is cropped to it, and its legend names that track alone.
    const { page } = await open(chromium.browser, `${APP}?tracks=service-desk`);
    await drawn(page);
    await page.waitForSelector('#cpe-catalog-heading');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const png = await downloaded(download);
    const colors = tracksOf(graph).map((t) => t.color);
    const found = await page.evaluate(
      async ({ b64, colors }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const data = g.getImageData(0, 0, img.width, img.height).data;
        const rgb = colors.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
        const counts = rgb.map(() => 0);
        for (let p = 0; p < data.length; p += 4)
          rgb.forEach(([r, gr, b], i) => {
            if (
              Math.abs(data[p]! - r!) < 3 &&
              Math.abs(data[p + 1]! - gr!) < 3 &&
              Math.abs(data[p + 2]! - b!) < 3
            )
              counts[i]!++;
          });
        // Dark (text) pixels in the top band: the title.
        let dark = 0;
        for (let p = 0; p < img.width * 80 * 4; p += 4)
          if (data[p]! + data[p + 1]! + data[p + 2]! < 200) dark++;
        return { counts, dark };
      },
      { b64: png.toString('base64'), colors },
    );
    for (const [i, n] of found.counts.entries()) {
      const track = tracksOf(graph)[i]!;
      if (track.id === 'service-desk') expect(n, track.label).toBeGreaterThan(20);
      else expect(n, `${track.label}, not shown`).toBe(0);
    }
    expect(found.dark).toBeGreaterThan(50);
    await close(page);
  });
});

describe('role details', () => {
  it('returns focus to the path list button that opened them when they are closed', async () => {
    const { page } = await open(chromium.browser, `${APP}?from=${FROM}&to=${TO}`);
    await drawn(page);
    await page.waitForSelector('ol[aria-label="Career path"]');
    const second = (await pathListed(page))[1]!;
    const button = page.locator('ol[aria-label="Career path"] button', { hasText: second });
    await button.click();
    await expect.poll(() => page.locator('section.cpe-details h2').textContent()).toBe(second);
    await page.getByRole('button', { name: 'Close role details' }).click();
    await expect.poll(() => page.locator('section.cpe-details').count()).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(() => ({
          text: document.activeElement?.textContent?.trim(),
          inPath: !!document.activeElement?.closest('ol[aria-label="Career path"]'),
        })),
      )
      .toEqual({ text: second, inPath: true });
    await close(page);
  });
});

describe('the canvas by pointer and keyboard', () => {
  /** The live Cytoscape instance. */
  const cyOf = () =>
    (
      document.querySelector('.cpe-cy') as HTMLElement & {
        _cyreg: { cy: import('cytoscape').Core };
      }
    )._cyreg.cy;

  it('reaches the lattice from the To field in one Tab, and rings the keyboard’s role', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    await page.locator('#cpe-to').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the lattice',
    );
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('cpe-canvas')),
    ).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(`(${cyOf.toString()})().nodes('.key-focus').length`))
      .toBe(1);
    const ring = await page.evaluate(
      `(${cyOf.toString()})().nodes('.key-focus')[0].style('outline-width')`,
    );
    expect(parseFloat(String(ring))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('shows a pointer over a role', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    const at = (await page.evaluate(`(() => {
      const cy = (${cyOf.toString()})();
      const box = document.querySelector('.cpe-cy').getBoundingClientRect();
      const p = cy.getElementById('support-analyst').renderedPosition();
      return { x: box.x + p.x, y: box.y + p.y };
    })()`)) as { x: number; y: number };
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() =>
        page.evaluate(() => (document.querySelector('.cpe-cy') as HTMLElement).style.cursor),
      )
      .toBe('pointer');
    expect(errors).toEqual([]);
    await close(page);
  });

  it('keeps a role chosen on the canvas and its neighbours in view when details open', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    const id = 'senior-technical-account-manager';
    const at = (await page.evaluate(`(() => {
      const cy = (${cyOf.toString()})();
      const box = document.querySelector('.cpe-cy').getBoundingClientRect();
      const p = cy.getElementById('${id}').renderedPosition();
      return { x: box.x + p.x, y: box.y + p.y };
    })()`)) as { x: number; y: number };
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('section.cpe-details');
    const ids = [id, ...graph.neighbors(id)];
    const outside = () =>
      page.evaluate(`(() => {
        const cy = (${cyOf.toString()})();
        return ${JSON.stringify(ids)}.filter((id) => {
          const b = cy.getElementById(id).renderedBoundingBox({ includeLabels: false });
          return b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height();
        });
      })()`) as Promise<string[]>;
    await expect.poll(outside).toEqual([]);
    expect(ids.length).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('refits the view on the roles a filter leaves', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    await filtersLoaded(page);
    const spread = () =>
      page.evaluate(`(() => {
        const cy = (${cyOf.toString()})();
        const b = cy.nodes(':visible').renderedBoundingBox();
        return Math.max(b.w / cy.width(), b.h / cy.height());
      })()`) as Promise<number>;
    await page.getByRole('checkbox', { name: 'Field Service' }).check();
    await expect
      .poll(() => page.evaluate(`(${cyOf.toString()})().nodes(':visible').length`))
      .toBe(graph.filterNodes((_n, a) => a.track === 'field-service').length);
    // One role left: it is fitted, not left small where it was.
    await expect.poll(spread).toBeGreaterThan(0.15);
    expect(errors).toEqual([]);
    await close(page);
  });
});
