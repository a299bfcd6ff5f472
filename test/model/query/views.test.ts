import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  loadCatalog,
  type CareerGraph,
  type MoveEdge,
  type RoleNode,
} from '../../../src/model/index';
import { focusNodes, subgraphExport } from '../../../src/model/query/views';
import { readRepoFile, roleNode, tinyGraph } from '../helpers';

/** A hand-built graph whose roles have the given rank and track (`id: [rank, track]`). */
function ranked(
  roles: Record<string, [rank: number, track: string]>,
  edges: [string, string][] = [],
): CareerGraph {
  const g: CareerGraph = new Graph<RoleNode, MoveEdge>({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  for (const [id, [rank, track]] of Object.entries(roles))
    g.addNode(id, roleNode(id.toUpperCase(), rank, track));
  for (const [s, t] of edges)
    g.addDirectedEdgeWithKey(`${s}->${t}`, s, t, {
      kind: 'promotion',
      reason: `${s} to ${t}`,
      summary: `${s} to ${t}, in short`,
      why: { rule: 'stated', from: roles[s]![0], to: roles[t]![0] },
      provenance: 'inferred',
      strength: 'strong',
      cost: 1,
      rule: 'test',
    });
  return g;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();
const rankOf = (g: CareerGraph, id: string) => g.getNodeAttribute(id, 'rank');

/** Distance of every role from `from`, moving along edges in either direction (plain BFS). */
function undirectedDistances(g: CareerGraph, from: string): Map<string, number> {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length) {
    const v = queue.shift()!;
    for (const u of g.neighbors(v)) {
      if (dist.has(u)) continue;
      dist.set(u, dist.get(v)! + 1);
      queue.push(u);
    }
  }
  return dist;
}

/*
 * A line of roles with moves in both directions:
 *   a -> b <- c -> d -> e        island: z
 * Distances from b: a 1, c 1, d 2, e 3.
 */
const line = tinyGraph(
  ['a', 'b', 'c', 'd', 'e', 'z'],
  [
    { from: 'a', to: 'b' },
    { from: 'c', to: 'b' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'e' },
  ],
);

describe('focusNodes: around a role', () => {
  it('holds the role and every role within the radius, following moves either way', () => {
    expect(sorted(focusNodes(line, { kind: 'around', role: 'b', radius: 1 }, 100).nodes)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(sorted(focusNodes(line, { kind: 'around', role: 'b', radius: 2 }, 100).nodes)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    const all = focusNodes(line, { kind: 'around', role: 'b', radius: 10 }, 100);
    expect(sorted(all.nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(all.truncated).toBe(false);
    expect(all.wanted).toBe(5);
  });

  it('radius 0 is the role alone', () => {
    const f = focusNodes(line, { kind: 'around', role: 'd', radius: 0 }, 100);
    expect([...f.nodes]).toEqual(['d']);
    expect(f.wanted).toBe(1);
  });

  it('keeps the nearest roles when the cap cuts the view, and says how many it wanted', () => {
    // b, then a and c (1 move), then d (2), then e (3): a cap of 3 keeps b, a, c.
    const f = focusNodes(line, { kind: 'around', role: 'b', radius: 3 }, 3);
    expect(sorted(f.nodes)).toEqual(['a', 'b', 'c']);
    expect(f.truncated).toBe(true);
    expect(f.wanted).toBe(5);
    // A cap that fits exactly is not a truncation.
    const exact = focusNodes(line, { kind: 'around', role: 'b', radius: 3 }, 5);
    expect(exact.nodes.size).toBe(5);
    expect(exact.truncated).toBe(false);
  });

  it('always keeps the included roles, which take places under the cap', () => {
    // z is an island, far from b: kept anyway, and the nearest roles fill the rest of the cap.
    const f = focusNodes(line, { kind: 'around', role: 'b', radius: 3 }, 3, ['z']);
    expect(f.nodes.has('z')).toBe(true);
    expect(f.nodes.has('b')).toBe(true);
    expect(f.nodes.size).toBe(3);
    expect(f.truncated).toBe(true);
    // wanted counts the focus (b's neighbourhood), not the roles included from outside it.
    expect(f.wanted).toBe(5);
    // More included roles than the cap: all of them are still kept.
    const many = focusNodes(line, { kind: 'around', role: 'b', radius: 1 }, 2, ['z', 'e', 'd']);
    for (const id of ['z', 'e', 'd']) expect(many.nodes.has(id)).toBe(true);
    expect(many.truncated).toBe(true);
  });

  it('counts an included role that is also in the focus once', () => {
    const f = focusNodes(line, { kind: 'around', role: 'b', radius: 1 }, 100, ['a', 'b']);
    expect(sorted(f.nodes)).toEqual(['a', 'b', 'c']);
    expect(f.wanted).toBe(3);
    expect(f.truncated).toBe(false);
  });

  it('ignores included ids that are not roles of the graph', () => {
    const f = focusNodes(line, { kind: 'around', role: 'b', radius: 1 }, 100, ['ghost']);
    expect(sorted(f.nodes)).toEqual(['a', 'b', 'c']);
  });

  // A stale `?role=` link, or a role of a catalog loaded before: no neighbourhood to show.
  it('an unknown role gives an empty view (only the included roles)', () => {
    const f = focusNodes(line, { kind: 'around', role: 'ghost', radius: 2 }, 100, ['z']);
    expect([...f.nodes]).toEqual(['z']);
    expect(f.wanted).toBe(0);
    expect(f.truncated).toBe(false);
  });
});

describe('focusNodes: a track', () => {
  const g = ranked({
    s3: [3, 'support'],
    e1: [1, 'engineers'],
    s1: [1, 'support'],
    s5: [5, 'support'],
    s2: [2, 'support'],
    e0: [0, 'engineers'],
    s4: [4, 'support'],
  });

  it('holds every role of that track and no other', () => {
    const f = focusNodes(g, { kind: 'track', track: 'support' }, 100);
    expect(sorted(f.nodes)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(f.wanted).toBe(5);
    expect(f.truncated).toBe(false);
  });

  it('keeps the lowest ranks first when the cap cuts it', () => {
    const f = focusNodes(g, { kind: 'track', track: 'support' }, 3);
    expect(sorted(f.nodes)).toEqual(['s1', 's2', 's3']);
    expect(f.truncated).toBe(true);
    expect(f.wanted).toBe(5);
  });

  it('keeps only a rank band when given one (bounds included)', () => {
    const band = focusNodes(g, { kind: 'track', track: 'support', minRank: 2, maxRank: 4 }, 100);
    expect(sorted(band.nodes)).toEqual(['s2', 's3', 's4']);
    expect(band.wanted).toBe(3);
    const from = focusNodes(g, { kind: 'track', track: 'support', minRank: 4 }, 100);
    expect(sorted(from.nodes)).toEqual(['s4', 's5']);
    const upTo = focusNodes(g, { kind: 'track', track: 'support', maxRank: 1 }, 100);
    expect(sorted(upTo.nodes)).toEqual(['s1']);
  });

  it('is empty for a track no role is on', () => {
    const f = focusNodes(g, { kind: 'track', track: 'nobody' }, 100, ['e0']);
    expect([...f.nodes]).toEqual(['e0']);
    expect(f.wanted).toBe(0);
  });
});

describe('focusNodes: entry', () => {
  it('holds the lowest-ranked roles', () => {
    const g = ranked({
      mid: [4, 'a'],
      low: [2, 'a'],
      next: [3, 'b'],
      high: [7, 'b'],
      low2: [2, 'c'],
    });
    const f = focusNodes(g, { kind: 'entry' }, 100);
    expect(f.nodes.has('low')).toBe(true);
    expect(f.nodes.has('low2')).toBe(true);
    // Nothing two steps or more above the lowest rank.
    expect(f.nodes.has('mid')).toBe(false);
    expect(f.nodes.has('high')).toBe(false);
    expect(f.wanted).toBe(f.nodes.size);
    expect(f.truncated).toBe(false);
  });

  it('is empty for an empty graph', () => {
    const f = focusNodes(ranked({}), { kind: 'entry' }, 100);
    expect(f.nodes.size).toBe(0);
    expect(f.wanted).toBe(0);
  });

  // Roles of the higher of the two lowest ranks must not push out those of the lowest.
  it('keeps the lowest rank first when the cap cuts it', () => {
    const g = ranked({ b1: [1, 'x'], a0: [0, 'x'], c1: [1, 'x'], d0: [0, 'x'] });
    const f = focusNodes(g, { kind: 'entry' }, 2);
    expect(f.truncated).toBe(true);
    expect(sorted(f.nodes)).toEqual(['a0', 'd0']);
  });
});

describe('focusNodes on a loaded catalog', () => {
  const g = loadCatalog(
    { text: readRepoFile('data/role-blueprints.txt') },
    { model: defaultModel },
  ).graph;
  const tracks = (g.getAttribute('tracks') ?? []).map((t) => t.id);

  it('around: exactly the roles within the radius, by an independent search', () => {
    for (const role of g.nodes().slice(0, 8)) {
      const dist = undirectedDistances(g, role);
      for (const radius of [0, 1, 2]) {
        const want = [...dist].filter(([, d]) => d <= radius).map(([id]) => id);
        const f = focusNodes(g, { kind: 'around', role, radius }, 10_000);
        expect(sorted(f.nodes)).toEqual(sorted(want));
        expect(f.wanted).toBe(want.length);
      }
    }
  });

  it('around with a cap: every kept role is at least as near as every dropped one', () => {
    const role = g.nodes()[0]!;
    const dist = undirectedDistances(g, role);
    const f = focusNodes(g, { kind: 'around', role, radius: 3 }, 10);
    expect(f.nodes.size).toBe(10);
    expect(f.truncated).toBe(true);
    const farthestKept = Math.max(...[...f.nodes].map((id) => dist.get(id)!));
    for (const [id, d] of dist)
      if (d <= 3 && !f.nodes.has(id)) expect(d).toBeGreaterThanOrEqual(farthestKept);
  });

  it('track: the roles of each track, and with a cap the lowest ranks', () => {
    expect(tracks.length).toBeGreaterThan(1);
    for (const track of tracks) {
      const members = g.filterNodes((_id, a) => a.track === track);
      const f = focusNodes(g, { kind: 'track', track }, 10_000);
      expect(sorted(f.nodes)).toEqual(sorted(members));
      const cap = Math.ceil(members.length / 2);
      const cut = focusNodes(g, { kind: 'track', track }, cap);
      expect(cut.nodes.size).toBe(cap);
      expect(cut.wanted).toBe(members.length);
      const highestKept = Math.max(...[...cut.nodes].map((id) => rankOf(g, id)));
      for (const id of members)
        if (!cut.nodes.has(id)) expect(rankOf(g, id)).toBeGreaterThanOrEqual(highestKept);
    }
  });

  it('entry: includes every role of the lowest rank', () => {
    const min = Math.min(...g.mapNodes((_id, a) => a.rank));
    const f = focusNodes(g, { kind: 'entry' }, 10_000);
    for (const id of g.filterNodes((_id, a) => a.rank === min)) expect(f.nodes.has(id)).toBe(true);
    for (const id of f.nodes) expect(rankOf(g, id)).toBeLessThanOrEqual(min + 1);
  });
});

describe('subgraphExport', () => {
  it('keeps the chosen roles with their attributes and only the moves between them', () => {
    const g = tinyGraph(
      ['a', 'b', 'c', 'd'],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c', kind: 'lateral', cost: 2 },
        { from: 'c', to: 'b', kind: 'lateral', cost: 2 },
        { from: 'c', to: 'd' },
        { from: 'd', to: 'a' },
      ],
    );
    const s = subgraphExport(g, new Set(['a', 'b', 'c']));
    const back = Graph.from(s);
    expect(sorted(back.nodes())).toEqual(['a', 'b', 'c']);
    for (const id of back.nodes())
      expect(back.getNodeAttributes(id)).toEqual(g.getNodeAttributes(id));
    expect(sorted(back.edges())).toEqual(['a->b', 'b->c', 'c->b']);
    for (const e of back.edges()) {
      expect(back.getEdgeAttributes(e)).toEqual(g.getEdgeAttributes(e));
      expect(back.source(e)).toBe(g.source(e));
      expect(back.target(e)).toBe(g.target(e));
    }
    expect(s.options?.type).toBe('directed');
  });

  it("carries the graph's attributes (the tracks)", () => {
    const g = tinyGraph(['a', 'b'], [{ from: 'a', to: 'b' }]);
    const tracks = [{ id: 'other', label: 'Other', color: '#000000', reason: 'test' }];
    g.setAttribute('tracks', tracks);
    const s = subgraphExport(g, new Set(['a']));
    expect(s.attributes?.tracks).toEqual(tracks);
    expect(s.edges).toEqual([]);
    // An empty selection still says which tracks the graph has.
    expect(subgraphExport(g, new Set()).attributes?.tracks).toEqual(tracks);
  });

  it('on a loaded catalog: the induced subgraph of a focus view', () => {
    const g = loadCatalog(
      { text: readRepoFile('data/role-blueprints.txt') },
      { model: defaultModel },
    ).graph;
    const focus = focusNodes(g, { kind: 'around', role: g.nodes()[0]!, radius: 1 }, 10_000);
    const back = Graph.from(subgraphExport(g, focus.nodes));
    expect(back.order).toBe(focus.nodes.size);
    const inside = g.filterEdges((_e, _a, s, t) => focus.nodes.has(s) && focus.nodes.has(t));
    expect(sorted(back.edges())).toEqual(sorted(inside));
    expect(back.getAttribute('tracks')).toEqual(g.getAttribute('tracks'));
  });
});
