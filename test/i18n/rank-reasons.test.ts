import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career';
import { loadCatalog } from '../../src/model';
import type { RankBasis, RoleNode } from '../../src/model/graph';
import { language } from '../../src/i18n/language.svelte';
import { rankReason } from '../../src/i18n/rank-reasons';
import { catalogGraphs, catalogsIn } from '../model/helpers';

/** The bundled catalog and every catalog of the corpus, each with its overlay. */
const all = catalogGraphs(['data/role-blueprints.txt', ...catalogsIn('test/corpus')]);

/** A text catalog of roles, each with the summary given (or a plain one). */
const catalog = (...roles: (string | [string, string])[]) =>
  roles
    .flatMap((r) => {
      const [t, s] = typeof r === 'string' ? [r, `The ${r} does the work.`] : r;
      return [`${t}: Role Blueprint`, s];
    })
    .join('\n') + '\n';

/** Small catalogs for the reasons the corpus seldom gives. */
const small = [
  { text: catalog('Porter', 'Valet') + 'Next: Porter\n' },
  { text: catalog('Controller', 'Assistant Controller') },
  {
    text: catalog(
      ['Care Aide', 'The aide works under the supervision of a registered nurse.'],
      ['Registered Nurse', 'The RN plans care.'],
      ['Charge Nurse', 'The charge nurse supervises RNs and care aides on a shift.'],
    ),
  },
  {
    text: catalog(
      ['Staff Accountant', 'An entry-level accountant who prepares journal entries.'],
      'Senior Accountant',
    ),
  },
  {
    text: JSON.stringify({
      roles: [
        { title: 'Paralegal', level: 'Senior', summary: 'Prepares bundles.' },
        { title: 'Associate', summary: 'Advises clients.' },
      ],
    }),
    format: 'json' as const,
  },
].map((c, i) => {
  const { graph } = loadCatalog({ ...c, file: `small-${i}` }, { model: defaultModel });
  return {
    path: `small catalog ${i}`,
    graph,
    titleOf: (id: string) => graph.getNodeAttribute(id, 'title'),
  };
});
/** The catalogs of the fixtures too (English only: more roles, more ways of ranking). */
const fixtures = catalogGraphs(catalogsIn('test/fixtures'));

/** The catalog's own words a rank's reason quotes. */
function quoted(why: RankBasis): string[] {
  switch (why.rule) {
    case 'level':
      return [why.level];
    case 'title':
      return [why.words];
    case 'standing':
      return why.soft === undefined ? [why.quote.text] : [why.quote.text, why.soft];
    case 'mention':
      return [why.quote.text];
    default:
      return [];
  }
}

/** Every role of a graph with its reason written in the current language. */
function written(g: (typeof all)[number]) {
  return g.graph.mapNodes((id, a: RoleNode) => ({
    id,
    a,
    text: rankReason(defaultModel, a, g.titleOf),
  }));
}

describe('a rank’s reason written from its structured reason', () => {
  it('is, in English, the model’s own reason word for word, for every role of the corpus', () => {
    language.set('en');
    let roles = 0;
    const rules = new Set<string>();
    for (const g of [...all, ...fixtures, ...small])
      for (const { id, a, text } of written(g)) {
        roles++;
        const b = a.rankWhy.basis;
        rules.add(b.rule);
        if (b.rule === 'standing' && b.soft) rules.add('standing soft');
        if (b.rule === 'mention') rules.add(`mention ${b.own ? 'own' : 'other'} ${b.placed}`);
        for (const s of a.rankWhy.steps) rules.add(s.rule);
        expect(text, `${g.path}: ${id}`).toBe(a.rankReason);
      }
    expect(roles).toBeGreaterThan(350);
    // Every way a rank is set, and every change made to it, is among them.
    expect([...rules].sort()).toEqual([
      'counted',
      'default',
      'deputy-above',
      'deputy-below',
      'family',
      'family-order',
      'level',
      'mention',
      'mention other above',
      'mention other below',
      'mention own above',
      'mention own below',
      'named-next',
      'names-next',
      'separated',
      'standing',
      'standing soft',
      'title',
    ]);
  });

  it('reads German around the catalog’s own words, which stay as the catalog wrote them', () => {
    const g = all.find((x) => x.path.includes('manufacturing-de'))!;
    language.set('de');
    try {
      const roles = written(g);
      expect(roles.length).toBeGreaterThan(10);
      // The small catalogs give every way a rank is set (their quoted words are English).
      for (const { a, text: full } of [...roles, ...small.flatMap(written)]) {
        const text = quoted(a.rankWhy.basis).reduce((t, q) => t.replaceAll(q, '…'), full);
        // No English word of the model's reasons is left.
        for (const english of [
          'level word',
          'in its title',
          'its own summary',
          'blueprint',
          'family',
          'relation:',
          'no evidence',
          'as a next role',
          'counted from',
          'a step',
          'the catalog',
        ])
          expect(text).not.toContain(english);
        // The quoted words are the catalog's own, in German quotation marks.
        for (const q of quoted(a.rankWhy.basis)) expect(full).toContain(`„${q}“`);
        expect(full).not.toContain('”');
      }
      const title = roles.find((r) => r.a.rankWhy.basis.rule === 'title');
      expect(title?.text).toMatch(/^die Stufenbezeichnung „.+“ in ihrem Titel/);
    } finally {
      language.set('en');
    }
  });

  it('names levels and counts steps in the reader’s language', () => {
    const why: RoleNode['rankWhy'] = {
      basis: { rule: 'default', rank: 3 },
      steps: [
        { rule: 'counted', role: 'b', steps: 2, rank: 3 },
        { rule: 'separated', role: 'c' },
      ],
    };
    const titleOf = (id: string) => ({ b: 'Paralegal', c: 'Clerk' })[id] ?? id;
    const text = () => rankReason(defaultModel, { rankWhy: why }, titleOf);
    expect(text()).toBe(
      'no evidence of standing in the catalog: a title with no level word sits at Professional, ' +
        "counted from its family's Paralegal, which the catalog places 2 steps below the scale's " +
        'Professional; a step above the Clerk of its family, which has the same level',
    );
    try {
      for (const [locale, words] of [
        ['de', ['Fachkraft', '2 Stufen', 'Paralegal', 'Clerk', 'Rollenfamilie']],
        ['fr', ['aucun indice', '2 niveaux', 'Paralegal', 'famille de métiers']],
        ['es', ['ningún indicio', '2 niveles', 'Paralegal', 'familia de puestos']],
      ] as const) {
        language.set(locale);
        const t = text();
        for (const w of words) expect(t, locale).toContain(w);
        expect(t, locale).not.toContain('counted');
      }
      // One step is said in words.
      why.steps = [{ rule: 'counted', role: 'b', steps: 1, rank: 3 }];
      language.set('de');
      expect(text()).toContain('eine Stufe unter');
      language.set('fr');
      expect(text()).toContain('un niveau en dessous');
      language.set('es');
      expect(text()).toContain('un nivel por debajo');
    } finally {
      language.set('en');
    }
  });

  it('quotes the catalog’s words with each language’s quotation marks', () => {
    const role = { rankWhy: { basis: { rule: 'title', words: 'Senior' }, steps: [] } } as const;
    const titleOf = (id: string) => id;
    const expected = {
      en: '“Senior”',
      de: '„Senior“',
      fr: '«\u00a0Senior\u00a0»',
      es: '«Senior»',
    } as const;
    try {
      for (const [locale, q] of Object.entries(expected)) {
        language.set(locale as keyof typeof expected);
        expect(
          rankReason(defaultModel, { rankWhy: { ...role.rankWhy, steps: [] } }, titleOf),
        ).toContain(q);
      }
    } finally {
      language.set('en');
    }
  });
});
