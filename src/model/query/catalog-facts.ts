/**
 * What a catalog's stated facts add up to: which kinds it states anywhere, and the figures paths are
 * ordered by (the median, a pay band's midpoint).
 */
import type { CareerGraph } from '../graph/career-graph';
import type { RoleNode } from '../graph/types';

/** Which facts a catalog states anywhere: what the path options and the UI can offer. */
export interface CatalogFacts {
  /** Some role has a pay band. */
  pay: boolean;
  /** Some role has a time in role. */
  months: boolean;
  /** Some role has a headcount. */
  headcount: boolean;
  /** Some move has a count of people. */
  counts: boolean;
}

/** A catalog with no facts. */
export const NO_FACTS: CatalogFacts = {
  pay: false,
  months: false,
  headcount: false,
  counts: false,
};

/**
 * Which facts a graph carries.
 * @param graph - the career graph (null: none).
 * @returns one flag per kind of fact.
 */
export function catalogFacts(graph: CareerGraph | null | undefined): CatalogFacts {
  if (!graph) return NO_FACTS;
  const f = { ...NO_FACTS };
  graph.forEachNode((_id, a) => {
    if (a.payMin !== undefined) f.pay = true;
    if (a.monthsInRole !== undefined) f.months = true;
    if (a.headcount !== undefined) f.headcount = true;
  });
  f.counts = graph.someEdge((_e, a) => a.count !== undefined);
  return f;
}

/**
 * The median of some numbers (the mean of the middle two for an even count).
 * @param values - the numbers, at least one.
 * @returns the median, or undefined for none.
 */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  // Halves first: the sum of two large values overflows, the sum of their halves does not.
  return s.length % 2 ? s[mid]! : s[mid - 1]! / 2 + s[mid]! / 2;
}

/** The midpoint of a role's pay band, or undefined when it states none. */
export function payMidpoint(a: RoleNode): number | undefined {
  return a.payMin !== undefined && a.payMax !== undefined ? a.payMin / 2 + a.payMax / 2 : undefined;
}
