import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { RELATION_WORDS, type Relation } from '../../../src/model/career/career-model';
import { readCareerModel } from '../../../src/model/career/read-career-model';
import { loadCatalog } from '../../../src/model/index';

/** Relations stated in German, French and Spanish order ranks, as English ones do. */
const graph = (...roles: [string, string][]) =>
  loadCatalog(
    { text: roles.map(([t, s]) => `${t}: Role Blueprint\n${s}`).join('\n') + '\n' },
    { model: defaultModel },
  ).graph;
const rank = (g: ReturnType<typeof graph>, id: string) => g.getNodeAttribute(id, 'rank');

describe('a relation stated in another language', () => {
  it.each([
    [
      'German',
      'berichtet an',
      ['Werkleiter', 'Der Werkleiter verantwortet Budget, Sicherheit und Ausstoß des Werks.'],
      [
        'Produktionsplaner',
        'Der Produktionsplaner plant die Aufträge und berichtet an den Werkleiter.',
      ],
    ],
    [
      'French',
      'rend compte au',
      ['Directeur régional', 'Le directeur régional pilote le réseau des agences de la région.'],
      [
        'Conseiller bancaire',
        'Le conseiller bancaire suit ses clients et rend compte au directeur régional.',
      ],
    ],
    [
      'Spanish',
      'depende del',
      ['Maître', 'El maître organiza la sala, las reservas y el servicio de cada turno.'],
      ['Camarero', 'El camarero atiende las mesas de su sector y depende del maître.'],
    ],
  ] as [string, string, [string, string], [string, string]][])(
    '%s: "%s" puts the role named above the one whose summary says it',
    (_language, _phrase, above, below) => {
      const g = graph(above, below);
      const id = (title: string) => g.findNode((_n, a) => a.title === title)!;
      expect(rank(g, id(above[0]))).toBeGreaterThan(rank(g, id(below[0])));
    },
  );

  it('"sous la supervision de", like "under the supervision of", is no move into the supervisor', () => {
    const g = graph(
      ['Pharmacien', 'Le pharmacien valide les ordonnances et conseille les patients.'],
      [
        'Préparateur en pharmacie',
        'Le préparateur délivre les médicaments sous la supervision du pharmacien.',
      ],
    );
    expect(rank(g, 'pharmacien')).toBeGreaterThan(rank(g, 'preparateur-en-pharmacie'));
    const move = g.hasEdge('preparateur-en-pharmacie', 'pharmacien')
      ? g.getEdgeAttribute('preparateur-en-pharmacie', 'pharmacien', 'rule')
      : undefined;
    expect(move).not.toBe('mention');
  });
});

describe('a relation is typed, and its move says which', () => {
  it.each([
    ['reports to', 'reporting', 'moderate'],
    ['usually comes from the', 'origin', 'strong'],
    ['is recruited from the', 'origin', 'strong'],
    ['aus den Reihen der', 'origin', 'strong'],
    ['issu du', 'origin', 'strong'],
    ['procede del', 'origin', 'strong'],
    ['supervises the', 'leadership', 'moderate'],
  ])('"%s X" is a relation of type %s, its move %s', (phrase, relation, strength) => {
    // The lower role's summary names the higher one, or the higher one's names the lower one.
    const origin = relation === 'origin' || relation === 'leadership';
    const g = graph(
      [
        'Claims Handler',
        `Handles claims on the phone.${origin ? '' : ` It ${phrase} Loss Adjuster.`}`,
      ],
      [
        'Loss Adjuster',
        `Visits sites and settles losses.${origin ? ` It ${phrase} Claims Handler.` : ''}`,
      ],
    );
    const move = g.getEdgeAttributes('claims-handler', 'loss-adjuster');
    expect(move).toMatchObject({ rule: 'mention', relation, strength });
    expect(move.reason).toContain(`(relation: ${RELATION_WORDS[relation as Relation]})`);
    expect(rank(g, 'loss-adjuster')).toBeGreaterThan(rank(g, 'claims-handler'));
    if (relation === 'origin')
      expect(move.reason).toContain('Loss Adjuster draws its people from Claims Handler.');
  });

  it('refuses a model whose mention rule names an unknown relation', () => {
    expect(() =>
      readCareerModel(
        { mentions: { patterns: [{ before: 'x', other: 'above', move: 'to', relation: 'boss' }] } },
        'm.json',
      ),
    ).toThrow(/mentions\.patterns\[0\]\.relation: must be one of reporting/);
  });
});
