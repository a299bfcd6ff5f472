/**
 * How strong a move's evidence is: `strong`, `moderate` or `weak`, with the words that say why
 * (the last sentence of the move's reason). What each kind of evidence gives is fixed here; how
 * many distinctive terms make similar work moderate, and what each strength adds to a move's cost,
 * are the model's data (`strength` in `data/career-model.json`).
 */

import type { CareerModel, Relation } from '../career/career-model';
import type { Strength } from '../graph/types';

/** What a rule found, as the strength reads it. */
export type Evidence =
  | { rule: 'stated' | 'overlay' | 'ladder' }
  /** A sentence naming the other role; `career` when it names a career step. */
  | { rule: 'mention'; career: boolean; relation: Relation }
  /** Similar work on `terms` distinctive terms; `rescue` when kept so that no role is an island. */
  | { rule: 'similar'; terms: number; rescue: boolean };

/** A strength and why, in words that follow "Strength: strong, ". */
export interface Judged {
  strength: Strength;
  because: string;
}

/**
 * The strength of a move from its evidence.
 * @param model - the career model (its `strength` rules).
 * @param e - what the rule found.
 * @returns the strength and why.
 */
export function judge(model: CareerModel, e: Evidence): Judged {
  switch (e.rule) {
    case 'stated':
      return { strength: 'strong', because: 'the catalog states it' };
    case 'overlay':
      return { strength: 'strong', because: "the organization's overlay states it" };
    case 'ladder':
      return { strength: 'strong', because: 'the next level of one family' };
    case 'mention':
      return e.career
        ? { strength: 'strong', because: 'a blueprint names it as a career step' }
        : { strength: 'moderate', because: 'a blueprint names the other role, not the move' };
    case 'similar': {
      const n = `${e.terms} distinctive term${e.terms === 1 ? '' : 's'}`;
      if (e.rescue)
        return { strength: 'weak', because: `kept so that no role is an island (${n})` };
      return e.terms >= model.strength.moderateTerms
        ? { strength: 'moderate', because: `similar work on ${n}` }
        : { strength: 'weak', because: `similar work on only ${n}` };
    }
  }
}

/**
 * A reason with its strength's sentence at the end.
 * @param reason - the move's reason.
 * @param j - its strength and why.
 * @returns the reason, then "Strength: moderate, similar work on 6 distinctive terms."
 */
export function withStrength(reason: string, j: Judged): string {
  const stop = /[.!?]$/.test(reason) ? '' : '.';
  return `${reason}${stop} Strength: ${j.strength}, ${j.because}.`;
}

/**
 * A reason without the strength's sentence {@link withStrength} put at its end: what a published
 * catalog states as the move's reason (a stated move gets its own strength).
 * @param reason - a move's reason.
 * @returns the reason up to " Strength: …" (all of it when it has none).
 */
export function withoutStrength(reason: string): string {
  return reason.replace(/ Strength: (?:strong|moderate|weak), [^]*$/, '');
}
