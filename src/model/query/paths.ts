/**
 * The search for career paths: the best path from one role to another by the order asked for,
 * with its alternatives (Yen's algorithm), and the moves a path is made of. How a fact orders
 * the paths is `path-orders.ts`.
 */
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { bidirectional as bfsBidirectional } from 'graphology-shortest-path/unweighted';
import type { CareerGraph } from '../graph/career-graph';
import type { MoveEdge, MoveKind, MoveWhy, Strength } from '../graph/types';
import { titleKey } from '../graph/text';
import {
  issueText,
  orderingFor,
  type MoveWeight,
  type PathOrder,
  type PathOrderIssue,
} from './path-orders';

export interface PathOptions {
  /** Weigh moves by the model's move costs instead of counting them. */
  weighted?: boolean;
  /** Use promotions only (no lateral moves). */
  promotionsOnly?: boolean;
  /** Role ids the path must not pass through. */
  avoid?: readonly string[];
  /** How many alternative paths to add after the best one (next-best first; at most 10). */
  alternatives?: number;
  /**
   * Time the alternatives may take, in milliseconds (default 1,000). Yen's algorithm runs one
   * search per role of the path before: on a long chain of roles it is superlinear, so the
   * answer stops at the budget and says so (`alternativesCutShort`).
   */
  budgetMs?: number;
  /** Order paths by a role fact instead of by moves (see {@link PathOrder}). */
  by?: PathOrder;
}

/** The most alternatives a query may ask for. */
export const MAX_ALTERNATIVES_CAP = 10;

export interface Move {
  from: string;
  to: string;
  kind: MoveKind;
  /** Why the move exists, with its evidence (the edge's `reason`). */
  reason: string;
  /** The reason in one short sentence (the edge's `summary`). */
  summary: string;
  /** How well its evidence holds (the edge's `strength`). */
  strength: Strength;
  /** Why the move exists, as data (the edge's `why`). */
  why: MoveWhy;
}

export interface CareerPath {
  path: string[];
  moves: Move[];
  /**
   * What the path is ordered by: the number of moves, the sum of move costs when weighted, the
   * months (fastest), the moves (travelled), or the pay shortfall (pay).
   */
  cost: number;
  /**
   * The figure a person compares the paths by, when they are ordered by a fact: "42 months in the
   * roles passed through", "least-travelled move: 14 people", "average pay midpoint 72,500 USD".
   */
  figure?: string;
}

export type PathResult =
  | ({
      found: true;
      alternatives: CareerPath[];
      /** True when the time budget stopped the search for alternatives before it had them all. */
      alternativesCutShort: boolean;
    } & CareerPath)
  | { found: false; message: string; why: NoPathWhy };

/**
 * Why a search found no path, as data (its `message` says it in English): a role that is not in
 * the catalog, an end among the roles to avoid, an order the catalog cannot give (`issue`), or no
 * path between the two with the options asked (role ids: `from`, `to`, the roles to `avoid`).
 */
export type NoPathWhy =
  | { kind: 'unknown'; end: 'source' | 'target'; id: string }
  | { kind: 'end-avoided' }
  | { kind: 'order'; issue: PathOrderIssue }
  | { kind: 'none'; from: string; to: string; promotionsOnly: boolean; avoid: string[] };

/**
 * Finds a role by id, or by exact title (case-insensitive).
 * @param graph - the career graph.
 * @param name - an id or a title.
 * @returns the role's id, or undefined.
 */
export function resolveRole(graph: CareerGraph, name: string): string | undefined {
  if (graph.hasNode(name)) return name;
  const wanted = titleKey(name);
  return graph.findNode((_, a) => titleKey(a.title) === wanted);
}

/** Turns a node path into its moves, reading each edge of the graph. */
export function movesOf(graph: CareerGraph, path: readonly string[]): Move[] {
  const moves: Move[] = [];
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1]!;
    const to = path[i]!;
    const e = graph.getEdgeAttributes(from, to);
    const { kind, reason, summary, strength, why } = e;
    moves.push({ from, to, kind, reason, summary, strength, why });
  }
  return moves;
}

function pathCost(graph: CareerGraph, path: readonly string[], weight: MoveWeight) {
  let c = 0;
  for (let i = 1; i < path.length; i++)
    c += weight(graph.getEdgeAttributes(path[i - 1]!, path[i]!), path[i - 1]!, path[i]!);
  return c;
}

/**
 * Shortest career path from one role to another, with up to N alternatives (Yen's algorithm on
 * top of graphology's bidirectional Dijkstra). Excluded edges and nodes get an infinite weight
 * instead of being removed, so no query copies the graph.
 * @param graph - the career graph.
 * @param from - source role id.
 * @param to - target role id.
 * @param options - weighting, promotions only, roles to avoid, number of alternatives.
 * @returns the path, its moves and alternatives (next-best first, each distinct), or `found: false`.
 */
export function findPath(
  graph: CareerGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): PathResult {
  for (const [label, id] of [
    ['source', from],
    ['target', to],
  ] as const) {
    if (!graph.hasNode(id))
      return {
        found: false,
        message: `unknown ${label} role "${id}"`,
        why: { kind: 'unknown', end: label, id },
      };
  }
  const avoid = new Set(options.avoid ?? []);
  if (avoid.has(from) || avoid.has(to))
    return {
      found: false,
      message: 'the start or the goal is among the roles to avoid',
      why: { kind: 'end-avoided' },
    };
  const base = (e: MoveEdge) => (options.weighted ? e.cost : 1);
  const usable = (e: MoveEdge, src: string, tgt: string) =>
    !(options.promotionsOnly && e.kind !== 'promotion') && !avoid.has(src) && !avoid.has(tgt);
  const by = options.by;
  const order = orderingFor(graph, from, to, by, usable, base);
  if (!('weight' in order))
    return { found: false, message: issueText(order), why: { kind: 'order', issue: order } };

  const search = (s: string, bannedNodes: Set<string>, bannedEdges: Set<string>) => {
    const weight = (edge: string, e: MoveEdge) => {
      if (bannedEdges.has(edge)) return Infinity;
      const src = graph.source(edge);
      const tgt = graph.target(edge);
      if (!usable(e, src, tgt) || bannedNodes.has(src) || bannedNodes.has(tgt)) return Infinity;
      return order.weight(e, src, tgt);
    };
    const p = bidirectional(graph, s, to, weight);
    if (!p || p.length === 0) return null;
    // Infinite-weight edges are still traversable by the search; a path that needs one is no path.
    for (let i = 1; i < p.length; i++) {
      const edge = graph.edge(p[i - 1], p[i])!;
      if (weight(edge, graph.getEdgeAttributes(edge)) === Infinity) return null;
    }
    return p;
  };

  if (from === to)
    return {
      found: true,
      path: [from],
      moves: [],
      cost: 0,
      alternatives: [],
      alternativesCutShort: false,
    };
  // The common question (fewest moves, nothing excluded) is a plain bidirectional breadth-first
  // search: measured ~3x faster than Dijkstra with a weight callback on 20,000 roles.
  const plain = !options.weighted && !options.promotionsOnly && avoid.size === 0 && !by;
  const first = plain ? bfsBidirectional(graph, from, to) : search(from, new Set(), new Set());
  if (!first) {
    const fromTitle = graph.getNodeAttribute(from, 'title');
    const toTitle = graph.getNodeAttribute(to, 'title');
    const how = [
      options.promotionsOnly ? 'promotions only' : '',
      avoid.size
        ? `avoiding ${[...avoid].map((a) => (graph.hasNode(a) ? graph.getNodeAttribute(a, 'title') : a)).join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join(', ');
    return {
      found: false,
      message: `no path from ${fromTitle} to ${toTitle}${how ? ` (${how})` : ''}`,
      why: { kind: 'none', from, to, promotionsOnly: !!options.promotionsOnly, avoid: [...avoid] },
    };
  }

  const best: string[][] = [first];
  const candidates: { path: string[]; cost: number }[] = [];
  const seen = new Set([first.join('\u0000')]);
  const wanted = Math.min(MAX_ALTERNATIVES_CAP, Math.max(0, Math.floor(options.alternatives ?? 0)));
  const deadline = performance.now() + (options.budgetMs ?? 1000);
  let cutShort = false;
  for (let k = 1; k <= wanted && !cutShort; k++) {
    const prev = best[k - 1]!;
    for (let i = 0; i < prev.length - 1; i++) {
      if (performance.now() > deadline) {
        cutShort = true;
        break;
      }
      const spur = prev[i]!;
      const root = prev.slice(0, i + 1);
      const bannedEdges = new Set<string>();
      for (const p of best) {
        if (p.length > i && root.every((n, j) => p[j] === n)) {
          const e = graph.edge(p[i], p[i + 1]);
          if (e) bannedEdges.add(e);
        }
      }
      const bannedNodes = new Set(root.slice(0, -1));
      const spurPath = search(spur, bannedNodes, bannedEdges);
      if (!spurPath) continue;
      const total = [...root.slice(0, -1), ...spurPath];
      const key = total.join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ path: total, cost: pathCost(graph, total, order.weight) });
    }
    if (cutShort || candidates.length === 0) break;
    // Stable: among equal costs the first found (shorter root divergence) wins.
    let bi = 0;
    candidates.forEach((c, i) => {
      if (c.cost < candidates[bi]!.cost) bi = i;
    });
    best.push(candidates.splice(bi, 1)[0]!.path);
  }

  const describe = (p: string[]): CareerPath => ({
    path: p,
    moves: movesOf(graph, p),
    cost: pathCost(graph, p, order.weight),
    ...(order.figure ? { figure: order.figure(p) } : {}),
  });
  return {
    found: true,
    ...describe(first),
    alternatives: best.slice(1).map(describe),
    alternativesCutShort: cutShort,
  };
}
