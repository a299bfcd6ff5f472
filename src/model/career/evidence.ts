import type { CareerModel, MentionRule } from './career-model';
import {
  MAX_CLAUSE_CHARS,
  MAX_MENTION_PHRASES_PER_CATALOG,
  MAX_MENTION_PHRASES_PER_SUMMARY,
} from '../catalog/limits';
import { type NameIndex } from './names';
import { CLAUSE_END, clauseWindow, listedNames } from './clause-names';
import {
  caseSensitive,
  literalFinder,
  literalOf,
  mayHold,
  phrasePattern,
  wordsHeld,
} from './phrase-patterns';

/**
 * Evidence in a catalog's own text: words of standing in a role's summary, and sentences that
 * name another role ("works under the supervision of a registered nurse", "supervises cashiers",
 * "Registered nurses often move into this role"). Names are resolved by title, plural, family
 * name or abbreviation (`RN`, `LPNs`, `TAM`). How a rule's phrase is matched is
 * `phrase-patterns.ts`; which roles a clause names, `clause-names.ts`.
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
        re: phrasePattern(w, caseSensitive(w) ? 'u' : 'iu'),
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
      re: phrasePattern(rule.before ?? rule.after!, 'giu'),
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
