import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { CareerGraph, CareerGraphAttributes } from '../graph/career-graph';
import type { MoveEdge, RoleNode } from '../graph/types';

/**
 * Focus views: the part of a large graph worth drawing. Canvas renderers slow down past a few
 * thousand elements (cytoscape.js issue 2798), so a large catalog is drawn one focus at a time.
 */
export type FocusSpec =
  | { kind: 'around'; role: string; radius: number }
  | { kind: 'track'; track: string; minRank?: number; maxRank?: number }
  | { kind: 'entry' };

export interface FocusResult {
  nodes: Set<string>;
  /** True when the focus had more roles than the cap allows. */
  truncated: boolean;
  /** Roles the focus would hold without the cap. */
  wanted: number;
}

/**
 * Picks the roles of a focus view, at most `cap` of them (plus `include`, always kept).
 * - `around`: roles within `radius` moves of a role, either direction, nearest first;
 * - `track`: the roles of one track (optionally a rank band), lowest rank first;
 * - `entry`: the lowest-ranked roles, a starting point when nothing is selected.
 * @param graph - the whole graph.
 * @param spec - the focus.
 * @param cap - the most roles to draw.
 * @param include - roles that must be in the view (the shown path, the selected role).
 * @returns the chosen roles.
 */
export function focusNodes(
  graph: CareerGraph,
  spec: FocusSpec,
  cap: number,
  include: readonly string[] = [],
): FocusResult {
  const nodes = new Set(include.filter((id) => graph.hasNode(id)));
  let wanted = 0;
  let truncated = false;
  const byRank = (ids: string[]) =>
    ids.sort((a, b) => graph.getNodeAttribute(a, 'rank') - graph.getNodeAttribute(b, 'rank'));
  const take = (ids: Iterable<string>) => {
    for (const id of ids) {
      wanted++;
      if (nodes.has(id)) continue;
      if (nodes.size < cap) nodes.add(id);
      else truncated = true;
    }
  };
  if (spec.kind === 'around') {
    // A role the graph does not have (a stale link) has no neighbourhood: an empty view.
    if (!graph.hasNode(spec.role)) return { nodes, truncated, wanted };
    const depth = new Map([[spec.role, 0]]);
    let frontier = [spec.role];
    take(frontier);
    for (let d = 1; d <= spec.radius && frontier.length; d++) {
      const next: string[] = [];
      for (const v of frontier)
        graph.forEachNeighbor(v, (u) => {
          if (depth.has(u)) return;
          depth.set(u, d);
          next.push(u);
        });
      take(next);
      frontier = next;
    }
  } else if (spec.kind === 'track') {
    const ids = graph.filterNodes(
      (_id, a) =>
        a.track === spec.track &&
        (spec.minRank === undefined || a.rank >= spec.minRank) &&
        (spec.maxRank === undefined || a.rank <= spec.maxRank),
    );
    take(byRank(ids));
  } else {
    let min = Infinity;
    graph.forEachNode((_id, a) => (min = Math.min(min, a.rank)));
    // Lowest first, so a cap keeps the lowest ranks.
    take(byRank(graph.filterNodes((_id, a) => a.rank <= min + 1)));
  }
  return { nodes, truncated, wanted };
}

/**
 * The subgraph induced by some roles, serialized (graphology's `export()` format) so it can
 * cross from a worker to the page.
 * @param graph - the whole graph.
 * @param nodes - the roles to keep.
 * @returns nodes with their attributes and every move between two kept roles.
 */
export function subgraphExport(
  graph: CareerGraph,
  nodes: ReadonlySet<string>,
): SerializedGraph<RoleNode, MoveEdge, CareerGraphAttributes> {
  const sub: CareerGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  sub.replaceAttributes(graph.getAttributes());
  for (const id of nodes) sub.addNode(id, graph.getNodeAttributes(id));
  for (const id of nodes)
    graph.forEachOutEdge(id, (e, a, s, t) => {
      if (nodes.has(t)) sub.addEdgeWithKey(e, s, t, a);
    });
  return sub.export();
}
