import { describe, expect, it } from 'vitest';
import { matchRoles, type RoleOption } from '../../../src/model/query/search';
import { loadSeed } from '../helpers';

const { graph } = loadSeed();
// As the explorer lists them: sorted by title.
const roles: RoleOption[] = graph
  .mapNodes((id, a) => ({ id, title: a.title }))
  .sort((a, b) => a.title.localeCompare(b.title));
const titles = (text: string, limit = Infinity) =>
  matchRoles(roles, text, limit).map((o) => o.title);

describe('matchRoles tolerates typos', () => {
  it('finds "asociate" (one letter missing) as Associate', () => {
    const found = titles('asociate');
    expect(found).toEqual([
      'Associate Service Desk Analyst',
      'Associate Support Analyst',
      'Associate Support Specialist',
      'Associate Technical Support Specialist',
    ]);
  });
  it('allows one swap, one wrong letter or one extra letter per word of five letters or more', () => {
    expect(titles('escalatoin engineer')).toEqual(['Escalation Engineer']); // swapped letters
    expect(titles('escalasion')).toEqual(['Escalation Engineer']); // a wrong letter
    expect(titles('escallation')).toEqual(['Escalation Engineer']); // an extra letter
    expect(titles('princpal service')).toEqual(['Principal Service Desk Analyst']);
  });
  it('matches a word being typed with a typo in it (a prefix of the title word)', () => {
    expect(titles('escalat')).toEqual(['Escalation Engineer']);
    expect(titles('esclat')).toEqual(['Escalation Engineer']);
  });
  it('does not stretch short words or two typos into a match', () => {
    expect(titles('laed')).toEqual([]); // "lead" with two letters swapped: too short to be fuzzy
    expect(titles('eskalasion')).toEqual([]); // two edits
    expect(titles('nothing')).toEqual([]);
  });
  it('ranks exact matches before typo matches', () => {
    const options = [
      { id: 'a', title: 'Analyst' },
      { id: 'b', title: 'Anlyst Trainee' },
    ];
    expect(matchRoles(options, 'analyst').map((o) => o.id)).toEqual(['a', 'b']);
  });
});

describe('matchRoles matches abbreviations', () => {
  it('finds "TAM" as the initials of Technical Account Manager, the exact one first', () => {
    expect(titles('TAM')).toEqual([
      'Technical Account Manager',
      'Senior Technical Account Manager',
    ]);
    expect(titles('tse')).toEqual([
      'Technical Support Engineer',
      'Lead Technical Support Engineer',
      'Senior Technical Support Engineer',
    ]);
  });
  it('combines an abbreviation with other words', () => {
    expect(titles('senior tam')).toEqual(['Senior Technical Account Manager']);
    expect(titles('sr tam')).toEqual(['Senior Technical Account Manager']);
  });
  it('reads a parenthesized abbreviation and skips small words in initials', () => {
    const options = [
      { id: 'cns', title: 'Clinical Nurse Specialist (CNS)' },
      { id: 'don', title: 'Director of Nursing' },
      { id: 'rn', title: 'Registered Nurse' },
    ];
    expect(matchRoles(options, 'cns').map((o) => o.id)).toEqual(['cns']);
    expect(matchRoles(options, 'DON').map((o) => o.id)).toEqual(['don']);
    expect(matchRoles(options, 'dn').map((o) => o.id)).toEqual(['don']);
    expect(matchRoles(options, 'RN').map((o) => o.id)).toEqual(['rn']);
  });
  it('keeps what matched before: exact, then prefix, then every word', () => {
    const options = [
      { id: 'stam', title: 'Senior Technical Account Manager' },
      { id: 'tam', title: 'Technical Account Manager' },
      { id: 'tse', title: 'Technical Support Engineer' },
    ];
    expect(matchRoles(options, 'technical account manager').map((o) => o.id)).toEqual([
      'tam',
      'stam',
    ]);
    expect(matchRoles(options, 'technical').map((o) => o.id)).toEqual(['tam', 'tse', 'stam']);
    expect(matchRoles(options, 'ENGINEER support').map((o) => o.id)).toEqual(['tse']);
    expect(matchRoles(options, '  ')).toHaveLength(3);
  });
});

describe('matchRoles knows how titles are shortened', () => {
  it('reads contractions of title words: Sr, Jr, Mgr, Asst', () => {
    expect(titles('sr support analyst')[0]).toBe('Senior Support Analyst');
    expect(titles('Sr. support analyst')[0]).toBe('Senior Support Analyst');
    expect(titles('jr service desk')).toEqual(['Junior Service Desk Analyst']);
    const staff = [
      { id: 'a', title: 'Assistant Store Manager' },
      { id: 'b', title: 'Department Manager' },
      { id: 'c', title: 'Store Associate' },
    ];
    const find = (q: string) => matchRoles(staff, q).map((o) => o.title);
    expect(find('mgr')).toEqual(['Assistant Store Manager', 'Department Manager']);
    expect(find('asst store mgr')).toEqual(['Assistant Store Manager']);
    expect(find('dept mgr')).toEqual(['Department Manager']);
  });
  it('reads two title words run together, also while they are typed', () => {
    expect(titles('servicedesk')).toContain('Service Desk Analyst');
    const desk = [{ id: 'h', title: 'Help Desk Technician' }];
    expect(matchRoles(desk, 'helpdesk')).toEqual(desk);
    expect(matchRoles(desk, 'helpde')).toEqual(desk);
  });
  it('ranks a title that has the word before one that only contracts to it', () => {
    const both = [
      { id: 'x', title: 'Senior Analyst' },
      { id: 'y', title: 'SR Analyst' },
    ];
    expect(matchRoles(both, 'sr').map((o) => o.id)).toEqual(['y', 'x']);
    // Not every pair of letters: the word's first and last, of a word of six letters at most.
    expect(matchRoles([{ id: 'z', title: 'Support Engineer' }], 'st')).toEqual([]);
  });
});
