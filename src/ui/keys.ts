/**
 * Keys for keyed `{#each}` blocks. Svelte stops rendering (`each_key_duplicate`) when two items of
 * a keyed list share a key, and a key made of what a user or a catalog controls can repeat: two
 * ids concatenated ("ab"+"aba" = "aba"+"ba"), a name typed twice, a value stored twice. Every list
 * keyed by such a value goes through {@link keyed}, which keeps the first occurrence's key as it
 * is and gives each repeat a key of its own.
 */

/** One item of a list with the key it is rendered under. */
export interface Keyed<T> {
  key: string;
  item: T;
}

/**
 * Gives each item a key no other item of the list has.
 * @param items - the list, in the order it is shown.
 * @param key - the item's natural key; for a tuple, pass its parts and they are joined so that
 *   different tuples never give one key.
 * @returns each item with a unique key: its natural key, or for the n-th repeat (n ≥ 1) one that
 *   cannot be another item's natural key.
 */
export function keyed<T>(
  items: readonly T[],
  key: (item: T) => string | readonly string[],
): Keyed<T>[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  const natural = items.map((item) => {
    const k = key(item);
    return typeof k === 'string' ? k : JSON.stringify(k);
  });
  for (const k of natural) used.add(k);
  return items.map((item, i) => {
    const k = natural[i]!;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    if (n === 0) return { key: k, item };
    // A repeat: a numbered key, numbered on until it names no other item.
    let m = n;
    let alt = `${k}\u0000${m}`;
    while (used.has(alt)) alt = `${k}\u0000${++m}`;
    used.add(alt);
    return { key: alt, item };
  });
}
