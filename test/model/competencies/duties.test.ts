import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutyGrammar, findDuties, type DutyGrammar } from '../../../src/model/competencies/duties';

/** A grammar with the given words, every other list empty. */
const grammar = (words: Partial<DutyGrammar> & Pick<DutyGrammar, 'verbs'>): DutyGrammar => ({
  particles: [],
  prepositions: [],
  articles: [],
  pronouns: [],
  adverbs: [],
  adverbEndings: [],
  and: [],
  of: [],
  modifiers: [],
  adjectives: [],
  lists: [],
  guess: [],
  stops: [],
  relatives: [],
  determiners: [],
  order: 'verb-first',
  ...words,
});

/** Small grammars written for these tests: the shipped ones are checked in framework.test.ts. */
const en = grammar({
  verbs: [
    'clean cleans cleaning',
    'service services servicing',
    'make makes making',
    'replenish replenishes replenishing',
    'follow follows following',
    'wash washes washing',
    'cut cuts cutting',
    'portion portions portioning',
    'train trains training',
    'lead leads leading',
    'review reviews reviewing',
    'plan plans planning',
    'arrange arranges arranging',
    'manage manages managing',
    'develop develops developing',
    'write writes writing',
    'resolve resolves resolving',
    'ensure ensures ensuring',
  ],
  particles: ['up', 'out'],
  prepositions: ['to', 'for', 'on', 'in', 'with', 'by', 'before'],
  articles: ['the', 'a', 'an'],
  pronouns: ['he', 'she', 'they', 'them'],
  adverbs: ['also', 'often'],
  adverbEndings: ['ly'],
  and: ['and', 'or'],
  of: ['of'],
  modifiers: ['al', 'ive', 'ex'],
  adjectives: ['fast', 'clear'],
  lists: ['such as', 'responsible for'],
  guess: [['s', '']],
  stops: ['is'],
  relatives: ['that'],
  determiners: ['a', 'the'],
});
const de = grammar({
  verbs: ['planen plant', 'ein|teilen teilt', 'teilen teilt', 'verantworten verantwortet'],
  particles: ['ein', 'ab'],
  prepositions: ['mit', 'für', 'in'],
  articles: ['der', 'die', 'das', 'den'],
  pronouns: ['er', 'sie'],
  adverbs: ['zudem'],
  and: ['und', 'oder'],
  guess: [['t', 'en']],
  order: 'verb-last',
});
const fr = grammar({
  verbs: ['accueillir accueille accueillant', 'gérer gère gérant', 'conseiller conseille'],
  prepositions: ['pour', 'dans', 'sur'],
  articles: ['le', 'la', 'les'],
  pronouns: ['il', 'elle'],
  and: ['et', 'ou'],
  of: ['de', 'des'],
});
const es = grammar({
  verbs: ['cocinar cocina cocinando', 'supervisar supervisa supervisando', 'elaborar elabora'],
  prepositions: ['para', 'en', 'con'],
  articles: ['el', 'los', 'la', 'las'],
  and: ['y', 'o'],
  of: ['de', 'del'],
});

const labels = (text: string, g: DutyGrammar, title = '') =>
  findDuties(text, g, title).map((d) => d.label);

describe('duties read from a role’s own sentences', () => {
  it('finds the first verb after the subject and every verb that opens a clause', () => {
    const text =
      'The Room Attendant cleans and services assigned guest rooms to the standard, making beds, ' +
      'replenishing amenities, and follows up on maintenance requests.';
    expect(labels(text, en, 'Room Attendant')).toEqual([
      'Clean and service assigned guest rooms',
      'Make beds',
      'Replenish amenities',
      'Follow up on maintenance requests',
    ]);
    const d = findDuties(text, en)[0]!;
    // The evidence is the text's own words, as written.
    expect(text).toContain(d.evidence);
    expect(d.evidence).toBe('cleans and services assigned guest rooms');
    expect(d.id).toBe('own-clean-service-assigned-guest-rooms');
  });

  it('lets verbs in a list share one object, and a verb with no object is no duty', () => {
    expect(labels('The prep cook washes, cuts, and portions vegetables.', en)).toEqual([
      'Wash, cut and portion vegetables',
    ]);
    expect(labels('The editor reviews.', en)).toEqual([]);
  });

  it('reads a verb inside a clause only as its sentence’s first, never a word of a title', () => {
    // "plans" after "who" is no clause start, but it is the sentence's first verb.
    expect(labels('The Lead, who plans menus, trains cooks.', en, 'Lead')).toEqual([
      'Plan menus',
      'Train cooks',
    ]);
    // A capitalized word mid-sentence is a name or a title: "Plans" is not read.
    expect(labels('The Plans Reviewer leads the team.', en)).toEqual(['Lead the team']);
    // Nouns in a list that happen to be verb forms: "cleaning" after "the" is no clause start.
    expect(labels('She manages the cleaning of rooms, the laundry and the linen.', en)).toEqual([
      'Manage the cleaning of rooms',
    ]);
  });

  it('reads a verb joined by "and" to a known one of the same ending', () => {
    expect(
      labels('The coordinator develops and aligns curriculum to district standards.', en),
    ).toEqual(['Develop and align curriculum']);
    // A verb form alone after "and" is a noun: "schedules" is the second thing written.
    expect(labels('Writes prep lists and schedules, trains cooks.', en)).toEqual([
      'Write prep lists and schedules',
      'Train cooks',
    ]);
  });

  it('makes each item of a list of areas a duty, but not a name or a title', () => {
    const text =
      'The assistant principal leads the school, overseeing areas such as attendance, ' +
      'timetabling, and the evaluation of teaching staff. The director is responsible for ' +
      'nursing practice and the Emergency Department; she plans budgets.';
    expect(labels(text, en)).toEqual([
      'Lead the school',
      'Attendance',
      'Timetabling',
      'Evaluation of teaching staff',
      'Nursing practice',
      'Plan budgets',
    ]);
  });

  it('never runs an object into another predicate, an idiom’s half or a figure', () => {
    expect(labels('Reviews the reports and is accountable for the close.', en)).toEqual([
      'Review the reports',
    ]);
    expect(labels('Manages the shift rota and 15 to 25 analysts.', en)).toEqual([
      'Manage the shift rota',
    ]);
    expect(labels('Leads engagements end to end.', en)).toEqual(['Lead engagements']);
    // Modifiers listed before their noun do not end the object at a comma.
    expect(labels('Resolves complex, high-impact technical issues for users.', en)).toEqual([
      'Resolve complex, high-impact technical issues',
    ]);
    expect(labels('Ensures stability, adoption, and fast, high-quality resolution.', en)).toEqual([
      'Ensure stability',
      'Ensure adoption',
      'Ensure fast, high-quality resolution',
    ]);
    // A quote the words open is closed; a decimal number is no sentence's end; a list of how
    // ("quickly, safely") is no list of objects.
    expect(
      labels('Serves as the “last mile” for teams.', {
        ...en,
        verbs: ['serve serves serving'],
      }),
    ).toEqual(['Serve as the “last mile”']);
    expect(
      labels('Provides Tier 1.5 support to users.', {
        ...en,
        verbs: ['provide provides providing'],
      }),
    ).toEqual(['Provide Tier 1.5 support']);
    expect(
      labels('Restores operations quickly, safely, and for end users and internal teams.', {
        ...en,
        verbs: ['restore restores restoring'],
        adverbs: ['safely'],
      }),
    ).toEqual(['Restore operations']);
    // A longer object that ends on a common adjective goes on past its comma.
    expect(labels('Ensures customers receive clear, accurate updates.', en)).toEqual([
      'Ensure customers receive clear, accurate updates',
    ]);
    // After a determiner a verb form names a thing; "and" + a verb-like word + preposition ends
    // the object.
    expect(labels('She completed a training program.', en)).toEqual([]);
    // After "and", only a verb of the duty's own kind opens the next duty.
    expect(labels('Reviews the design and planning documents.', en)).toEqual([
      'Review the design and planning documents',
    ]);
    expect(labels('Leads the managers and steps in for the director.', en)).toEqual([
      'Lead the managers',
    ]);
    // A relative clause ends the object; an object that is a clause's subject is no duty.
    expect(labels('Reviews complex issues that require deep knowledge.', en)).toEqual([
      'Review complex issues',
    ]);
    expect(
      labels('Reviews issues is a daily task; manages technically deep, rare cases.', en),
    ).toEqual(['Manage technically deep, rare cases']);
    expect(labels('Elabora los menús y cumple las normas.', es)).toEqual(['Elaborar los menús']);
    // "arbeitet" without "ein" is not "einarbeiten": no duty.
    const sep = { ...de, verbs: ['ein|arbeiten arbeitet'] };
    expect(labels('Er arbeitet im Schichtdienst.', sep)).toEqual([]);
    expect(labels('Er arbeitet die Neuen ein.', sep)).toEqual(['Die Neuen einarbeiten']);
    // The particle may end the clause past the object's cut.
    const durch = { ...de, verbs: ['führen führt', 'durch|führen führt'] };
    const [d] = findDuties('Er führt die Prüfungen mit dem Team durch.', durch);
    expect([d?.label, d?.evidence]).toEqual(['Die Prüfungen durchführen', 'führt die Prüfungen']);
  });

  it('reads more objects of one verb after a comma, as its first object starts', () => {
    expect(labels('Arranges dining reservations, transportation, and tickets.', en)).toEqual([
      'Arrange dining reservations',
      'Arrange transportation',
      'Arrange tickets',
    ]);
    expect(
      labels('Er verantwortet das Managementsystem, die Audits und die Qualitätsziele.', de),
    ).toEqual([
      'Das Managementsystem verantworten',
      'Die Audits verantworten',
      'Die Qualitätsziele verantworten',
    ]);
    // An object with "of" in it owns the list; an item without the object's article ends it.
    expect(labels('Manages inventories of linen, chemicals, and amenities.', en)).toEqual([
      'Manage inventories of linen',
    ]);
    expect(labels('Leads the school, overseeing pupils.', en)).toEqual(['Lead the school']);
    // An item that reads as a clause, with a verb the grammar does not list, ends the list.
    expect(labels('Writes code, owns delivery, and is on call.', en)).toEqual(['Write code']);
    // An object never ends on an adverb.
    expect(labels('Reviews the work and often mentors.', en)).toEqual(['Review the work']);
  });

  it('gives one duty the same id whatever article stands before its object', () => {
    const a = findDuties('Plans the menus.', en)[0]!;
    const b = findDuties('Plans menus.', en)[0]!;
    expect(a.id).toBe(b.id);
  });

  it('writes German duties object first, with a separable verb’s particle', () => {
    expect(
      labels(
        'Der Schichtleiter plant die Schichten und teilt die Mitarbeiter ein. Zudem verantwortet er das Budget.',
        de,
      ),
    ).toEqual(['Die Schichten planen', 'Die Mitarbeiter einteilen', 'Das Budget verantworten']);
    expect(findDuties('Er teilt die Mitarbeiter ein.', de)[0]!.evidence).toBe(
      'teilt die Mitarbeiter ein',
    );
  });

  it('reads French and Spanish duties, keeping their articles', () => {
    expect(
      labels('Le conseiller accueille les clients et gère les comptes des particuliers.', fr),
    ).toEqual(['Accueillir les clients', 'Gérer les comptes des particuliers']);
    // "Cocina" in the title is a noun, not "cocinar".
    expect(
      labels('El Jefe de Cocina supervisa al equipo y elabora los menús de temporada.', es),
    ).toEqual(['Supervisar al equipo', 'Elaborar los menús de temporada']);
  });

  it('reads a grammar from data without throwing, whatever the data', () => {
    expect(dutyGrammar(null, 'en')).toBeUndefined();
    expect(dutyGrammar({ languages: { en: { verbs: 'no' } } }, 'en')).toBeUndefined();
    expect(dutyGrammar({ languages: { en: { verbs: ['plan plans planning'] } } }, 'en')).toEqual(
      expect.objectContaining({ verbs: ['plan plans planning'], order: 'verb-first' }),
    );
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const g = dutyGrammar({ languages: { en: data } }, 'en');
        if (g) findDuties('Plans menus, cleans rooms.', g);
      }),
    );
  });

  it('quotes only the text’s own words, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'cleans',
            'the',
            'rooms',
            ',',
            'and',
            'making',
            'beds',
            '.',
            'up',
            'on',
            'Plans',
            'of',
            'teilt',
            'ein',
            ' ',
            'x',
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.join(' ');
          for (const g of [en, de])
            for (const d of findDuties(text, g)) {
              expect(text).toContain(d.evidence);
              expect(d.label.trim()).not.toBe('');
              expect(d.id).toMatch(/^own-[\p{L}\p{N}-]+$/u);
            }
        },
      ),
    );
  });
});
