import type { CareerModel, MentionRule } from './career-model';
import {
  MAX_CLAUSE_CHARS,
  MAX_MENTION_PHRASES_PER_CATALOG,
  MAX_MENTION_PHRASES_PER_SUMMARY,
} from '../catalog/limits';
import { namesIn, type NameIndex } from './names';

/**
 * Evidence in a catalog's own text: words of standing in a role's summary, and sentences that
 * name another role ("works under the supervision of a registered nurse", "supervises cashiers",
 * "Registered nurses often move into this role"). Names are resolved by title, plural, family
 * name or abbreviation (`RN`, `LPNs`, `TAM`).
 */

/** A phrase found in a text, with the words around it as a quotation. */
export interface Quote {
  phrase: string;
  excerpt: string;
}

/**
 * Quotes the words around `at..at+length` in `text`, within its sentence. It looks no further than
 * the 50 characters it may quote on either side (and the separators at their edge), so quoting a
 * phrase of a long summary costs the same as of a short one.
 */
export function excerptAt(text: string, at: number, length: number): string {
  const end = at + length;
  // A sentence start before the window (or an end after it) quotes as one far away would.
  const lo = Math.max(0, at - 52);
  const head = text.slice(lo, at + 2);
  const dot = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '));
  const sentenceStart = dot >= 0 ? lo + dot + 2 : lo === 0 ? 0 : -1;
  const tail = text.slice(end, end + 52);
  const stops = ['. ', '; '].map((s) => tail.indexOf(s)).filter((i) => i >= 0);
  const sentenceEnd = stops.length
    ? end + Math.min(...stops)
    : end + 52 >= text.length
      ? text.length
      : text.length + 1;
  const from = Math.max(sentenceStart, at - 50);
  const to = Math.min(sentenceEnd, end + 50, text.length);
  // A cut start moves to the word after the first space (or, with no space before the phrase,
  // to the phrase itself); a cut end to the last space after the phrase.
  const aSpace = from > sentenceStart ? text.slice(from, at).indexOf(' ') : -1;
  const a = from <= sentenceStart ? from : aSpace >= 0 ? from + aSpace + 1 : at;
  const bSpace = to < sentenceEnd ? text.slice(end, to + 1).lastIndexOf(' ') : -1;
  const b = bSpace >= 0 ? end + bSpace : to < sentenceEnd ? end : to;
  const s = text.slice(a, b).replace(/[.,;:]+$/, '');
  return `${a > sentenceStart ? '…' : ''}${s}${b < sentenceEnd ? '…' : ''}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Abbreviations (`L1`, `RN`) match in their case; other phrases in any case. */
const caseSensitive = (p: string) => /[A-Z].*[A-Z0-9]/.test(p) && p === p.replace(/[a-z]/g, '');

/** A pattern for a phrase: whole words, spaces and hyphens interchangeable, `…` up to four words. */
function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) =>
      w === '…' ? "(?:[\\p{L}\\p{N}’'-]+\\s+){0,4}?" : escape(w).replace(/-/g, '[\\s-]') + '\\s+',
    )
    .join('')
    .replace(/\\s\+$/, '');
}

const B0 = '(?<![\\p{L}\\p{N}])';

/**
 * Where the words after a pattern stop naming roles: the sentence's end, or a new clause (`and
 * may`, `, who`, `while`…), so "under the supervision of a registered nurse and may direct
 * nursing assistants" names only the nurse.
 */
const CLAUSE_END =
  /[.;:!?](?:\s|$)|\s\(|,\s+(?:and|but|who|which|while|where|so|to|with)\b|,\s+(?!including\b)(?:\p{L}+ly\s+)?\p{L}+ing\b|\s(?:and|or|but)\s+(?:may|can|will|is|are|has|have|must|also|then|works?|leads?|reports?|supports?|provides?|helps?|directs?|coordinates?|manages?|oversees?|supervises?)\b|\s(?:who|which|that|while|to\s+ensure|so\s+that|in\s+order|as\s+well\s+as|before|after|until|when)\b/u;
const B1 = '(?![\\p{L}\\p{N}])';

/**
 * The longest word every match of a phrase contains, lower-case, when it is ASCII letters and
 * digits: in a match it stands between non-alphanumerics (the pattern's boundaries, spaces and
 * hyphens), so in an ASCII text it is one whole word of the text.
 */
function literalOf(phrase: string): string | undefined {
  const words = phrase
    .toLowerCase()
    .split(/[\s…-]+/)
    .filter((w) => /^[a-z0-9]+$/.test(w));
  return words.reduce((a, b) => (b.length > a.length ? b : a), '') || undefined;
}

/** One pattern finding which of some `literalOf` words a lower-case ASCII text holds. */
function literalFinder(literals: (string | undefined)[]): RegExp {
  const words = [...new Set(literals.filter((w) => w !== undefined))];
  words.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![a-z0-9])(?:${words.join('|') || '(?!)'})(?![a-z0-9])`, 'g');
}

/**
 * The `literalOf` words a text holds, found in one pass, or undefined when the text is not
 * printable ASCII (its patterns are then all run). A pattern whose word a text lacks cannot match
 * it, so it is skipped: running each unicode pattern over every summary was about a sixth of a
 * 20,000-role build, and testing each pattern's word with `includes` little less.
 */
function wordsHeld(finder: RegExp, text: string): Set<string> | undefined {
  if (!/^[\t\n\r\x20-\x7e]*$/.test(text)) return undefined;
  const held = new Set<string>();
  for (const m of text.toLowerCase().matchAll(finder)) held.add(m[0]);
  return held;
}

/** False only when a text's `wordsHeld` lack the pattern's word. */
const mayHold = (held: Set<string> | undefined, literal: string | undefined) =>
  held === undefined || literal === undefined || held.has(literal);

interface StandingMatcher {
  band: number;
  re: RegExp;
  literal: string | undefined;
}
const standingCache = new WeakMap<CareerModel, { matchers: StandingMatcher[]; finder: RegExp }>();

/**
 * The highest band a role's own summary claims with words of standing.
 * @param model - the career model.
 * @param summary - the role's summary.
 * @returns the band's index and the quoted words, or undefined when the summary has none.
 */
export function standingOf(
  model: CareerModel,
  summary: string,
): { bandIndex: number; quote: Quote } | undefined {
  let cached = standingCache.get(model);
  if (!cached) {
    const matchers = model.standing.flatMap((s) => {
      const band = model.scale.findIndex((b) => b.band === s.band);
      return s.words.map((w) => ({
        band,
        re: new RegExp(`${B0}${phraseSource(w)}${B1}`, caseSensitive(w) ? 'u' : 'iu'),
        literal: literalOf(w),
      }));
    });
    cached = { matchers, finder: literalFinder(matchers.map((m) => m.literal)) };
    standingCache.set(model, cached);
  }
  let best: { bandIndex: number; quote: Quote } | undefined;
  const held = wordsHeld(cached.finder, summary);
  for (const m of cached.matchers) {
    if ((best && m.band <= best.bandIndex) || !mayHold(held, m.literal)) continue;
    const hit = m.re.exec(summary);
    if (hit)
      best = {
        bandIndex: m.band,
        quote: { phrase: hit[0], excerpt: excerptAt(summary, hit.index, hit[0].length) },
      };
  }
  return best;
}

const DETERMINERS =
  /^(?:(?:a|an|the|all|any|each|every|other|its|their|his|her|our|both|several|multiple|new|newly\s+hired|experienced|fellow)\s+)+/i;

/**
 * The roles a clause lists right after (or before) a pattern: "supervises cashiers and sales
 * associates" names both; "reports to the Store Manager and partners with the visual merchandiser"
 * names only the first, since the list ends at an item that does not start with a name.
 */
function listedNames(
  index: NameIndex,
  clause: string,
  before: boolean,
): { role: number; at: number; name: string }[] {
  const found = namesIn(index, clause);
  if (before) return found.slice(-1);
  const out: typeof found = [];
  // "the department heads, including the Front Office Manager and …": the names follow.
  const inc = /\b(?:including|such as|namely)\s+/i.exec(clause);
  const named = inc && found.some((n) => n.at < inc.index);
  const lead0 =
    inc && !named ? inc.index + inc[0].length : /^\s*(?:(?:and|or)\s+)?/.exec(clause)![0].length;
  const items = [
    ...clause
      .slice(lead0)
      .matchAll(/[^,]+?(?=\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+|$)/g),
  ];
  // The names are in text order, as the items are: one pointer walks them for all the items.
  let next = 0;
  for (const item of items) {
    const text = item[0].trim();
    if (!text) continue;
    const start = lead0 + item.index + item[0].indexOf(text);
    const lead = DETERMINERS.exec(text)?.[0].length ?? 0;
    const words = text.slice(lead).split(/\s+/);
    const limit = start + lead + words.slice(0, 3).join(' ').length;
    while (next < found.length && found[next]!.at < start + lead) next++;
    const hit = next < found.length && found[next]!.at <= limit ? found[next] : undefined;
    if (hit) out.push(hit);
    else if (words.length >= 2) break;
  }
  return out;
}

/** A sentence of a role's summary naming another role. */
export interface Mention {
  /** The role whose summary it is. */
  role: number;
  /** The role named. */
  other: number;
  rule: MentionRule;
  quote: Quote;
}

interface MentionMatcher {
  rule: MentionRule;
  re: RegExp;
  literal: string | undefined;
}
const mentionCache = new WeakMap<CareerModel, { matchers: MentionMatcher[]; finder: RegExp }>();

/** What reading the mentions of a catalog's summaries may still spend, shared by its summaries. */
export interface MentionBudget {
  /** Phrases that name roles the catalog's summaries may still read between them. */
  catalogLeft: number;
  /** Set by `mentionsIn` when a budget stopped it: this summary's, or the catalog's. */
  cut?: 'summary' | 'catalog';
  /** Set by `mentionsIn` when a clause it read was cut at {@link MAX_CLAUSE_CHARS}. */
  clauseCut?: boolean;
}

/** The first `MAX_CLAUSE_CHARS` of a text, cut back to a whole word when it is longer. */
function clauseWindow(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_CLAUSE_CHARS) return { text, cut: false };
  const head = text.slice(0, MAX_CLAUSE_CHARS);
  const space = head.search(/\s\S*$/);
  return { text: space > 0 ? head.slice(0, space) : head, cut: true };
}

/**
 * The mentions of other roles in one summary. Each phrase that names roles reads at most
 * {@link MAX_CLAUSE_CHARS} of its clause, and a summary reads at most
 * {@link MAX_MENTION_PHRASES_PER_SUMMARY} phrases, so its cost grows with its length, not with
 * its length squared.
 * @param model - the career model (its mention patterns).
 * @param index - the catalog's name index.
 * @param role - the role's index.
 * @param summary - its summary.
 * @param budget - the phrases the catalog may still read (decreased by the phrases read here);
 *   `cut` says when a budget stopped the reading, `clauseCut` when a clause was cut.
 * @returns one mention per role named in a sentence that a pattern reads.
 */
export function mentionsIn(
  model: CareerModel,
  index: NameIndex,
  role: number,
  summary: string,
  budget: MentionBudget = { catalogLeft: MAX_MENTION_PHRASES_PER_CATALOG },
): Mention[] {
  let cached = mentionCache.get(model);
  if (!cached) {
    const matchers = model.mentions.map((rule) => ({
      rule,
      re: new RegExp(`${B0}${phraseSource(rule.before ?? rule.after!)}${B1}`, 'giu'),
      literal: literalOf(rule.before ?? rule.after!),
    }));
    cached = { matchers, finder: literalFinder(matchers.map((m) => m.literal)) };
    mentionCache.set(model, cached);
  }
  const out: Mention[] = [];
  const seen = new Set<string>();
  const held = wordsHeld(cached.finder, summary);
  let read = 0;
  for (const { rule, re, literal } of cached.matchers) {
    if (!mayHold(held, literal)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(summary); m; m = re.exec(summary)) {
      // "reports to the supervising partner": a pattern word used as an adjective names nothing.
      if (
        rule.before !== undefined &&
        /\b(?:the|a|an|its|their|our)\s+$/i.test(summary.slice(Math.max(0, m.index - 8), m.index))
      )
        continue;
      if (read === MAX_MENTION_PHRASES_PER_SUMMARY || budget.catalogLeft <= 0) {
        budget.cut = read === MAX_MENTION_PHRASES_PER_SUMMARY ? 'summary' : 'catalog';
        return out;
      }
      read++;
      budget.catalogLeft--;
      let clause: string;
      let offset: number;
      if (rule.before !== undefined) {
        offset = m.index + m[0].length;
        const rest = clauseWindow(summary.slice(offset, offset + MAX_CLAUSE_CHARS + 1));
        const end = rest.text.search(CLAUSE_END);
        clause = end < 0 ? rest.text : rest.text.slice(0, end);
        if (end < 0 && rest.cut) budget.clauseCut = true;
      } else {
        const lo = Math.max(0, m.index - MAX_CLAUSE_CHARS);
        const before = summary.slice(lo, m.index);
        const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
        // With no sentence start in reach, the clause starts at the first whole word in it.
        const cut = lo > 0 ? before.search(/\s/) + 1 : 0;
        offset = lo + (start < 0 ? cut : start + 2);
        if (start < 0 && lo > 0) budget.clauseCut = true;
        clause = summary.slice(offset, m.index);
      }
      for (const n of listedNames(index, clause, rule.before === undefined)) {
        if (n.role === role) continue;
        const key = `${n.role}\u0000${rule.other}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const from = Math.min(m.index, offset + n.at);
        const to = Math.max(m.index + m[0].length, offset + n.at + n.name.length);
        out.push({
          role,
          other: n.role,
          rule,
          quote: { phrase: summary.slice(from, to), excerpt: excerptAt(summary, from, to - from) },
        });
      }
    }
  }
  return out;
}
