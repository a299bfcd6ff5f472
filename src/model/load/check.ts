import type { CareerGraph } from '../graph/career-graph';
import { isEntryRank, levelAt, type CareerModel } from '../career/career-model';
import type { Diagnostic } from '../graph/diagnostics';

/** How many roles leading into an unreachable one a finding names. */
const MAX_NAMED = 3;

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
  return graph.filterNodes((_, a) => isEntryRank(model, a.rank, min));
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
      finding: {
        kind: 'unreachable',
        title: title(id),
        from: feeders.slice(0, MAX_NAMED).map(title),
        more: Math.max(0, feeders.length - MAX_NAMED),
      },
      message: feeders.length
        ? `role "${title(id)}" cannot be reached from an entry-level role (only from ${feeders.map(title).join(', ')}, ${feeders.length === 1 ? 'which is' : 'which are'} not reachable either)`
        : `role "${title(id)}" cannot be reached from an entry-level role: no move leads into it`,
    });
  });

  graph.forEachNode((id) => {
    if (graph.outDegree(id) === 0)
      out.push({
        severity: 'info',
        line: at(id),
        roleId: id,
        finding: { kind: 'dead-end', title: title(id) },
        message: `dead end: no move leads out of "${title(id)}"`,
      });
  });

  // The promotions as adjacency lists over node numbers, for the cycle search.
  const ids = graph.nodes();
  const number = new Map(ids.map((id, i) => [id, i]));
  const promotions: number[][] = ids.map(() => []);
  graph.forEachEdge((_e, a, s, t, sa, ta) => {
    if (a.kind !== 'promotion') return;
    promotions[number.get(s)!]!.push(number.get(t)!);
    if (ta.rank <= sa.rank)
      out.push({
        severity: 'warning',
        line: at(s),
        roleId: s,
        finding: {
          kind: 'no-rise',
          from: sa.title,
          to: ta.title,
          fromLevel: levelAt(model, sa.rank).label,
          toLevel: levelAt(model, ta.rank).label,
          word: levelWordAt(model, sa.rank + 1),
          stated: a.provenance === 'stated',
        },
        message: `rank inversion: the promotion from "${sa.title}" (rank ${sa.rank}) to "${ta.title}" (rank ${ta.rank}) does not raise the rank`,
      });
  });
  const lines = ids.map((id) => at(id));
  for (const cycle of promotionCycles(promotions, lines)) {
    const first = ids[cycle[0]!]!;
    out.push({
      severity: 'warning',
      line: at(first),
      roleId: first,
      finding: { kind: 'cycle', titles: cycle.map((i) => title(ids[i]!)) },
      message: `cycle of promotions: ${cycle.map((i) => title(ids[i]!)).join(' → ')} can each be promoted into the other`,
    });
  }
  graph.forEachNode((id, a) => {
    if (a.rankEvidence !== 'default') return;
    // A promotion the model found out of it: the move the author may state to place it.
    const next = graph.findOutEdge(id, (_e, m) => m.kind === 'promotion');
    out.push({
      severity: 'info',
      line: at(id),
      roleId: id,
      finding: {
        kind: 'unplaced',
        title: a.title,
        level: levelAt(model, a.rank).bandLabel,
        ...(next !== undefined && { next: title(graph.target(next)) }),
      },
      message: `no evidence for the rank of "${a.title}": ${a.rankReason}`,
    });
  });
  return out.sort((a, b) => a.line - b.line);
}

/**
 * A level word of a rank, to suggest in a title: its first individual-contributor word, else its
 * first management word (the step above when it has none).
 * @param model - the career model.
 * @param rank - a rank (clamped to the scale).
 * @returns the word, or '' when no step from there up has one.
 */
export function levelWordAt(model: CareerModel, rank: number): string {
  const steps = model.scale.flatMap((b) => b.steps);
  for (let r = Math.max(0, Math.min(steps.length - 1, rank)); r < steps.length; r++) {
    const s = steps[r]!;
    const word = s.ic.find(Boolean) ?? s.management.find(Boolean);
    if (word) return word;
  }
  return '';
}

/**
 * The strongly connected components of a directed graph, by Tarjan's algorithm with an explicit
 * stack instead of recursion: linear time, and no stack overflow on a chain of any length (the
 * recursive search of graphology-components overflowed at about 8,000 roles in a chain).
 * @param adjacency - for each node (numbered from 0), the nodes it has an edge to.
 * @returns every component (a single node too), each as node numbers in the order the search
 *   first reached them.
 */
export function strongComponents(adjacency: readonly (readonly number[])[]): number[][] {
  const n = adjacency.length;
  const order = new Int32Array(n).fill(-1); // when the search first reached each node
  const low = new Int32Array(n); // lowest order reachable from the node's subtree
  const onStack = new Uint8Array(n);
  const stack: number[] = []; // reached nodes not yet in a component
  const callNode = new Int32Array(n); // the search's own call stack: node…
  const callEdge = new Int32Array(n); // …and how many of its edges it has followed
  const components: number[][] = [];
  let reached = 0;
  const reach = (v: number) => {
    order[v] = low[v] = reached++;
    stack.push(v);
    onStack[v] = 1;
  };
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = 0;
    reach(root);
    while (depth >= 0) {
      const v = callNode[depth]!;
      const edges = adjacency[v]!;
      if (callEdge[depth]! < edges.length) {
        const w = edges[callEdge[depth]!++]!;
        if (order[w] === -1) {
          reach(w);
          callNode[++depth] = w;
          callEdge[depth] = 0;
        } else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      if (low[v] === order[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component.reverse());
      }
      depth--;
      if (depth >= 0) {
        const u = callNode[depth]!;
        low[u] = Math.min(low[u]!, low[v]!);
      }
    }
  }
  return components;
}

/**
 * The cycles of promotions: the strongly connected components of two roles or more, each listed
 * in promotion order (a depth-first walk along the promotions inside the component), so a simple
 * cycle reads A → B → C as A is promoted into B, B into C. Each starts from the role the catalog
 * names last: the one whose stated move usually closes the cycle (where the rank inversion is
 * reported too), so the first arrow is the move to look at.
 * @param promotions - for each role (numbered from 0), the roles it is promoted into.
 * @param lines - each role's line in the catalog.
 * @returns the cycles, as role numbers.
 */
function promotionCycles(promotions: readonly (readonly number[])[], lines: readonly number[]) {
  const componentOf = new Int32Array(promotions.length).fill(-1);
  const seen = new Uint8Array(promotions.length);
  const cycles: number[][] = [];
  for (const component of strongComponents(promotions)) {
    if (component.length < 2) continue;
    const id = cycles.length;
    let start = component[0]!;
    for (const v of component) {
      componentOf[v] = id;
      if (lines[v]! > lines[start]! || (lines[v] === lines[start] && v > start)) start = v;
    }
    const walk: number[] = [];
    const todo = [start];
    while (todo.length) {
      const v = todo.pop()!;
      if (seen[v]) continue;
      seen[v] = 1;
      walk.push(v);
      const next = promotions[v]!;
      for (let k = next.length - 1; k >= 0; k--)
        if (componentOf[next[k]!] === id && !seen[next[k]!]) todo.push(next[k]!);
    }
    cycles.push(walk);
  }
  return cycles;
}
