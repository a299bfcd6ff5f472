import { describe, expect, it } from 'vitest';
import type { CareerPath, PathResult } from '../../src/model/query';
import { pathSentence } from '../../src/state/path-answer';

const TITLES: Record<string, string> = { a: 'Analyst', b: 'Builder', c: 'Coach' };
const title = (id: string) => TITLES[id] ?? id;
const path = (...ids: string[]): CareerPath => ({ path: ids, moves: [], cost: ids.length - 1 });

describe('the sentence announced for a path', () => {
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
    const r: PathResult = { found: false, message: 'no path from Analyst to Coach' };
    expect(pathSentence(r, null, 0, title)).toBe('No path from Analyst to Coach.');
  });
});
