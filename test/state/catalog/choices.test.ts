import { describe, expect, it } from 'vitest';
import { chosenRoles, clearMissingChoices } from '../../../src/state/catalog/choices';
import { DEFAULT_QUERY } from '../../../src/state/url';

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
  it('drops a comparison with a missing side, keeps the avoided roles it has, and says which', () => {
    const before = chosenRoles(
      host({ a: 'Analyst', b: 'Builder', c: 'Coach' }, { compare: ['a', 'b'], avoid: ['b', 'c'] }),
    );
    const after = host({ a: 'Analyst', c: 'Coach' }, { compare: ['a', 'b'], avoid: ['b', 'c'] });
    const notice = clearMissingChoices(after, before, 'new.txt');
    expect(after.q.compare).toEqual([]);
    expect(after.q.avoid).toEqual(['c']);
    expect(notice).toBe(
      'new.txt has no role for the comparison (Builder), the roles to avoid (Builder): cleared.',
    );
  });

  it('leaves every choice and says nothing when the new catalog has them all', () => {
    const q = { from: 'a', to: 'b', role: 'a' };
    const after = host({ a: 'Analyst', b: 'Builder' }, q);
    expect(clearMissingChoices(after, chosenRoles(after), 'new.txt')).toBe('');
    expect(after.q).toMatchObject(q);
  });
});
