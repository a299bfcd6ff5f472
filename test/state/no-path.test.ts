import { afterEach, describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import { language } from '../../src/i18n/language.svelte';
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

function ask(
  query: Partial<NoPathQuestion['query']>,
  g: NoPathQuestion['graph'] = graph,
  message = 'no path',
): { message: string; help: string } {
  return noPathAdvice({
    graph: g,
    model: defaultModel,
    query: { from: 'a', to: 'd', promotionsOnly: false, avoid: [], ...query },
    message,
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

  const messages = [
    'no path from A to D',
    'no path from A to D (promotions only)',
    'no path from A to D (avoiding B, C)',
    'no path from A to D (promotions only, avoiding B)',
    'unknown source role "zz"',
    'the start or the goal is among the roles to avoid',
    'this catalog states no time in role, so there is no fastest path',
    'this catalog states pay in several currencies (EUR, USD), so there is no best-paid path',
  ];

  it('is the search’s own message in English, word for word', () => {
    for (const message of messages) {
      expect(noPathReason(message)).toBe(message);
      expect(noPathReason(message, { from: 'A', to: 'D' })).toBe(message);
    }
  });

  it('is read back and written in German, with the titles and the roles avoided', () => {
    language.set('de');
    expect(noPathReason('no path from A to D (promotions only, avoiding B, C)')).toBe(
      'kein Pfad von A zu D (nur Beförderungen, ohne B, C)',
    );
    expect(noPathReason('no path from Head to Toe to D', { from: 'Head to Toe', to: 'D' })).toBe(
      'kein Pfad von Head to Toe zu D',
    );
    expect(
      noPathReason(
        'this catalog states pay in several currencies (EUR, USD), so there is no best-paid path',
      ),
    ).toBe(
      'dieser Katalog nennt Gehälter in mehreren Währungen (EUR, USD), daher gibt es keinen bestbezahlten Pfad',
    );
    expect(noPathReason('unknown target role "zz"')).toBe('unbekannte Zielrolle „zz“');
  });

  it('is given as it is when the titles in it cannot be told apart', () => {
    language.set('fr');
    expect(noPathReason('no path from Head to Toe to D')).toBe('no path from Head to Toe to D');
    expect(noPathReason('something else')).toBe('something else');
  });

  it('goes with advice in the same language', () => {
    language.set('es');
    expect(
      ask(
        { promotionsOnly: true, avoid: ['c'] },
        null,
        'no path from A to D (promotions only, avoiding C)',
      ),
    ).toEqual({
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
