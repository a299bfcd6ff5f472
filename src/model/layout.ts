import type { CareerGraph } from './build-graph';
import type { CareerModel } from './career-model';

export interface LatticeColumn {
  track: string;
  family: string;
  x: number;
}

export interface Lattice {
  /** Position of every role: x by track and family column, y by rank (entry level at the bottom). */
  positions: Map<string, { x: number; y: number }>;
  columns: LatticeColumn[];
  /** Track id → [first column x, last column x], for track headers and bands. */
  trackSpans: Map<string, [number, number]>;
  minRank: number;
  maxRank: number;
  width: number;
  height: number;
}

export interface LatticeOptions {
  columnWidth?: number;
  rowHeight?: number;
  /** Extra space between tracks, in columns. */
  trackGap?: number;
}

/**
 * Computes the role lattice: a preset layout in O(roles), so it stays instant where force layouts
 * take seconds. Tracks are placed in the model's order (unknown tracks after, by name); inside a
 * track each family gets a column, families ordered by their lowest rank, then by name.
 * @param graph - the career graph (or a subgraph view of it).
 * @param model - the career model (track order).
 * @param options - spacing.
 * @returns positions and the column structure.
 */
export function latticeLayout(
  graph: CareerGraph,
  model: CareerModel,
  options: LatticeOptions = {},
): Lattice {
  const colW = options.columnWidth ?? 120;
  const rowH = options.rowHeight ?? 104;
  const gap = options.trackGap ?? 0.35;
  const trackOrder = new Map(model.tracks.map((t, i) => [t.id, i]));
  const families = new Map<string, { track: string; family: string; minRank: number }>();
  let minRank = Infinity;
  let maxRank = -Infinity;
  graph.forEachNode((_id, a) => {
    minRank = Math.min(minRank, a.rank);
    maxRank = Math.max(maxRank, a.rank);
    const key = `${a.track}\u0000${a.family.toLowerCase()}`;
    const f = families.get(key);
    if (!f) families.set(key, { track: a.track, family: a.family, minRank: a.rank });
    else f.minRank = Math.min(f.minRank, a.rank);
  });
  const ordered = [...families.entries()].sort(([, a], [, b]) => {
    const ta = trackOrder.get(a.track) ?? Infinity;
    const tb = trackOrder.get(b.track) ?? Infinity;
    if (ta !== tb) return ta - tb;
    if (a.track !== b.track) return a.track.localeCompare(b.track);
    return a.minRank - b.minRank || a.family.localeCompare(b.family);
  });
  const columnOf = new Map<string, number>();
  const columns: LatticeColumn[] = [];
  const trackSpans = new Map<string, [number, number]>();
  let x = 0;
  let prevTrack: string | undefined;
  for (const [key, f] of ordered) {
    if (prevTrack !== undefined && f.track !== prevTrack) x += gap * colW;
    columnOf.set(key, x);
    columns.push({ track: f.track, family: f.family, x });
    const span = trackSpans.get(f.track);
    trackSpans.set(f.track, span ? [span[0], x] : [x, x]);
    prevTrack = f.track;
    x += colW;
  }
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => {
    const cx = columnOf.get(`${a.track}\u0000${a.family.toLowerCase()}`) ?? 0;
    positions.set(id, { x: cx, y: (maxRank - a.rank) * rowH });
  });
  if (!Number.isFinite(minRank)) minRank = maxRank = 0;
  return {
    positions,
    columns,
    trackSpans,
    minRank,
    maxRank,
    width: Math.max(0, x - colW),
    height: (maxRank - minRank) * rowH,
  };
}
