import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { ENGLISH, LANGUAGES } from '../../../src/model/career/language';
import { modelForLanguage } from '../../../src/model/career/language-model';
import { readTitle } from '../../../src/model/career/title-grammar';
import { levelAt } from '../../../src/model/career/career-model';
import { loadCatalog } from '../../../src/model/index';

const language = (code: string) => LANGUAGES.find((l) => l.code === code)!;
const read = (code: string, title: string) => {
  const model = modelForLanguage(defaultModel, language(code));
  const r = readTitle(model, title);
  return {
    family: r.family,
    level: r.level,
    band: r.rank === null ? null : levelAt(model, r.rank).band,
  };
};

describe('titles in the catalog’s language', () => {
  it.each([
    ['de', 'Praktikant Qualitätsmanagement', 'Qualitätsmanagement', 'Praktikant', 'trainee'],
    ['de', 'Teamleiter Logistik', 'Logistik', 'Teamleiter', 'senior'],
    ['de', 'Leiter der Instandhaltung', 'Instandhaltung', 'Leiter der', 'lead'],
    ['fr', 'Alternant conseiller clientèle', 'conseiller clientèle', 'Alternant', 'trainee'],
    ['fr', "Directeur d'agence", 'agence', "Directeur d'", 'principal'],
    ['fr', "Chef d'équipe back-office", 'back-office', "Chef d'équipe", 'senior'],
    // `adjoint` after the management word: one step below it, in the same family.
    ['fr', "Directeur adjoint d'agence", 'agence', "Directeur adjoint d'", 'senior-manager'],
    ['es', 'Becario de cocina', 'cocina', 'Becario de', 'trainee'],
    ['es', 'Jefe de cocina', 'cocina', 'Jefe de', 'lead'],
    ['es', 'Director de operaciones', 'operaciones', 'Director de', 'principal'],
    // A compound that ends in a level word: the word before it is the family.
    ['de', 'Produktionsleiter', 'Produktion', 'Leiter', 'lead'],
    ['de', 'Werkleiterin', 'Werk', 'Leiterin', 'lead'],
    [
      'de',
      'Stellvertretender Produktionsleiter',
      'Produktion',
      'Stellvertretender Leiter',
      'senior',
    ],
    // A level word that is itself a compound stays the level.
    ['de', 'Bereichsleiter', 'Bereichsleiter', 'Bereichsleiter', 'principal'],
    ['de', 'Teamleiter', 'Teamleiter', 'Teamleiter', 'senior'],
  ])('%s: reads “%s” as family %s, level words %s, band %s', (code, title, family, level, band) => {
    expect(read(code, title)).toEqual({ family, level, band });
  });

  it('adds nothing for English: an English catalog is read by the model itself', () => {
    expect(modelForLanguage(defaultModel, ENGLISH)).toBe(defaultModel);
    // And another language's level words are none in an English catalog.
    expect(readTitle(defaultModel, 'Jefe de cocina').rank).toBeNull();
  });

  it('makes the model for a language once', () => {
    expect(modelForLanguage(defaultModel, language('de'))).toBe(
      modelForLanguage(defaultModel, language('de')),
    );
  });
});

describe('track names in the catalog’s language', () => {
  const tracks = (...roles: [string, string][]) =>
    loadCatalog(
      { text: roles.map(([t, s]) => `${t}: Role Blueprint\n${s}\n`).join('') },
      { model: defaultModel },
    )
      .graph.getAttribute('tracks')!
      .map((t) => t.label);

  it.each([
    [
      'English: a name ending in a consonant and -y takes -ies',
      [
        [
          'Legal Secretary',
          'The legal secretary keeps the diaries and the correspondence of a group of solicitors.',
        ],
        [
          'Senior Legal Secretary',
          'The senior legal secretary runs the secretarial team and trains new secretaries.',
        ],
      ],
      'Secretaries',
    ],
    [
      'English: a name ending in a vowel and -y takes -s',
      [
        [
          'Attorney',
          'The attorney advises clients on contracts and represents them before the courts.',
        ],
        [
          'Senior Attorney',
          'The senior attorney leads the largest cases and reviews the work of other attorneys.',
        ],
      ],
      'Attorneys',
    ],
    [
      'German: a name ending in -er keeps its form',
      [
        [
          'Staplerfahrer',
          'Der Staplerfahrer fährt die Paletten in das Lager und prüft den Stapler.',
        ],
        [
          'Senior Staplerfahrer',
          'Der erfahrene Staplerfahrer weist die neuen Kollegen ein und plant die Touren im Lager.',
        ],
      ],
      'Staplerfahrer',
    ],
    [
      'French: the noun comes first, in the plural',
      [
        [
          'Conseiller clientèle',
          'Le conseiller clientèle accueille les clients et leur propose les produits de la banque.',
        ],
        [
          'Conseiller clientèle senior',
          'Le conseiller senior suit les clients les plus exigeants et forme les nouveaux conseillers.',
        ],
      ],
      'Conseillers',
    ],
    [
      'Spanish: the noun comes first, in the plural',
      [
        [
          'Camarero',
          'El camarero atiende las mesas de su sector y toma las comandas de los clientes.',
        ],
        [
          'Camarero senior',
          'El camarero senior atiende las mesas más grandes y enseña el servicio a los nuevos.',
        ],
      ],
      'Camareros',
    ],
  ] as [string, [string, string][], string][])('%s', (_what, roles, label) => {
    expect(tracks(...roles)).toContain(label);
  });

  it('leaves a name in another script as it is, not given a Latin plural', () => {
    const names = tracks(
      ['ممرض مبتدئ', 'يقدم الرعاية الأساسية للمرضى.'],
      ['ممرض أول', 'يشرف على الممرضين.'],
      ['Senior Nurse', 'Leads the ward.'],
    );
    expect(names.some((n) => /\p{Script=Arabic}s$/u.test(n))).toBe(false);
    expect(names).toContain('Nurses');
  });
});
