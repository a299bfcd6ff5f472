/** Plane geometry the canvas tests measure with (model coordinates). */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Whether the segment a–b enters a box (Liang–Barsky clipping).
 * @param inset - shrink the box by this much first: touching its edge is not entering it.
 */
export function segmentMeetsBox(a: Point, b: Point, box: Box, inset = 0): boolean {
  const [x1, y1, x2, y2] = [box.x1 + inset, box.y1 + inset, box.x2 - inset, box.y2 - inset];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, a.x - x1],
    [dx, x2 - a.x],
    [-dy, a.y - y1],
    [dy, y2 - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether any segment of a polyline enters the box. */
export function polylineMeetsBox(line: readonly Point[], box: Box, inset = 0): boolean {
  for (let i = 1; i < line.length; i++)
    if (segmentMeetsBox(line[i - 1]!, line[i]!, box, inset)) return true;
  return false;
}
