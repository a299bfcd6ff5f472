import { describe, expect, it } from 'vitest';
import { findPath, movesOf, resolveRole, type PathResult } from '../../../src/model/index';
import { tinyGraph, type TinyEdge } from '../helpers';

/*
 * Three ways from a to e, and an island z:
 *   P1  a -lateral(5)-> x -promotion(1)-> e             2 moves, cost 6
 *   P2  a -promotion-> b -promotion-> c -promotion-> e  3 moves, cost 3 (promotions only)
 *   P3  a -promotion-> b -lateral(2)-> y -promotion-> e 3 moves, cost 4
 */
const graph = tinyGraph(
  ['a', 'b', 'c', 'x', 'y', 'e', 'z'],
  [
    { from: 'a', to: 'x', kind: 'lateral', cost: 5 },
    { from: 'x', to: 'e' },
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'e' },
    { from: 'b', to: 'y', kind: 'lateral', cost: 2 },
    { from: 'y', to: 'e' },
  ],
);
const P1 = ['a', 'x', 'e'];
const P2 = ['a', 'b', 'c', 'e'];
const P3 = ['a', 'b', 'y', 'e'];

function found(r: PathResult) {
  if (!r.found) throw new Error(`expected a path, got: ${r.message}`);
  return r;
}

describe('findPath', () => {
  it('finds the path with the fewest moves, with each move, its reason and its summary', () => {
    const r = found(findPath(graph, 'a', 'e'));
    expect(r.path).toEqual(P1);
    expect(r.cost).toBe(2);
    expect(r.moves).toEqual([
      {
        from: 'a',
        to: 'x',
        kind: 'lateral',
        reason: 'a to x',
        summary: 'a to x, in short',
        strength: 'strong',
        why: expect.objectContaining({ rule: 'stated' }),
      },
      {
        from: 'x',
        to: 'e',
        kind: 'promotion',
        reason: 'x to e',
        summary: 'x to e, in short',
        strength: 'strong',
        why: expect.objectContaining({ rule: 'stated' }),
      },
    ]);
    expect(r.alternatives).toEqual([]);
  });

  it('finds the cheapest path when weighted by move costs', () => {
    const r = found(findPath(graph, 'a', 'e', { weighted: true }));
    expect(r.path).toEqual(P2);
    expect(r.cost).toBe(3);
  });

  it('uses promotions only when asked', () => {
    const r = found(findPath(graph, 'a', 'e', { promotionsOnly: true }));
    expect(r.path).toEqual(P2);
    expect(r.moves.every((m) => m.kind === 'promotion')).toBe(true);
  });

  it('avoids the roles it is told to avoid', () => {
    expect(found(findPath(graph, 'a', 'e', { avoid: ['c'] })).path).toEqual(P1);
    expect(found(findPath(graph, 'a', 'e', { avoid: ['c'], weighted: true })).path).toEqual(P3);
    const r = found(findPath(graph, 'a', 'e', { avoid: ['x'] }));
    expect([P2, P3]).toContainEqual(r.path);
    expect(found(findPath(graph, 'a', 'e', { avoid: ['x', 'y'] })).path).toEqual(P2);
  });

  it('gives distinct alternatives, next-best first', () => {
    const r = found(findPath(graph, 'a', 'e', { alternatives: 5 }));
    expect(r.path).toEqual(P1);
    // Only three simple paths exist: asking for five alternatives gives the other two.
    expect(r.alternatives.map((p) => p.path)).toHaveLength(2);
    expect(r.alternatives.map((p) => p.path)).toEqual(expect.arrayContaining([P2, P3]));
    expect(r.alternatives.map((p) => p.cost)).toEqual([3, 3]);
    for (const alt of r.alternatives) expect(alt.moves).toEqual(movesOf(graph, alt.path));
  });

  it('orders weighted alternatives by cost', () => {
    const r = found(findPath(graph, 'a', 'e', { weighted: true, alternatives: 2 }));
    expect([r.path, ...r.alternatives.map((p) => p.path)]).toEqual([P2, P3, P1]);
    expect([r.cost, ...r.alternatives.map((p) => p.cost)]).toEqual([3, 4, 6]);
  });

  it('gives no alternative that breaks the constraints', () => {
    const r = found(findPath(graph, 'a', 'e', { promotionsOnly: true, alternatives: 3 }));
    expect(r.path).toEqual(P2);
    expect(r.alternatives).toEqual([]);
    const s = found(findPath(graph, 'a', 'e', { avoid: ['c'], alternatives: 3 }));
    expect([s.path, ...s.alternatives.map((p) => p.path)]).toEqual([P1, P3]);
  });

  it('says clearly when there is no path, naming the constraints', () => {
    expect(findPath(graph, 'e', 'a')).toMatchObject({
      found: false,
      message: 'no path from E to A',
    });
    expect(findPath(graph, 'a', 'z')).toMatchObject({
      found: false,
      message: 'no path from A to Z',
    });
    expect(findPath(graph, 'a', 'e', { promotionsOnly: true, avoid: ['c'] })).toMatchObject({
      found: false,
      message: 'no path from A to E (promotions only, avoiding C)',
    });
  });

  it('ignores unknown roles to avoid, and names them by id when there is no path', () => {
    expect(found(findPath(graph, 'a', 'e', { avoid: ['gone'] })).path).toEqual(P1);
    expect(findPath(graph, 'a', 'z', { avoid: ['gone', 'c'] })).toMatchObject({
      found: false,
      message: 'no path from A to Z (avoiding gone, C)',
    });
  });

  it('refuses unknown roles and a start or goal it must avoid', () => {
    expect(findPath(graph, 'nope', 'e')).toMatchObject({
      found: false,
      message: 'unknown source role "nope"',
    });
    expect(findPath(graph, 'a', 'nope')).toMatchObject({ found: false });
    expect(findPath(graph, 'a', 'e', { avoid: ['e'] })).toMatchObject({ found: false });
  });

  it('answers a path from a role to itself with no moves', () => {
    const r = found(findPath(graph, 'b', 'b', { alternatives: 2 }));
    expect(r).toMatchObject({ path: ['b'], moves: [], cost: 0, alternatives: [] });
  });
});

describe('resolveRole', () => {
  it('finds a role by id or by exact title, case-insensitively', () => {
    expect(resolveRole(graph, 'a')).toBe('a');
    expect(resolveRole(graph, 'X')).toBe('x');
    expect(resolveRole(graph, '  y ')).toBe('y');
    expect(resolveRole(graph, 'nobody')).toBeUndefined();
  });
});

describe('findPath on a long chain: alternatives within a budget', () => {
  // 3,000 roles in a chain, each with a second way to the next but one: Yen's algorithm would
  // search once per role of every path found.
  const n = 3000;
  const ids = Array.from({ length: n }, (_, i) => `r${i}`);
  const edges: TinyEdge[] = ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id }));
  for (let i = 0; i + 2 < n; i += 2)
    edges.push({ from: ids[i]!, to: ids[i + 2]!, kind: 'lateral' });
  const chain = tinyGraph(ids, edges);

  it('stops at the time budget and says it was cut short, keeping the best path', () => {
    const r = findPath(chain, 'r0', `r${n - 1}`, { alternatives: 3, budgetMs: 20 });
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(r.alternativesCutShort).toBe(true);
    expect(r.path[0]).toBe('r0');
    expect(r.path.at(-1)).toBe(`r${n - 1}`);
    expect(r.alternatives.length).toBeLessThan(3);
  });

  it('never gives more than ten alternatives, whatever is asked', () => {
    const small = tinyGraph(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      ['b', 'c', 'd', 'e']
        .flatMap((m) => [
          { from: 'a', to: m },
          { from: m, to: 'f' },
        ])
        .concat([
          { from: 'b', to: 'c' },
          { from: 'c', to: 'd' },
          { from: 'd', to: 'e' },
          { from: 'e', to: 'b' },
        ]),
    );
    const r = findPath(small, 'a', 'f', { alternatives: 1e9 });
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(r.alternatives.length).toBeLessThanOrEqual(10);
    expect(r.alternatives.length).toBeGreaterThan(3);
    expect(r.alternativesCutShort).toBe(false);
  });
});
