import { describe, expect, it } from 'vitest';
import {
  caseSensitive,
  literalFinder,
  literalOf,
  mayHold,
  phrasePattern,
  wordsHeld,
} from '../../../src/model/career/phrase-patterns';

const matches = (phrase: string, text: string) =>
  phrasePattern(phrase, caseSensitive(phrase) ? 'u' : 'iu').test(text);

describe('rule phrases as patterns', () => {
  it('matches whole words, any case, spaces and hyphens alike', () => {
    expect(matches('works under', 'She Works  under the lead.')).toBe(true);
    expect(matches('works under', 'reworks underlying data')).toBe(false);
    expect(matches('first-line', 'first line support')).toBe(true);
  });

  it('lets … stand for up to four words', () => {
    expect(matches('reports … to', 'reports directly to')).toBe(true);
    expect(matches('reports … to', 'reports once a week in person to')).toBe(false);
  });

  it('matches an abbreviation in its case only', () => {
    expect(matches('RN', 'supervised by an RN')).toBe(true);
    expect(matches('RN', 'learn to turn')).toBe(false);
  });

  it('skips a phrase only when a text cannot hold it', () => {
    const phrases = ['works under', 'first-line', 'RN', 'reports … to'];
    const finder = literalFinder(phrases.map(literalOf));
    const texts = [
      'Works under a registered nurse.',
      'first line support, reports directly to the lead',
      'An RN leads the team.',
      'Nothing here.',
      'Travaille sous la supervision d’une infirmière, reports to the chef.',
    ];
    for (const text of texts) {
      const held = wordsHeld(finder, text);
      for (const phrase of phrases)
        if (matches(phrase, text)) expect(mayHold(held, literalOf(phrase))).toBe(true);
    }
    expect(mayHold(wordsHeld(finder, 'Nothing here.'), literalOf('works under'))).toBe(false);
  });
});
