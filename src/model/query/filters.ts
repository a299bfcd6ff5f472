import type { CareerGraph } from '../graph/career-graph';
import type { MoveEdge, MoveKind, RoleNode } from '../graph/types';

/** What a person can filter the lattice by. Every field is optional; empty means "everything". */
export interface RoleFilter {
  tracks?: readonly string[];
  /** Inclusive rank range. */
  minRank?: number;
  maxRank?: number;
  /** Inclusive level range, as steps of the model's career level scale (0 = its lowest step). */
  minLevel?: number;
  maxLevel?: number;
  /** Move kinds to keep. */
  kinds?: readonly MoveKind[];
  /** Drop the moves whose evidence is weak. */
  hideWeak?: boolean;
  /** Words that must all appear in the title, family or summary (case-insensitive). */
  text?: string;
}

/**
 * Does a role pass the filter?
 * @param role - node attributes.
 * @param f - the filter.
 * @returns true when the role is kept.
 */
export function roleMatches(role: RoleNode, f: RoleFilter): boolean {
  if (f.tracks && f.tracks.length && !f.tracks.includes(role.track)) return false;
  if (f.minRank !== undefined && role.rank < f.minRank) return false;
  if (f.maxRank !== undefined && role.rank > f.maxRank) return false;
  if (f.minLevel !== undefined && role.rank < f.minLevel) return false;
  if (f.maxLevel !== undefined && role.rank > f.maxLevel) return false;
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length) {
    const hay =
      `${role.title} ${role.family} ${role.summary} ${role.skills.join(' ')}`.toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

/**
 * Does a move pass the filter's move kinds and strength?
 * @param edge - edge attributes.
 * @param f - the filter.
 * @returns true when the move is kept.
 */
export function moveMatches(edge: MoveEdge, f: RoleFilter): boolean {
  if (f.hideWeak && edge.strength === 'weak') return false;
  return !f.kinds || f.kinds.length === 0 || f.kinds.includes(edge.kind);
}

export interface FilteredView {
  roles: Set<string>;
  moves: Set<string>;
}

/**
 * Applies a filter to the whole graph.
 * @param graph - the career graph.
 * @param f - the filter.
 * @param within - when given, only these role ids can be kept (e.g. a reach or feeder set).
 * @returns the kept role ids, and the kept move keys (both ends kept, kind and strength allowed).
 */
export function applyFilter(
  graph: CareerGraph,
  f: RoleFilter,
  within?: ReadonlySet<string>,
): FilteredView {
  const roles = new Set<string>();
  graph.forEachNode((id, a) => {
    if ((!within || within.has(id)) && roleMatches(a, f)) roles.add(id);
  });
  const moves = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (roles.has(s) && roles.has(t) && moveMatches(a, f)) moves.add(e);
  });
  return { roles, moves };
}
