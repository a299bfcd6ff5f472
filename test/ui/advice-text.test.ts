import { afterEach, describe, expect, it } from 'vitest';
import { adviceFor } from '../../src/model/present/advice';
import { defaultModel } from '../../src/model/career/default-model';
import { loadCatalog, type CatalogFormat, type Finding } from '../../src/model/index';
import { adviceText } from '../../src/ui/advice-text';
import { language } from '../../src/i18n/language.svelte';
import { readFixture, readRepoFile } from '../model/helpers';

const FORMATS: CatalogFormat[] = ['text', 'csv', 'json'];

/** One finding of each kind and branch the advice has. */
const FINDINGS: Finding[] = [
  { kind: 'unplaced', title: 'Archivist', level: 'Professional' },
  { kind: 'unplaced', title: 'Field Engineer', level: 'Professional', next: 'Lead Engineer' },
  { kind: 'unreachable', title: 'Fleet Supervisor', from: [], more: 0 },
  { kind: 'unreachable', title: 'Fleet Supervisor', from: ['Mechanic'], more: 0 },
  { kind: 'unreachable', title: 'Fleet Supervisor', from: ['Mechanic', 'Driver'], more: 0 },
  { kind: 'unreachable', title: 'Fleet Supervisor', from: ['Mechanic'], more: 1200 },
  { kind: 'dead-end', title: 'Fleet Supervisor' },
  ...[true, false].flatMap((stated) =>
    ['Senior', 'Professional'].map((fromLevel): Finding => ({
      kind: 'no-rise',
      from: 'Senior Analyst',
      to: 'Analyst',
      fromLevel,
      toLevel: 'Professional',
      word: 'Staff',
      stated,
    })),
  ),
  { kind: 'cycle', titles: ['Analyst', 'Senior Analyst'] },
];

/** The model's English advice, its lists written as `Intl.ListFormat` writes English ones. */
function modelAdvice(f: Finding, format: CatalogFormat) {
  const a = adviceFor(f, format);
  return { meaning: a.meaning.replace(/, ([^,]+) and /, ', $1, and '), fix: a.fix };
}

describe('advice in the interface’s language', () => {
  afterEach(() => language.set('en'));

  it('says in English, word for word, what the command line says, in each format', () => {
    for (const f of FINDINGS)
      for (const format of FORMATS)
        expect(adviceText(f, format), `${f.kind} ${format}`).toEqual(adviceFor(f, format));
  });

  it('says the same as the command line of every finding of real catalogs', () => {
    const catalogs = [readRepoFile('data/role-blueprints.txt'), readFixture('problems.txt')];
    let seen = 0;
    for (const text of catalogs) {
      const { findings } = loadCatalog({ text, file: 'c.txt' }, { model: defaultModel });
      for (const d of findings)
        for (const format of FORMATS) {
          expect(adviceText(d.finding!, format)).toEqual(modelAdvice(d.finding!, format));
          seen++;
        }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('lists three roles or more the way the language lists them', () => {
    const cycle: Finding = { kind: 'cycle', titles: ['A', 'B', 'C'] };
    expect(adviceText(cycle, 'text').meaning).toBe(
      'A, B, and C are promoted into one another in a circle (A → B → C → A), so the lattice cannot put one above the other.',
    );
    language.set('de');
    expect(adviceText(cycle, 'text').meaning).toMatch(/^A, B und C werden im Kreis/);
  });

  it('speaks German, French and Spanish, keeping what the author types as it is', () => {
    const f: Finding = {
      kind: 'unplaced',
      title: 'Archivist',
      level: 'Professional',
      next: 'Lead',
    };
    language.set('de');
    expect(adviceText(f, 'text').fix).toContain('die Zeile „Next: Lead“');
    expect(adviceText(f, 'csv').fix).toContain('in die Spalte „next“');
    language.set('fr');
    expect(adviceText(f, 'json').fix).toContain('à la liste «\u00a0next\u00a0»');
    language.set('es');
    expect(adviceText(f, 'text').fix).toContain('«Level: Senior»');
    const feeders: Finding = { kind: 'unreachable', title: 'X', from: ['A'], more: 1200 };
    expect(adviceText(feeders, 'text').meaning).toContain('solo A y 1200 más conducen');
  });
});
