import { scaleLevels, type CareerModel } from '../career/career-model';
import type { RankBasis, RankWhy } from '../graph/types';

/**
 * Ranks on one career level scale. A title's level words place most roles; a family whose titles
 * carry none (and a title whose level word is soft, or a manager of a place) is placed by
 * evidence in the catalog, strongest first: stated moves (a `Next` role ranks above), mentions of
 * other roles ("under the supervision of X", "supervises X"), the words of standing in its own
 * summary, and only then the scale's default. Every rank keeps the reason that set it.
 */

/** What set a rank. */
export type RankEvidence =
  'title' | 'level' | 'family' | 'stated' | 'mention' | 'standing' | 'default';

/** A rank and the reason for it. */
export interface RankReason {
  rank: number;
  evidence: RankEvidence;
  /** Why, in words a person reads after "rank N (Band): ". */
  reason: string;
  /** Why, as data (the same reason, which the interface writes in the reader's language). */
  why: RankWhy;
}

/** "`hi` ranks above `lo`", from a stated move or a mention. */
export interface RankConstraint {
  lo: number;
  hi: number;
  evidence: 'title' | 'stated' | 'mention';
  /** The reason shown on the role whose rank this constraint sets (`hi` when raised, `lo` when lowered). */
  reasonHi: string;
  reasonLo: string;
  /** The same reasons as data. */
  whyHi: RankBasis;
  whyLo: RankBasis;
}

/** One role as the solver sees it. */
export interface RankInput {
  /** Rank the title gives (its level words), or null. */
  titleRank: number | null;
  /** True when the title's rank stands whatever the evidence says. */
  firm: boolean;
  /** Index of its family. */
  family: number;
  /** The first guess and its reason: the title's rank, its standing, or the default. */
  start: RankReason;
}

/**
 * Solves the ranks.
 * @param model - the career model (its scale).
 * @param roles - every role.
 * @param constraints - stated moves first, then mentions: earlier ones win a conflict.
 * @returns each role's rank and reason.
 */
export function solveRanks(
  model: CareerModel,
  roles: RankInput[],
  constraints: RankConstraint[],
): RankReason[] {
  const top = scaleLevels(model).length - 1;
  const free = roles.map((r) => !r.firm);
  constraints = acyclic(roles.length, constraints);
  // "Above" is the next step up: a chain of five roles fits under a manager when the evidence
  // says so (the entry band has two steps).
  const up = (_c: RankConstraint, r: number) => Math.min(top, r + 1);
  const down = (_c: RankConstraint, r: number) => Math.max(0, r - 1);
  const out = roles.map((r) => ({ ...r.start }));
  const holds = (c: RankConstraint, rank: (i: number) => number) => rank(c.hi) > rank(c.lo);

  // Bounds from the firm roles, carried along chains of constraints (a longest-path relaxation;
  // values live on a short scale, so a few passes settle it, cycles included).
  const bounds = (list: RankConstraint[]) => {
    const lo = roles.map((r, i) => (free[i] ? 0 : r.start.rank));
    const hi = roles.map((r, i) => (free[i] ? top : r.start.rank));
    const loWhy: (RankConstraint | undefined)[] = roles.map(() => undefined);
    const hiWhy: (RankConstraint | undefined)[] = roles.map(() => undefined);
    for (let pass = 0, changed = true; changed && pass < top + 2; pass++) {
      changed = false;
      for (const c of list) {
        if (free[c.hi] && up(c, lo[c.lo]!) > lo[c.hi]!) {
          lo[c.hi] = up(c, lo[c.lo]!);
          loWhy[c.hi] = c;
          changed = true;
        }
        if (free[c.lo] && down(c, hi[c.hi]!) < hi[c.lo]!) {
          hi[c.lo] = down(c, hi[c.hi]!);
          hiWhy[c.lo] = c;
          changed = true;
        }
      }
    }
    return { lo, hi, loWhy, hiWhy };
  };
  // A mention that the titles and stated moves leave no room for ("hands over to the Data
  // Engineer" when that engineer's family already sits above the analyst's) is dropped: the
  // stronger evidence stands.
  const strong = bounds(constraints.filter((c) => c.evidence !== 'mention'));
  constraints = constraints.filter(
    (c) =>
      c.evidence !== 'mention' ||
      (up(c, strong.lo[c.lo]!) <= strong.hi[c.hi]! &&
        down(c, strong.hi[c.hi]!) >= strong.lo[c.lo]!),
  );
  const { lo, hi, loWhy, hiWhy } = bounds(constraints);
  const set = (i: number, rank: number, c: RankConstraint, raised: boolean) => {
    out[i] = {
      rank,
      evidence: c.evidence,
      reason: raised ? c.reasonHi : c.reasonLo,
      why: { basis: raised ? c.whyHi : c.whyLo, steps: [] },
    };
  };
  roles.forEach((_, i) => {
    if (!free[i]) return;
    // Where the bounds cross, the upper one stands (it comes from roles named above).
    if (out[i]!.rank > hi[i]!) set(i, hi[i]!, hiWhy[i]!, false);
    else if (out[i]!.rank < lo[i]!) set(i, Math.min(lo[i]!, hi[i]!), loWhy[i]!, true);
  });
  // Constraints between two free roles that the bounds did not settle.
  for (let pass = 0, changed = true; changed && pass < top + 2; pass++) {
    changed = false;
    for (const c of constraints) {
      if (holds(c, (i) => out[i]!.rank)) continue;
      const raised = up(c, out[c.lo]!.rank);
      const lowered = down(c, out[c.hi]!.rank);
      const canRaise = free[c.hi] && raised <= hi[c.hi]! && raised > out[c.hi]!.rank;
      const canLower = free[c.lo] && lowered >= lo[c.lo]! && lowered < out[c.lo]!.rank;
      // A role named below another, with no evidence of its own standing, moves down rather
      // than pushing the other up: "under the direction of the registered nurse" says more
      // about the technician than about the nurse.
      if (canLower && (out[c.lo]!.evidence === 'default' || !canRaise)) {
        set(c.lo, lowered, c, false);
        changed = true;
      } else if (canRaise) {
        set(c.hi, raised, c, true);
        changed = true;
      }
    }
  }
  // A role left at the default that a stated move or a mention places nonetheless has that for
  // evidence: the rank agrees with it.
  for (const c of constraints)
    for (const [i, reason, basis] of [
      [c.hi, c.reasonHi, c.whyHi],
      [c.lo, c.reasonLo, c.whyLo],
    ] as const)
      if (out[i]!.evidence === 'default')
        out[i] = { rank: out[i]!.rank, evidence: c.evidence, reason, why: { basis, steps: [] } };
  return out;
}

/**
 * The constraints without those that would close a cycle ("A above B above A"), taken in order,
 * so a stated move outweighs a mention that contradicts it. A cycle left in would push every
 * role on it to the top of the scale.
 */
function acyclic(n: number, constraints: RankConstraint[]): RankConstraint[] {
  const out: RankConstraint[] = [];
  const next: number[][] = Array.from({ length: n }, () => []);
  const seen = new Int32Array(n);
  let mark = 0;
  const reaches = (from: number, to: number) => {
    mark++;
    const stack = [from];
    seen[from] = mark;
    while (stack.length) {
      const v = stack.pop()!;
      if (v === to) return true;
      for (const w of next[v]!)
        if (seen[w] !== mark) {
          seen[w] = mark;
          stack.push(w);
        }
    }
    return false;
  };
  for (const c of constraints) {
    if (c.lo === c.hi || reaches(c.hi, c.lo)) continue;
    next[c.lo]!.push(c.hi);
    out.push(c);
  }
  return out;
}
