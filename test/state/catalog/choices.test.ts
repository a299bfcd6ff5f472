import { afterEach, describe, expect, it } from 'vitest';
import { chosenRoles, clearMissingChoices } from '../../../src/state/catalog/choices';
import { noticeText } from '../../../src/state/catalog/problems';
import { DEFAULT_QUERY } from '../../../src/state/url';
import { language } from '../../../src/i18n/language.svelte';

/** An explorer whose catalog has the roles `titles` names, asked `q`. */
function host(titles: Record<string, string>, q: Partial<typeof DEFAULT_QUERY>) {
  const map = new Map(Object.entries(titles));
  return {
    q: { ...DEFAULT_QUERY, ...q },
    titles: map,
    title: (id: string) => map.get(id) ?? id,
  };
}

describe('clearing the choices an imported catalog lacks', () => {
  afterEach(() => language.set('en'));

  it('drops a comparison with a missing side, keeps the avoided roles it has, and says which', () => {
    const before = chosenRoles(
      host({ a: 'Analyst', b: 'Builder', c: 'Coach' }, { compare: ['a', 'b'], avoid: ['b', 'c'] }),
    );
    const after = host({ a: 'Analyst', c: 'Coach' }, { compare: ['a', 'b'], avoid: ['b', 'c'] });
    const gone = clearMissingChoices(after, before);
    expect(after.q.compare).toEqual([]);
    expect(after.q.avoid).toEqual(['c']);
    expect(noticeText({ kind: 'cleared', name: 'new.txt', gone })).toBe(
      'new.txt has no role for the comparison (Builder) and the roles to avoid (Builder): cleared.',
    );
    // In the interface's language, listed the language's way.
    language.set('de');
    expect(noticeText({ kind: 'cleared', name: 'new.txt', gone })).toBe(
      'new.txt hat keine Rolle für den Vergleich (Builder) und die zu meidenden Rollen (Builder): zurückgesetzt.',
    );
  });

  it('names From, To and the selected role, in that order', () => {
    const q = { from: 'a', to: 'b', role: 'c' };
    const before = chosenRoles(host({ a: 'Analyst', b: 'Builder', c: 'Coach' }, q));
    const gone = clearMissingChoices(host({}, q), before);
    expect(noticeText({ kind: 'cleared', name: 'x.txt', gone })).toBe(
      'x.txt has no role for From (Analyst), To (Builder), and the selected role (Coach): cleared.',
    );
  });

  it('leaves every choice and says nothing when the new catalog has them all', () => {
    const q = { from: 'a', to: 'b', role: 'a' };
    const after = host({ a: 'Analyst', b: 'Builder' }, q);
    expect(clearMissingChoices(after, chosenRoles(after))).toEqual([]);
    expect(after.q).toMatchObject(q);
  });
});
