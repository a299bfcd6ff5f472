import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyed } from '../../src/ui/keys';

/** Every `.svelte` file under src/, with its path in the repo. */
function svelteFiles(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? svelteFiles(`${dir}/${e.name}`)
      : e.name.endsWith('.svelte')
        ? [`${dir}/${e.name}`]
        : [],
  );
}

describe('keyed lists', () => {
  // Svelte stops rendering the app on a repeated key (`each_key_duplicate`): a repeated id in a
  // link, two saved views of one name, or two roles whose ids concatenate alike blanked or froze
  // it. A list may be keyed by its index, or by a key `keyed()` made unique, never by a value.
  it('key every list by its index or by a key keyed() made unique', () => {
    const offenders: string[] = [];
    let lists = 0;
    let eaches = 0;
    for (const file of svelteFiles()) {
      const text = readFileSync(file, 'utf8');
      eaches += text.split('{#each').length - 1;
      const lines = text.split('\n');
      lines.forEach((line, n) => {
        for (const m of line.matchAll(/\{#each\s+(.+?)\s+as\s+(.+?)\s*\(([^()]+)\)\s*\}/g)) {
          lists++;
          const [, expr, pattern, key] = m as unknown as [string, string, string, string];
          const index = /,\s*(\w+)$/.exec(pattern)?.[1];
          const byIndex = key.trim() === index;
          const byKeyed =
            expr.startsWith('keyed(') &&
            new RegExp(`\\{\\s*key(?::\\s*${key.trim()})?\\b`).test(pattern);
          if (!byIndex && !byKeyed) offenders.push(`${file}:${n + 1}: keyed by ${key}`);
        }
      });
    }
    // Every list is seen (an unkeyed or multi-line `{#each}` would slip past the pattern).
    expect(lists).toBe(eaches);
    expect(lists).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });

  it('gives every item a key of its own, the first occurrence its natural key', () => {
    const ab = keyed(
      [
        { from: 'ab', to: 'aba' },
        { from: 'aba', to: 'ba' },
      ],
      (s) => [s.from, s.to],
    );
    expect(new Set(ab.map((k) => k.key)).size).toBe(2);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 30 }), (items) => {
        const keys = keyed(items, (s) => s).map((k) => k.key);
        expect(new Set(keys).size).toBe(items.length);
        items.forEach((s, i) => {
          if (items.indexOf(s) === i) expect(keys[i]).toBe(s);
        });
      }),
      { numRuns: 500 },
    );
  });
});
