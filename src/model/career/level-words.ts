/**
 * The level words of the scale, compiled for reading titles: each step's words on each ladder
 * (longest first), the grammar's word lists as sets, and the numbers a title may carry (`II`,
 * `3`, `L3`, `Level 2`) turned into ranks. Apart from the title grammar (`title-grammar.ts`),
 * which decides where in a title these words are and what is left as the family.
 */
import { baseRank, bandRanks, type CareerModel } from './career-model';
import { wordsOf } from './title-words';

/** The scale's two ladders: individual contributors and management. */
export type Ladder = 'ic' | 'management';

/** A level phrase of the scale: its words, the rank they give and on which ladder. */
export interface LevelWord {
  words: string[];
  rank: number;
  ladder: Ladder;
  soft: boolean;
}

/** A model's title grammar, compiled for reading titles. */
export interface CompiledGrammar {
  /** Level phrases, longest first. */
  phrases: LevelWord[];
  /** The phrases by their first word, and by their last, each list in the order of `phrases`. */
  byFirst: Map<string, LevelWord[]>;
  byLast: Map<string, LevelWord[]>;
  byPhrase: Map<string, LevelWord>;
  occupations: string[][];
  scopes: Set<string>;
  deputies: Set<string>;
  numberWords: Set<string>;
  chiefs: Map<string, string>;
  /** What C-level titles stand for, lower-case (`executive`, `nursing`): `Chief <area>` is C-level. */
  chiefAreas: Set<string>;
  /** Deputy words after a management word in front (`adjoint` of `Directeur adjoint`). */
  afterDeputies: Set<string>;
  /** Titles that are only a level (`partner`, lower-case words) → the rank of their band. */
  wholeTitles: Map<string, number>;
  /** Level words that may end a compound (`leiter`), lower-case, longest first. */
  compoundLevels: string[];
  /** Endings after which a compound's linking `s` comes off, lower-case. */
  compoundLinks: string[];
  /** Connectors after a level word in front (`de`, `d'`), as words, longest first. */
  connectors: string[][];
  /** The elided connector at the start of the family's first word (`d'` of `d'agence`), if any. */
  elided: RegExp | undefined;
  numbered: number[];
  base: number;
  suffixes: LevelWord[];
}

const cache = new WeakMap<CareerModel, CompiledGrammar>();

/**
 * The model's title grammar, compiled once per model.
 * @param model - the career model (its scale and grammar).
 * @returns the compiled grammar.
 */
export function compileGrammar(model: CareerModel): CompiledGrammar {
  let c = cache.get(model);
  if (c) return c;
  const phrases: LevelWord[] = [];
  const soft = new Set(model.grammar.soft.map((w) => w.toLowerCase()));
  const softM = new Set(model.grammar.softManagement.map((w) => w.toLowerCase()));
  let rank = 0;
  for (const band of model.scale)
    for (const step of band.steps) {
      for (const w of step.ic)
        if (w)
          phrases.push({ words: wordsOf(w), rank, ladder: 'ic', soft: soft.has(w.toLowerCase()) });
      for (const w of step.management)
        phrases.push({
          words: wordsOf(w),
          rank,
          ladder: 'management',
          soft: softM.has(w.toLowerCase()),
        });
      rank++;
    }
  // Longest first; where one word is on both ladders (`Lead`), the IC reading first: a leading
  // `Lead` is a level of the family (`Lead Analyst`), a trailing one a team lead (`Warehouse Lead`).
  phrases.sort(
    (a, b) =>
      b.words.length - a.words.length || Number(a.ladder !== 'ic') - Number(b.ladder !== 'ic'),
  );
  /** The first rank of a band, by its id. */
  const bandStart = (id: string) =>
    bandRanks(
      model,
      model.scale.findIndex((b) => b.band === id),
    )[0]!;
  const numbered = model.grammar.numbered.map(bandStart);
  const index = (at: (p: LevelWord) => string) => {
    const m = new Map<string, LevelWord[]>();
    for (const p of phrases) {
      const list = m.get(at(p));
      if (list) list.push(p);
      else m.set(at(p), [p]);
    }
    return m;
  };
  c = {
    phrases,
    byFirst: index((p) => p.words[0]!),
    byLast: index((p) => p.words[p.words.length - 1]!),
    byPhrase: new Map(phrases.map((p) => [p.words.join(' '), p])),
    occupations: model.grammar.occupations.map(wordsOf),
    scopes: new Set(model.grammar.scopes.map((w) => w.toLowerCase())),
    deputies: new Set(model.grammar.deputies.map((w) => w.toLowerCase())),
    numberWords: new Set(model.grammar.numberWords.map((w) => w.toLowerCase())),
    chiefs: new Map(Object.entries(model.grammar.chiefs).map(([k, v]) => [k.toUpperCase(), v])),
    chiefAreas: new Set(Object.values(model.grammar.chiefs).map((v) => v.toLowerCase())),
    connectors: model.grammar.connectors.map(wordsOf).sort((a, b) => b.length - a.length),
    elided: elisionOf(model.grammar.connectors),
    afterDeputies: new Set(model.grammar.afterDeputies.map((w) => w.toLowerCase())),
    compoundLevels: model.grammar.compoundLevels
      .map((w) => w.toLowerCase())
      .sort((a, b) => b.length - a.length),
    compoundLinks: model.grammar.compoundLinks.map((w) => w.toLowerCase()),
    wholeTitles: new Map(
      Object.entries(model.grammar.wholeTitles).map(([t, id]) => [
        wordsOf(t).join(' '),
        bandStart(id),
      ]),
    ),
    numbered,
    base: baseRank(model),
    suffixes: model.grammar.suffixes.flatMap((w) => {
      const p = phrases.find(
        (x) => x.ladder === 'ic' && x.words.join(' ') === wordsOf(w).join(' '),
      );
      return p ? [p] : [];
    }),
  };
  cache.set(model, c);
  return c;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };

/** The number a level token stands for: `II`, `3`, `L3` (with `allowL`), else undefined. */
export function numberOf(token: string, allowL: boolean): number | undefined {
  const t = token.toLowerCase();
  if (ROMAN[t] !== undefined) return ROMAN[t];
  if (/^[1-9]$/.test(t)) return Number(t);
  if (allowL && /^l[1-9]$/.test(t)) return Number(t.slice(1));
  return undefined;
}

/** The level phrase that is exactly these words, if any. */
export function phraseRank(c: CompiledGrammar, words: string[]): LevelWord | undefined {
  return words.length ? c.byPhrase.get(words.join(' ')) : undefined;
}

/** The number a level phrase stands for: `II`, `3`, `L3`, `Level 2`, `Tier 2`; else undefined. */
export function levelNumber(c: CompiledGrammar, s: string): number | undefined {
  const w = s.trim().split(/\s+/);
  if (w.length === 1) return numberOf(w[0]!, true);
  if (w.length === 2 && c.numberWords.has(w[0]!.toLowerCase())) return numberOf(w[1]!, false);
  return undefined;
}

/** A numbered level standing alone (`II`, `Level 2`) as a level phrase of the IC ladder. */
export function numberedPhrase(c: CompiledGrammar, s: string): LevelWord | undefined {
  const n = levelNumber(c, s);
  if (n === undefined) return undefined;
  return {
    words: [],
    rank: c.numbered[Math.min(n, c.numbered.length) - 1] ?? c.base,
    ladder: 'ic',
    soft: false,
  };
}

/** A pattern for the connectors that end in an apostrophe (`d'`), either apostrophe, before a letter. */
function elisionOf(connectors: readonly string[]): RegExp | undefined {
  const heads = connectors
    .filter((w) => /^\p{L}+['’]$/u.test(w))
    .map((w) => w.slice(0, -1).toLowerCase());
  return heads.length ? new RegExp(`^(?:${heads.join('|')})['’](?=\\p{L})`, 'iu') : undefined;
}
