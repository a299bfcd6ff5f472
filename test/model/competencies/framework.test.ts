import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  catalogLexicon,
  choosePacks,
  competenciesOf,
  defaultFramework,
  extractCompetencies,
  readFramework,
  FRAMEWORK_LANGUAGES,
} from '../../../src/model/competencies/index';
import { CatalogError } from '../../../src/model/graph/diagnostics';
import { loadCatalog } from '../../../src/model/index';
import { readOverlay } from '../../../src/model/career/overlay';

/** A catalog's roles and what the app reads of their competencies. */
function read(text: string) {
  const graph = loadCatalog({ text, file: 'c.txt', format: 'text' }, { model: defaultModel }).graph;
  const lexicon = catalogLexicon(graph, defaultFramework);
  const of = (id: string) => competenciesOf(graph, lexicon, id);
  return { graph, lexicon, of, ids: (id: string) => of(id).map((c) => c.id) };
}

describe('the competency framework', () => {
  it('is data/competencies/: a cross-field framework and nine field packs, in four languages', () => {
    expect(defaultFramework.packs.map((p) => p.id).sort()).toEqual([
      'education',
      'finance',
      'healthcare',
      'hospitality',
      'legal',
      'manufacturing',
      'retail',
      'software',
      'support',
    ]);
    expect(defaultFramework.competencies.length).toBeGreaterThanOrEqual(25);
    // Every cross-field competency has phrases in every language.
    for (const c of defaultFramework.competencies)
      for (const l of FRAMEWORK_LANGUAGES)
        expect(c.phrases[l]?.length, `${c.id} ${l}`).toBeGreaterThan(0);
    for (const l of FRAMEWORK_LANGUAGES)
      expect(defaultFramework.ignore[l]?.length).toBeGreaterThan(0);
  });

  it('refuses a pack reusing an id, a language it does not know, or a bad phrase', () => {
    const framework = {
      ignore: {},
      competencies: [{ id: 'communication', label: 'Communication', phrases: { en: ['speaks'] } }],
    };
    const pack = {
      id: 'x',
      label: 'X',
      competencies: [
        { id: 'communication', label: 'Again', phrases: { en: ['talks'] } },
        { id: 'weaving', label: 'Weaving', phrases: { it: ['tessitura'], en: ['we*ave'] } },
      ],
    };
    try {
      readFramework(framework, [{ file: 'packs/x.json', data: pack }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CatalogError);
      const messages = (e as CatalogError).diagnostics.map((d) => d.message).join('\n');
      expect(messages).toContain(
        'packs/x.json: weaving.phrases.it: not a language of the framework',
      );
      expect(messages).toContain('"we*ave": "*" may only end a phrase');
      expect(messages).toContain(
        'packs/x.json: communication: the id is also used in framework.json',
      );
    }
  });
});

describe('a catalog’s lexicon', () => {
  const nursing = [
    'Nursing Assistant: Role Blueprint',
    'Helps patients with personal care, bathing and mobility, and records observations. Works under the supervision of registered nurses.',
    'Registered Nurse: Role Blueprint',
    'Assesses patients, administers medication and plans care with the team; educates patients and families before discharge.',
    'Skills: wound care; British Sign Language',
    'Nurse Manager: Role Blueprint',
    'Manages the ward’s nursing staff, schedules shifts, manages the budget and negotiates with other departments.',
  ].join('\n');

  it('takes the field packs the text fits, and the cross-field framework', () => {
    const { lexicon, ids } = read(nursing);
    expect(lexicon.packs.map((p) => p.id)).toContain('healthcare');
    expect(lexicon.packs.map((p) => p.id)).not.toContain('legal');
    // Field and cross-field competencies, each with the words that show it.
    expect(ids('registered-nurse')).toEqual(
      expect.arrayContaining(['medication-administration', 'patient-assessment']),
    );
    expect(ids('nurse-manager')).toEqual(
      expect.arrayContaining(['financial-resources', 'negotiation']),
    );
  });

  it('reads no sentence about who supervises the role as evidence of what it does', () => {
    const { ids } = read(nursing);
    // "Works under the supervision of registered nurses" is not personnel management.
    expect(ids('nursing-assistant')).not.toContain('personnel-management');
  });

  it('makes the items of its lists no competency names into competencies of their own', () => {
    const { of } = read(nursing);
    const own = of('registered-nurse').filter(
      (c) => c.id.startsWith('own-') && c.source !== 'summary',
    );
    // "Wound care" is the healthcare pack's; "British Sign Language" is the catalog's own word.
    expect(own.map((c) => [c.id, c.label, c.evidence, c.source])).toEqual([
      ['own-british-sign-language', 'British Sign Language', 'British Sign Language', 'skills'],
    ]);
    expect(of('registered-nurse').find((c) => c.id === 'wound-care')?.source).toBe('skills');
  });

  it('makes the duties its sentences name, and no competency names, competencies of their own', () => {
    const { of, lexicon } = read(nursing);
    const duties = (id: string) =>
      of(id)
        .filter((c) => lexicon.competencies.find((x) => x.id === c.id)?.source === 'duty')
        .map((c) => [c.label, c.evidence, c.source]);
    // "administers medication" is the healthcare pack's: only "plans care" is a duty of its own.
    expect(duties('registered-nurse')).toEqual([['Plan care', 'plans care', 'summary']]);
    // Whatever a phrase of the framework names is that competency's evidence, not a duty.
    expect(of('nurse-manager').map((c) => c.evidence)).toEqual(
      expect.arrayContaining(['negotiates']),
    );
    expect(duties('nurse-manager').map(([label]) => label)).not.toContain(
      'Negotiate with other departments',
    );
  });

  it('reads no competency in the role’s own title', () => {
    const { ids } = read('Team Lead: Role Blueprint\nThe Team Lead files the weekly report.\n');
    expect(ids('team-lead')).not.toContain('mentoring-and-leadership');
    // The title still stands as the sentence's subject: its verb is read.
    const attendant = read(
      'Room Attendant: Role Blueprint\nThe Room Attendant polishes the brass fittings.\n',
    );
    expect(attendant.ids('room-attendant')).toContain('own-polish-brass-fittings');
    // Whole words only: the title "Architect" blanks nothing of "architecture".
    const arch = read(
      'Architect: Role Blueprint\nThe Architect defines the target architecture.\n',
    );
    expect(arch.of('architect').some((c) => /\barchitecture\b/.test(c.evidence))).toBe(true);
  });

  it('counts the same words for one competency only, a field’s before a cross-field one', () => {
    const { of } = read(
      'Service Desk Analyst: Role Blueprint\nHandles troubleshooting and triage of incidents for end users, restoring service.\n',
    );
    const troubleshooting = of('service-desk-analyst').filter(
      (c) => c.evidence.toLowerCase() === 'troubleshooting',
    );
    expect(troubleshooting.map((c) => c.id)).toEqual(['troubleshooting']);
  });

  it('takes a second pack only for roles the first does not explain, or on a near tie', () => {
    const pack = (id: string, phrases: string[]) => ({
      file: `${id}.json`,
      data: {
        id,
        label: id,
        competencies: [{ id: `${id}-c`, label: id, phrases: { en: phrases } }],
      },
    });
    const fw = readFramework(
      { competencies: [{ id: 'x', label: 'X', phrases: { en: ['xyzzy'] } }] },
      [pack('first', ['alpha']), pack('echo', ['beta', 'gamma']), pack('other', ['delta', 'beta'])],
    );
    const roles = ['alpha beta', 'alpha', 'alpha gamma', 'delta'].map((summary) => ({
      summary,
      skills: [],
    }));
    // "echo" fits half the roles, all of them "first"'s already; "other" adds the fourth role.
    expect(choosePacks(roles, fw, 'en').map((p) => p.id)).toEqual(['first', 'other']);
    // Two packs that fit as well are both taken, whatever roles the second adds.
    const tie = readFramework(
      { competencies: [{ id: 'x', label: 'X', phrases: { en: ['xyzzy'] } }] },
      [pack('first', ['alpha']), pack('twin', ['alpha'])],
    );
    expect(choosePacks(roles, tie, 'en').map((p) => p.id)).toEqual(['first', 'twin']);
  });

  it('takes the packs the catalog’s overlay names, whatever its text', () => {
    const text = 'Clerk: Role Blueprint\nFiles papers and answers the phone.\n';
    const plain = loadCatalog({ text, file: 'c.txt', format: 'text' }, { model: defaultModel });
    expect(catalogLexicon(plain.graph, defaultFramework).packs).toEqual([]);
    const named = loadCatalog(
      {
        text,
        file: 'c.txt',
        format: 'text',
        overlay: readOverlay({ packs: ['legal'] }),
      },
      { model: defaultModel },
    );
    expect(catalogLexicon(named.graph, defaultFramework).packs.map((p) => p.id)).toEqual(['legal']);
    expect(() => readOverlay({ packs: ['Legal Pack'] })).toThrow(
      'packs[0]: must be a pack id such as "healthcare"',
    );
  });
});

describe('phrases and sentences', () => {
  const lexicon = {
    competencies: [
      { id: 'staff', label: 'Personnel management', phrases: ['manages … staff', 'hires … staff'] },
      { id: 'care', label: 'Care', phrases: ['patient care'] },
    ],
    ignore: ['reports to', 'under the direction of'],
  };
  const ids = (summary: string) =>
    extractCompetencies({ summary, skills: [] }, lexicon).map((c) => `${c.id}: ${c.evidence}`);

  it('lets up to three words stand where a phrase has "…"', () => {
    expect(ids("The manager manages the ward's nursing staff.")).toEqual([
      "staff: manages the ward's nursing staff",
    ]);
    expect(ids('Manages staff.')).toEqual(['staff: Manages staff']);
    expect(ids('Manages the budget for the new hospital wing and its staff.')).toEqual([]);
  });

  it('leaves out only the clause about someone else’s authority over the role', () => {
    // The sentence goes on to say what the role does itself: that part counts.
    expect(ids('Hires and evaluates staff and reports to the Director of Nursing.')).toEqual([
      'staff: Hires and evaluates staff',
    ]);
    expect(
      ids('Works under the direction of the patient care lead, and hires temporary staff.'),
    ).toEqual(['staff: hires temporary staff']);
  });
});
