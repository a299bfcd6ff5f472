import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  findPath,
  loadCatalog,
  PATH_ORDERS,
  pathFigures,
  pathOrderProblem,
  type PathResult,
} from '../../../src/model/index';
import { readRepoFile, tinyGraph } from '../helpers';

/*
 * Paths ordered by role facts (`by`), on a graph whose answers are worked out by hand.
 *
 *   path          moves  months left (s + inside)  least count  pay midpoints moved into
 *   s a t           2    12 + 40          = 52      2           60k, 100k        shortfall 40k
 *   s b c t         3    12 + 6 + 6       = 24      1           55k, 60k, 100k   shortfall 85k
 *   s d e t         3    12 + 12 + 12     = 36     20           60k, 60k, 100k   shortfall 80k
 *   s h e t         3    12 + 12 + 12     = 36     20           60k, 60k, 100k   shortfall 80k
 *   s f g t         3    12 + 12 + 12     = 36      0 (f→g)     90k, 100k, 100k  shortfall 10k
 *
 * Fewest moves: s a t. Fastest: s b c t (24 months). Most travelled: s d e t or s h e t (20
 * people), never one with a smaller bottleneck. Best paid: s f g t (top midpoint 100k; the
 * shortfall is what each move's target is below it, plus 1 per move).
 */
function factsGraph() {
  const edges: [string, string, number | undefined][] = [
    ['s', 'a', 2],
    ['a', 't', 50],
    ['s', 'b', 1],
    ['b', 'c', 30],
    ['c', 't', 30],
    ['s', 'd', 20],
    ['d', 'e', 20],
    ['e', 't', 20],
    ['s', 'h', 25],
    ['h', 'e', 20],
    ['s', 'f', 9],
    ['f', 'g', undefined],
    ['g', 't', 40],
  ];
  const g = tinyGraph(
    ['s', 'a', 'b', 'c', 'd', 'e', 'h', 'f', 'g', 't'],
    edges.map(([from, to]) => ({ from, to })),
  );
  for (const [from, to, count] of edges)
    if (count !== undefined) g.setEdgeAttribute(from, to, 'count', count);
  const months: Record<string, number> = {
    s: 12,
    a: 40,
    b: 6,
    c: 6,
    d: 12,
    e: 12,
    h: 12,
    f: 12,
    g: 12,
  };
  const mids: Record<string, number> = {
    s: 50,
    a: 60,
    b: 55,
    c: 60,
    d: 60,
    e: 60,
    h: 60,
    f: 90,
    g: 100,
    t: 100,
  };
  g.forEachNode((id) => {
    if (months[id] !== undefined) g.setNodeAttribute(id, 'monthsInRole', months[id]);
    const m = mids[id]! * 1000;
    g.mergeNodeAttributes(id, { payMin: m - 5000, payMax: m + 5000, currency: 'USD' });
  });
  return g;
}

function found(r: PathResult) {
  if (!r.found) throw new Error(`expected a path, got: ${r.message}`);
  return r;
}

describe('findPath by role facts', () => {
  it('gives a different path for each order, each worked out by hand', () => {
    const g = factsGraph();
    expect(found(findPath(g, 's', 't')).path).toEqual(['s', 'a', 't']);
    const fast = found(findPath(g, 's', 't', { by: 'fastest' }));
    expect(fast.path).toEqual(['s', 'b', 'c', 't']);
    expect(fast.cost).toBe(24);
    expect(fast.figure).toBe('24 months in the roles passed through');
    const travelled = found(findPath(g, 's', 't', { by: 'travelled' }));
    expect([
      ['s', 'd', 'e', 't'],
      ['s', 'h', 'e', 't'],
    ]).toContainEqual(travelled.path);
    expect(travelled.figure).toBe('least-travelled move: 20 people');
    const pay = found(findPath(g, 's', 't', { by: 'pay' }));
    expect(pay.path).toEqual(['s', 'f', 'g', 't']);
    expect(pay.cost).toBe(10_000 + 3);
    expect(pay.figure).toBe('average pay midpoint of the roles moved into: 96,667 USD');
  });

  it('orders alternatives by the same measure', () => {
    const g = factsGraph();
    const fast = found(findPath(g, 's', 't', { by: 'fastest', alternatives: 5 }));
    expect([fast.cost, ...fast.alternatives.map((p) => p.cost)]).toEqual([24, 36, 36, 36, 52]);
    expect(fast.alternatives.at(-1)!.path).toEqual(['s', 'a', 't']);
    const pay = found(findPath(g, 's', 't', { by: 'pay', alternatives: 1 }));
    expect(pay.alternatives.map((p) => p.path)).toEqual([['s', 'a', 't']]);
  });

  it('keeps the alternatives of the most travelled path within its threshold', () => {
    const r = found(findPath(factsGraph(), 's', 't', { by: 'travelled', alternatives: 5 }));
    expect([r.path, ...r.alternatives.map((p) => p.path)].sort()).toEqual([
      ['s', 'd', 'e', 't'],
      ['s', 'h', 'e', 't'],
    ]);
    for (const p of r.alternatives) expect(p.figure).toBe('least-travelled move: 20 people');
  });

  it('works with avoid and promotions only', () => {
    const g = factsGraph();
    // Without e, the best bottleneck is s→a's 2 people.
    const r = found(findPath(g, 's', 't', { by: 'travelled', avoid: ['e'] }));
    expect(r.path).toEqual(['s', 'a', 't']);
    expect(r.figure).toBe('least-travelled move: 2 people');
    expect(found(findPath(g, 's', 't', { by: 'fastest', avoid: ['b'] })).cost).toBe(36);
    expect(found(findPath(g, 's', 't', { by: 'pay', avoid: ['g'] })).path).toEqual(['s', 'a', 't']);
    g.setEdgeAttribute('f', 'g', 'kind', 'lateral');
    expect(found(findPath(g, 's', 't', { by: 'pay', promotionsOnly: true })).path).toEqual([
      's',
      'a',
      't',
    ]);
  });

  it('says when the least-travelled move has no count', () => {
    const r = found(findPath(factsGraph(), 's', 't', { by: 'travelled', avoid: ['a', 'b', 'e'] }));
    expect(r.path).toEqual(['s', 'f', 'g', 't']);
    expect(r.figure).toBe('least-travelled move: one with no stated count of people');
  });

  it('counts a role with no time at the median of the stated times, and says so', () => {
    const g = factsGraph();
    g.removeNodeAttribute('c', 'monthsInRole');
    // Stated: 12, 40, 6, 12, 12, 12, 12, 12 → median 12; s b c t = 12 + 6 + 12.
    const r = found(findPath(g, 's', 't', { by: 'fastest' }));
    expect(r.path).toEqual(['s', 'b', 'c', 't']);
    expect(r.cost).toBe(30);
    expect(r.figure).toBe(
      '30 months in the roles passed through (1 role with no stated time counted at the median, 12 months)',
    );
  });

  it('counts a role with no pay band at the median midpoint', () => {
    const g = factsGraph();
    for (const k of ['payMin', 'payMax', 'currency']) g.removeNodeAttribute('g', k);
    // Midpoints left: 50, 60, 55, 60, 60, 60, 60, 90, 100 → median 60; s f g t now falls short
    // 10k + 40k, s a t 40k.
    const r = found(findPath(g, 's', 't', { by: 'pay' }));
    expect(r.path).toEqual(['s', 'a', 't']);
  });

  it('refuses an order whose facts the catalog lacks, saying which', () => {
    const bare = tinyGraph(['s', 't'], [{ from: 's', to: 't' }]);
    const msg = (by: 'fastest' | 'travelled' | 'pay') => {
      const r = findPath(bare, 's', 't', { by });
      return r.found ? '' : r.message;
    };
    expect(msg('fastest')).toBe('this catalog states no time in role, so there is no fastest path');
    expect(msg('travelled')).toBe(
      'this catalog states no counts of people on its moves, so there is no most travelled path',
    );
    expect(msg('pay')).toBe('this catalog states no pay bands, so there is no best-paid path');
    const g = factsGraph();
    g.setNodeAttribute('a', 'currency', 'EUR');
    const r = findPath(g, 's', 't', { by: 'pay' });
    expect(r.found ? '' : r.message).toBe(
      'this catalog states pay in several currencies (EUR, USD), so there is no best-paid path',
    );
  });

  it('says up front, for each order, what findPath would refuse', () => {
    const bare = tinyGraph(['s', 't'], [{ from: 's', to: 't' }]);
    const g = factsGraph();
    for (const by of PATH_ORDERS) {
      const r = findPath(bare, 's', 't', { by });
      expect(pathOrderProblem(bare, by)).toBe(r.found ? undefined : r.message);
      expect(pathOrderProblem(g, by)).toBeUndefined();
    }
  });

  it('gives four different answers on the example catalog with facts', () => {
    const { graph } = loadCatalog(
      {
        text: readRepoFile('public/examples/support-with-facts.txt'),
        file: 'support-with-facts.txt',
      },
      { model: defaultModel },
    );
    const path = (by?: 'fastest' | 'travelled' | 'pay') =>
      found(findPath(graph, 'associate-service-desk-analyst', 'technical-account-manager', { by }))
        .path.slice(1, -2)
        .join(' > ');
    expect(path()).toBe('associate-support-analyst > junior-support-analyst');
    expect(path('fastest')).toBe(
      'associate-technical-support-specialist > technical-support-engineer',
    );
    expect(path('travelled')).toBe('associate-support-specialist > support-engineer');
    expect(path('pay')).toBe('associate-technical-support-specialist > support-engineer');
  });

  it('gives each figure as data too, for the interface to write in its language', () => {
    const g = factsGraph();
    g.removeNodeAttribute('c', 'monthsInRole');
    expect(pathFigures(g, 'fastest')!(['s', 'b', 'c', 't'])).toEqual({
      by: 'fastest',
      months: 30,
      missing: 1,
      fill: 12,
    });
    expect(pathFigures(g, 'travelled')!(['s', 'd', 'e', 't'])).toEqual({
      by: 'travelled',
      people: 20,
      unstated: false,
    });
    expect(pathFigures(g, 'travelled')!(['s', 'f', 'g', 't'])).toMatchObject({ unstated: true });
    expect(pathFigures(g, 'pay')!(['s', 'f', 'g', 't'])).toEqual({
      by: 'pay',
      average: (90_000 + 100_000 + 100_000) / 3,
      currency: 'USD',
      missing: 0,
      fill: 60_000,
    });
    // A graph that lacks a role or a move of the path (a focus view) gives no figure for it.
    expect(pathFigures(g, 'fastest')!(['s', 'zz'])).toBeUndefined();
    expect(pathFigures(g, 'travelled')!(['s', 't'])).toBeUndefined();
    expect(pathFigures(tinyGraph(['s', 't'], [{ from: 's', to: 't' }]), 'pay')).toBeUndefined();
  });

  it('says why an order is refused as data, beside its English message', () => {
    const bare = tinyGraph(['s', 't'], [{ from: 's', to: 't' }]);
    for (const by of PATH_ORDERS) {
      const r = findPath(bare, 's', 't', { by });
      expect(r.found).toBe(false);
      if (!r.found) {
        expect(r.why).toEqual({ kind: 'order', issue: { by } });
        expect(r.message).toBe(pathOrderProblem(bare, by));
      }
    }
    const g = factsGraph();
    g.setNodeAttribute('a', 'currency', 'EUR');
    const r = findPath(g, 's', 't', { by: 'pay' });
    expect(!r.found && r.why).toEqual({
      kind: 'order',
      issue: { by: 'pay', currencies: ['EUR', 'USD'] },
    });
  });
});
