import { describe, expect, it } from 'vitest';
import { detectLanguage, ENGLISH, LANGUAGES, termsIn } from '../../../src/model/career/language';
import { readRepoFile } from '../helpers';

const byCode = (code: string) => LANGUAGES.find((l) => l.code === code)!;

describe("a catalog's language", () => {
  it.each([
    ['test/corpus/manufacturing-de.csv', 'de'],
    ['test/corpus/banking-fr.json', 'fr'],
    ['test/corpus/restaurants-es.csv', 'es'],
    ['test/corpus/nursing.json', 'en'],
    ['test/corpus/legal.csv', 'en'],
    ['data/role-blueprints.txt', 'en'],
  ])('%s is read as %s', (path, code) => {
    expect(detectLanguage([readRepoFile(path)]).code).toBe(code);
  });

  it('is English when the text has no stop words of any language', () => {
    expect(detectLanguage(['SOC II', 'CMMS; PLC; HVAC', '']).code).toBe('en');
    expect(detectLanguage([]).code).toBe('en');
  });

  it('is the language of the sentences, whatever the titles', () => {
    const german = 'Der Berater berichtet an den Partner und arbeitet mit dem Team für die Kunden.';
    expect(detectLanguage(['Senior Consultant', 'Junior Consultant', german]).code).toBe('de');
  });

  it('lists English, German, French and Spanish, each with its own stemmer', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['en', 'de', 'fr', 'es']);
    expect(ENGLISH.stem('troubleshooting')).toBe(ENGLISH.stem('troubleshoot'));
    expect(byCode('de').stem('produktion')).toBe(byCode('de').stem('produktionen'));
    expect(byCode('fr').stem('agences')).toBe(byCode('fr').stem('agence'));
    expect(byCode('es').stem('cocineros')).toBe(byCode('es').stem('cocinero'));
  });
});

describe("a text's terms", () => {
  it('leave out the grammar words of the language: "und, der, für" say nothing about the work', () => {
    const de = byCode('de');
    const terms = termsIn('Plant und überwacht die Wartung der Anlagen für die Produktion.', de);
    for (const w of ['und', 'der', 'die', 'für']) expect(terms).not.toContain(w);
    expect(terms).toEqual(
      expect.arrayContaining([de.stem('wartung'), de.stem('anlagen'), de.stem('produktion')]),
    );
  });

  it('leave out the boilerplate of role descriptions, and split hyphenated words', () => {
    const terms = termsIn('The role is responsible for customer-facing escalations.', ENGLISH);
    expect(terms).toEqual(['custom', 'face', 'escal']);
  });

  it('read the same text the same way in each language, without throwing on any input', () => {
    for (const l of LANGUAGES)
      for (const text of ['', '---', '12 345', '\u0000\uFFFF', 'ß'.repeat(50)])
        expect(() => termsIn(text, l)).not.toThrow();
  });
});
