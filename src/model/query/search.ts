/** A role as a picker lists it. */
export interface RoleOption {
  id: string;
  title: string;
}

/** Words of a query this long or longer may have one typo; a typo in a shorter word makes another word. */
export const TYPO_MIN_LENGTH = 5;

/** Small words a title's initials may leave out ("Director of Nursing": DON or DN). */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the', 'to']);

/** What a title is matched by, computed once per role. */
interface TitleIndex {
  title: string;
  lower: string;
  words: string[];
  /** Its initials and its parenthesized abbreviations ("(TSE)"), lower case. */
  abbreviations: Set<string>;
  /** Initials of a run of its words inside it ("TAM" in Senior Technical Account Manager). */
  partInitials: Set<string>;
}

/**
 * Whether a query word is a contraction of a title word, as HR systems shorten titles: the
 * word's first and last letters with some of those between, in order, at least two left out
 * (Sr for Senior, Jr for Junior, Mgr for Manager, Asst for Assistant, Dept for Department); two
 * letters stand for a word of six at most.
 */
function contraction(w: string, tw: string): boolean {
  if (w.length < 2 || w.length > tw.length - 2) return false;
  // Two letters stand for a short word only (Sr, Jr), or "st" would be Support.
  if (w.length === 2 && tw.length > 6) return false;
  if (w.charCodeAt(0) !== tw.charCodeAt(0) || w.at(-1) !== tw.at(-1)) return false;
  let j = 1;
  for (let i = 1; i < w.length - 1; i++) {
    j = tw.indexOf(w[i]!, j) + 1;
    if (j === 0) return false;
  }
  return j < tw.length;
}

/**
 * Whether a query word runs two neighbouring title words together ("helpdesk" for Help Desk,
 * "servicedesk" for Service Desk), or their start while it is typed ("helpde").
 */
function joined(w: string, words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    if (w.length <= a.length || !w.startsWith(a)) continue;
    const rest = w.slice(a.length);
    if (words[i + 1]!.startsWith(rest)) return true;
  }
  return false;
}

const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const initials = (words: readonly string[]) => words.map((w) => w.charAt(0)).join('');

const indexes = new WeakMap<RoleOption, TitleIndex>();

function indexOf(o: RoleOption): TitleIndex {
  let ix = indexes.get(o);
  if (ix?.title === o.title) return ix;
  const lower = o.title.toLowerCase();
  // The parenthesized parts are abbreviations of the rest, not words of its initials.
  const words = wordsOf(lower.replace(/\([^)]*\)/g, ' '));
  const big = words.filter((w) => !SMALL_WORDS.has(w));
  const abbreviations = new Set<string>();
  for (const ws of [words, big]) if (ws.length >= 2) abbreviations.add(initials(ws));
  for (const m of lower.matchAll(/\(([^)]+)\)/g)) {
    const a = m[1]!.replace(/[^\p{L}\p{N}]+/gu, '');
    if (a) abbreviations.add(a);
  }
  const partInitials = new Set<string>();
  for (const ws of [words, big])
    for (let i = 0; i < ws.length; i++)
      for (let j = i + 2; j <= ws.length; j++) partInitials.add(initials(ws.slice(i, j)));
  ix = { title: o.title, lower, words: wordsOf(lower), abbreviations, partInitials };
  indexes.set(o, ix);
  return ix;
}

/**
 * Whether two words are at most one edit apart: one letter inserted, deleted or changed, or two
 * neighbouring letters swapped (Damerau–Levenshtein distance ≤ 1, in linear time).
 * @param a - a word.
 * @param b - another word.
 * @param bLength - how much of `b` to compare (its start; all of it by default).
 * @returns true when they are at most one edit apart.
 */
export function withinOneEdit(a: string, b: string, bLength = b.length): boolean {
  const n = a.length;
  const m = bLength < b.length ? bLength : b.length;
  if (n - m > 1 || m - n > 1) return false;
  let i = 0;
  while (i < n && i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n && i === m) return true;
  // After the first difference at i: skip it in a, in b or in both, or swap two neighbours.
  let ai = i + 1;
  let bi = i + 1;
  if (n > m) bi = i;
  else if (n < m) ai = i;
  else if (
    i + 1 < n &&
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i)
  ) {
    ai = i + 2;
    bi = i + 2;
  }
  for (; ai < n; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
  return true;
}

/** A query word within one edit of a title word, or of the start of one (a word being typed). */
function nearWord(w: string, titleWords: readonly string[]): boolean {
  if (w.length < TYPO_MIN_LENGTH) return false;
  const n = w.length;
  return titleWords.some(
    (tw) =>
      withinOneEdit(w, tw) ||
      (n - 1 < tw.length && withinOneEdit(w, tw, n - 1)) ||
      (n < tw.length && withinOneEdit(w, tw, n)) ||
      (n + 1 < tw.length && withinOneEdit(w, tw, n + 1)),
  );
}

/**
 * How well one query word matches a title, lower is better: 0 it is in the title, 0.5 it runs two
 * of its words together, 1 it is the title's abbreviation, 1.5 the initials of some of its words,
 * 1.8 a contraction of one of its words, 2 a typo of one of its words; null no match.
 */
function wordMatch(w: string, abbreviation: boolean, ix: TitleIndex): number | null {
  if (ix.lower.includes(w)) return 0;
  if (joined(w, ix.words)) return 0.5;
  if (abbreviation) {
    if (ix.abbreviations.has(w)) return 1;
    if (ix.partInitials.has(w)) return 1.5;
    if (ix.words.some((tw) => contraction(w, tw))) return 1.8;
  }
  return nearWord(w, ix.words) ? 2 : null;
}

/**
 * Roles matching what a person typed, best first: the exact title, then titles starting with the
 * text, then titles containing every word (earlier matches first), then titles matched through
 * abbreviations (`TAM` for Technical Account Manager, its initials; `TSE` when the title says
 * `(TSE)`) and typos (one edit in a word of five letters or more: `asociate`), in the options'
 * order within each (the explorer lists them alphabetically).
 * @param options - the roles.
 * @param text - what was typed.
 * @param limit - the most roles to return.
 * @returns the matching roles.
 */
export function matchRoles(
  options: readonly RoleOption[],
  text: string,
  limit = Infinity,
): RoleOption[] {
  const t = text.trim().toLowerCase();
  // "Sr." and "Sr" are one abbreviation.
  const words = t
    .split(/\s+/)
    .map((w) => w.replace(/^([\p{L}\p{N}]{2,})\.$/u, '$1'))
    .filter(Boolean);
  if (!words.length) return options.slice(0, limit);
  // Which words could be an abbreviation (letters and digits only, two or more).
  const abbreviation = words.map((w) => /^[\p{L}\p{N}]{2,}$/u.test(w));
  const scored: { o: RoleOption; score: number }[] = [];
  for (const o of options) {
    const ix = indexOf(o);
    const title = ix.lower;
    if (words.every((w) => title.includes(w))) {
      const score = title === t ? 0 : title.startsWith(t) ? 1 : 2 + title.indexOf(words[0]!) / 1000;
      scored.push({ o, score });
      continue;
    }
    let sum = 0;
    for (let i = 0; i < words.length; i++) {
      const m = wordMatch(words[i]!, abbreviation[i]!, ix);
      if (m === null) {
        sum = -1;
        break;
      }
      sum += m;
    }
    if (sum >= 0) scored.push({ o, score: 3 + sum / words.length });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.o);
}
