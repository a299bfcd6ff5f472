import type { CareerGraph } from '../graph/career-graph';
import { tracksOf } from './encoding';

export interface LatticeColumn {
  track: string;
  family: string;
  x: number;
}

export interface Lattice {
  /** Position of every role: x by track and family column, y by rank (entry level at the bottom). */
  positions: Map<string, { x: number; y: number }>;
  columns: LatticeColumn[];
  /** Each row: its rank and y (a row per rank with roles, in every band). */
  rows: { rank: number; y: number }[];
  /** Bands the columns wrap into (1: one lattice). */
  bands: number;
  /** Track id → [first column x, last column x], for track headers and bands. */
  trackSpans: Map<string, [number, number]>;
  /** Distance between neighbouring columns of one track, and between rows. */
  columnWidth: number;
  rowHeight: number;
}

/**
 * Default column and row spacing, in canvas units. A role is drawn as a card a little narrower
 * and much shorter than its cell: the gaps between cards are the lanes and corridors the moves
 * are routed through.
 */
export const LATTICE_COLUMN = 140;
export const LATTICE_ROW = 160;

export interface LatticeOptions {
  columnWidth?: number;
  rowHeight?: number;
  /** Extra space between tracks, in columns. */
  trackGap?: number;
  /** Above this many family columns, wrap them into bands stacked vertically. */
  maxColumns?: number;
  /** Width / height the wrapped bands aim for. */
  aspect?: number;
}

/**
 * Computes the role lattice: a preset layout in O(roles), so it stays instant where force layouts
 * take seconds. Tracks are placed in the graph's order (its `tracks` attribute: lowest first;
 * unknown tracks after, by name); inside a track each family gets a column, families ordered by
 * their lowest rank, then by name.
 * @param graph - the career graph (or a subgraph view of it).
 * @param options - spacing.
 * @returns positions and the column structure.
 */
export function latticeLayout(graph: CareerGraph, options: LatticeOptions = {}): Lattice {
  const colW = options.columnWidth ?? LATTICE_COLUMN;
  const rowH = options.rowHeight ?? LATTICE_ROW;
  const gap = options.trackGap ?? 0.15;
  const trackOrder = new Map(tracksOf(graph).map((t, i) => [t.id, i]));
  const families = new Map<string, { track: string; family: string; minRank: number }>();
  graph.forEachNode((_id, a) => {
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
  // Many families (a large catalog's focus view) would make one endless row: wrap the columns
  // into bands stacked top to bottom, each band a full lattice, chosen to fill a wide screen.
  const maxColumns = options.maxColumns ?? 24;
  // One row per rank that has roles: the scale's empty steps (a catalog with no Senior Manager)
  // would leave empty bands across the lattice.
  const ranks = [...new Set(graph.mapNodes((_id, a) => a.rank))].sort((a, b) => b - a);
  const rowOf = new Map(ranks.map((r, i) => [r, i]));
  const rows = Math.max(1, ranks.length);
  const bandHeight = (rows + 0.6) * rowH;
  let perBand = ordered.length;
  if (ordered.length > maxColumns) {
    let best = Infinity;
    for (let c = 1; c <= ordered.length; c++) {
      const aspect = (c * colW) / (Math.ceil(ordered.length / c) * bandHeight);
      const off = Math.abs(Math.log(aspect / (options.aspect ?? 1.6)));
      if (off < best) {
        best = off;
        perBand = c;
      }
    }
  }
  const columnOf = new Map<string, { x: number; band: number }>();
  const columns: LatticeColumn[] = [];
  const trackSpans = new Map<string, [number, number]>();
  let x = 0;
  let prevTrack: string | undefined;
  ordered.forEach(([key, f], i) => {
    const band = Math.floor(i / perBand);
    if (i % perBand === 0) x = 0;
    else if (prevTrack !== undefined && f.track !== prevTrack) x += gap * colW;
    columnOf.set(key, { x, band });
    columns.push({ track: f.track, family: f.family, x });
    const span = trackSpans.get(f.track);
    trackSpans.set(f.track, span ? [span[0], x] : [x, x]);
    prevTrack = f.track;
    x += colW;
  });
  const bands = Math.max(1, Math.ceil(ordered.length / perBand));
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => {
    const c = columnOf.get(`${a.track}\u0000${a.family.toLowerCase()}`) ?? { x: 0, band: 0 };
    positions.set(id, { x: c.x, y: c.band * bandHeight + rowOf.get(a.rank)! * rowH });
  });
  const rowList: Lattice['rows'] = [];
  for (let b = 0; b < bands; b++)
    ranks.forEach((rank, i) => rowList.push({ rank, y: b * bandHeight + i * rowH }));
  return {
    positions,
    rows: rowList,
    bands,
    columns,
    trackSpans,
    columnWidth: colW,
    rowHeight: rowH,
  };
}

/**
 * The lattice's cell nearest a point: the row (its rank) and the column (its track) a card
 * dropped there lands in.
 * @param lattice - the lattice.
 * @param at - a point in canvas units.
 * @returns the rank and track, or null for a lattice with no rows or columns.
 */
export function cellAt(
  lattice: Pick<Lattice, 'rows' | 'columns'>,
  at: { x: number; y: number },
): { rank: number; track: string } | null {
  const nearest = <T>(items: readonly T[], d: (t: T) => number): T | undefined =>
    items.reduce<T | undefined>(
      (best, t) => (best === undefined || d(t) < d(best) ? t : best),
      undefined,
    );
  const row = nearest(lattice.rows, (r) => Math.abs(r.y - at.y));
  const column = nearest(lattice.columns, (c) => Math.abs(c.x - at.x));
  return row && column ? { rank: row.rank, track: column.track } : null;
}
