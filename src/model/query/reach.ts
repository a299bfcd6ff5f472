import { bfsFromNode } from 'graphology-traversal/bfs';
import type { CareerGraph } from '../graph/career-graph';
import type { MoveKind } from '../graph/types';

export interface Reached {
  id: string;
  /** Fewest moves from (or to) the starting role. */
  moves: number;
}

function walk(
  graph: CareerGraph,
  id: string,
  maxMoves: number,
  mode: 'outbound' | 'inbound',
  kinds?: readonly MoveKind[],
): Reached[] {
  if (!graph.hasNode(id)) return [];
  const out: Reached[] = [];
  if (!kinds) {
    bfsFromNode(
      graph,
      id,
      (node, _a, depth) => {
        if (node !== id) out.push({ id: node, moves: depth });
        return depth >= maxMoves;
      },
      { mode },
    );
    return out;
  }
  // With a move-kind restriction the traversal must look at edges, which bfsFromNode does not.
  const depth = new Map([[id, 0]]);
  let frontier = [id];
  for (let d = 1; d <= maxMoves && frontier.length; d++) {
    const next: string[] = [];
    for (const v of frontier) {
      const edges = mode === 'outbound' ? graph.outEdges(v) : graph.inEdges(v);
      for (const e of edges) {
        if (!kinds.includes(graph.getEdgeAttribute(e, 'kind'))) continue;
        const u = graph.opposite(v, e);
        if (depth.has(u)) continue;
        depth.set(u, d);
        next.push(u);
        out.push({ id: u, moves: d });
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * Roles reachable from a role within N moves.
 * @param graph - the career graph.
 * @param id - the starting role.
 * @param maxMoves - the most moves allowed.
 * @param kinds - restrict to these move kinds.
 * @returns the roles, nearest first, each with its move count.
 */
export function reachFrom(
  graph: CareerGraph,
  id: string,
  maxMoves: number,
  kinds?: readonly MoveKind[],
): Reached[] {
  return walk(graph, id, maxMoves, 'outbound', kinds);
}

/**
 * Roles that lead into a role (its feeders), within N moves (all when omitted).
 * @param graph - the career graph.
 * @param id - the role fed into.
 * @param maxMoves - the most moves allowed.
 * @param kinds - restrict to these move kinds.
 * @returns the roles, nearest first, each with its move count.
 */
export function feedersOf(
  graph: CareerGraph,
  id: string,
  maxMoves = Infinity,
  kinds?: readonly MoveKind[],
): Reached[] {
  return walk(graph, id, maxMoves, 'inbound', kinds);
}
