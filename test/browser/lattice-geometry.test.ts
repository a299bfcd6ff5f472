/**
 * The lattice as drawn, measured from the live Cytoscape instance: labels legible at the first
 * view, every label inside its card, no two cards overlapping, and no move passing over a role
 * that is not one of its ends (so none crosses a label either). On the bundled catalog and on an
 * imported one from another field, on a desk and on a phone, in light and dark.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { drawn, open, screenshot } from './page';
import { useBrowser } from './hooks';

const APP = inject('appUrl');
const chromium = useBrowser();

const NURSING = readFileSync(new URL('../corpus/nursing.json', import.meta.url), 'utf8');

interface Geometry {
  roles: number;
  moves: number;
  /** Smallest label size on screen, in pixels. */
  labelPx: number;
  /** What is wrong, one line each. */
  problems: string[];
}

/** Measures the drawn lattice (model coordinates; labels and boxes as Cytoscape computes them). */
function measure(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const el = document.querySelector('.cpe-cy') as HTMLElement & {
      _cyreg: { cy: import('cytoscape').Core };
    };
    const cy = el._cyreg.cy;
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type P = { x: number; y: number };
    const problems: string[] = [];
    const nodes = cy.nodes(':visible');
    const body = new Map<string, Box>();
    let labelPx = Infinity;
    nodes.forEach((n) => {
      const b = n.boundingBox({ includeLabels: false, includeOverlays: false });
      body.set(n.id(), b);
      const label = n.boundingBox({
        includeNodes: false,
        includeLabels: true,
        includeOverlays: false,
      });
      if (
        label.x1 < b.x1 - 0.5 ||
        label.x2 > b.x2 + 0.5 ||
        label.y1 < b.y1 - 0.5 ||
        label.y2 > b.y2 + 0.5
      )
        problems.push(`label of ${n.id()} leaves its card`);
      labelPx = Math.min(labelPx, parseFloat(n.style('font-size')) * cy.zoom());
    });
    const ids = [...body.keys()];
    const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        if (overlap(body.get(ids[i]!)!, body.get(ids[j]!)!))
          problems.push(`${ids[i]} overlaps ${ids[j]}`);
    // Liang–Barsky: whether segment a–b enters box (shrunk by a pixel: touching is not passing).
    const meets = (a: P, b: P, box: Box) => {
      const [x1, y1, x2, y2] = [box.x1 + 1, box.y1 + 1, box.x2 - 1, box.y2 - 1];
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      let t0 = 0;
      let t1 = 1;
      for (const [p, q] of [
        [-dx, a.x - x1],
        [dx, x2 - a.x],
        [-dy, a.y - y1],
        [dy, y2 - a.y],
      ] as [number, number][]) {
        if (p === 0) {
          if (q < 0) return false;
          continue;
        }
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
        if (t0 > t1) return false;
      }
      return true;
    };
    const edges = cy.edges(':visible');
    edges.forEach((e) => {
      const line: P[] = [
        e.sourceEndpoint(),
        ...((e.segmentPoints() as P[] | undefined) ?? []),
        e.targetEndpoint(),
      ];
      for (const [id, box] of body) {
        if (id === e.source().id() || id === e.target().id()) continue;
        for (let i = 1; i < line.length; i++)
          if (meets(line[i - 1]!, line[i]!, box)) {
            problems.push(`${e.id()} passes over ${id}`);
            break;
          }
      }
    });
    return { roles: nodes.length, moves: edges.length, labelPx, problems };
  });
}

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

describe('a lattice people can read', () => {
  for (const size of SIZES)
    for (const scheme of ['light', 'dark'] as const) {
      it(`draws the bundled catalog and an imported one readably (${size.name}, ${scheme})`, async () => {
        const { page, errors } = await open(chromium.browser, APP, {
          width: size.width,
          height: size.height,
          colorScheme: scheme,
        });
        await drawn(page);
        const seed = await measure(page);
        expect(seed.roles).toBe(30);
        expect(seed.moves).toBeGreaterThan(60);
        expect(seed.problems).toEqual([]);
        expect(seed.labelPx).toBeGreaterThanOrEqual(11);
        await screenshot(page, `lattice-seed-${size.name}-${scheme}`);

        await page.setInputFiles('input[type="file"]', {
          name: 'nursing.json',
          mimeType: 'application/json',
          buffer: Buffer.from(NURSING),
        });
        await expect.poll(() => page.textContent('.cpe-sub')).toContain('nursing.json');
        await expect.poll(async () => (await measure(page)).roles).not.toBe(30);
        const other = await measure(page);
        expect(other.roles).toBeGreaterThan(8);
        expect(other.moves).toBeGreaterThan(8);
        expect(other.problems).toEqual([]);
        expect(other.labelPx).toBeGreaterThanOrEqual(11);
        await screenshot(page, `lattice-nursing-${size.name}-${scheme}`);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }

  it('labels level rows at the side and tracks at the top, aligned under pan and zoom', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    /** Each axis label with where it is, and where its roles are, on screen. */
    const axes = () =>
      page.evaluate(() => {
        const el = document.querySelector('.cpe-cy') as HTMLElement & {
          _cyreg: { cy: import('cytoscape').Core };
        };
        const cy = el._cyreg.cy;
        const box = el.getBoundingClientRect();
        const heads = [...document.querySelectorAll('.cpe-track-head')].map((h) => {
          const r = h.getBoundingClientRect();
          return {
            text: h.textContent!.trim(),
            left: r.left - box.left,
            right: r.right - box.left,
            bottom: r.bottom - box.top,
          };
        });
        const levels = [...document.querySelectorAll('.cpe-level')].map((h) => {
          const r = h.getBoundingClientRect();
          return {
            text: h.textContent!.trim(),
            top: r.top - box.top,
            bottom: r.bottom - box.top,
            right: r.right - box.left,
          };
        });
        const roles = cy.nodes().map((n) => ({
          title: n.data('label') as string,
          x: n.renderedPosition().x,
          y: n.renderedPosition().y,
          box: n.renderedBoundingBox({ includeLabels: false }),
        }));
        return { heads, levels, roles };
      });
    const check = async () => {
      const { heads, levels, roles } = await axes();
      expect(heads.map((h) => h.text)).toEqual([
        'Service Desk',
        'Support Analysis',
        'Technical Support',
        'Support Engineering',
        'Field Service',
        'Account Management',
      ]);
      // Each track's header spans its roles' columns.
      const under = (text: string, title: string) => {
        const h = heads.find((x) => x.text === text)!;
        const r = roles.find((x) => x.title.includes(title))!;
        expect(r.x).toBeGreaterThan(h.left);
        expect(r.x).toBeLessThan(h.right);
      };
      under('Service Desk', 'Associate Service Desk Analyst');
      under('Support Engineering', 'Escalation Engineer');
      under('Account Management', 'Senior Technical Account Manager');
      // Each level's name sits beside its row, left of every role.
      const beside = (text: string, title: string) => {
        const l = levels.find((x) => x.text === text)!;
        const r = roles.find((x) => x.title.includes(title))!;
        expect(r.y).toBeGreaterThan(l.top);
        expect(r.y).toBeLessThan(l.bottom);
      };
      beside('Entry (Associate)', 'Associate Service Desk Analyst');
      beside('Senior', 'Senior Support Analyst');
      beside('Principal', 'Principal Support Analyst');
      // Neither covers a role at the first view.
      for (const r of roles) {
        for (const h of heads) expect(r.box.y1).toBeGreaterThanOrEqual(h.bottom);
        for (const l of levels) expect(r.box.x1).toBeGreaterThanOrEqual(l.right);
      }
    };
    await check();
    // Panned and zoomed, the labels follow their rows and columns.
    await page.evaluate(() => {
      const el = document.querySelector('.cpe-cy') as HTMLElement & {
        _cyreg: { cy: import('cytoscape').Core };
      };
      const cy = el._cyreg.cy;
      cy.zoom({ level: cy.zoom() * 1.05, renderedPosition: { x: 0, y: 0 } });
      cy.panBy({ x: 300, y: -150 });
    });
    const moved = await axes();
    const sda = (a: typeof moved) =>
      a.roles.find((r) => r.title.includes('Associate Service Desk'))!;
    const head = moved.heads.find((h) => h.text === 'Service Desk')!;
    expect(sda(moved).x).toBeGreaterThan(head.left);
    expect(sda(moved).x).toBeLessThan(head.right);
    const row = moved.levels.find((l) => l.text === 'Entry (Associate)')!;
    expect(sda(moved).y).toBeGreaterThan(row.top);
    expect(sda(moved).y).toBeLessThan(row.bottom);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
