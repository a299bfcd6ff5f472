/**
 * Names of roles in a catalog's text: each role by its title, the title's plural, its family's
 * name and its abbreviations (`RN`, `LPNs`, `TAM`, or `Technical Support Engineer (TSE)` written in
 * any summary), looked up word by word.
 */

/** Names of roles, for reading mentions. */
export interface NameIndex {
  /** Lower-case names (titles, plurals, family names) → role index. */
  words: Map<string, number>;
  /** Abbreviations in their case (`RN`, `RNs`, `TAM`) → role index. */
  abbreviations: Map<string, number>;
  /** The most words a name has. */
  longest: number;
  /** Every name's first word: a word that starts none is skipped at once. */
  starts: Set<string>;
}

const plural = (w: string) =>
  /(s|x|z|ch|sh)$/i.test(w) ? `${w}es` : /[^aeiou]y$/i.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;

function pluralOf(name: string): string {
  const of = /^(.+?)(\s+of\s+.+)$/i.exec(name);
  if (of) return `${plural(of[1]!)}${of[2]}`;
  return name.replace(/(\S+)$/, (w) => plural(w));
}

/** A name as the lookup keys it: its words (as `namesIn` reads words), lower-cased, one space apart. */
function normalName(name: string): string {
  // Most names are plain words one space apart, each a whole token: their lower case is the key.
  if (PLAIN.test(name)) return name.toLowerCase();
  return [...name.matchAll(TOKEN)].map((m) => m[0].toLowerCase().replace(/\.$/, '')).join(' ');
}
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Initials of a title of two or more capitalized words (`Licensed Practical Nurse` → `LPN`). */
function initialsOf(title: string): string | undefined {
  const words = title.split(/\s+/).filter((w) => !/^(of|and|the|for|&)$/i.test(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]).join('');
}

/**
 * Builds the name index of a catalog's roles.
 * @param roles - each role's title (without parenthesized abbreviations), its family name, whether
 *   that family names a kind of person (an IC family), the abbreviations it is given, and the
 *   family's base role (the one a family name stands for).
 * @param summaries - every summary, searched for `Title (ABBR)` abbreviations.
 * @returns the index.
 */
export function buildNameIndex(
  roles: {
    title: string;
    family: string;
    personFamily: boolean;
    aliases: string[];
    base: number;
  }[],
  summaries: string[],
): NameIndex {
  const words = new Map<string, number>();
  const abbreviations = new Map<string, number>();
  const ambiguous = new Set<string>();
  const put = (map: Map<string, number>, key: string, i: number, strong: boolean) => {
    if (!key || ambiguous.has(key)) return;
    const had = map.get(key);
    if (had === undefined || strong) map.set(key, i);
    else if (had !== i) {
      map.delete(key);
      ambiguous.add(key);
    }
  };
  const byTitle = new Map<string, number>();
  roles.forEach((r, i) => {
    const t = normalName(r.title);
    byTitle.set(t, i);
    words.set(t, i);
    words.set(normalName(pluralOf(r.title)), i);
  });
  roles.forEach((r, i) => {
    if (r.personFamily && normalName(r.family) !== normalName(r.title)) {
      put(words, normalName(r.family), r.base, false);
      put(words, normalName(pluralOf(r.family)), r.base, false);
    }
    for (const a of r.aliases) put(abbreviations, a, i, true);
    const ini = initialsOf(r.title);
    if (ini && ini.length >= 2) put(abbreviations, ini, i, false);
  });
  // `Technical Support Engineer (TSE)` in any summary gives an abbreviation.
  const titled = /((?:\p{Lu}[\p{L}-]*\s+){1,5})\((\p{Lu}{2,6})\)/gu;
  for (const s of summaries)
    for (const m of s.matchAll(titled)) {
      const title = normalName(m[1]!.replace(/^\s*(the|a|an)\s+/i, ''));
      const i = byTitle.get(title);
      if (i !== undefined) put(abbreviations, m[2]!, i, true);
    }
  for (const [k, i] of [...abbreviations]) put(abbreviations, `${k}s`, i, false);
  let longest = 1;
  const starts = new Set<string>();
  for (const k of words.keys()) {
    const w = k.split(' ');
    longest = Math.max(longest, w.length);
    starts.add(w[0]!);
  }
  return { words, abbreviations, longest, starts };
}

const TOKEN = /[\p{L}\p{N}]+(?:[.'’&/][\p{L}\p{N}]+)*\.?/gu;

/**
 * Every role named in a piece of text, left to right; where names overlap, the longest. Names
 * are looked up word by word (a map per name, not one pattern of every name: at 20,000 roles a
 * pattern of 40,000 alternatives took seconds per summary).
 */
export function namesIn(
  index: NameIndex,
  text: string,
): { role: number; at: number; name: string }[] {
  const tokens: { at: number; word: string; lower: string }[] = [];
  for (const m of text.matchAll(TOKEN))
    tokens.push({ at: m.index, word: m[0], lower: m[0].toLowerCase() });
  const out: { role: number; at: number; name: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!.lower;
    if (
      !index.starts.has(first) &&
      !index.starts.has(first.replace(/\.$/, '')) &&
      !index.abbreviations.has(tokens[i]!.word.replace(/\.$/, ''))
    )
      continue;
    let hit: { role: number; n: number } | undefined;
    let key = '';
    const keys: string[] = [];
    for (let n = 1; n <= index.longest && i + n <= tokens.length; n++) {
      key = n === 1 ? tokens[i]!.lower : `${key} ${tokens[i + n - 1]!.lower}`;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1 && !hit; n--) {
      const k = keys[n - 1]!;
      const role = index.words.get(k) ?? index.words.get(k.replace(/\.$/, ''));
      if (role !== undefined) hit = { role, n };
    }
    if (!hit) {
      const w = tokens[i]!.word.replace(/\.$/, '');
      const role = index.abbreviations.get(w);
      if (role !== undefined) hit = { role, n: 1 };
    }
    if (!hit) continue;
    const last = tokens[i + hit.n - 1]!;
    const end = last.at + last.word.replace(/\.$/, '').length;
    out.push({ role: hit.role, at: tokens[i]!.at, name: text.slice(tokens[i]!.at, end) });
    i += hit.n - 1;
  }
  return out;
}

/**
 * A text with every role name blanked out (same length), so words of standing inside a name
 * ("supervises licensed practical nurses") are not read as the role's own standing.
 * @param index - the catalog's name index.
 * @param text - a summary.
 * @returns the text with names replaced by spaces.
 */
export function withoutNames(index: NameIndex, text: string): string {
  // Joined once: replacing each name in the whole text was quadratic in a long summary.
  const parts: string[] = [];
  let done = 0;
  for (const n of namesIn(index, text)) {
    parts.push(text.slice(done, n.at), ' '.repeat(n.name.length));
    done = n.at + n.name.length;
  }
  parts.push(text.slice(done));
  return parts.join('');
}
