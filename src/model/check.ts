import { stronglyConnectedComponents } from 'graphology-components';
import Graph from 'graphology';
import type { CareerGraph } from './build-graph';
import { baseRank, levelAt, type CareerModel } from './career-model';
import type { Diagnostic } from './diagnostics';

/**
 * The entry-level roles: those in a band below the scale's no-level-word step (Trainee, Entry),
 * or at the lowest rank of all.
 * @param graph - the career graph.
 * @param model - the career model.
 * @returns role ids.
 */
export function entryRoles(graph: CareerGraph, model: CareerModel): string[] {
  let min = Infinity;
  graph.forEachNode((_, a) => (min = Math.min(min, a.rank)));
  const professional = levelAt(model, baseRank(model)).bandIndex;
  return graph.filterNodes(
    (_, a) => a.rank === min || levelAt(model, a.rank).bandIndex < professional,
  );
}

/**
 * Checks a career graph the way a catalog author would want: unreachable roles, dead ends,
 * promotions that do not raise the rank (a stated `Next` the evidence ranks lower), cycles of
 * promotions, and roles whose rank no evidence supports.
 * @param graph - the career graph.
 * @param model - the career model.
 * @returns diagnostics located at each role's title line.
 */
export function checkGraph(graph: CareerGraph, model: CareerModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (id: string) => graph.getNodeAttribute(id, 'line');
  const title = (id: string) => graph.getNodeAttribute(id, 'title');

  // One breadth-first search from every entry role at once: one search per entry role was
  // quadratic (at 20,000 roles, most of the build's time).
  const reached = new Set(entryRoles(graph, model));
  const queue = [...reached];
  for (let i = 0; i < queue.length; i++)
    graph.forEachOutNeighbor(queue[i]!, (n) => {
      if (!reached.has(n)) {
        reached.add(n);
        queue.push(n);
      }
    });
  graph.forEachNode((id) => {
    if (reached.has(id)) return;
    const feeders = graph.inNeighbors(id);
    out.push({
      severity: 'warning',
      line: at(id),
      roleId: id,
      message: feeders.length
        ? `role "${title(id)}" cannot be reached from an entry-level role (only from ${feeders.map(title).join(', ')}, which are not reachable either)`
        : `role "${title(id)}" cannot be reached from an entry-level role: no move leads into it`,
    });
  });

  graph.forEachNode((id) => {
    if (graph.outDegree(id) === 0)
      out.push({
        severity: 'info',
        line: at(id),
        roleId: id,
        message: `dead end: no move leads out of "${title(id)}"`,
      });
  });

  const promotions = new Graph({ type: 'directed' });
  graph.forEachNode((id) => promotions.addNode(id));
  graph.forEachEdge((_e, a, s, t, sa, ta) => {
    if (a.kind !== 'promotion') return;
    promotions.addEdge(s, t);
    if (ta.rank <= sa.rank)
      out.push({
        severity: 'warning',
        line: at(s),
        roleId: s,
        message: `rank inversion: the promotion from "${sa.title}" (rank ${sa.rank}) to "${ta.title}" (rank ${ta.rank}) does not raise the rank`,
      });
  });
  for (const component of stronglyConnectedComponents(promotions)) {
    if (component.length < 2) continue;
    const first = component[0]!;
    out.push({
      severity: 'warning',
      line: at(first),
      roleId: first,
      message: `cycle of promotions: ${component.map(title).join(' → ')} can each be promoted into the other`,
    });
  }
  graph.forEachNode((id, a) => {
    if (a.rankEvidence !== 'default') return;
    out.push({
      severity: 'info',
      line: at(id),
      roleId: id,
      message: `no evidence for the rank of "${a.title}": ${a.rankReason}`,
    });
  });
  return out.sort((a, b) => a.line - b.line);
}
