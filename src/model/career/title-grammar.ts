import { baseRank, bandRanks, type CareerModel } from './career-model';

/**
 * The title grammar: reads a role's level and family from its title, the way a job architect
 * would. Level words come off the title in prefix (`Senior Support Analyst`), suffix (`Engineer
 * II`, `Support Engineer (L3)`, `Engineering Manager`), "X of Y" (`Director of Nursing`), comma
 * (`Senior Manager, Support Operations`) and C-level (`Chief Nursing Officer`, `CTO`) forms; what
 * remains is the family. The words themselves are data (`data/career-model.json`).
 */

export type Ladder = 'ic' | 'management';

/** What a title says about a role's level and family. */
export interface TitleReading {
  /** The family: the title without its level words (`Support Analyst`, `Nursing`). */
  family: string;
  /** Family identity: its words lower-cased and stemmed (`Nursing` and `Nurse` share it). */
  familyKey: string;
  /** The level words as the title has them (`Senior`, `Director of`, `II`, `(L3)`), '' for none. */
  level: string;
  /** Rank on the scale the level words give, or null when the title has none. */
  rank: number | null;
  ladder: Ladder;
  /**
   * True when the title's level is certain. A soft word (`Staff`) or a manager of a place rather
   * than a function (`Store Manager`) gives a starting rank that evidence in the catalog may move.
   */
  firm: boolean;
  /** True for a manager of a place (`Store Manager`, `Head of Department`): no function in the title. */
  place: boolean;
  /** Abbreviations the title gives in parentheses (`Technical Account Manager (TAM)` → `TAM`). */
  aliases: string[];
}

interface LevelWord {
  words: string[];
  rank: number;
  ladder: Ladder;
  soft: boolean;
}

interface Compiled {
  /** Level phrases, longest first. */
  phrases: LevelWord[];
  byPhrase: Map<string, LevelWord>;
  occupations: string[][];
  scopes: Set<string>;
  deputies: Set<string>;
  numberWords: Set<string>;
  chiefs: Map<string, string>;
  numbered: number[];
  base: number;
  suffixes: LevelWord[];
}

const cache = new WeakMap<CareerModel, Compiled>();

/** Splits a phrase into lower-case words; `Head of` is two words, `Sr.` one. */
export function wordsOf(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
}

function compile(model: CareerModel): Compiled {
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
  const numbered = model.grammar.numbered.map((id) => {
    const i = model.scale.findIndex((b) => b.band === id);
    return bandRanks(model, i)[0];
  });
  c = {
    phrases,
    byPhrase: new Map(phrases.map((p) => [p.words.join(' '), p])),
    occupations: model.grammar.occupations.map(wordsOf),
    scopes: new Set(model.grammar.scopes.map((w) => w.toLowerCase())),
    deputies: new Set(model.grammar.deputies.map((w) => w.toLowerCase())),
    numberWords: new Set(model.grammar.numberWords.map((w) => w.toLowerCase())),
    chiefs: new Map(Object.entries(model.grammar.chiefs).map(([k, v]) => [k.toUpperCase(), v])),
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
function numberOf(token: string, allowL: boolean): number | undefined {
  const t = token.toLowerCase();
  if (ROMAN[t] !== undefined) return ROMAN[t];
  if (/^[1-9]$/.test(t)) return Number(t);
  if (allowL && /^l[1-9]$/.test(t)) return Number(t.slice(1));
  return undefined;
}

const startsWith = (tokens: string[], words: string[], at = 0) =>
  words.length > 0 &&
  at + words.length <= tokens.length &&
  words.every((w, i) => tokens[at + i] === w);
const endsWith = (tokens: string[], words: string[]) =>
  startsWith(tokens, words, tokens.length - words.length);

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

/**
 * Reads a title.
 * @param model - the career model (its scale and grammar).
 * @param title - the role's title as the catalog writes it.
 * @returns the level, rank and family the title states.
 */
export function readTitle(model: CareerModel, title: string): TitleReading {
  const c = compile(model);
  const aliases: string[] = [];
  let numbered: number | undefined;
  let levelNote = '';
  // Parentheses: a level (`(L3)`, `(Level 2)`) or an abbreviation (`(TAM)`); both come off.
  let t = title.replace(/\(([^()]*)\)/g, (_m: string, inner: string) => {
    const n = levelNumber(c, inner);
    if (n !== undefined) {
      numbered = n;
      levelNote = `(${inner.trim()})`;
    } else if (/^[A-Z][A-Za-z&]{1,7}$/.test(inner.trim()) && /[A-Z].*[A-Z]/.test(inner))
      aliases.push(inner.trim());
    // Other parentheses are part of the name.
    else return _m;
    return ' ';
  });
  t = t.replace(/\s+/g, ' ').trim();
  const reading = (
    family: string,
    level: string,
    rank: number | null,
    ladder: Ladder,
    firm = true,
    place = false,
  ): TitleReading => {
    const fam = family.replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '') || title.trim();
    // A management family (`Engineering` of `Engineering Manager`) is not the IC family of the
    // same words (`Principal Engineer`).
    const key = (ladder === 'management' ? 'm:' : '') + familyKeyOf(fam);
    return { family: fam, familyKey: key, level, rank, ladder, firm, place, aliases };
  };
  const fromNumber = (n: number) => c.numbered[Math.min(n, c.numbered.length) - 1] ?? c.base;

  // C-level: `Chief Nursing Officer`, `CTO`.
  const chief = /^chief\s+(.+?)\s+officer$/i.exec(t);
  const chiefRank = c.byPhrase.get('chief');
  if (chief && chiefRank) return reading(chief[1]!, 'Chief', chiefRank.rank, 'management');
  if (chiefRank && /^C[A-Z]{1,3}O$/.test(t))
    return reading(c.chiefs.get(t) ?? t, t, chiefRank.rank, 'management');

  // `X of Y` and `X, Y` where X is all level words.
  const levelPhrase = (s: string) => phraseRank(c, wordsOf(s));
  const of = /^(.+?)\s+of\s+(.+)$/i.exec(t);
  if (of) {
    const lv = levelPhrase(`${of[1]} of`) ?? levelPhrase(of[1]!);
    // `Head of Department`: a place, not a function; the whole title is the family.
    const place = wordsOf(of[2]!).every((w) => c.scopes.has(w));
    if (lv && place) return reading(t, `${of[1]} of`, lv.rank, lv.ladder, false, true);
    if (lv) return reading(of[2]!, `${of[1]} of`, lv.rank, lv.ladder, !lv.soft);
  }
  const comma = t.indexOf(',');
  if (comma > 0) {
    const head = t.slice(0, comma).trim();
    const tail = t.slice(comma + 1).trim();
    const lh = levelPhrase(head);
    if (lh) return reading(tail, head, lh.rank, lh.ladder, !lh.soft);
    const lt = levelPhrase(tail) ?? numberedPhrase(c, tail);
    if (lt) return readingOf(head, tail, lt);
  }
  return readingOf(
    t,
    levelNote,
    numbered === undefined ? undefined : { rank: fromNumber(numbered), ladder: 'ic', soft: false },
  );

  function readingOf(
    text: string,
    extraLevel: string,
    given: Pick<LevelWord, 'rank' | 'ladder' | 'soft'> | undefined,
  ): TitleReading {
    const original = text.split(' ');
    let tokens = wordsOf(text);
    let lo = 0;
    let hi = tokens.length;
    const taken: string[] = [];
    let level = given;
    // A management word at the end, unless it ends a profession's name (`Account Manager`).
    const occupation = c.occupations.some((o) => endsWith(tokens, o));
    let mgmt: LevelWord | undefined;
    if (!occupation && !level) {
      for (const p of c.phrases) {
        if (p.ladder !== 'management' || !endsWith(tokens, p.words)) continue;
        if (tokens.length === p.words.length) break;
        mgmt = p;
        hi = tokens.length - p.words.length;
        break;
      }
    }
    // A level word in front (`Senior`, `Tier 2`, `Assistant` before a management word).
    if (!level) {
      const n =
        tokens.length >= 3 && c.numberWords.has(tokens[0]!)
          ? numberOf(tokens[1]!, false)
          : undefined;
      if (n !== undefined) {
        level = { rank: fromNumber(n), ladder: 'ic', soft: false };
        taken.push(original.slice(0, 2).join(' '));
        lo = 2;
      }
    }
    if (!level && mgmt && hi - lo >= 1 && c.deputies.has(tokens[lo]!)) {
      const combined = c.byPhrase.get(`${tokens[lo]} ${mgmt.words.join(' ')}`);
      level = combined ?? { rank: Math.max(0, mgmt.rank - 1), ladder: 'management', soft: false };
      taken.push(original[lo]!);
      lo++;
    }
    if (!level) {
      for (const p of c.phrases) {
        if (!startsWith(tokens, p.words, lo) || lo + p.words.length >= hi) continue;
        if (mgmt) {
          // `Senior Engineering Manager`: Senior + Manager is the step `Senior Manager`.
          const combined = c.byPhrase.get(`${p.words.join(' ')} ${mgmt.words.join(' ')}`);
          if (!combined) continue;
          level = combined;
        } else level = p;
        taken.push(original.slice(lo, lo + p.words.length).join(' '));
        lo += p.words.length;
        break;
      }
    }
    if (!level && mgmt) level = mgmt;
    // Numbers at the end: `Engineer II`, `Analyst 3`, `Level 2`, `L3`.
    if (!level && hi - lo >= 2) {
      const last = tokens[hi - 1]!;
      const beforeLast = tokens[hi - 2]!;
      let n = numberOf(last, true);
      let width = 1;
      if (n !== undefined && c.numberWords.has(beforeLast)) width = 2;
      else if (n === undefined) n = undefined;
      if (n !== undefined) {
        level = { rank: fromNumber(n), ladder: 'ic', soft: false };
        taken.push(original.slice(hi - width, hi).join(' '));
        hi -= width;
      }
    }
    if (!level && !mgmt && hi - lo >= 2) {
      const p = c.suffixes.find((x) => endsWith(tokens.slice(0, hi), x.words));
      if (p) {
        level = p;
        taken.push(original.slice(hi - p.words.length, hi).join(' '));
        hi -= p.words.length;
      }
    }
    if (mgmt) taken.push(original.slice(hi).join(' '));
    tokens = tokens.slice(lo, hi);
    let family = original.slice(lo, hi).join(' ');
    if (!level) return reading(text, extraLevel, null, 'ic');
    // A manager of a place (`Store Manager`, `Shift Supervisor`): the title is the family, and
    // the place's standing comes from evidence.
    let firm = !level.soft;
    const place = !!mgmt && tokens.length > 0 && tokens.every((w) => c.scopes.has(w));
    if (place) {
      family = original.slice(lo).join(' ');
      firm = false;
    }
    const levelText = [...taken, extraLevel].filter(Boolean).join(' ');
    return reading(family, levelText, level.rank, level.ladder, firm, place);
  }
}

function phraseRank(c: Compiled, words: string[]): LevelWord | undefined {
  return words.length ? c.byPhrase.get(words.join(' ')) : undefined;
}

/** The number a level phrase stands for: `II`, `3`, `L3`, `Level 2`, `Tier 2`; else undefined. */
function levelNumber(c: Compiled, s: string): number | undefined {
  const w = s.trim().split(/\s+/);
  if (w.length === 1) return numberOf(w[0]!, true);
  if (w.length === 2 && c.numberWords.has(w[0]!.toLowerCase())) return numberOf(w[1]!, false);
  return undefined;
}

function numberedPhrase(c: Compiled, s: string): LevelWord | undefined {
  const n = levelNumber(c, s);
  if (n === undefined) return undefined;
  return {
    words: [],
    rank: c.numbered[Math.min(n, c.numbered.length) - 1] ?? c.base,
    ladder: 'ic',
    soft: false,
  };
}
