/**
 * Comparing two roles, and the skill gap along a path.
 */

import type { CareerGraph } from '../graph/career-graph';

import { findPath, movesOf, resolveRole, type CareerPath, type Move } from '../query/paths';

import type { CompetencyRef, Lexicon, RoleCompetency } from './lexicon';
import { competenciesOf } from './matching';

export interface ComparedRole {
  id: string;
  title: string;
  level: string;
  rank: number;
  track: string;
}

/** Where a competency was found in a role: the matched phrase and its source. */
export type Evidence = Pick<RoleCompetency, 'evidence' | 'source'>;

/** A competency both roles ask for, with each role's evidence. */
export interface SharedCompetency extends CompetencyRef {
  a: Evidence;
  b: Evidence;
}

/** The comparison of two roles. */
export interface RoleComparison {
  a: ComparedRole;
  b: ComparedRole;
  /** Competencies of both roles, in lexicon order. */
  shared: SharedCompetency[];
  /** Competencies of the first role only. */
  onlyA: RoleCompetency[];
  /** Competencies of the second role only: what is new in moving from the first to the second. */
  onlyB: RoleCompetency[];
  /** Jaccard similarity of the two competency sets (0..1; 0 when neither has any). */
  similarity: number;
  /** Shortest path (fewest moves) from the first role to the second, or null when there is none. */
  path: CareerPath | null;
}

function requireRole(graph: CareerGraph, name: string): string {
  const id = resolveRole(graph, name);
  if (id === undefined) throw new Error(`unknown role "${name}"`);
  return id;
}

function describeRole(graph: CareerGraph, id: string): ComparedRole {
  const a = graph.getNodeAttributes(id);
  return { id, title: a.title, level: a.level, rank: a.rank, track: a.track };
}

/**
 * Compares two roles: level, rank, track, competencies shared and only in one, and the shortest
 * path from the first to the second.
 * @param graph - the career graph.
 * @param lexicon - the competency lexicon.
 * @param a - the first role, by id or exact title (case-insensitive).
 * @param b - the second role, likewise.
 * @returns the comparison; `onlyB` is what the second role adds.
 * @throws Error `unknown role "<name>"` when a role is not in the graph.
 */
export function compareRoles(
  graph: CareerGraph,
  lexicon: Lexicon,
  a: string,
  b: string,
): RoleComparison {
  const ia = requireRole(graph, a);
  const ib = requireRole(graph, b);
  const ca = competenciesOf(graph, lexicon, ia);
  const cb = competenciesOf(graph, lexicon, ib);
  const inB = new Map(cb.map((c) => [c.id, c]));
  const inA = new Set(ca.map((c) => c.id));
  const shared: SharedCompetency[] = [];
  const onlyA: RoleCompetency[] = [];
  for (const c of ca) {
    const other = inB.get(c.id);
    if (other)
      shared.push({
        id: c.id,
        label: c.label,
        a: { evidence: c.evidence, source: c.source },
        b: { evidence: other.evidence, source: other.source },
      });
    else onlyA.push(c);
  }
  const onlyB = cb.filter((c) => !inA.has(c.id));
  const union = shared.length + onlyA.length + onlyB.length;
  const found = findPath(graph, ia, ib);
  return {
    a: describeRole(graph, ia),
    b: describeRole(graph, ib),
    shared,
    onlyA,
    onlyB,
    similarity: union ? shared.length / union : 0,
    path: found.found ? { path: found.path, moves: found.moves, cost: found.cost } : null,
  };
}

/** One role along a path and what it adds. */
export interface GapStep {
  id: string;
  title: string;
  /** The move into this role (null for the first role of the path). */
  move: Move | null;
  /**
   * Competencies this role asks for that no earlier role on the path asks for: what to build
   * next. For the first role: all of its competencies (the starting point).
   */
  new: RoleCompetency[];
}

/**
 * The skill gap along a path: for each role, the competencies new at that step.
 * @param graph - the career graph.
 * @param lexicon - the competency lexicon.
 * @param path - role ids (or exact titles) in order, as `findPath` returns them. Consecutive
 *   roles need not be connected; `move` is null where they are not.
 * @returns one step per role.
 * @throws Error `unknown role "<name>"` when a role is not in the graph.
 */
export function gapAlongPath(
  graph: CareerGraph,
  lexicon: Lexicon,
  path: readonly string[],
): GapStep[] {
  const ids = path.map((p) => requireRole(graph, p));
  const held = new Set<string>();
  return ids.map((id, i) => {
    const prev = i > 0 ? ids[i - 1]! : undefined;
    const move =
      prev !== undefined && graph.hasDirectedEdge(prev, id) ? movesOf(graph, [prev, id])[0]! : null;
    const fresh = competenciesOf(graph, lexicon, id).filter((c) => !held.has(c.id));
    for (const c of fresh) held.add(c.id);
    return { id, title: graph.getNodeAttribute(id, 'title'), move, new: fresh };
  });
}

/** Options of {@link suggestMoves}. */
