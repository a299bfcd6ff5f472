/**
 * Why a role has its rank, in the interface's language, written from what the model stores of it
 * (`RankWhy`): what first set the rank, then each change made to it. The catalog's own words (a
 * stated level, the title's level words, quotations of its summaries) stay in the catalog's
 * language; other roles are named by their titles; levels by the scale's names in the reader's
 * language. In English it is the model's own `rankReason` word for word
 * (`test/i18n/rank-reasons.test.ts` checks every role of the corpus), which the exports and the
 * command line keep.
 */
import type { CareerModel } from '../model/career';
import type { RankBasis, RankStep, RoleNode } from '../model/graph';
import { m } from './paraglide/messages.js';
import { levelLabel } from './levels';
import { relationWords } from './reasons';

/** A role's title by its id. */
type TitleOf = (id: string) => string;

/** What first set the rank. */
function basis(model: CareerModel, why: RankBasis, titleOf: TitleOf): string {
  switch (why.rule) {
    case 'level':
      return m.ranks_level({ level: why.level });
    case 'title':
      return m.ranks_title({ words: why.words });
    case 'standing':
      return why.soft === undefined
        ? m.ranks_standing({ text: why.quote.text })
        : m.ranks_standing_soft({ text: why.quote.text, word: why.soft });
    case 'family':
      return m.ranks_family({ level: levelLabel(model, why.rank) });
    case 'default':
      return m.ranks_default({ level: levelLabel(model, why.rank) });
    case 'deputy-above':
      return m.ranks_deputy_above({ role: titleOf(why.role) });
    case 'deputy-below':
      return m.ranks_deputy_below({ role: titleOf(why.role) });
    case 'family-order':
      return why.placed === 'above'
        ? m.ranks_family_above({ role: titleOf(why.role) })
        : m.ranks_family_below({ role: titleOf(why.role) });
    case 'named-next':
      return m.ranks_named_next({ role: titleOf(why.role) });
    case 'names-next':
      return m.ranks_names_next({ role: titleOf(why.role) });
    case 'mention': {
      const said = m.ranks_said({
        text: why.quote.text,
        relation: relationWords(why.relation),
      });
      if (why.own) return m.ranks_mention_own({ said });
      const role = titleOf(why.quote.role);
      return why.placed === 'above'
        ? m.ranks_mention_above({ said, role })
        : m.ranks_mention_below({ said, role });
    }
  }
}

/** The reason so far, with one change of the rank after it. */
function step(model: CareerModel, reason: string, why: RankStep, titleOf: TitleOf): string {
  switch (why.rule) {
    case 'counted':
      return m.ranks_counted({
        reason,
        role: titleOf(why.role),
        steps: m.ranks_steps_below({ count: why.steps }),
        level: levelLabel(model, why.rank),
      });
    case 'separated':
      return m.ranks_separated({ reason, role: titleOf(why.role) });
  }
}

/**
 * Why a role has its rank, in the interface's language.
 * @param model - the career model (its scale names the levels).
 * @param role - the role (its `rankWhy`).
 * @param titleOf - a role's title by its id.
 * @returns the reason, in words a person reads after "rank N (Band): ".
 */
export function rankReason(
  model: CareerModel,
  role: Pick<RoleNode, 'rankWhy'>,
  titleOf: TitleOf,
): string {
  const { basis: first, steps } = role.rankWhy;
  return steps.reduce((reason, s) => step(model, reason, s, titleOf), basis(model, first, titleOf));
}
