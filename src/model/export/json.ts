import type { CareerGraph } from '../graph/career-graph';

/**
 * The graph as graphology's JSON serialization.
 * @param graph - the career graph.
 * @returns JSON text of `graph.export()` (two-space indented).
 */
export function exportJSON(graph: CareerGraph): string {
  return JSON.stringify(graph.export(), null, 2);
}
