import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Graph from 'graphology';
import { defaultModel } from '../../src/model/career/default-model';
import { seedOverlay } from '../../src/model/career/default-overlay';
import { overlayNameOf, readOverlay, type Overlay } from '../../src/model/career/overlay';
import {
  formatFromFileName,
  loadCatalog,
  type CareerGraph,
  type MoveEdge,
  type MoveKind,
  type Strength,
  type RoleNode,
} from '../../src/model/index';

/** Reads a file relative to the repository root. */
export function readRepoFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

/**
 * The bundled catalog as the page builds it: with its overlay (its tracks' names and colours).
 * @returns the loaded catalog (its graph, findings, …).
 */
export function loadSeed() {
  return loadCatalog(
    {
      text: readRepoFile('data/role-blueprints.txt'),
      file: 'role-blueprints.txt',
      format: 'text',
      overlay: seedOverlay,
    },
    { model: defaultModel },
  );
}

/**
 * The overlay beside a catalog (`<catalog>.model.json`), read as the command-line tool reads it.
 * @param catalog - the catalog's path from the repository root.
 * @returns the overlay, or undefined when the catalog has none.
 */
export function overlayBeside(catalog: string): Overlay | undefined {
  const file = overlayNameOf(catalog);
  if (!existsSync(new URL(`../../${file}`, import.meta.url))) return undefined;
  return readOverlay(JSON.parse(readRepoFile(file)), file);
}

/** The catalogs of a folder of the repository (not the expectations, overlays or models beside them). */
export const catalogsIn = (dir: string): string[] =>
  readdirSync(new URL(`../../${dir}`, import.meta.url))
    .filter((f) => /\.(txt|csv|json)$/.test(f) && !/\.(expect|model)\.json$/.test(f))
    .filter((f) => f !== 'staff-model.json' && f !== 'empty.txt')
    .map((f) => `${dir}/${f}`);

/**
 * The graphs of catalogs of the repository, each built as the app builds it, with its overlay.
 * @param paths - the catalogs, by their path from the repository root.
 */
export function catalogGraphs(paths: readonly string[]) {
  return paths.map((path) => {
    const { graph } = loadCatalog(
      {
        text: readRepoFile(path),
        file: path,
        format: formatFromFileName(path),
        overlay: overlayBeside(path),
      },
      { model: defaultModel },
    );
    return { path, graph, titleOf: (id: string) => graph.getNodeAttribute(id, 'title') };
  });
}

/** Reads a fixture from test/fixtures. */
export function readFixture(name: string): string {
  return readRepoFile(`test/fixtures/${name}`);
}

/** Node attributes for a hand-built graph: only what the query under test looks at varies. */
export function roleNode(title: string, rank = 0, track = 'other', extra: Partial<RoleNode> = {}) {
  const node: RoleNode = {
    title,
    family: title,
    level: '',
    ladder: 'ic',
    rank,
    band: '',
    rankReason: '',
    rankWhy: { basis: { rule: 'default', rank }, steps: [] },
    rankEvidence: 'test',
    track,
    summary: '',
    skills: [],
    responsibilities: [],
    kpis: [],
    line: 0,
    ...extra,
  };
  return node;
}

export interface TinyEdge {
  from: string;
  to: string;
  kind?: MoveKind;
  cost?: number;
  strength?: Strength;
}

/**
 * Builds a career graph directly with graphology: node ids double as titles, an edge's reason names
 * its ends, so tests can check that a returned move carries the reason of the edge it walks.
 */
export function tinyGraph(ids: readonly string[], edges: readonly TinyEdge[]): CareerGraph {
  const g: CareerGraph = new Graph<RoleNode, MoveEdge>({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  ids.forEach((id, i) => g.addNode(id, roleNode(id.toUpperCase(), i, 'other', { line: i + 1 })));
  const i0 = (id: string) => Math.max(0, ids.indexOf(id));
  for (const e of edges) {
    g.addDirectedEdgeWithKey(`${e.from}->${e.to}`, e.from, e.to, {
      kind: e.kind ?? 'promotion',
      reason: `${e.from} to ${e.to}`,
      summary: `${e.from} to ${e.to}, in short`,
      why: { rule: 'stated', from: i0(e.from), to: i0(e.to) },
      provenance: 'inferred',
      strength: e.strength ?? 'strong',
      cost: e.cost ?? 1,
      rule: 'test',
    });
  }
  return g;
}

/** Options an independent search honours, mirroring findPath's options. */
export interface SearchOptions {
  promotionsOnly?: boolean;
  avoid?: readonly string[];
}

function usable(g: CareerGraph, s: string, t: string, o: SearchOptions): boolean {
  if (o.avoid?.includes(s) || o.avoid?.includes(t)) return false;
  return !o.promotionsOnly || g.getEdgeAttribute(s, t, 'kind') === 'promotion';
}

/** Fewest moves from `from` to `to` by plain breadth-first search, or undefined when unreachable. */
export function bfsMoves(
  g: CareerGraph,
  from: string,
  to: string,
  o: SearchOptions = {},
): number | undefined {
  if (o.avoid?.includes(from) || o.avoid?.includes(to)) return undefined;
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length) {
    const v = queue.shift()!;
    if (v === to) return dist.get(v);
    for (const u of g.outNeighbors(v)) {
      if (dist.has(u) || !usable(g, v, u, o)) continue;
      dist.set(u, dist.get(v)! + 1);
      queue.push(u);
    }
  }
  return undefined;
}

/** Every simple path from `from` to `to` (exhaustive depth-first search; small graphs only). */
export function allSimplePaths(
  g: CareerGraph,
  from: string,
  to: string,
  o: SearchOptions = {},
): string[][] {
  const out: string[][] = [];
  if (o.avoid?.includes(from) || o.avoid?.includes(to)) return out;
  const walk = (path: string[]) => {
    const v = path[path.length - 1]!;
    if (v === to) {
      out.push([...path]);
      return;
    }
    for (const u of g.outNeighbors(v)) {
      if (path.includes(u) || !usable(g, v, u, o)) continue;
      path.push(u);
      walk(path);
      path.pop();
    }
  };
  walk([from]);
  return out;
}

/** Sum of the edge costs along a path (or its number of moves when not weighted). */
export function costOf(g: CareerGraph, path: readonly string[], weighted: boolean): number {
  let c = 0;
  for (let i = 1; i < path.length; i++)
    c += weighted ? g.getEdgeAttribute(path[i - 1]!, path[i]!, 'cost') : 1;
  return c;
}

/** Asserts-free check that every consecutive pair of a path is an edge of the graph. */
export function isWalkOf(g: CareerGraph, path: readonly string[]): boolean {
  for (let i = 1; i < path.length; i++)
    if (!g.hasDirectedEdge(path[i - 1]!, path[i]!)) return false;
  return true;
}
