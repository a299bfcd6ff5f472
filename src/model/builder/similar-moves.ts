/**
 * Building the graph, steps 4 and 7: which families do alike work, and the moves between them.
 */

import { isEntryRank, type CareerModel } from '../career/career-model';

import { excerptAt } from '../career/evidence';

import type { Language } from '../career/language';
import { anyPhrasePattern } from '../career/phrase-patterns';
import {
  countTerms,
  indexTerms,
  sharedTerms,
  similarPairs,
  termsOf,
  tfidf,
  type TermIndex,
} from '../career/similarity';

import { wordsOf } from '../career/title-words';

import type { MoveKind } from '../graph/types';
import { bandLabel, type Draft, type Family } from './drafts';
import type { Moves, Said } from './moves';
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
  /** The catalog's language: its stemmer and stop words. */
  language: Language;
  roleTerms: Map<string, number>[];
  familyTerms: Map<string, number>[];
  idf: Map<string, number>;
  /** For each family, the families whose work is alike, most alike first, with the cosine. */
  related: [number, number][][];
  /**
   * For each family, the nearest families whatever their score: where a role no move reaches
   * or leaves finds its nearest work.
   */
  nearest: [number, number][][];
  /** True for a term few families use: what can show that two roles do alike work. */
  distinctive: (term: string) => boolean;
}

/** A role's texts without the sentences that state a relation ("Reports to …", "Supervises …"). */
function workText(role: Draft['role'], relation: RegExp): string {
  const out: string[] = [];
  for (const text of [role.summary, ...role.skills, ...role.responsibilities])
    for (const sentence of text.match(/[^.;!?]+[.;!?]*/g) ?? []) {
      relation.lastIndex = 0;
      if (!relation.test(sentence)) out.push(sentence);
    }
  return out.join(' ');
}

/**
 * Step 4: which families do alike work: TF-IDF over each family's texts in the catalog's
 * language, leaving out sentences that state a relation (who reports to whom is not what the work
 * is), each family kept to its `maxFamilies` nearest above the model's thresholds.
 */
export function relateFamilies(
  model: CareerModel,
  drafts: Draft[],
  families: Family[],
  language: Language,
): FamilyTexts {
  const relation = anyPhrasePattern(
    model.mentions.map((m) => m.before ?? m.after!),
    'iu',
  );
  // A summary's own title words stay: a role whose text names another role's function
  // ("works alongside teachers") does related work.
  const roleTerms = drafts.map((d) => countTerms(termsOf(workText(d.role, relation), language)));
  const familyTerms = families.map((f) => {
    const sum = new Map<string, number>();
    for (const i of f.members)
      for (const [t, c] of roleTerms[i]!) sum.set(t, (sum.get(t) ?? 0) + c);
    return sum;
  });
  const df = new Map<string, number>();
  for (const terms of familyTerms) for (const t of terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const most = Math.max(2, Math.floor(model.moves.distinctiveShare * families.length));
  const { vectors, idf } = tfidf(familyTerms);
  // The nearest few of each family are all that is read: the related ones are a prefix of them.
  const pairs = similarPairs(
    vectors,
    40,
    undefined,
    Math.max(NEAREST_FAMILIES, model.moves.maxFamilies),
  );
  const related = pairs.map((list) =>
    list
      .filter(
        ([, x]) =>
          x >= model.moves.minSimilarity && x >= (list[0]?.[1] ?? 0) * model.moves.relativeToBest,
      )
      .slice(0, model.moves.maxFamilies),
  );
  const nearest = pairs.map((list) => list.slice(0, NEAREST_FAMILIES));
  return {
    language,
    roleTerms,
    familyTerms,
    idf,
    related,
    nearest,
    distinctive: (t) => (df.get(t) ?? 0) <= most,
  };
}

/** Families searched for the nearest work of a role no move reaches or leaves. */
const NEAREST_FAMILIES = 8;

/** What the reason of a move kept only so that a role is not an island says. */
export const RESCUE = 'the nearest work to a role no other move reaches or leaves';

/** A similar-work move found, before each role keeps its nearest. */
interface Candidate {
  s: number;
  t: number;
  lateral: boolean;
  /** The cosine of the two families' texts. */
  score: number;
  /** Whether the families are among each other's related ones (else only near). */
  related: boolean;
  /**
   * The terms the two roles share, read only when the move is considered (most candidates are
   * not: a role keeps its nearest few), then kept; null when they share none.
   */
  work?: SharedWork | null;
}

/** The terms two roles share. */
interface SharedWork {
  /** The distinctive terms the two roles share, strongest first. */
  found: string[];
  /** All the terms they share, strongest first: the words of a weak move's reason. */
  shared: string[];
}

/**
 * Step 7: moves between families whose texts are alike, in the same band (lateral, both ways)
 * or the next occupied band up (promotion), resting on at least `minTerms` distinctive terms the
 * two roles share; at most one move from a role into each family, and each role keeps its
 * `maxPerRole` nearest.
 */
export function addSimilarMoves(
  moves: Moves,
  model: CareerModel,
  drafts: Draft[],
  families: Family[],
  occupied: Map<number, number>,
  texts: FamilyTexts,
): void {
  const { roleTerms, idf, language, distinctive } = texts;
  const say = summaries(model);
  const termIndexes = new Map<number, TermIndex>();
  const termIndex = (i: number) => {
    let t = termIndexes.get(i);
    if (!t) termIndexes.set(i, (t = indexTerms(drafts[i]!.role.summary, language)));
    return t;
  };
  // Each title's stemmed words, once per role rather than once per move.
  const titleWords = new Map<number, Set<string>>();
  const titleStems = (d: Draft) => {
    let t = titleWords.get(d.index);
    if (!t)
      titleWords.set(
        d.index,
        (t = new Set(wordsOf(d.role.title).map((w) => language.stem(w.toLowerCase())))),
      );
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
  // Each pair of families once, with its score and whether it is among either's related ones.
  const linked = new Map<string, { score: number; related: boolean }>();
  const pair = (f: number, g: number, score: number, related: boolean) => {
    const key = f < g ? `${f},${g}` : `${g},${f}`;
    const had = linked.get(key);
    linked.set(key, {
      score: Math.max(score, had?.score ?? 0),
      related: related || (had?.related ?? false),
    });
  };
  texts.related.forEach((list, f) => {
    for (const [g, score] of list) pair(f, g, score, true);
  });
  texts.nearest.forEach((list, f) => {
    for (const [g, score] of list) pair(f, g, score, false);
  });
  const candidates: Candidate[] = [];
  for (const [key, { score, related }] of linked) {
    const [f, g] = key.split(',').map(Number) as [number, number];
    candidates.push(...link(f, g, score, related), ...link(g, f, score, related));
  }
  // The nearest first; ties by the roles' places in title order, so any order of the file gives
  // the same moves.
  candidates.sort((x, y) => y.score - x.score || x.s - y.s || x.t - y.t);
  const kept = new Map<number, number>();
  const room = (i: number) => (kept.get(i) ?? 0) < model.moves.maxPerRole;
  for (const c of candidates) {
    if (!c.related || !room(c.s) || !room(c.t)) continue;
    const w = workOf(c);
    if (!w || w.found.length < model.moves.minTerms) continue;
    if (emit(c, w, false)) {
      kept.set(c.s, (kept.get(c.s) ?? 0) + 1);
      kept.set(c.t, (kept.get(c.t) ?? 0) + 1);
    }
  }
  // A role no entry-level role (`isEntryRank`, as `checkGraph` counts them) can reach, or that no
  // move leaves below the highest band, keeps its nearest work as a weak move, so that no role is
  // an island; its reason says so.
  const index = new Map(drafts.map((d) => [d.id, d.index]));
  const minRank = Math.min(...drafts.map((d) => d.rank));
  const reached = new Set<number>();
  // Candidates by their source role, in the order of `candidates`.
  const bySource = new Map<number, number[]>();
  candidates.forEach((c, k) => {
    const list = bySource.get(c.s);
    if (list) list.push(k);
    else bySource.set(c.s, [k]);
  });
  // The candidates a newly reached role makes eligible: those further down the list join this
  // pass over it, the others the next pass (what passes over the whole list did, without them).
  let at = -1;
  const thisPass = new MinHeap();
  const nextPass = new MinHeap();
  const reach = (start: number) => {
    if (reached.has(start)) return;
    const queue = [start];
    reached.add(start);
    while (queue.length) {
      const i = queue.pop()!;
      for (const k of bySource.get(i) ?? []) (k > at ? thisPass : nextPass).push(k);
      for (const id of moves.successors(i)) {
        const j = index.get(id)!;
        if (!reached.has(j)) {
          reached.add(j);
          queue.push(j);
        }
      }
    }
  };
  for (const d of drafts) if (isEntryRank(model, d.rank, minRank)) reach(d.index);
  // Passes over the eligible candidates in list order until none rescues a role.
  for (;;) {
    let grew = false;
    while (thisPass.size) {
      at = thisPass.pop();
      const c = candidates[at]!;
      if (reached.has(c.t)) continue;
      // A candidate that fails once fails for good: moves are only ever added.
      if (rescue(c)) {
        reach(c.t);
        grew = true;
      }
    }
    if (!grew) break;
    at = -1;
    thisPass.take(nextPass);
  }
  const highest = Math.max(...occupied.values());
  for (const c of candidates)
    if (occupied.get(drafts[c.s]!.band)! < highest && !moves.hasWayOut(c.s)) rescue(c);

  /** The terms a candidate's two roles share, read once. */
  function workOf(c: Candidate): SharedWork | null {
    if (c.work === undefined) {
      const shared = sharedWork(c.s, c.t);
      c.work = shared.length
        ? { found: shared.filter(distinctive).slice(0, 12), shared: shared.slice(0, 12) }
        : null;
    }
    return c.work;
  }

  /** A candidate kept as a weak move so that a role is not an island, when they share terms. */
  function rescue(c: Candidate): boolean {
    const w = workOf(c);
    return !!w && emit(c, w, true);
  }

  /** The terms two roles share, strongest first. */
  function sharedWork(s: number, t: number): string[] {
    return sharedTerms(roleTerms[s]!, roleTerms[t]!, idf, 40);
  }

  function link(f: number, g: number, score: number, related: boolean): Candidate[] {
    const out: Candidate[] = [];
    // The highest rank of each band in the role's own family.
    const topOfBand = new Map<number, number>();
    for (const m of families[f]!.members) {
      const d = drafts[m]!;
      topOfBand.set(d.band, Math.max(d.rank, topOfBand.get(d.band) ?? -Infinity));
    }
    for (const s of families[f]!.members) {
      const a = drafts[s]!;
      let lateral: Draft | undefined;
      let up: Draft | undefined;
      for (const t of families[g]!.members) {
        const b = drafts[t]!;
        const gap = occupied.get(b.band)! - occupied.get(a.band)!;
        if (gap === 0) {
          if (!lateral || Math.abs(b.rank - a.rank) < Math.abs(lateral.rank - a.rank)) lateral = b;
        } else if (gap > 0 && (!up || b.rank < up.rank)) up = b;
      }
      // Further than `maxBandGap` up is no move, not even to keep a role from being an island:
      // a legal secretary is not promoted to partner on a few shared words.
      const far = !!up && occupied.get(up.band)! - occupied.get(a.band)! > model.moves.maxBandGap;
      // A promotion into another family leaves from the top of the role's band in its own
      // family (a Junior, not the Associate below it).
      if (!lateral && up && topOfBand.get(a.band)! > a.rank) up = undefined;
      const b = lateral ?? up;
      if (!b || (b === up && far)) continue;
      out.push({
        s,
        t: b.index,
        lateral: b === lateral,
        score,
        related,
      });
    }
    return out;
  }

  function emit(
    { s, t, lateral }: Candidate,
    { found: distinct, shared }: SharedWork,
    weak: boolean,
  ): boolean {
    const thin = weak && distinct.length < model.moves.minTerms;
    const evidence = { rule: 'similar', terms: distinct.length, rescue: weak } as const;
    const found = thin ? shared : distinct;
    const what = thin
      ? `similar work, weak (${RESCUE}, on terms many roles of this catalog share)`
      : weak
        ? `similar work (${RESCUE})`
        : 'similar work';
    const a = drafts[s]!;
    const b = drafts[t]!;
    // The evidence shown is what the two roles do alike: words of their titles ("analyst")
    // say only what they are called, so they come last.
    const ta = titleStems(a);
    const tb = titleStems(b);
    const titled = (x: string) => ta.has(x) || tb.has(x);
    const candidates = [...found.filter((x) => !titled(x)), ...found.filter(titled)];
    const terms = candidates.slice(0, 4);
    const wordsOf = (x: Draft, y: Draft) =>
      terms.map(
        (t) => (termIndex(x.index).get(t) ?? termIndex(y.index).get(t))?.word.toLowerCase() ?? t,
      );
    /** The evidence of a move from x to y: its shared terms, then what each summary says. */
    const reason = (
      x: Draft,
      y: Draft,
      qx: string | undefined,
      qy: string | undefined,
      shared: readonly string[],
    ) => {
      const ofX = qx && `The ${x.role.title} blueprint says “${qx}”`;
      const ofY = qy && `${qx ? 'the' : 'The'} ${y.role.title} blueprint says “${qy}”`;
      const said =
        ofX && ofY
          ? `${ofX}; ${ofY}.`
          : ofX || ofY
            ? `${ofX || ofY}.`
            : 'No phrase of either summary shows it.';
      return `${what} — shared terms: ${shared.join(', ')}. ${said}`;
    };
    const summaryWordsOf = (x: Draft, y: Draft) => {
      const seen = candidates.flatMap((t) => {
        for (const d of [x, y]) {
          const hit = termIndex(d.index).get(t);
          if (hit)
            return [{ word: hit.word, text: d.role.summary, at: hit.at, titleWords: lower(d) }];
        }
        return [];
      });
      return summaryWords(seen, [x.role.summary, y.role.summary]);
    };
    const fit: 'close' | 'rescue' | 'thin' = thin ? 'thin' : weak ? 'rescue' : 'close';
    const said = (x: Draft, y: Draft, kind: MoveKind, why: string): Said => {
      const words = summaryWordsOf(x, y);
      // Each summary's words that show the shared terms, quoted once for the text and the data.
      const qx = quoteTerm(x.role.summary, termIndex(x.index), terms);
      const qy = quoteTerm(y.role.summary, termIndex(y.index), terms);
      const shared = wordsOf(x, y);
      const quotes = [
        ...(qx ? [{ role: x.id, text: qx }] : []),
        ...(qy ? [{ role: y.id, text: qy }] : []),
      ];
      return {
        reason: why + reason(x, y, qx, qy, shared),
        summary: say.similar({ from: x.rank, to: y.rank }, kind, words),
        why: {
          rule: 'similar' as const,
          from: x.rank,
          to: y.rank,
          fit,
          words: [...words],
          shared,
          terms: distinct.length,
          quotes,
        },
        terms,
      };
    };
    if (lateral) {
      // Each way names the level of the role it leads from (two steps of one band differ).
      const why = (x: Draft) =>
        `Lateral move between families at the same level (${bandLabel(model, x.rank)}): `;
      return moves.lateral(
        s,
        t,
        evidence,
        said(a, b, 'lateral', why(a)),
        said(b, a, 'lateral', why(b)),
      );
    }
    const why = `Promotion to the next level up (${bandLabel(model, a.rank)} → ${bandLabel(model, b.rank)}) in a related family: `;
    return moves.add(s, t, 'promotion', evidence, said(a, b, 'promotion', why));
  }
}

/** A min-heap of numbers (candidates' places in the sorted list). */
class MinHeap {
  private a: number[] = [];
  get size(): number {
    return this.a.length;
  }
  push(x: number): void {
    const a = this.a;
    let i = a.push(x) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= x) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = x;
  }
  pop(): number {
    const a = this.a;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const r = l + 1;
        const m = r < a.length && a[r]! < a[l]! ? r : l;
        if (a[m]! >= last) break;
        a[i] = a[m]!;
        i = m;
      }
      a[i] = last;
    }
    return top;
  }
  /** Moves every number of `other` into this heap. */
  take(other: MinHeap): void {
    while (other.size) this.push(other.pop());
  }
}
