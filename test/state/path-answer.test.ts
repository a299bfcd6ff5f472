import { afterEach, describe, expect, it } from 'vitest';
import { language } from '../../src/i18n/language.svelte';
import type { CareerPath, PathResult } from '../../src/model/query';
import { pathSentence } from '../../src/state/path-answer';

const TITLES: Record<string, string> = { a: 'Analyst', b: 'Builder', c: 'Coach' };
const title = (id: string) => TITLES[id] ?? id;
const path = (...ids: string[]): CareerPath => ({ path: ids, moves: [], cost: ids.length - 1 });

describe('the sentence announced for a path', () => {
  afterEach(() => language.set('en'));

  it('names the ends, counts the moves in the right number, and lists every role', () => {
    const r: PathResult = {
      found: true,
      ...path('a', 'b'),
      alternatives: [path('a', 'c', 'b')],
      alternativesCutShort: false,
    };
    expect(pathSentence(r, null, 0, title)).toBe(
      'Path from Analyst to Builder: 1 move, through Analyst, Builder.',
    );
    expect(pathSentence(r, r.alternatives[0]!, 1, title)).toBe(
      'Alternative 1: Path from Analyst to Builder: 2 moves, through Analyst, Coach, Builder.',
    );
  });

  it('says why when there is no path, as a sentence', () => {
    const r: PathResult = {
      found: false,
      message: 'no path from Analyst to Coach',
      why: { kind: 'none', from: 'a', to: 'c', promotionsOnly: false, avoid: [] },
    };
    expect(pathSentence(r, null, 0, title)).toBe('No path from Analyst to Coach.');
  });

  it('is said in the interface language, the reason for no path as well', () => {
    const r: PathResult = {
      found: true,
      ...path('a', 'b'),
      alternatives: [path('a', 'c', 'b')],
      alternativesCutShort: false,
    };
    language.set('de');
    expect(pathSentence(r, r.alternatives[0]!, 1, title)).toBe(
      'Alternative 1: Pfad von Analyst zu Builder: 2 Wechsel, über Analyst, Coach, Builder.',
    );
    language.set('fr');
    expect(pathSentence(r, null, 0, title)).toBe(
      'Parcours de Analyst à Builder\u00a0: 1 évolution, en passant par Analyst, Builder.',
    );
    language.set('es');
    expect(
      pathSentence(
        {
          found: false,
          message: 'no path from Analyst to Coach (promotions only)',
          why: { kind: 'none', from: 'a', to: 'c', promotionsOnly: true, avoid: [] },
        },
        null,
        0,
        title,
      ),
    ).toBe('No hay trayectoria de Analyst a Coach (solo ascensos).');
  });
});
