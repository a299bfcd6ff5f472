import { describe, expect, it } from 'vitest';
import { trackColorScale, tracksOf } from '../../../src/model/present/encoding';
import { cellAt, latticeLayout } from '../../../src/model/present/layout';
import { loadSeed } from '../helpers';

const { graph } = loadSeed();

describe('lattice layout', () => {
  const lattice = latticeLayout(graph);

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

  it('gives each family one column and keeps tracks together in the graph’s order', () => {
    const xOf = (id: string) => lattice.positions.get(id)!.x;
    expect(xOf('associate-service-desk-analyst')).toBe(xOf('principal-service-desk-analyst'));
    const trackOrder = lattice.columns.map((c) => c.track);
    const firstSeen = [...new Set(trackOrder)];
    expect(firstSeen).toEqual(tracksOf(graph).map((t) => t.id));
    // A track's columns are contiguous.
    for (const t of firstSeen) {
      const idx = trackOrder.flatMap((x, i) => (x === t ? [i] : []));
      expect(idx.at(-1)! - idx[0]!).toBe(idx.length - 1);
    }
  });
});

describe('cellAt: where a dropped card lands', () => {
  const lattice = latticeLayout(graph);
  it('is the row and column nearest the point, so a card dropped on a role takes its place', () => {
    graph.forEachNode((id, a) => {
      const p = lattice.positions.get(id)!;
      // A little off the card's centre, as a hand drops it.
      expect(cellAt(lattice, { x: p.x + 20, y: p.y - 30 })).toEqual({
        rank: a.rank,
        track: a.track,
      });
    });
  });
  it('is nothing on an empty lattice', () => {
    expect(cellAt({ rows: [], columns: [] }, { x: 0, y: 0 })).toBeNull();
  });
});

describe('encodings', () => {
  it('colors tracks distinctly', () => {
    const tracks = tracksOf(graph);
    const color = trackColorScale(tracks);
    const colors = tracks.map((t) => color(t.id));
    expect(new Set(colors).size).toBe(colors.length);
    // Each track keeps the colour it was built with (here, the overlay's).
    expect(colors).toEqual(tracks.map((t) => t.color));
    expect(color('a-track-the-list-lacks')).not.toBe(undefined);
  });
});
