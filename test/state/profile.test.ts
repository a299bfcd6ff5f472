import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { language } from '../../src/i18n/language.svelte';
import {
  MAX_PROBLEMS,
  PROFILE_KEY,
  RATINGS,
  clearProfile,
  emptyProfile,
  loadProfile,
  parseProfile,
  problemText,
  profileJson,
  saveProfile,
  type Profile,
  type ProfileProblem,
} from '../../src/state/profile';

/** The problems as the interface writes them (in English here). */
const texts = (r: { problems: ProfileProblem[] }) => r.problems.map(problemText);

const profile = (role: string | null, ratings: Record<string, string>): Profile => ({
  role,
  ratings: Object.assign(emptyProfile().ratings, ratings) as Profile['ratings'],
});

describe('the private profile', () => {
  it('round-trips through its JSON file', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: null }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(...RATINGS)),
        (role, ratings) => {
          const p = profile(role, ratings);
          const back = parseProfile(profileJson(p));
          expect(back.problems).toEqual([]);
          expect(back.profile?.role).toBe(role);
          expect({ ...back.profile?.ratings }).toEqual({ ...ratings });
        },
      ),
    );
  });

  it('keeps every valid rating of a malformed file and says what is wrong', () => {
    const read = parseProfile(
      '{"role": 42, "ratings": {"sql": "expert", "dns": "guru", "__proto__": "learning"}}',
      'mine.json',
    );
    const p = read.profile;
    expect(p?.role).toBe(null);
    expect(p?.ratings['sql']).toBe('expert');
    expect(p?.ratings['dns']).toBe(undefined);
    // A "__proto__" key is a competency like any other, not the object's prototype.
    expect(Object.getOwnPropertyDescriptor(p?.ratings, '__proto__')?.value).toBe('learning');
    expect(texts(read)).toEqual([
      'mine.json: "role" is not a role id; ignored',
      'mine.json: competency "dns": unknown level "guru" (use none, learning, practised, expert)',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBe(undefined);
    expect(parseProfile('{', 'x.json').profile).toBe(null);
    expect(texts(parseProfile('{', 'x.json'))).toEqual(['x.json: not JSON']);
    expect(texts(parseProfile('[1]', 'x.json'))).toEqual(['x.json: not a profile object']);
    // The profile stored in this browser is named so, in the interface's language.
    expect(texts(parseProfile('[1]', null))).toEqual(['stored profile: not a profile object']);
  });

  it('is kept in localStorage only, cleared with one call, and never throws', () => {
    const storage = memoryStorage();
    const p = profile('support-analyst', { sql: 'practised' });
    expect(saveProfile(storage, p)).toBe(true);
    expect(storage.getItem(PROFILE_KEY)).toContain('"support-analyst"');
    expect(loadProfile(storage).profile).toEqual(parseProfile(profileJson(p)).profile);
    clearProfile(storage);
    expect(loadProfile(storage)).toEqual({ profile: null, problems: [] });
    // A browser that refuses storage: nothing kept, nothing thrown, and it says so.
    const refusing = memoryStorage('all');
    expect(saveProfile(refusing, p)).toBe(false);
    expect(texts(loadProfile(refusing))).toEqual([
      'the browser does not allow reading the stored profile',
    ]);
    expect(() => clearProfile(refusing)).not.toThrow();
    expect(saveProfile(null, p)).toBe(false);
  });

  it('lists a bounded number of short problems, whatever the file holds', () => {
    // A deeply nested level made one 260 KB line; 1,900 bad levels made 1,900 lines.
    let deep = '"x"';
    for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
    const one = parseProfile(
      `{"ratings": {"sql": ${deep}, "dns": "${'g'.repeat(9000)}"}}`,
      'f.json',
    );
    expect(texts(one)).toEqual([
      'f.json: competency "sql": unknown level an object (use none, learning, practised, expert)',
      `f.json: competency "dns": unknown level "${'g'.repeat(40)}…" (use none, learning, practised, expert)`,
    ]);
    const bad = Object.fromEntries(Array.from({ length: 1900 }, (_, i) => [`c${i}`, 'guru']));
    const many = parseProfile(JSON.stringify({ ratings: { ...bad, ok: 'expert' } }), 'f.json');
    expect(many.profile?.ratings['ok']).toBe('expert');
    expect(many.problems).toHaveLength(MAX_PROBLEMS + 1);
    // The count is a figure in the interface's language: 1,880 in English.
    expect(texts(many).at(-1)).toBe(
      `f.json: … and ${new Intl.NumberFormat('en').format(1900 - MAX_PROBLEMS)} more problems`,
    );
    fc.assert(
      fc.property(fc.jsonValue(), (ratings) => {
        const r = parseProfile(JSON.stringify({ role: 'x', ratings }), 'f.json');
        expect(r.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
        for (const p of texts(r)) expect(p.length).toBeLessThan(200);
      }),
      { numRuns: 500 },
    );
  });

  it('writes each problem in the interface language, the words of the file as they are', () => {
    const read = parseProfile('{"role": 1, "ratings": {"sql": ["x"]}}', null);
    try {
      language.set('de');
      expect(texts(read)).toEqual([
        'gespeichertes Profil: "role" ist keine Rollen-ID; ignoriert',
        'gespeichertes Profil: Kompetenz "sql": unbekannte Stufe eine Liste (zulässig: none, learning, practised, expert)',
      ]);
      language.set('es');
      expect(problemText({ kind: 'more', file: 'f.json', count: 1200 })).toBe(
        'f.json: … y 1200 problemas más',
      );
    } finally {
      language.set('en');
    }
  });
});
