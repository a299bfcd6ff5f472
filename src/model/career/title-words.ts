/**
 * The words of titles and families, split and lightly stemmed, so that a family or a track is
 * known by its words whatever their form (`Nursing` and `Nurses` share a key). Apart from the
 * title grammar because tracks and similarity compare words without reading any title's level.
 */

/** Splits a phrase into lower-case words; `Head of` is two words, `Sr.` one. */
export function wordsOf(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** Stems already computed: a catalog's vocabulary is small beside its word count. */
const stems = new Map<string, string>();

/** Light stemming for family and track identity: `nursing`/`nurses` → `nur`, `engineering` → `engin`. */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  let w = word.toLowerCase().replace(/[^\p{L}\p{N}&+]/gu, '');
  for (let round = 0; round < 3; round++) {
    const s = SUFFIXES.find((x) => w.endsWith(x) && w.length - x.length >= 3);
    if (!s) break;
    w = w.slice(0, -s.length);
  }
  if (stems.size > 200_000) stems.clear();
  stems.set(word, w);
  return w;
}
const SUFFIXES = [
  'ments',
  'ment',
  'ial',
  'al',
  'ings',
  'ing',
  'ists',
  'ist',
  'ants',
  'ant',
  'ers',
  'er',
  'es',
  's',
  'e',
];

/** A family's identity: its words stemmed, joined. */
export function familyKeyOf(family: string): string {
  return wordsOf(family).map(stem).filter(Boolean).join(' ');
}
