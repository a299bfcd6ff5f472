/**
 * A message with catalog text in it, in pieces, so that the markup can put the catalog's words in
 * a `<bdi>` (its own direction) or make them strong, while the message keeps the word order of its
 * language.
 */

/** A piece of a message: its own words, or an input (`key`). */
export type Part = { text: string; key?: string };

/**
 * Writes a message with a marker where each input goes, then cuts it there.
 * @param write - the message.
 * @param inputs - the inputs, catalog text.
 * @returns the pieces, in order.
 */
export function cut<K extends string>(
  write: (inputs: Record<K, string>) => string,
  inputs: Record<K, string>,
): Part[] {
  const keys = Object.keys(inputs) as K[];
  const marked = write(
    Object.fromEntries(keys.map((k, i) => [k, `\u0001${i}\u0001`])) as Record<K, string>,
  );
  return marked.split('\u0001').map((text, i) => {
    if (i % 2 === 0) return { text };
    const key = keys[Number(text)]!;
    return { text: inputs[key], key };
  });
}

/** The one place for catalog text in a message written with it (`m.x({ title: SLOT })`). */
export const SLOT = '\u{E000}';

/** A message written with {@link SLOT}: the text before it and after it. */
export function around(text: string): [string, string] {
  const [before = '', after = ''] = text.split(SLOT);
  return [before, after];
}
