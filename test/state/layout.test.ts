import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/default-model';
import { rankSizeScale, trackColorScale } from '../../src/model/encoding';
import { latticeLayout } from '../../src/model/layout';
import { loadCatalog } from '../../src/model/index';

const seed = readFileSync(new URL('../../data/role-blueprints.txt', import.meta.url), 'utf8');
const { graph } = loadCatalog(seed, defaultModel);

describe('lattice layout', () => {
  const lattice = latticeLayout(graph, defaultModel);

  it('places every role, no two at the same spot', () => {
    expect(lattice.positions.size).toBe(30);
    const spots = new Set([...lattice.positions.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(30);
  });

  it('puts higher ranks higher on the screen (entry level at the bottom)', () => {
    graph.forEachNode((a, aa) =>
      graph.forEachNode((b, ba) => {
        if (aa.rank < ba.rank)
          expect(lattice.positions.get(a)!.y).toBeGreaterThan(lattice.positions.get(b)!.y);
      }),
    );
  });

  it('gives each family one column and keeps tracks together in the model’s order', () => {
    const xOf = (id: string) => lattice.positions.get(id)!.x;
    expect(xOf('associate-service-desk-analyst')).toBe(xOf('principal-service-desk-analyst'));
    const trackOrder = lattice.columns.map((c) => c.track);
    const firstSeen = [...new Set(trackOrder)];
    expect(firstSeen).toEqual(
      defaultModel.tracks.map((t) => t.id).filter((t) => trackOrder.includes(t)),
    );
    // A track's columns are contiguous.
    for (const t of firstSeen) {
      const idx = trackOrder.flatMap((x, i) => (x === t ? [i] : []));
      expect(idx.at(-1)! - idx[0]!).toBe(idx.length - 1);
    }
  });
});

describe('encodings', () => {
  it('colors tracks distinctly and sizes nodes by rank', () => {
    const color = trackColorScale(defaultModel);
    const colors = defaultModel.tracks.map((t) => color(t.id));
    expect(new Set(colors).size).toBe(colors.length);
    const size = rankSizeScale(0, 8);
    expect(size(8)).toBeGreaterThan(size(0));
    expect(size(100)).toBe(size(8));
  });
});
