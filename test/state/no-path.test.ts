import { afterEach, describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import { language } from '../../src/i18n/language.svelte';
import { findPath, type NoPathWhy } from '../../src/model/query';
import { noPathAdvice, noPathReason, type NoPathQuestion } from '../../src/state/no-path';
import { tinyGraph } from '../model/helpers';

// a → b (promotion), b → c (lateral), c → d (promotion); e stands alone. Ranks are 0–4 in order.
const graph = tinyGraph(
  ['a', 'b', 'c', 'd', 'e'],
  [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c', kind: 'lateral' },
    { from: 'c', to: 'd' },
  ],
);

const title = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'title') : id);

/** Why the search on the graph found nothing (its data, as the worker would send it too). */
function whyOf(q: NoPathQuestion['query']): NoPathWhy {
  const r = findPath(graph, q.from, q.to, q);
  if (r.found) throw new Error(`a path from ${q.from} to ${q.to}`);
  return r.why;
}

function ask(
  query: Partial<NoPathQuestion['query']>,
  g: NoPathQuestion['graph'] = graph,
): { message: string; help: string } {
  const q = { from: 'a', to: 'd', promotionsOnly: false, avoid: [], ...query };
  return noPathAdvice({
    graph: g,
    model: defaultModel,
    query: q,
    why:
      graph.hasNode(q.from) && graph.hasNode(q.to)
        ? whyOf(q)
        : { kind: 'unknown', end: 'source', id: q.from },
    known: (id) => graph.hasNode(id),
    title: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'title') : id),
    role: (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined),
  });
}

describe('advice when there is no path', () => {
  it('says a role is unknown, and nothing about options', () => {
    expect(ask({ from: 'zz' })).toEqual({
      message: 'this catalog has no role “zz” (From)',
      help: 'Choose From from the list.',
    });
  });

  it('suggests lateral moves only when they would find a path', () => {
    expect(ask({ promotionsOnly: true }).help).toBe('Try allowing lateral moves.');
    // d → e: no move at all, so allowing lateral moves would not help.
    expect(ask({ from: 'd', to: 'e', promotionsOnly: true }).help).not.toMatch(/lateral/);
  });

  it('names the avoided role a path would go through', () => {
    expect(ask({ avoid: ['b'] }).help).toBe('Try avoiding fewer roles (a path goes through B).');
    expect(ask({ avoid: ['d'] }).help).toBe('Remove D from the roles to avoid.');
  });

  it('says what stands in the way when no option does', () => {
    expect(ask({ from: 'd', to: 'a' }).help).toMatch(/^Nobody moves down a level: A \(/);
    expect(ask({ from: 'd', to: 'e' }).help).toBe('No move leads out of D in this catalog.');
    expect(ask({ from: 'a', to: 'e' }).help).toBe('No move leads into E: it is an entry point.');
  });

  it('without the graph at hand, names the options that are on', () => {
    expect(ask({ promotionsOnly: true, avoid: ['c'] }, null).help).toBe(
      'Try allowing lateral moves, or avoiding fewer roles.',
    );
    expect(ask({ from: 'a', to: 'e' }, null).help).toMatch(/^No option stands in the way/);
  });
});

describe('the reason a search found nothing, in the interface language', () => {
  afterEach(() => language.set('en'));

  /** Searches on the graph that find nothing, each with why. */
  const none = [
    { from: 'a', to: 'e', promotionsOnly: false, avoid: [] },
    { from: 'a', to: 'd', promotionsOnly: true, avoid: [] },
    { from: 'a', to: 'd', promotionsOnly: false, avoid: ['b', 'c'] },
    { from: 'a', to: 'd', promotionsOnly: true, avoid: ['b'] },
    { from: 'zz', to: 'd', promotionsOnly: false, avoid: [] },
    { from: 'a', to: 'd', promotionsOnly: false, avoid: ['a'] },
  ];

  it('is the search’s own message in English, word for word', () => {
    for (const q of none) {
      const r = findPath(graph, q.from, q.to, q);
      if (r.found) throw new Error('found');
      expect(noPathReason(r.why, title)).toBe(r.message);
    }
    const orders = [{ by: 'fastest' as const }, { by: 'pay' as const, currencies: ['EUR', 'USD'] }];
    expect(orders.map((issue) => noPathReason({ kind: 'order', issue }, title))).toEqual([
      'this catalog states no time in role, so there is no fastest path',
      'this catalog states pay in several currencies (EUR, USD), so there is no best-paid path',
    ]);
  });

  it('is written in German from the search’s data, with the titles and the roles avoided', () => {
    language.set('de');
    expect(
      noPathReason(whyOf({ from: 'a', to: 'd', promotionsOnly: true, avoid: ['b', 'c'] }), title),
    ).toBe('kein Pfad von A zu D (nur Beförderungen, ohne B, C)');
    // A title with " to " in it is no trouble: the titles come from the data, not from a sentence.
    expect(
      noPathReason({ kind: 'none', from: 'x', to: 'd', promotionsOnly: false, avoid: [] }, (id) =>
        id === 'x' ? 'Head to Toe' : title(id),
      ),
    ).toBe('kein Pfad von Head to Toe zu D');
    expect(
      noPathReason({ kind: 'order', issue: { by: 'pay', currencies: ['EUR', 'USD'] } }, title),
    ).toBe(
      'dieser Katalog nennt Gehälter in mehreren Währungen (EUR, USD), daher gibt es keinen bestbezahlten Pfad',
    );
    expect(noPathReason({ kind: 'unknown', end: 'target', id: 'zz' }, title)).toBe(
      'unbekannte Zielrolle „zz“',
    );
  });

  it('goes with advice in the same language', () => {
    language.set('es');
    expect(ask({ promotionsOnly: true, avoid: ['c'] }, null)).toEqual({
      message: 'no hay trayectoria de A a D (solo ascensos, evitando C)',
      help: 'Pruebe a permitir movimientos laterales o a evitar menos puestos.',
    });
    language.set('de');
    expect(ask({ avoid: ['b'] }).help).toBe(
      'Versuchen Sie, weniger Rollen zu meiden (ein Pfad führt über B).',
    );
    expect(ask({ from: 'zz' }).help).toBe('Wählen Sie „Von“ aus der Liste.');
  });
});
