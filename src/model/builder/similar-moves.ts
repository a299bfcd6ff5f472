/**
 * Building the graph, steps 4 and 7: which families do alike work, and the moves between them.
 */

import { type CareerModel } from '../career/career-model';

import { excerptAt } from '../career/evidence';

import {
  countTerms,
  indexTerms,
  sharedTerms,
  similarPairs,
  termsOf,
  tfidf,
  type TermIndex,
} from '../career/similarity';

import { stem, wordsOf } from '../career/title-words';

import type { MoveKind } from '../graph/types';
import { bandLabel, type Draft, type Family } from './drafts';
import type { Moves } from './moves';
import { summaries } from './summaries';

/** Endings of words that name work done: troubleshooting, escalation, management, analysis. */
const ACTIVITY = /(?:ing|tions?|sions?|ments?|ances?|ences?|ity|ities|sis|ships?|ures?|ery)$/;
/** Endings of words that describe rather than name: adverbs, participles, adjectives. */
const DESCRIBING = /(?:ly|[^e]ed|able|ible|ive|ous|ful|less|ic|al)$/;

/** Words after which a word in -s is a verb ("the role blends", "who oversees"). */
const SUBJECT = new Set(['role', 'it', 'who', 'that', 'which', 'also', 'often', 'usually']);
/** Words that may follow a plural noun ("patients and", "issues with"), not a verb's object. */
const AFTER_NOUN = new Set(
  'and or in on at to for with of from across by during into within as who that which'.split(' '),
);

/**
 * True when a word in -s reads as a verb where the text has it: after its subject ("the role
 * blends", "the director sets"), or after "and" or a comma with its object straight after ("and
 * keeps accurate records", "the team, sets sales goals"), where a plural noun would end its
 * phrase ("patients and families", "issues, incidents and requests").
 */
function verbHere(text: string, at: number, word: string, titleWords: Set<string>): boolean {
  if (!/[^su]s$/i.test(word)) return false;
  const before = /([\p{L}\p{N}]+)([^\p{L}\p{N}]*)$/u.exec(text.slice(Math.max(0, at - 40), at));
  const after = /^(\s+)([\p{L}\p{N}]+)/u.exec(text.slice(at + word.length, at + word.length + 40));
  const prev = before?.[1]!.toLowerCase();
  if (!prev) return false;
  const gap = before![2]!.trim();
  const objectNext = !!after && !AFTER_NOUN.has(after[2]!.toLowerCase());
  if (gap === ',') return objectNext;
  if (gap) return false;
  if (SUBJECT.has(prev) || titleWords.has(prev)) return true;
  return prev === 'and' && objectNext;
}

/**
 * The words a move's summary says both roles involve: of the terms they share (strongest
 * first), those that name work, then other nouns as far as their endings tell; words that
 * describe, and parts of hyphenated words ("cross" of "cross-functional"), are left out. Two at
 * most, so the sentence stays a couple of lines in a narrow column.
 */
function summaryWords(
  found: { word: string; text: string; at: number; titleWords: Set<string> }[],
  texts: string[],
): string[] {
  const whole = found.filter(
    ({ word, text, at, titleWords }) =>
      !verbHere(text, at, word, titleWords) &&
      !/[-\u2010\u2011]$/.test(text.slice(Math.max(0, at - 1), at)) &&
      !/^[-\u2010\u2011]/.test(text.slice(at + word.length)),
  );
  const work = whole.filter((f) => ACTIVITY.test(f.word));
  const other = whole.filter(
    (f) => !ACTIVITY.test(f.word) && !DESCRIBING.test(f.word) && endsPhrase(f.word, texts),
  );
  const words = [...work, ...other].map((f) => f.word.toLowerCase());
  return [...new Set(words)].slice(0, 2);
}

/**
 * True when a word ends a phrase somewhere in the texts (before a comma, "and", "of"…), where a
 * noun stands: "deep" always comes before the word it describes ("deep troubleshooting").
 */
function endsPhrase(word: string, texts: string[]): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${escaped}(?:\\s*(?:[,.;:!?)]|$)|\\s+(?:${[...AFTER_NOUN].join('|')})(?![\\p{L}\\p{N}]))`,
    'iu',
  );
  return texts.some((t) => re.test(t));
}

/** A quotation of the first of `terms` that a summary has, or undefined when it has none. */
function quoteTerm(summary: string, index: TermIndex, terms: string[]): string | undefined {
  for (const term of terms) {
    const hit = index.get(term);
    if (hit) return excerptAt(summary, hit.at, hit.word.length);
  }
  return undefined;
}

/** What the families' texts share. */
export interface FamilyTexts {
  roleTerms: Map<string, number>[];
  familyTerms: Map<string, number>[];
  idf: Map<string, number>;
  /** For each family, the families whose work is alike, most alike first. */
  related: number[][];
}

/**
 * Step 4: which families do alike work: TF-IDF over each family's texts (its titles' own words
 * left out), each family kept to its `maxFamilies` nearest above the model's thresholds.
 */
export function relateFamilies(
  model: CareerModel,
  drafts: Draft[],
  families: Family[],
): FamilyTexts {
  // A summary's own title words stay: a role whose text names another role's function
  // ("works alongside teachers") does related work.
  const roleTerms = drafts.map((d) =>
    countTerms(termsOf([d.role.summary, ...d.role.skills, ...d.role.responsibilities].join('. '))),
  );
  const familyTerms = families.map((f) => {
    const sum = new Map<string, number>();
    for (const i of f.members)
      for (const [t, c] of roleTerms[i]!) sum.set(t, (sum.get(t) ?? 0) + c);
    return sum;
  });
  const { vectors, idf } = tfidf(familyTerms);
  const related = similarPairs(vectors, 40, {
    score: model.moves.minSimilarity,
    ofBest: model.moves.relativeToBest,
  }).map((list) => list.slice(0, model.moves.maxFamilies).map(([g]) => g));
  return { roleTerms, familyTerms, idf, related };
}

/**
 * Step 7: moves between families whose texts are alike, in the same band (lateral, both ways)
 * or the next occupied band up (promotion); at most one move from a role into each family.
 */
export function addSimilarMoves(
  moves: Moves,
  model: CareerModel,
  drafts: Draft[],
  families: Family[],
  occupied: Map<number, number>,
  texts: FamilyTexts,
): void {
  const { roleTerms, familyTerms, idf } = texts;
  const say = summaries(model);
  const termIndexes = new Map<number, TermIndex>();
  const termIndex = (i: number) => {
    let t = termIndexes.get(i);
    if (!t) termIndexes.set(i, (t = indexTerms(drafts[i]!.role.summary)));
    return t;
  };
  // Each title's stemmed words, once per role rather than once per move.
  const titleWords = new Map<number, Set<string>>();
  const titleStems = (d: Draft) => {
    let t = titleWords.get(d.index);
    if (!t) titleWords.set(d.index, (t = new Set(wordsOf(d.role.title).map(stem))));
    return t;
  };
  // Each title's words, lower-case, and its abbreviation ("tam"): a verb's subject.
  const lowerWords = new Map<number, Set<string>>();
  const lower = (d: Draft) => {
    let t = lowerWords.get(d.index);
    if (!t) {
      const words = wordsOf(d.role.title).map((w) => w.toLowerCase());
      const initials = words.map((w) => w[0]).join('');
      lowerWords.set(d.index, (t = new Set([...words, initials])));
    }
    return t;
  };
  const linked = new Set<string>();
  texts.related.forEach((list, f) => {
    for (const g of list) linked.add(f < g ? `${f},${g}` : `${g},${f}`);
  });
  for (const key of linked) {
    const [f, g] = key.split(',').map(Number) as [number, number];
    link(f, g);
    link(g, f);
  }

  function link(f: number, g: number) {
    for (const s of families[f]!.members) {
      const a = drafts[s]!;
      let lateral: Draft | undefined;
      let up: Draft | undefined;
      for (const t of families[g]!.members) {
        const b = drafts[t]!;
        const gap = occupied.get(b.band)! - occupied.get(a.band)!;
        if (gap === 0) {
          if (!lateral || Math.abs(b.rank - a.rank) < Math.abs(lateral.rank - a.rank)) lateral = b;
        } else if (gap > 0 && gap <= model.moves.maxBandGap && (!up || b.rank < up.rank)) up = b;
      }
      // A promotion into another family leaves from the top of the role's band in its own
      // family (a Junior, not the Associate below it), and climbs two bands only when its own
      // family has no level in between (a Junior analyst becomes an analyst first).
      if (!lateral && up) {
        const own = families[f]!.members.map((m) => drafts[m]!);
        const gap = occupied.get(up.band)! - occupied.get(a.band)!;
        if (
          own.some((m) => m.band === a.band && m.rank > a.rank) ||
          (gap > 1 && own.some((m) => m.band > a.band && m.band < up!.band))
        )
          up = undefined;
      }
      const b = lateral ?? up;
      if (!b) continue;
      // The evidence shown is what the two roles do alike: words of their titles ("analyst")
      // say only what they are called, so they come last.
      const ta = titleStems(a);
      const tb = titleStems(b);
      const titled = (t: string) => ta.has(t) || tb.has(t);
      const pick = (found: string[]) =>
        [...found.filter((t) => !titled(t)), ...found.filter(titled)].slice(0, 4);
      // Twelve shared terms for the summary's choice; the reason's evidence is from the first 8.
      const byRole = sharedTerms(roleTerms[s]!, roleTerms[b.index]!, idf, 12);
      const found = byRole.length ? byRole : sharedTerms(familyTerms[f]!, familyTerms[g]!, idf, 12);
      const terms = pick(found.slice(0, 8));
      const candidates = [...found.filter((t) => !titled(t)), ...found.filter(titled)];
      const wordsOf = (x: Draft, y: Draft) =>
        terms.map(
          (t) => (termIndex(x.index).get(t) ?? termIndex(y.index).get(t))?.word.toLowerCase() ?? t,
        );
      const reason = (x: Draft, y: Draft) => {
        const qx = quoteTerm(x.role.summary, termIndex(x.index), terms);
        const qy = quoteTerm(y.role.summary, termIndex(y.index), terms);
        const ofX = qx && `The ${x.role.title} blueprint says “${qx}”`;
        const ofY = qy && `${qx ? 'the' : 'The'} ${y.role.title} blueprint says “${qy}”`;
        const said =
          ofX && ofY
            ? `${ofX}; ${ofY}.`
            : ofX || ofY
              ? `${ofX || ofY}.`
              : 'No phrase of either summary shows it.';
        return `similar work — shared terms: ${wordsOf(x, y).join(', ')}. ${said}`;
      };
      const short = (x: Draft, y: Draft, kind: MoveKind) => {
        const seen = candidates.flatMap((t) => {
          for (const d of [x, y]) {
            const hit = termIndex(d.index).get(t);
            if (hit)
              return [{ word: hit.word, text: d.role.summary, at: hit.at, titleWords: lower(d) }];
          }
          return [];
        });
        const texts = [x.role.summary, y.role.summary];
        return say.similar({ from: x.rank, to: y.rank }, kind, summaryWords(seen, texts));
      };
      if (b === lateral) {
        const level = bandLabel(model, a.rank);
        const why = `Lateral move between families at the same level (${level}): `;
        moves.lateral(
          s,
          b.index,
          why + reason(a, b),
          why + reason(b, a),
          'similar',
          short(a, b, 'lateral'),
          short(b, a, 'lateral'),
          terms,
        );
      } else {
        moves.add(
          s,
          b.index,
          'promotion',
          `Promotion to the next level up (${bandLabel(model, a.rank)} → ${bandLabel(model, b.rank)}) in a related family: ${reason(a, b)}`,
          'similar',
          short(a, b, 'promotion'),
          terms,
        );
      }
    }
  }
}
