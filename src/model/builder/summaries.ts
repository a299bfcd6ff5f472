/**
 * A move's summary: one short sentence a manager could say in a 1:1 ("Same level (Professional),
 * similar work: both involve escalations and diagnosing."), built from what the rule that found
 * the move knows (its kind, the two levels, the family, the terms the two roles share), never by
 * cutting the reason. The reason keeps the evidence (quotes, all the terms) behind it.
 */

import { levelAt, type CareerModel } from '../career/career-model';
import type { MoveKind } from '../graph/types';

/**
 * A level's short name: the band's label ("Professional", "Senior"), or in a band of several
 * steps the step's own word ("Associate", "Junior"), so the sentence never nests parentheses
 * ("Entry (Junior)").
 * @param model - the career model.
 * @param rank - a rank.
 * @returns the name.
 */
function levelName(model: CareerModel, rank: number): string {
  const level = levelAt(model, rank);
  return level.word || level.bandLabel;
}

/** "(Professional → Senior)", or "(Professional)" when both ranks have one name. */
function span(model: CareerModel, from: number, to: number): string {
  const a = levelName(model, from);
  const b = levelName(model, to);
  return a === b ? `(${a})` : `(${a} → ${b})`;
}

const ENGLISH_LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/** "a", "a and b", "a, b, and c" (as the interface lists them in English). */
function listOf(words: readonly string[]): string {
  return ENGLISH_LIST.format(words);
}

/** The text as one sentence: its first letter upper-case, one full stop at its end. */
function sentence(text: string): string {
  const t = text.trim().replace(/[\s.;:,]+$/, '');
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
}

/** Ranks of a move's two ends. */
export interface Ends {
  from: number;
  to: number;
}

/**
 * The summaries of each rule's moves.
 * @param model - the career model (its scale names the levels).
 */
export function summaries(model: CareerModel) {
  const s = (e: Ends) => span(model, e.from, e.to);
  const bandOf = (rank: number) => model.scale[levelAt(model, rank).bandIndex]!;
  /** A lateral move's opening: "Same level (Entry)" within a band, else its two levels. */
  const lateral = (e: Ends) =>
    bandOf(e.from) === bandOf(e.to)
      ? `Same level (${bandOf(e.from).label})`
      : `Lateral move ${s(e)}`;
  return {
    /** A family's next level. */
    ladder: (e: Ends, family: string) =>
      sentence(`Promotion within ${family}: the next level up ${s(e)}`),
    /** A move the catalog states (`Next:`, `Lateral:`). */
    stated: (e: Ends, kind: MoveKind) =>
      kind === 'promotion'
        ? sentence(`Promotion the catalog names as a next step ${s(e)}`)
        : sentence(`${lateral(e)}: the catalog names this move`),
    /** A move the organization's overlay states, with its own reason. */
    overlay: (e: Ends, kind: MoveKind, because: string) =>
      sentence(
        `${kind === 'promotion' ? `Promotion ${s(e)}` : lateral(e)}, known to the organization: ${because}`,
      ),
    /**
     * A move a blueprint shows by naming the other role: `named` is the role whose blueprint names
     * the other one (`from` or `to` of the move); `career` when the sentence tells a career move.
     */
    mention: (e: Ends, kind: MoveKind, named: 'from' | 'to', career: boolean) => {
      if (kind === 'lateral')
        return sentence(`${lateral(e)}: one role's blueprint names the other`);
      const why =
        named === 'from'
          ? career
            ? "the starting role's blueprint names it as a next step"
            : 'the starting role works under it'
          : career
            ? 'its blueprint says people are promoted into it from the starting role'
            : "it oversees the starting role's work";
      return sentence(`Promotion ${s(e)}: ${why}`);
    },
    /** A move between families whose texts are alike; `words` are what both texts name. */
    similar: (e: Ends, kind: MoveKind, words: readonly string[]) => {
      const both = words.length ? `: both involve ${listOf(words)}` : '';
      return kind === 'promotion'
        ? sentence(`Promotion into related work ${s(e)}${both}`)
        : sentence(`${lateral(e)}, similar work${both}`);
    },
  };
}
