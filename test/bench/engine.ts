/**
 * The engine's figures in Node: catalog text → graph (the app's parse and build) beside its two
 * peers measured in the same rounds (graphology's own `Graph.from(JSON.parse(export))` of the same
 * graph, and bare insertion of the same roles and moves), then path search, reach and filters.
 */
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { defaultModel } from '../../src/model/career/default-model';
import {
  applyFilter,
  buildCareerGraph,
  findPath,
  parseCatalog,
  reachFrom,
  type CareerGraph,
} from '../../src/model/index';
import { generateCatalog } from '../synthetic';
import { gc, median, progress, quantile, rng, RUNS, sample, time, type Sample } from './stats';

/** 2k and 20k: the sizes the growth target compares (each is timed seven times, with peers). */
export const SIZES = [2000, 20000];
const PAIRS = 200;

export interface SizeRow {
  roles: number;
  moves: number;
  /** The app's parse alone. */
  parse: Sample;
  /** The app's parse and build: catalog text → graph. */
  parseBuild: Sample;
  /** graphology's `Graph.from(JSON.parse(s))`, `s` the built graph's export as JSON. */
  fromExport: Sample;
  /** The same roles and moves added one by one to an empty graphology graph. */
  insert: Sample;
  pathP50Ms: number;
  pathP95Ms: number;
  pathsFound: number;
  reachablePathP50Ms: number;
  alternatives3P50Ms: number;
  reach2P50Ms: number;
  filterP50Ms: number;
}

type Insert = () => CareerGraph;

/**
 * graphology's own insertion of `g`'s roles and moves into an empty graph, with nothing else (no
 * parsing, no rules): the floor under "parse + build" as long as the graph is graphology.
 */
function inserter(g: CareerGraph): Insert {
  const nodes = g.mapNodes((id, a) => [id, a] as const);
  const edges = g.mapEdges((e, a, s, t) => [e, s, t, a] as const);
  return () => {
    const copy: CareerGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
    for (const [id, a] of nodes) copy.addNode(id, a);
    for (const [e, s, t, a] of edges) if (!copy.hasEdge(s, t)) copy.addEdgeWithKey(e, s, t, a);
    return copy;
  };
}

/**
 * Times the app's parse + build of `text` and its two peers, alternating them in each of the
 * rounds (after one warm-up round) so that drift in the machine's load affects all three alike.
 * Each timed run starts after a full collection, with only the catalog text and one graph alive.
 */
function textToGraph(text: string) {
  let graph = buildCareerGraph(parseCatalog(text).roles, defaultModel).graph;
  const exported = JSON.stringify(graph.export());
  const insert = inserter(graph);
  const fromExport = () => Graph.from(JSON.parse(exported) as SerializedGraph) as CareerGraph;
  const parse: number[] = [];
  const parseBuild: number[] = [];
  const peer: number[] = [];
  const bare: number[] = [];
  let check = { app: 0, peer: 0, bare: 0 };
  for (let i = -1; i < RUNS; i++) {
    gc();
    const t0 = performance.now();
    const parsed = parseCatalog(text);
    const t1 = performance.now();
    const built = buildCareerGraph(parsed.roles, defaultModel).graph;
    const t2 = performance.now();
    gc();
    const t3 = performance.now();
    const copy = fromExport();
    const t4 = performance.now();
    gc();
    const t5 = performance.now();
    const inserted = insert();
    const t6 = performance.now();
    check = { app: built.size, peer: copy.size, bare: inserted.size };
    graph = built;
    if (i < 0) continue;
    parse.push(t1 - t0);
    parseBuild.push(t2 - t0);
    peer.push(t4 - t3);
    bare.push(t6 - t5);
  }
  if (check.peer !== check.app || check.bare !== check.app)
    throw new Error(`the peers built other graphs: ${JSON.stringify(check)}`);
  return {
    graph,
    parse: sample(parse),
    parseBuild: sample(parseBuild),
    fromExport: sample(peer),
    insert: sample(bare),
  };
}

function paths(g: CareerGraph) {
  const ids = g.nodes();
  const rand = rng(7);
  const pick = () => ids[Math.floor(rand() * ids.length)]!;
  const pathTimes: number[] = [];
  let found = 0;
  for (let i = 0; i < PAIRS; i++) {
    const a = pick();
    const b = pick();
    pathTimes.push(
      time(() => {
        if (findPath(g, a, b).found) found++;
      }),
    );
  }
  // Most random pairs have no path (nobody moves down in rank), so alternatives and the
  // "reachable" path figure use pairs that do: random roles and five roles each can reach (a
  // search of everything a role reaches costs ~0.1 s at 20k, so not one per pair).
  const reachable: [string, string][] = [];
  while (reachable.length < 50) {
    const a = pick();
    const r = reachFrom(g, a, Infinity);
    for (let i = 0; r.length && i < 5; i++)
      reachable.push([a, r[Math.floor(rand() * r.length)]!.id]);
  }
  // Twenty of them, two per source role.
  const altTimes = reachable
    .filter((_, i) => i % 5 < 2)
    .map(([a, b]) => time(() => findPath(g, a, b, { alternatives: 3 })));
  const reachablePathTimes = reachable.map(([a, b]) => time(() => findPath(g, a, b)));
  const reachTimes: number[] = [];
  const filterTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const a = pick();
    reachTimes.push(time(() => reachFrom(g, a, 2)));
    filterTimes.push(
      time(() => applyFilter(g, { tracks: ['support-engineering'], text: 'escalation' })),
    );
  }
  return {
    pathP50Ms: median(pathTimes),
    pathP95Ms: quantile(pathTimes, 0.95),
    pathsFound: found / PAIRS,
    reachablePathP50Ms: median(reachablePathTimes),
    alternatives3P50Ms: median(altTimes),
    reach2P50Ms: median(reachTimes),
    filterP50Ms: median(filterTimes),
  };
}

/** Cytoscape's own Dijkstra on the same graph: the peer figure for path search. */
export function cytoscapeDijkstra(g: CareerGraph): number {
  const elements = [
    ...g.mapNodes((id) => ({ group: 'nodes' as const, data: { id } })),
    ...g.mapEdges((e, _a, s, t) => ({
      group: 'edges' as const,
      data: { id: e, source: s, target: t },
    })),
  ];
  const cy = cytoscape({ headless: true, elements });
  const ids = g.nodes();
  const rand = rng(7);
  const times: number[] = [];
  // Five queries: each takes seconds at 20k roles on a small machine.
  for (let i = 0; i < 5; i++) {
    const a = ids[Math.floor(rand() * ids.length)]!;
    const b = ids[Math.floor(rand() * ids.length)]!;
    times.push(
      time(() => {
        const d = cy.elements().dijkstra({ root: cy.getElementById(a), directed: true });
        d.pathTo(cy.getElementById(b));
      }),
    );
  }
  cy.destroy();
  return median(times);
}

/** Every size's row, and the largest size's graph and catalog text for the other parts. */
export function engine(): { rows: SizeRow[]; largest: CareerGraph; largestText: string } {
  const rows: SizeRow[] = [];
  let largest: CareerGraph | null = null;
  let largestText = '';
  for (const n of SIZES) {
    progress(`engine: ${n.toLocaleString('en-US')} roles`);
    const text = generateCatalog({ roles: n });
    const { graph, ...timed } = textToGraph(text);
    rows.push({ roles: graph.order, moves: graph.size, ...timed, ...paths(graph) });
    largest = graph;
    largestText = text;
  }
  return { rows, largest: largest!, largestText };
}
