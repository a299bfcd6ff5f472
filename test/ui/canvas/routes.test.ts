import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { seedOverlay } from '../../../src/model/career/default-overlay';
import { formatFromFileName, loadCatalog } from '../../../src/model/index';
import type { CareerGraph } from '../../../src/model/graph/career-graph';
import { latticeLayout } from '../../../src/model/present/layout';
import { CARD, Occupancy, routeMove, segmentData, type Point } from '../../../src/ui/canvas/routes';
import { polylineMeetsBox, type Box } from './geometry';
import { readRepoFile } from '../../model/helpers';

/** Every move of a graph as the polyline the canvas draws, and the cards it passes over. */
function crossings(graph: CareerGraph): string[] {
  const lattice = latticeLayout(graph);
  const cells = new Occupancy(lattice.positions.values());
  const card = (p: Point): Box => ({
    x1: p.x - CARD.width / 2,
    y1: p.y - CARD.height / 2,
    x2: p.x + CARD.width / 2,
    y2: p.y + CARD.height / 2,
  });
  const found: string[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    const ps = lattice.positions.get(s)!;
    const pt = lattice.positions.get(t)!;
    const line = [ps, ...routeMove(ps, pt, lattice, cells), pt];
    graph.forEachNode((n) => {
      if (n !== s && n !== t && polylineMeetsBox(line, card(lattice.positions.get(n)!)))
        found.push(`${s} → ${t} passes over ${n}`);
    });
  });
  return found;
}

const seed = loadCatalog(
  {
    text: readRepoFile('data/role-blueprints.txt'),
    file: 'seed',
    format: 'text',
    overlay: seedOverlay,
  },
  { model: defaultModel },
).graph;

const corpus = readdirSync('test/corpus').filter((f) => /^[a-z-]+\.(txt|csv|json)$/.test(f));

describe('routing moves around roles', () => {
  it('keeps every move of the bundled catalog off every role that is not its end', () => {
    // Enough moves, across tracks and bands, for the check to mean something.
    expect(seed.size).toBeGreaterThan(50);
    expect(crossings(seed)).toEqual([]);
  });

  it.each(corpus)('keeps every move of %s off the other roles', (file) => {
    const graph = loadCatalog(
      { text: readRepoFile(`test/corpus/${file}`), file, format: formatFromFileName(file) },
      { model: defaultModel },
    ).graph;
    expect(graph.order).toBeGreaterThan(5);
    expect(crossings(graph)).toEqual([]);
  });

  it('draws a move straight only when nothing is in its way', () => {
    const lattice = latticeLayout(seed);
    const cells = new Occupancy(lattice.positions.values());
    const w = lattice.columnWidth;
    const h = lattice.rowHeight;
    // Next door on one row, and one row apart in one column: straight.
    expect(routeMove({ x: 0, y: 0 }, { x: w, y: 0 }, lattice, cells)).toEqual([]);
    // A straight line would cross a card between them: bent.
    const blocked = new Occupancy([
      { x: 0, y: 0 },
      { x: w, y: 0 },
      { x: 2 * w, y: 0 },
    ]);
    const bends = routeMove({ x: 0, y: 0 }, { x: 2 * w, y: 0 }, lattice, blocked);
    expect(bends.length).toBe(2);
    expect(bends.every((p) => p.y < -CARD.height / 2 && p.y > -h + CARD.height / 2)).toBe(true);
  });

  it('gives Cytoscape the bends as weights along and distances from the straight line', () => {
    // s (0,0) → t (100,0); a bend at (50,-20) sits halfway, 20 to the left of the line (up).
    const d = segmentData({ x: 0, y: 0 }, { x: 100, y: 0 }, [{ x: 50, y: -20 }]);
    expect(d).toEqual({ weights: '0.5', distances: '-20' });
    // Cytoscape's normal is (-dy, dx): for a line going down, positive is to the left (−x).
    const down = segmentData({ x: 0, y: 0 }, { x: 0, y: 100 }, [{ x: -30, y: 25 }]);
    expect(down).toEqual({ weights: '0.25', distances: '30' });
  });
});
