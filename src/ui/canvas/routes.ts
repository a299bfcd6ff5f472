/**
 * Where the lattice's moves run. Roles are cards in a grid of columns (families) and rows (levels),
 * narrower and shorter than their cells, so the gaps between cards form vertical lanes (between
 * columns) and horizontal corridors (between rows) with no card in them. A move leaves its role
 * straight up or down into the corridor next to it, runs along corridors and lanes, and enters
 * its target straight from the corridor next to that: it never passes over another role or its
 * label, which a straight line across the grid does (a lateral move three columns away reads like
 * a chain through the roles between).
 */
import type { Lattice } from '../../model/present';

export interface Point {
  x: number;
  y: number;
}

/** A role's card, in canvas units: narrower and shorter than its cell. */
export const CARD = { width: 116, height: 96 } as const;

/** How far apart moves that share a corridor are drawn, so each can be followed. */
const SPREAD = 5;

/** The cells holding a card: to tell whether a straight line between two roles is clear. */
export class Occupancy {
  private rows = new Map<number, number[]>();
  private columns = new Map<number, number[]>();

  constructor(positions: Iterable<Point>) {
    for (const p of positions) {
      push(this.rows, p.y, p.x);
      push(this.columns, p.x, p.y);
    }
  }

  /** Whether a card sits strictly between a and b on their shared row or column. */
  blocked(a: Point, b: Point): boolean {
    if (a.y === b.y) return between(this.rows.get(a.y), a.x, b.x);
    if (a.x === b.x) return between(this.columns.get(a.x), a.y, b.y);
    return true;
  }
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function between(values: number[] | undefined, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return !!values?.some((v) => v > lo && v < hi);
}

/**
 * The bends of a move from s to t (empty: a straight line is clear).
 * @param s - the source role's position.
 * @param t - the target role's position.
 * @param lattice - its column and row spacing.
 * @param cells - where cards are.
 * @returns the waypoints, in order from s to t.
 */
export function routeMove(s: Point, t: Point, lattice: Lattice, cells: Occupancy): Point[] {
  if ((s.x === t.x || s.y === t.y) && !cells.blocked(s, t)) return [];
  const halfRow = lattice.rowHeight / 2;
  const halfCol = lattice.columnWidth / 2;
  // Moves into one target share their corridor lines; moves into other targets run beside them.
  const spread = (((Math.round(t.x / lattice.columnWidth) % 4) + 4) % 4) - 1.5;
  const offset = spread * SPREAD;
  if (s.y === t.y) {
    // Same row, roles between: over them, along the corridor above the row.
    const c = s.y - halfRow + offset;
    return [
      { x: s.x, y: c },
      { x: t.x, y: c },
    ];
  }
  const up = t.y < s.y ? -1 : 1;
  const cs = s.y + up * halfRow + offset;
  const ct = t.y - up * halfRow + offset;
  if (s.x === t.x) {
    // Same column, roles between: out to the lane on the right and back.
    const lane = s.x + halfCol - SPREAD;
    return [
      { x: s.x, y: cs },
      { x: lane, y: cs },
      { x: lane, y: ct },
      { x: t.x, y: ct },
    ];
  }
  if (Math.abs(cs - ct) < 1) {
    // Neighbouring rows: across the corridor between them.
    return [
      { x: s.x, y: cs },
      { x: t.x, y: cs },
    ];
  }
  // Along the corridor next to s to the lane beside t's column, along that lane to the corridor
  // next to t. The lane's side of t faces s; each side of a lane is kept for one direction.
  const side = s.x < t.x ? -1 : 1;
  const lane = t.x + side * (halfCol - SPREAD);
  return [
    { x: s.x, y: cs },
    { x: lane, y: cs },
    { x: lane, y: ct },
    { x: t.x, y: ct },
  ];
}

/**
 * Waypoints as Cytoscape's `segments` edges take them (with `edge-distances: node-position`):
 * for each point, its weight along the line from s to t and its distance from that line.
 * @returns the weights and distances as space-separated lists.
 */
export function segmentData(
  s: Point,
  t: Point,
  points: Point[],
): { weights: string; distances: string } {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len2 = dx * dx + dy * dy || 1;
  const len = Math.sqrt(len2);
  const weights: string[] = [];
  const distances: string[] = [];
  for (const p of points) {
    const px = p.x - s.x;
    const py = p.y - s.y;
    weights.push(round((px * dx + py * dy) / len2));
    // Cytoscape measures distances to the left of the line (its normal is (-dy, dx)).
    distances.push(round((py * dx - px * dy) / len));
  }
  return { weights: weights.join(' '), distances: distances.join(' ') };
}

function round(v: number): string {
  return String(Math.round(v * 10000) / 10000);
}
