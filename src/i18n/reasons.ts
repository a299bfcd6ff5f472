/**
 * A move's sentence and its evidence in the interface's language, written from what the model
 * stores of it (`MoveWhy`): its rule, the ranks of its ends, the family, the relation, the shared
 * terms and the quoted words, which stay in the catalog's language. In English they are the
 * model's own `summary` and `reason` word for word (`test/i18n/reasons.test.ts` checks every move
 * of the corpus), which the exports and the command line keep.
 */
import { levelAt, type CareerModel } from '../model/career';
import type { MoveEdge, MoveWhy, QuotedWords, Strength } from '../model/graph';
import { m } from './paraglide/messages.js';
import { list } from './format';
import { bandNameAt, levelLabel, levelName } from './levels';

/** A role's title by its id. */
type TitleOf = (id: string) => string;

/** The author's own words inside a sentence that ends with its own full stop. */
const clause = (text: string) => text.trim().replace(/[\s.;:,]+$/, '');

/** The text as one sentence: its first letter upper-case, one full stop at its end. */
function sentence(text: string): string {
  const t = clause(text);
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
}

/**
 * A move's sentence: what kind of move, between which levels, and what it rests on.
 * @param model - the career model (its scale names the levels).
 * @param why - what the model stored of the move.
 * @param kind - the move's kind.
 */
export function moveSummary(model: CareerModel, why: MoveWhy, kind: MoveEdge['kind']): string {
  const a = levelName(model, why.from);
  const b = levelName(model, why.to);
  const span = a === b ? m.reasons_span_one({ level: a }) : m.reasons_span_two({ from: a, to: b });
  const sameBand = levelAt(model, why.from).bandIndex === levelAt(model, why.to).bandIndex;
  const opening = sameBand
    ? m.reasons_same_level({ level: bandNameAt(model, why.from) })
    : m.reasons_lateral_span({ span });
  const lateral = kind === 'lateral';
  switch (why.rule) {
    case 'ladder':
      return sentence(m.reasons_sum_ladder({ family: why.family, span }));
    case 'stated':
      return sentence(
        lateral
          ? m.reasons_sum_stated_lateral({ opening })
          : m.reasons_sum_stated_promotion({ span }),
      );
    case 'overlay': {
      const because = clause(why.because);
      return sentence(
        lateral
          ? m.reasons_sum_overlay_lateral({ opening, because })
          : m.reasons_sum_overlay_promotion({ span, because }),
      );
    }
    case 'mention': {
      if (lateral) return sentence(m.reasons_sum_mention_lateral({ opening }));
      const say =
        why.named === 'from'
          ? why.career
            ? m.reasons_sum_mention_next
            : m.reasons_sum_mention_under
          : why.career
            ? m.reasons_sum_mention_from
            : m.reasons_sum_mention_over;
      return sentence(say({ span }));
    }
    case 'similar': {
      const words = list(why.words);
      if (lateral)
        return sentence(
          why.words.length
            ? m.reasons_sum_similar_lateral({ opening, words })
            : m.reasons_sum_similar_lateral_bare({ opening }),
        );
      return sentence(
        why.words.length
          ? m.reasons_sum_similar_promotion({ span, words })
          : m.reasons_sum_similar_promotion_bare({ span }),
      );
    }
  }
}

const STRENGTH: Record<Strength, () => string> = {
  strong: () => m.reasons_strength_strong(),
  moderate: () => m.reasons_strength_moderate(),
  weak: () => m.reasons_strength_weak(),
};

const RELATION: Record<string, (() => string) | undefined> = {
  reporting: () => m.reasons_relation_reporting(),
  supervision: () => m.reasons_relation_supervision(),
  leadership: () => m.reasons_relation_leadership(),
  mentoring: () => m.reasons_relation_mentoring(),
  deputy: () => m.reasons_relation_deputy(),
  assists: () => m.reasons_relation_assists(),
  escalation: () => m.reasons_relation_escalation(),
  origin: () => m.reasons_relation_origin(),
  progression: () => m.reasons_relation_progression(),
};

/** What a sentence naming another role states about the two, in the reader's words. */
export function relationWords(relation: string): string {
  return RELATION[relation]?.() ?? relation;
}

/** Why the evidence is as strong as it is. */
function basis(why: MoveWhy, strength: Strength): string {
  switch (why.rule) {
    case 'stated':
      return m.reasons_basis_stated();
    case 'overlay':
      return m.reasons_basis_overlay();
    case 'ladder':
      return m.reasons_basis_ladder();
    case 'mention':
      return why.career ? m.reasons_basis_career() : m.reasons_basis_mention();
    case 'similar':
      if (why.fit !== 'close') return m.reasons_basis_rescue({ count: why.terms });
      return strength === 'moderate'
        ? m.reasons_basis_similar({ count: why.terms })
        : m.reasons_basis_similar_few({ count: why.terms });
  }
}

/** What the quoted words of two roles' summaries say, or that no phrase shows it. */
function quotes(list: readonly QuotedWords[], titleOf: TitleOf): string {
  const [one, two] = list;
  if (!one) return m.reasons_said_none();
  if (!two) return m.reasons_said_one({ role: titleOf(one.role), text: one.text });
  return m.reasons_said_two({
    role: titleOf(one.role),
    text: one.text,
    other: titleOf(two.role),
    otherText: two.text,
  });
}

/** The evidence of a move, before its strength. */
function evidence(
  model: CareerModel,
  move: Pick<MoveEdge, 'why' | 'kind'>,
  ends: { from: string; to: string },
  titleOf: TitleOf,
): string {
  const { why } = move;
  const from = titleOf(ends.from);
  const to = titleOf(ends.to);
  switch (why.rule) {
    case 'ladder':
      return m.reasons_why_ladder({ family: why.family });
    case 'stated':
      if (why.because) return why.because;
      if (why.back) return m.reasons_why_stated_back({ stater: to, named: from });
      return move.kind === 'lateral'
        ? m.reasons_why_stated_lateral({ from, to })
        : m.reasons_why_stated_next({ from, to });
    case 'overlay':
      return m.reasons_why_overlay({ because: why.because });
    case 'mention': {
      const said = m.reasons_said_mention({
        role: titleOf(why.quote.role),
        text: why.quote.text,
        relation: relationWords(why.relation),
      });
      if (move.kind === 'lateral')
        return m.reasons_why_mention_lateral({ level: levelLabel(model, why.from), said });
      const what =
        why.named === 'from'
          ? m.reasons_what_named_above({ from, to })
          : why.relation === 'origin'
            ? m.reasons_what_draws_from({ from, to })
            : m.reasons_what_takes_over({ from, to });
      return m.reasons_why_mention_promotion({
        from: levelLabel(model, why.from),
        to: levelLabel(model, why.to),
        what,
        said,
      });
    }
    case 'similar': {
      const what =
        why.fit === 'thin'
          ? m.reasons_similar_thin()
          : why.fit === 'rescue'
            ? m.reasons_similar_rescue()
            : m.reasons_similar_close();
      const terms = why.shared.join(', ');
      const said = quotes(why.quotes, titleOf);
      return move.kind === 'lateral'
        ? m.reasons_why_similar_lateral({ level: levelLabel(model, why.from), what, terms, said })
        : m.reasons_why_similar_promotion({
            from: levelLabel(model, why.from),
            to: levelLabel(model, why.to),
            what,
            terms,
            said,
          });
    }
  }
}

/**
 * A move's reason: its evidence (the quoted words in the catalog's language), then how strong it
 * is and why.
 * @param model - the career model.
 * @param move - the move.
 * @param ends - the ids of the roles it leads from and to.
 * @param titleOf - a role's title by its id.
 */
export function moveReason(
  model: CareerModel,
  move: Pick<MoveEdge, 'why' | 'kind' | 'strength'>,
  ends: { from: string; to: string },
  titleOf: TitleOf,
): string {
  const text = evidence(model, move, ends, titleOf);
  const stop = /[.!?]$/.test(text) ? '' : '.';
  const strength = m.reasons_strength({
    strength: STRENGTH[move.strength](),
    basis: basis(move.why, move.strength),
  });
  return `${text}${stop} ${strength}`;
}
