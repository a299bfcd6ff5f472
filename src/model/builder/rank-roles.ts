/**
 * Building the graph, step 3: every role's rank and the reason for it, from the title or the
 * catalog's evidence (see `ranks.ts` for the solver).
 */

import {
  bandRanks,
  baseRank,
  levelAt,
  RELATION_WORDS,
  type CareerModel,
} from '../career/career-model';

import { standingOf, type Mention } from '../career/evidence';
import { compileGrammar } from '../career/level-words';
import { withoutNames, type NameIndex } from '../career/names';

import { solveRanks, type RankConstraint, type RankInput, type RankReason } from './ranks';

import { titleKey } from '../graph/text';
import type { RankBasis } from '../graph/types';
import { bandLabel, titleIndex, type Draft, type Family } from './drafts';

/**
 * Step 3: ranks. A title's level words rank it; an unlevelled role of a levelled family sits at
 * the scale's no-level-word step; every other role starts from its own summary's words of standing
 * (or the default) and is moved by stated moves and mentions (see `ranks.ts`).
 */
export function rankRoles(
  model: CareerModel,
  drafts: Draft[],
  families: Family[],
  mentions: Mention[],
  names: NameIndex,
  deputies: [number, number][],
): RankReason[] {
  const base = baseRank(model);
  const inputs = drafts.map((d): RankInput => {
    const t = d.title;
    const fam = families[d.family]!;
    if (t.rank !== null && t.firm)
      return {
        titleRank: t.rank,
        firm: true,
        family: d.family,
        start: d.levelStated
          ? {
              rank: t.rank,
              evidence: 'level',
              reason: `the catalog states its level (“${d.role.level}”)`,
              why: { basis: { rule: 'level', level: d.role.level ?? '' }, steps: [] },
            }
          : {
              rank: t.rank,
              evidence: 'title',
              reason: titleReason(t.level),
              why: titleWhy(t.level),
            },
      };
    const standing = standingIn(model, names, d.role.summary);
    const standingRank = standing && bandRanks(model, standing.bandIndex)[0];
    // The summary's own words of standing, else the fallback.
    const fromStanding = (fallback: RankReason): RankReason =>
      standing
        ? {
            rank: standingRank!,
            evidence: 'standing',
            reason: `“${standing.quote.phrase}” — its own summary`,
            why: {
              basis: { rule: 'standing', quote: { role: d.id, text: standing.quote.phrase } },
              steps: [],
            },
          }
        : fallback;
    if (t.rank === null && fam.levelled)
      // The role with no level word in a family whose other titles have them: the scale's
      // no-level-word step, unless its own summary says otherwise (its family's other levels
      // still bound it, below).
      return {
        titleRank: null,
        firm: false,
        family: d.family,
        start: fromStanding({
          rank: base,
          evidence: 'family',
          reason: `no level word, in a family whose other titles have them: the family's ${bandLabel(model, base)} level`,
          why: { basis: { rule: 'family', rank: base }, steps: [] },
        }),
      };
    if (t.rank !== null) {
      // A soft level word or a manager of a place: the title's rank, unless its own summary's
      // words of standing say it sits lower.
      const soft =
        standing &&
        standingRank! < t.rank &&
        model.grammar.soft.some((w) => w.toLowerCase() === t.level.toLowerCase());
      return {
        titleRank: t.rank,
        firm: false,
        family: d.family,
        start: soft
          ? {
              rank: standingRank!,
              evidence: 'standing',
              reason: `“${standing.quote.phrase}” — its own summary (the word “${t.level}” in its title names the ordinary practitioner here)`,
              why: {
                basis: {
                  rule: 'standing',
                  quote: { role: d.id, text: standing.quote.phrase },
                  soft: t.level,
                },
                steps: [],
              },
            }
          : {
              rank: t.rank,
              evidence: 'title',
              reason: titleReason(t.level),
              why: titleWhy(t.level),
            },
      };
    }
    return {
      titleRank: null,
      firm: false,
      family: d.family,
      start: fromStanding({
        rank: base,
        evidence: 'default',
        reason: `no evidence of standing in the catalog: a title with no level word sits at ${bandLabel(model, base)}`,
        why: { basis: { rule: 'default', rank: base }, steps: [] },
      }),
    };
  });
  const constraints: RankConstraint[] = deputies.map(([d, h]) => ({
    lo: d,
    hi: h,
    evidence: 'title',
    reasonHi: `above its deputy, the ${drafts[d]!.role.title}`,
    reasonLo: `its title is the ${drafts[h]!.role.title}'s with a deputy's word before it: a step below`,
    whyHi: { rule: 'deputy-above', role: drafts[d]!.id },
    whyLo: { rule: 'deputy-below', role: drafts[h]!.id },
  }));
  // The role with no level word sits between its family's lower and higher level words.
  for (const f of families) {
    if (!f.levelled) continue;
    const b = f.base;
    if (drafts[b]!.title.rank !== null) continue;
    for (const i of f.members) {
      const r = drafts[i]!.title.rank;
      if (r === null || r === base) continue;
      const [lo, hi] = r < base ? [i, b] : [b, i];
      constraints.push({
        lo,
        hi,
        evidence: 'title',
        reasonHi: `above the ${drafts[lo]!.role.title} of its family`,
        reasonLo: `below the ${drafts[hi]!.role.title} of its family`,
        whyHi: { rule: 'family-order', placed: 'above', role: drafts[lo]!.id },
        whyLo: { rule: 'family-order', placed: 'below', role: drafts[hi]!.id },
      });
    }
  }
  const byTitle = titleIndex(drafts);
  drafts.forEach((d) => {
    for (const m of d.role.next) {
      const t = byTitle.get(titleKey(m.title));
      if (t === undefined || t === d.index) continue;
      constraints.push({
        lo: d.index,
        hi: t,
        evidence: 'stated',
        reasonHi: `the ${d.role.title} blueprint names it as a next role`,
        reasonLo: `it names ${drafts[t]!.role.title} as a next role`,
        whyHi: { rule: 'named-next', role: d.id },
        whyLo: { rule: 'names-next', role: drafts[t]!.id },
      });
    }
  });
  for (const m of mentions) {
    const own = drafts[m.role]!.role.title;
    const other = drafts[m.other]!.role.title;
    const said = `“${m.quote.phrase}” (relation: ${RELATION_WORDS[m.rule.relation]})`;
    const [lo, hi] = m.rule.other === 'above' ? [m.role, m.other] : [m.other, m.role];
    const quote = { role: drafts[m.role]!.id, text: m.quote.phrase };
    const mention = (placed: 'above' | 'below', at: number): RankBasis => ({
      rule: 'mention',
      quote,
      relation: m.rule.relation,
      own: at === m.role,
      placed,
    });
    constraints.push({
      lo,
      hi,
      evidence: 'mention',
      reasonHi: hi === m.role ? `${said} — its own summary` : `${said} — the ${own} summary`,
      reasonLo:
        lo === m.role
          ? `${said} — its own summary`
          : `${said} — the ${own} summary (it is named below ${own})`,
      whyHi: mention('above', hi),
      whyLo: mention('below', lo),
    });
    void other;
  }
  const solved = relativeLadders(model, solveRanks(model, inputs, constraints), drafts, families);
  return separateFamilies(model, solved, drafts, families, names);
}

/** True when a role's level words are a numbered grade (`Tier 2`, `II`, `(L3)`). */
const numberedGrade = (d: Draft) => /\d|\b[IVX]+\b/.test(d.title.level);

/**
 * A family whose unlevelled role the evidence puts below the scale's no-level-word step (a
 * Paralegal "under the supervision of" the associates, at Entry) keeps its ladder above that
 * role rather than at the scale's own steps: its Senior is as many steps above it as a Senior is
 * above the no-level-word step, so a Senior Paralegal stays below an Associate. Only a family
 * placed so by evidence (a relation, a stated move, its own words) and without numbered grades,
 * only roles placed by their title's words, and only down.
 */
function relativeLadders(
  model: CareerModel,
  ranks: RankReason[],
  drafts: Draft[],
  families: Family[],
): RankReason[] {
  const base = baseRank(model);
  for (const f of families) {
    const b = f.base;
    const rb = ranks[b]!;
    if (drafts[b]!.title.rank !== null || rb.rank >= base) continue;
    if (rb.evidence === 'default' || rb.evidence === 'family') continue;
    // A family with numbered grades (`Tier 2`, `II`, `(L3)`) has the organization's own scale.
    if (f.members.some((i) => numberedGrade(drafts[i]!))) continue;
    const below = base - rb.rank;
    for (const i of f.members) {
      const t = drafts[i]!.title;
      if (i === b || t.rank === null || t.ladder !== 'ic' || ranks[i]!.evidence !== 'title')
        continue;
      ranks[i] = {
        rank: Math.max(0, t.rank - below),
        evidence: 'family',
        reason: `${ranks[i]!.reason}, counted from its family's ${drafts[b]!.role.title}, which the catalog places ${below === 1 ? 'a step' : `${below} steps`} below the scale's ${bandLabel(model, base)}`,
        why: {
          basis: ranks[i]!.why.basis,
          steps: [
            ...ranks[i]!.why.steps,
            { rule: 'counted', role: drafts[b]!.id, steps: below, rank: base },
          ],
        },
      };
    }
  }
  return ranks;
}

/**
 * A summary's words of standing, names of roles left out ("supervises licensed practical nurses"
 * says nothing of the role's own licence). Remembered per summary: the family step asks again.
 */
const standingCache = new WeakMap<NameIndex, Map<string, ReturnType<typeof standingOf>>>();
export function standingIn(model: CareerModel, names: NameIndex, summary: string) {
  let cache = standingCache.get(names);
  if (!cache) standingCache.set(names, (cache = new Map()));
  if (cache.has(summary)) return cache.get(summary);
  // Most summaries have no word of standing at all: only those are searched for names.
  const found = standingOf(model, summary) && standingOf(model, withoutNames(names, summary));
  cache.set(summary, found);
  return found;
}

/**
 * Two roles of one family on one step (`Support Engineer (L3)` and `Senior Support Engineer`, both
 * Senior) would be one level twice: the one whose own summary claims more standing (else the one
 * named by a level word rather than a number, else the later one) goes a step up, and any above
 * it move up with it. A deputy (`Assistant`, `Stellvertretender`) stays below the others.
 */
function separateFamilies(
  model: CareerModel,
  ranks: RankReason[],
  drafts: Draft[],
  families: Family[],
  names: NameIndex,
): RankReason[] {
  const top = levelAt(model, Infinity).rank;
  const standing = (i: number) =>
    standingIn(model, names, drafts[i]!.role.summary)?.bandIndex ?? -1;
  const numbered = (i: number) => numberedGrade(drafts[i]!);
  // A deputy (`Stellvertretender Produktionsleiter`) stays below the roles of its step.
  const { deputies } = compileGrammar(model);
  const deputy = (i: number) => deputies.has(drafts[i]!.title.level.split(' ')[0]!.toLowerCase());
  for (const f of families) {
    if (f.members.length < 2) continue;
    const order = [...f.members].sort(
      (a, b) =>
        ranks[a]!.rank - ranks[b]!.rank ||
        Number(deputy(b)) - Number(deputy(a)) ||
        standing(a) - standing(b) ||
        Number(!numbered(a)) - Number(!numbered(b)) ||
        a - b,
    );
    for (let k = 1; k < order.length; k++) {
      const prev = ranks[order[k - 1]!]!;
      const cur = ranks[order[k]!]!;
      // A level the catalog states is where the role is.
      if (cur.rank > prev.rank || prev.rank >= top || drafts[order[k]!]!.levelStated) continue;
      ranks[order[k]!] = {
        rank: prev.rank + 1,
        evidence: cur.evidence,
        reason: `${cur.reason}; a step above the ${drafts[order[k - 1]!]!.role.title} of its family, which has the same level`,
        why: {
          basis: cur.why.basis,
          steps: [...cur.why.steps, { rule: 'separated', role: drafts[order[k - 1]!]!.id }],
        },
      };
    }
  }
  return ranks;
}

/** The reason of a rank the title's level words give. */
function titleReason(level: string): string {
  return `the level words “${level}” in its title`;
}

/** The same reason as data. */
function titleWhy(level: string): RankReason['why'] {
  return { basis: { rule: 'title', words: level }, steps: [] };
}
