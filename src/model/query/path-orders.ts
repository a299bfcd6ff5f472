/**
 * The orders a person may rank career paths by besides fewest moves (fastest, most travelled,
 * best paid): how each weighs a move from the catalog's role facts, the figure it shows for a
 * path, and why a catalog cannot be ordered a given way. Apart from the search (`paths.ts`),
 * which takes any move weight and knows nothing of the facts.
 */
import type { CareerGraph } from '../graph/career-graph';
import { MAX_MONTHS, MAX_PAY, MAX_PEOPLE } from '../catalog/facts';
import { formatMonths, formatNumber, formatPeople } from '../present/facts-text';
import { median, payMidpoint } from './catalog-facts';
import type { MoveEdge, RoleNode } from '../graph/types';

/**
 * How paths are ordered: by fewest moves (the default, or by move costs when `weighted`), or by
 * the catalog's role facts:
 * - `fastest`: least total typical time in the roles passed through (each move costs the
 *   `monthsInRole` of the role it leaves; a role with none counts as the median of the catalog's
 *   stated times);
 * - `travelled`: the path whose least-travelled move was made by the most people (a move with no
 *   count counts as 0 people); among those, the fewest moves (or the least cost when `weighted`);
 * - `pay`: highest pay band midpoints along the way: each move costs how far the midpoint of the
 *   role it enters is below the catalog's top midpoint, plus one currency unit so that the shorter
 *   of two otherwise equal paths wins; a role with no pay band counts at the median midpoint.
 */
export type PathOrder = 'fastest' | 'travelled' | 'pay';

/** Every value of {@link PathOrder}. */
export const PATH_ORDERS: readonly PathOrder[] = ['fastest', 'travelled', 'pay'];

/** The cost of one move, from its attributes and its ends (Infinity: the move may not be used). */
export type MoveWeight = (e: MoveEdge, source: string, target: string) => number;

/** How one {@link PathOrder} weighs moves, and the figure it shows for a path (in English). */
interface Ordering {
  weight: MoveWeight;
  figure?: (path: readonly string[]) => string;
}

/**
 * The figure a fact order shows for a path, as data (the interface writes it in its language, the
 * command line in English):
 * - `fastest`: the months in the roles passed through (every role but the last), `missing` of
 *   them with no stated time, each counted at the catalog's median `fill`;
 * - `travelled`: the people who made the path's least-travelled move; `unstated` when that is a
 *   move with no stated count (counted as 0 people);
 * - `pay`: the average pay band midpoint of the roles moved into, in `currency`, `missing` of them
 *   with no pay band, each counted at the catalog's median midpoint `fill`.
 */
export type PathFigure =
  | { by: 'fastest'; months: number; missing: number; fill: number }
  | { by: 'travelled'; people: number; unstated: boolean }
  | { by: 'pay'; average: number; currency: string; missing: number; fill: number };

/** A path's figure, or undefined when the graph lacks one of its roles or moves. */
export type PathFigures = (path: readonly string[]) => PathFigure | undefined;

/**
 * Why a catalog cannot order paths a given way: it states none of the facts the order needs, or
 * (`currencies`, best paid only) its pay bands are in several currencies.
 */
export interface PathOrderIssue {
  by: PathOrder;
  currencies?: string[];
}

/*
 * The facts the orders use, each within the bound a catalog's parser holds it to (`facts.ts`): a
 * graph given a larger value some other way counts it as not stated, so no sum along a path
 * overflows and no figure shows "∞".
 */
const within = (n: number | undefined, max: number) =>
  n !== undefined && Number.isFinite(n) && n >= 0 && n <= max ? n : undefined;
const monthsOf = (a: RoleNode) => within(a.monthsInRole, MAX_MONTHS);
const midpointOf = (a: RoleNode) =>
  within(a.payMin, MAX_PAY) !== undefined && within(a.payMax, MAX_PAY) !== undefined
    ? payMidpoint(a)
    : undefined;
const peopleOf = (e: MoveEdge) => within(e.count, MAX_PEOPLE);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A note for a figure that counted some roles at the median: "(1 role with none counted at …)". */
function medianNote(missing: number, what: string, value: string): string {
  return missing
    ? ` (${plural(missing, 'role', 'roles')} with no ${what} counted at the median, ${value})`
    : '';
}

/** A path's figure in English, as `findPath` gives it and the command line prints it. */
function figureText(f: PathFigure): string {
  switch (f.by) {
    case 'fastest':
      return `${formatMonths(f.months)} in the roles passed through${medianNote(f.missing, 'stated time', formatMonths(f.fill))}`;
    case 'travelled':
      return f.unstated
        ? 'least-travelled move: one with no stated count of people'
        : `least-travelled move: ${formatPeople(f.people)}`;
    case 'pay': {
      const money = (n: number) => `${formatNumber(Math.round(n))} ${f.currency}`;
      return `average pay midpoint of the roles moved into: ${money(f.average)}${medianNote(f.missing, 'pay band', money(f.fill))}`;
    }
  }
}

/** Why a catalog cannot be ordered a given way, in English (`findPath`'s message). */
export function issueText(issue: PathOrderIssue): string {
  if (issue.currencies)
    return `this catalog states pay in several currencies (${issue.currencies.join(', ')}), so there is no best-paid path`;
  return {
    fastest: 'this catalog states no time in role, so there is no fastest path',
    travelled:
      'this catalog states no counts of people on its moves, so there is no most travelled path',
    pay: 'this catalog states no pay bands, so there is no best-paid path',
  }[issue.by];
}

/** An order's move weight and figures, or why the catalog cannot be ordered that way. */
type Measure = { weight: MoveWeight; figures: PathFigures } | PathOrderIssue;

const hasAll = (graph: CareerGraph, path: readonly string[]) =>
  path.every((id) => graph.hasNode(id));

/** Fastest: each move costs the months of the role it leaves. */
function fastest(graph: CareerGraph): Measure {
  const stated: number[] = [];
  graph.forEachNode((_id, a) => {
    const m = monthsOf(a);
    if (m !== undefined) stated.push(m);
  });
  const fill = median(stated);
  if (fill === undefined) return { by: 'fastest' };
  const months = (id: string) => monthsOf(graph.getNodeAttributes(id)) ?? fill;
  return {
    weight: (_e, source) => months(source),
    figures: (path) => {
      if (!hasAll(graph, path)) return undefined;
      const left = path.slice(0, -1);
      const total = left.reduce((n, id) => n + months(id), 0);
      const missing = left.filter((id) => monthsOf(graph.getNodeAttributes(id)) === undefined);
      return { by: 'fastest', months: total, missing: missing.length, fill };
    },
  };
}

/** Best paid: each move costs how far the midpoint of the role it enters is below the top one. */
function bestPaid(graph: CareerGraph): Measure {
  const mids: number[] = [];
  const currencies = new Set<string>();
  graph.forEachNode((_id, a) => {
    const m = midpointOf(a);
    if (m === undefined) return;
    mids.push(m);
    if (a.currency) currencies.add(a.currency);
  });
  const fill = median(mids);
  if (fill === undefined) return { by: 'pay' };
  if (currencies.size > 1) return { by: 'pay', currencies: [...currencies].sort() };
  const currency = [...currencies][0] ?? '';
  const top = Math.max(...mids);
  const mid = (id: string) => midpointOf(graph.getNodeAttributes(id)) ?? fill;
  return {
    // One currency unit per move: of two paths through equally paid roles, the shorter wins.
    weight: (_e, _source, target) => top - mid(target) + 1,
    figures: (path) => {
      if (!hasAll(graph, path)) return undefined;
      const entered = path.slice(1);
      const average = entered.reduce((n, id) => n + mid(id), 0) / Math.max(1, entered.length);
      const missing = entered.filter((id) => midpointOf(graph.getNodeAttributes(id)) === undefined);
      return { by: 'pay', average, currency, missing: missing.length, fill };
    },
  };
}

/** Most travelled: the people who made the path's least-travelled move. */
function travelledFigures(graph: CareerGraph): PathFigures {
  const people = (e: MoveEdge) => peopleOf(e) ?? 0;
  return (path) => {
    const ends = path.slice(1).map((t, i) => [path[i]!, t] as const);
    if (!ends.every(([s, t]) => graph.hasEdge(s, t))) return undefined;
    const moves = ends.map(([s, t]) => graph.getEdgeAttributes(s, t));
    const fewest = Math.min(...moves.map(people));
    const unstated = moves.some((m) => peopleOf(m) === undefined && fewest === 0);
    return { by: 'travelled', people: fewest, unstated };
  };
}

const hasCounts = (graph: CareerGraph) => graph.someEdge((_e, a) => a.count !== undefined);

/**
 * Why a catalog cannot order paths a given way (it states none of the facts needed, or its pay
 * bands are in several currencies), for callers that refuse the question up front.
 * @param graph - the career graph.
 * @param by - the order.
 * @returns the message `findPath` would give, or undefined when the order can be used.
 */
export function pathOrderProblem(graph: CareerGraph, by: PathOrder): string | undefined {
  if (by === 'travelled') return hasCounts(graph) ? undefined : issueText({ by });
  const order = by === 'fastest' ? fastest(graph) : bestPaid(graph);
  return 'weight' in order ? undefined : issueText(order);
}

/**
 * The figures a fact order shows for paths, as data, for the interface to write in its language.
 * @param graph - the career graph (in a large catalog, the focus view that holds the path).
 * @param by - the order.
 * @returns a path's figure, or undefined when the graph states none of the facts the order needs.
 */
export function pathFigures(graph: CareerGraph, by: PathOrder): PathFigures | undefined {
  if (by === 'travelled') return travelledFigures(graph);
  const order = by === 'fastest' ? fastest(graph) : bestPaid(graph);
  return 'weight' in order ? order.figures : undefined;
}

/** A path's figure in English, from its figures on the whole graph (which holds every path). */
const englishFigure = (figures: PathFigures) => (path: readonly string[]) =>
  figureText(figures(path)!);

/** A fact order's move weight and English figure, or why the catalog cannot be ordered so. */
function ordering(m: Measure): Ordering | PathOrderIssue {
  return 'weight' in m ? { weight: m.weight, figure: englishFigure(m.figures) } : m;
}

/**
 * Most travelled: the largest number of people B such that some path uses only moves made by at
 * least B people (binary search over the counts the usable moves have, each test one breadth-first
 * search); then the usual order (fewest moves, or move costs) among those moves.
 */
function mostTravelled(
  graph: CareerGraph,
  from: string,
  to: string,
  usable: (e: MoveEdge, source: string, target: string) => boolean,
  base: (e: MoveEdge) => number,
): Ordering | PathOrderIssue {
  if (!hasCounts(graph)) return { by: 'travelled' };
  const people = (e: MoveEdge) => peopleOf(e) ?? 0;
  const counts = new Set<number>([0]);
  graph.forEachEdge((_e, a, s, t) => {
    if (usable(a, s, t)) counts.add(people(a));
  });
  const sorted = [...counts].sort((a, b) => a - b);
  const reaches = (least: number) => {
    const seen = new Set([from]);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i]!;
      if (v === to) return true;
      graph.forEachOutEdge(v, (_e, a, s, t) => {
        if (seen.has(t) || people(a) < least || !usable(a, s, t)) return;
        seen.add(t);
        queue.push(t);
      });
    }
    return false;
  };
  // sorted[lo] always reaches (or nothing does: then the search below finds no path and says so).
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (reaches(sorted[mid]!)) lo = mid;
    else hi = mid - 1;
  }
  const least = sorted[lo]!;
  return {
    weight: (e) => (people(e) >= least ? base(e) : Infinity),
    figure: englishFigure(travelledFigures(graph)),
  };
}

/**
 * How paths are ordered for one question: by a fact when `by` is set, else by `base`.
 * @param graph - the career graph.
 * @param from - source role id (the most travelled order searches from it).
 * @param to - target role id.
 * @param by - the order asked for, if any.
 * @param usable - whether a move may be used at all.
 * @param base - a move's cost when no fact orders the paths (1, or the model's move cost).
 * @returns the ordering, or why the catalog cannot be ordered that way.
 */
export function orderingFor(
  graph: CareerGraph,
  from: string,
  to: string,
  by: PathOrder | undefined,
  usable: (e: MoveEdge, source: string, target: string) => boolean,
  base: (e: MoveEdge) => number,
): Ordering | PathOrderIssue {
  return by === 'fastest'
    ? ordering(fastest(graph))
    : by === 'pay'
      ? ordering(bestPaid(graph))
      : by === 'travelled'
        ? mostTravelled(graph, from, to, usable, base)
        : { weight: base };
}
