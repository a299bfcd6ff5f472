/**
 * The lattice as drawn, measured from the live Cytoscape instance: labels legible at the first
 * view (at least readable, 9 px, where that keeps every level of an imported catalog in view), every label inside its card, no two cards overlapping, and no move passing over a role
 * that is not one of its ends (so none crosses a label either). On the bundled catalog and on an
 * imported one from another field, on a desk and on a phone, in light and dark.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { close, drawn, open, screenshot } from './page';
import { useBrowser } from './hooks';
import { polylineMeetsBox, type Box, type Point } from '../ui/canvas/geometry';
import { loadSeed } from '../model/helpers';

const APP = inject('appUrl');
const chromium = useBrowser();

/** The bundled catalog's moves as the canvas draws them: a lateral pair as one line. */
const seedMoves = (() => {
  const { graph } = loadSeed();
  return graph.filterEdges(
    (_e, a, s, t) => !(a.kind === 'lateral' && graph.hasDirectedEdge(t, s) && s > t),
  ).length;
})();

const NURSING = readFileSync(new URL('../corpus/nursing.json', import.meta.url), 'utf8');

interface Geometry {
  roles: number;
  moves: number;
  /** Smallest label size on screen, in pixels. */
  labelPx: number;
  /** What is wrong, one line each. */
  problems: string[];
}

/** The drawn lattice as Cytoscape computes it (model coordinates). */
interface Drawn {
  roles: { id: string; body: Box; label: Box }[];
  moves: { id: string; source: string; target: string; line: Point[] }[];
  labelPx: number;
}

/** Reads the drawn lattice from the live Cytoscape instance. */
function drawnLattice(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const el = document.querySelector('.cpe-cy') as HTMLElement & {
      _cyreg: { cy: import('cytoscape').Core };
    };
    const cy = el._cyreg.cy;
    const nodes = cy.nodes(':visible');
    return {
      roles: nodes.map((n) => ({
        id: n.id(),
        body: n.boundingBox({ includeLabels: false, includeOverlays: false }),
        label: n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }),
      })),
      moves: cy.edges(':visible').map((e) => ({
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        line: [
          e.sourceEndpoint(),
          ...((e.segmentPoints() as Point[] | undefined) ?? []),
          e.targetEndpoint(),
        ],
      })),
      labelPx: Math.min(...nodes.map((n) => parseFloat(n.style('font-size')) * cy.zoom())),
    };
  });
}

/**
 * Measures the drawn lattice: every label inside its card, no two cards overlapping, every
 * move's polyline clear of every role that is not one of its ends (touching is not passing).
 */
async function measure(page: Page): Promise<Geometry> {
  const { roles, moves, labelPx } = await drawnLattice(page);
  const problems: string[] = [];
  for (const { id, body: b, label } of roles)
    if (
      label.x1 < b.x1 - 0.5 ||
      label.x2 > b.x2 + 0.5 ||
      label.y1 < b.y1 - 0.5 ||
      label.y2 > b.y2 + 0.5
    )
      problems.push(`label of ${id} leaves its card`);
  const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  roles.forEach((a, i) =>
    roles.slice(i + 1).forEach((b) => {
      if (overlap(a.body, b.body)) problems.push(`${a.id} overlaps ${b.id}`);
    }),
  );
  for (const m of moves)
    for (const r of roles)
      if (r.id !== m.source && r.id !== m.target && polylineMeetsBox(m.line, r.body, 1))
        problems.push(`${m.id} passes over ${r.id}`);
  return { roles: roles.length, moves: moves.length, labelPx, problems };
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
        // Every move drawn, and enough of them that the checks below mean something.
        expect(seed.moves).toBe(seedMoves);
        expect(seed.moves).toBeGreaterThan(30);
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
        // Legible on a phone; on a desk at least readable, so that every level is in view.
        expect(other.labelPx).toBeGreaterThanOrEqual(size.name === 'phone' ? 11 : 9);
        await screenshot(page, `lattice-nursing-${size.name}-${scheme}`);
        expect(errors).toEqual([]);
        await close(page);
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
    await close(page);
  });
});
