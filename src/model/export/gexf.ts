import writeGexf from 'graphology-gexf/common/writer.js';
import type { CareerGraph } from '../graph/career-graph';
import type { MoveEdge, RoleNode } from '../graph/types';
import { flatten, xmlSafe } from './xml-text';

/**
 * The graph as GEXF 1.3, for Gephi: node label = title, edge label = kind, edge weight = cost;
 * every other attribute is a GEXF attribute (lists joined with `; `).
 * @param graph - the career graph.
 * @returns the GEXF document.
 */
export function exportGEXF(graph: CareerGraph): string {
  return writeGexf<RoleNode, MoveEdge>(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({ label: xmlSafe(a.title), attributes: flatten(a) }),
    formatEdge: (_key, a) => ({ label: a.kind, weight: a.cost, attributes: flatten(a) }),
  });
}
