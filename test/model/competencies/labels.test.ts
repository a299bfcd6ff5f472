import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import framework from '../../../data/competencies/framework.json';
import education from '../../../data/competencies/packs/education.json';
import finance from '../../../data/competencies/packs/finance.json';
import healthcare from '../../../data/competencies/packs/healthcare.json';
import hospitality from '../../../data/competencies/packs/hospitality.json';
import legal from '../../../data/competencies/packs/legal.json';
import manufacturing from '../../../data/competencies/packs/manufacturing.json';
import retail from '../../../data/competencies/packs/retail.json';
import software from '../../../data/competencies/packs/software.json';
import support from '../../../data/competencies/packs/support.json';
import {
  competencyLabels,
  defaultFramework,
  readFramework,
  FRAMEWORK_LANGUAGES,
  type FrameworkCompetency,
} from '../../../src/model/competencies/index';

/** Every file of `data/competencies/` with competencies, as written. */
const FILES = {
  framework,
  education,
  finance,
  healthcare,
  hospitality,
  legal,
  manufacturing,
  retail,
  software,
  support,
};

/** The interface languages besides English, which `label` names competencies in. */
const OTHERS = ['de', 'fr', 'es'] as const;

/** English names German uses as they are: its German name may be the English label. */
const SAME_IN_GERMAN = new Set(['Compliance']);

/** Every competency of the shipped framework and packs, as read. */
const all: FrameworkCompetency[] = [
  ...defaultFramework.competencies,
  ...defaultFramework.packs.flatMap((p) => p.competencies),
];

describe("competencies' names in other languages", () => {
  it('every competency of the framework and of every pack has a name in de, fr and es', () => {
    let n = 0;
    for (const [file, data] of Object.entries(FILES))
      for (const c of data.competencies as { id: string; labels?: Record<string, unknown> }[]) {
        n++;
        for (const l of OTHERS) {
          const name = c.labels?.[l];
          expect(typeof name, `${file}: ${c.id}.labels.${l}`).toBe('string');
          expect((name as string).trim(), `${file}: ${c.id}.labels.${l}`).not.toBe('');
          expect(name, `${file}: ${c.id}.labels.${l}: no spaces around`).toBe(
            (name as string).trim(),
          );
        }
      }
    expect(n).toBe(all.length);
    // The reader keeps them all.
    for (const c of all) for (const l of OTHERS) expect(c.labels?.[l], `${c.id} ${l}`).toBeTruthy();
  });

  it('a German name is German: not the English label, but for words German uses as they are', () => {
    const same = all.filter((c) => c.labels?.de?.toLowerCase() === c.label.toLowerCase());
    expect(same.map((c) => c.label).filter((l) => !SAME_IN_GERMAN.has(l))).toEqual([]);
  });

  it('names no two competencies of a language alike (a reader could not tell them apart)', () => {
    for (const l of OTHERS) {
      const seen = new Map<string, string>();
      for (const c of all) {
        const name = c.labels![l]!.toLowerCase();
        expect(seen.get(name), `${l}: "${c.labels![l]}" names ${c.id}`).toBeUndefined();
        seen.set(name, c.id);
      }
    }
  });

  it('gives the names by id, for every competency', () => {
    const map = competencyLabels(defaultFramework);
    expect(map.size).toBe(all.length);
    expect(map.get('communication')?.de).toBe('Kommunikation');
    expect(map.get('medication-administration')).toEqual({
      de: 'Medikamentengabe',
      fr: 'Administration des médicaments',
      es: 'Administración de medicamentos',
    });
    expect(competencyLabels(defaultFramework)).toBe(map);
  });
});

describe('reading labels', () => {
  const fw = (labels: unknown) => ({
    ignore: {},
    competencies: [
      { id: 'communication', label: 'Communication', labels, phrases: { en: ['speaks'] } },
      { id: 'teamwork', label: 'Teamwork', phrases: { en: ['teamwork'] } },
    ],
  });

  it('keeps the non-empty names of the languages of the framework, trimmed', () => {
    const read = readFramework(
      fw({ de: ' Kommunikation ', fr: '', es: 3, it: 'Comunicazione', en: 'Talking' }),
      [],
    );
    expect(read.competencies[0]!.labels).toEqual({ de: 'Kommunikation', en: 'Talking' });
    expect(read.competencies[1]!.labels).toBeUndefined();
  });

  it('ignores a bad labels value without throwing (any JSON value)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(fc.constantFrom('en', 'de', 'fr', 'es', 'it', '__proto__'), fc.jsonValue()),
        ),
        (labels) => {
          const read = readFramework(fw(labels), []);
          const got = read.competencies[0]!.labels;
          if (got === undefined) return;
          expect(Object.keys(got).length).toBeGreaterThan(0);
          for (const [k, v] of Object.entries(got)) {
            expect(FRAMEWORK_LANGUAGES as readonly string[]).toContain(k);
            expect(typeof v).toBe('string');
            expect(v.trim()).toBe(v);
            expect(v).not.toBe('');
          }
          // Names are never matched: the competency and its phrases are read as without them.
          expect(read.competencies[0]!.phrases).toEqual({ en: ['speaks'] });
        },
      ),
    );
  });

  it('ignores labels of any value in a pack too', () => {
    fc.assert(
      fc.property(fc.anything(), (labels) => {
        const pack = {
          id: 'x',
          label: 'X',
          competencies: [{ id: 'weaving', label: 'Weaving', labels, phrases: { en: ['weaves'] } }],
        };
        const read = readFramework(fw(undefined), [{ file: 'packs/x.json', data: pack }]);
        expect(read.packs[0]!.competencies[0]!.id).toBe('weaving');
      }),
    );
  });
});
