/**
 * The title grammar: reads a role's level and family from its title, the way a job architect
 * would. Level words come off the title in prefix (`Senior Support Analyst`), suffix (`Engineer
 * II`, `Support Engineer (L3)`, `Engineering Manager`), "X of Y" (`Director of Nursing`), comma
 * (`Senior Manager, Support Operations`) and C-level (`Chief Nursing Officer`, `CTO`) forms; what
 * remains is the family. The words themselves are data (`data/career-model.json`); the level
 * words compiled for reading are `level-words.ts`.
 */
import type { CareerModel } from './career-model';
import {
  compileGrammar,
  levelNumber,
  numberedPhrase,
  numberOf,
  phraseRank,
  type Ladder,
  type LevelWord,
} from './level-words';
import { familyKeyOf, wordsOf } from './title-words';

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

const startsWith = (tokens: string[], words: string[], at = 0) =>
  words.length > 0 &&
  at + words.length <= tokens.length &&
  words.every((w, i) => tokens[at + i] === w);
const endsWith = (tokens: string[], words: string[]) =>
  startsWith(tokens, words, tokens.length - words.length);

/**
 * Reads a title.
 * @param model - the career model (its scale and grammar).
 * @param title - the role's title as the catalog writes it.
 * @returns the level, rank and family the title states.
 */
export function readTitle(model: CareerModel, title: string): TitleReading {
  const c = compileGrammar(model);
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

  // A title that is a level only as a whole (`Partner`, `Managing Partner`): one family, the
  // level's, so that its steps make a ladder.
  const whole = c.wholeTitles.get(wordsOf(t).join(' '));
  if (whole !== undefined) {
    const words = t.split(' ');
    return reading(words[words.length - 1]!, t, whole, 'management');
  }
  // C-level: `Chief Nursing Officer`, `CTO`.
  const chief = /^chief\s+(.+?)\s+officer$/i.exec(t);
  const chiefRank = c.byPhrase.get('chief');
  // `Deputy CISO`, `Deputy Chief Financial Officer`: one step below the C-level role, in its family.
  const deputy = /^(\S+)\s+(.+)$/.exec(t);
  if (deputy && chiefRank && c.deputies.has(deputy[1]!.toLowerCase())) {
    const of = readTitle(model, deputy[2]!);
    if (of.rank === chiefRank.rank && of.ladder === 'management')
      return reading(of.family, `${deputy[1]} ${of.level}`, chiefRank.rank - 1, 'management');
  }
  if (chief && chiefRank) return reading(chief[1]!, 'Chief', chiefRank.rank, 'management');
  if (chiefRank && /^C[A-Z]{1,3}O$/.test(t))
    return reading(c.chiefs.get(t) ?? t, t, chiefRank.rank, 'management');
  // `Chief Concierge`, `Chief Estimator`: the head of its own family, not the C-suite (unless
  // the rest names what a C-level title stands for: `Chief Executive`). Evidence may move it.
  const chiefOf = /^chief\s+(.+)$/i.exec(t);
  const head = c.byPhrase.get('manager');
  if (chiefOf && chiefRank && head && !c.chiefAreas.has(chiefOf[1]!.toLowerCase()))
    return reading(chiefOf[1]!, 'Chief', head.rank, 'management', false);

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
      for (const p of c.byLast.get(tokens[tokens.length - 1]!) ?? []) {
        if (p.ladder !== 'management' || !endsWith(tokens, p.words)) continue;
        // A title that is only a level (`Manager`, `Team Leader`): that level, of its own family.
        if (tokens.length === p.words.length)
          return reading(text, text, p.rank, 'management', !p.soft);
        mgmt = p;
        hi = tokens.length - p.words.length;
        break;
      }
    }
    // A compound that ends in a level word (`Produktionsleiter`) is read as the two words it
    // joins (`Produktion Leiter`, its linking `s` off): the level word at the end, and what comes
    // before it the family, so deputies and the rest read as in any title.
    if (!mgmt && !level && hi - lo >= 1) {
      const last = original[hi - 1]!;
      const lower = last.toLowerCase();
      const w = c.compoundLevels.find((x) => lower.endsWith(x) && lower.length >= x.length + 3);
      const p = w && c.byPhrase.get(w);
      if (w && p) {
        let stem = last.slice(0, last.length - w.length);
        if (stem.endsWith('s') && c.compoundLinks.some((e) => stem.toLowerCase().endsWith(e)))
          stem = stem.slice(0, -1);
        const word = last.slice(last.length - w.length);
        original.splice(hi - 1, 1, stem, word.charAt(0).toUpperCase() + word.slice(1));
        tokens.splice(hi - 1, 1, stem.toLowerCase(), w);
        if (p.ladder === 'management') mgmt = p;
        else {
          level = p;
          taken.push(original[hi]!);
        }
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
    // A profession whose name starts with a level word (`Master Data Analyst`) has no level.
    const named = c.occupations.some((o) => startsWith(tokens, o, lo));
    if (!level && !named) {
      for (const p of c.byFirst.get(tokens[lo]!) ?? []) {
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
    // A deputy word after a management word in front: `Directeur adjoint d'agence`, one step
    // below the `Directeur d'agence` it deputises for, in the same family.
    if (
      level?.ladder === 'management' &&
      taken.length &&
      lo < hi - 1 &&
      c.afterDeputies.has(tokens[lo]!)
    ) {
      level = { rank: Math.max(0, level.rank - 1), ladder: 'management', soft: level.soft };
      taken[taken.length - 1] += ` ${original[lo]}`;
      lo++;
    }
    // A connector after the level word in front: `Jefe de cocina`, `Directeur d'agence`.
    if (level && taken.length && lo > 0 && lo < hi - 1) {
      const k = c.connectors.find((w) => startsWith(tokens, w, lo));
      if (k) {
        taken[taken.length - 1] += ` ${original.slice(lo, lo + k.length).join(' ')}`;
        lo += k.length;
      }
    }
    if (level && taken.length && lo > 0 && lo < hi) {
      const m = c.elided?.exec(original[lo]!);
      if (m) {
        taken[taken.length - 1] += ` ${m[0]}`;
        original[lo] = original[lo]!.slice(m[0].length);
        tokens[lo] = tokens[lo]!.slice(m[0].length);
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
    // A numeral after the family of a level word in front (`Staff Engineer II`): a step within
    // that level, not part of the family's name.
    if (
      level &&
      taken.length &&
      !mgmt &&
      hi - lo >= 2 &&
      numberOf(tokens[hi - 1]!, true) !== undefined
    ) {
      taken.push(original[hi - 1]!);
      hi--;
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
