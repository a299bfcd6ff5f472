import { describe, expect, it } from 'vitest';
import {
  AXES,
  FIT_PAD,
  fitView,
  MIN_LABEL_PX,
  neighborInDirection,
  pathStartView,
  revealMove,
  type Point,
  type View,
} from '../../../src/ui/canvas/viewport';
import { CARD } from '../../../src/ui/canvas/routes';
import { CARD_FONT } from '../../../src/ui/canvas/styles';
import { SIZES } from '../../../src/sizes';

/*
 * Where the canvas looks, decided on plain positions: what a fitted view, a first view and a
 * long path on a phone show, and which role an arrow key moves to.
 */

const desk = { width: 1200, height: 800, minZoom: 0.1, maxZoom: 3 };
const phone = { width: 390, height: 600, minZoom: 0.1, maxZoom: 3 };

/** Where a lattice point lands on screen in a view. */
const screen = (v: View, p: Point) => ({ x: v.pan.x + v.zoom * p.x, y: v.pan.y + v.zoom * p.y });

/** A lattice of `cols` tracks by `rows` levels, 150 apart; level 0 at the bottom. */
function lattice(cols: number, rows: number): Point[] {
  const out: Point[] = [];
  for (let c = 0; c < cols; c++)
    for (let r = 0; r < rows; r++) out.push({ x: c * 150, y: -r * 150 });
  return out;
}

describe('fitting roles in view', () => {
  it('shows every card whole, clear of the axes and the margin', () => {
    const roles = lattice(6, 4);
    const v = fitView(roles, desk)!;
    for (const p of roles) {
      const s = screen(v, p);
      expect(s.x - (v.zoom * CARD.width) / 2).toBeGreaterThanOrEqual(FIT_PAD + AXES.left - 1e-6);
      expect(s.y - (v.zoom * CARD.height) / 2).toBeGreaterThanOrEqual(FIT_PAD + AXES.top - 1e-6);
      expect(s.x + (v.zoom * CARD.width) / 2).toBeLessThanOrEqual(desk.width - FIT_PAD + 1e-6);
      expect(s.y + (v.zoom * CARD.height) / 2).toBeLessThanOrEqual(desk.height - FIT_PAD + 1e-6);
    }
  });

  it('has nothing to fit without roles', () => {
    expect(fitView([], desk)).toBeNull();
  });

  it('opens a small lattice on a phone with legible labels, on its entry-level corner', () => {
    const roles = lattice(8, 6);
    expect(roles.length).toBeLessThanOrEqual(SIZES.legibleRoles);
    const v = fitView(roles, phone, true)!;
    expect(v.zoom * CARD_FONT).toBeGreaterThanOrEqual(MIN_LABEL_PX - 1e-9);
    // The first track's entry role is on screen; the last track's top role is a pan away.
    const entry = screen(v, { x: 0, y: 0 });
    expect(entry.x).toBeGreaterThan(0);
    expect(entry.x).toBeLessThan(phone.width);
    expect(entry.y).toBeGreaterThan(0);
    expect(entry.y).toBeLessThan(phone.height);
    expect(screen(v, { x: 7 * 150, y: 0 }).x).toBeGreaterThan(phone.width);
  });

  it('fits the same lattice whole when it is not a first view', () => {
    const v = fitView(lattice(8, 6), phone)!;
    expect(v.zoom * CARD_FONT).toBeLessThan(MIN_LABEL_PX);
  });

  it(`fits a first view of more than ${SIZES.legibleRoles} roles whole`, () => {
    const roles = lattice(16, 4);
    expect(roles.length).toBeGreaterThan(SIZES.legibleRoles);
    expect(fitView(roles, phone, true)).toEqual(fitView(roles, phone));
  });
});

describe("a long path's first steps on a phone", () => {
  const path = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ x: i * 150, y: -i * 150 }));

  it('keeps a fitted zoom whose labels can be read', () => {
    expect(pathStartView(path, phone, 1)).toBeNull();
    expect(pathStartView(path.slice(0, 1), phone, 0.2)).toBeNull();
  });

  it('opens at a legible zoom with step 1 on screen', () => {
    const v = pathStartView(path, phone, 0.2)!;
    expect(v.zoom * CARD_FONT).toBeCloseTo(MIN_LABEL_PX);
    const first = screen(v, path[0]!);
    expect(first.x).toBeGreaterThan(0);
    expect(first.x).toBeLessThan(phone.width);
    expect(first.y).toBeGreaterThan(0);
    expect(first.y).toBeLessThan(phone.height);
    expect(screen(v, path.at(-1)!).x).toBeGreaterThan(phone.width);
  });
});

describe('bringing roles back on screen', () => {
  const box = (x1: number, y1: number, w: number, h: number) => ({
    x1,
    y1,
    x2: x1 + w,
    y2: y1 + h,
    w,
    h,
  });

  it('leaves roles on screen where they are', () => {
    expect(revealMove(box(100, 100, 200, 100), 800, 600)).toBeNull();
  });

  it('pans roles partly off screen to the centre', () => {
    const move = revealMove(box(700, 100, 200, 100), 800, 600);
    expect(move).toEqual({ x: 400 - 800, y: (600 + AXES.top) / 2 - 150 });
  });

  it('refits when they do not fit', () => {
    expect(revealMove(box(-100, 100, 1000, 100), 800, 600)).toBe('fit');
  });
});

describe('arrow keys', () => {
  // a (0,0), b right of a, c further right and a little down, d above a, e above and far right,
  // f between them.
  const roles = [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 150, y: 0 },
    { id: 'c', x: 300, y: 20 },
    { id: 'd', x: 0, y: -150 },
    { id: 'e', x: 200, y: -160 },
    { id: 'f', x: 120, y: -70 },
  ];
  const at = (id: string) => roles.find((r) => r.id === id)!;

  it('moves to the nearest role in the arrow direction', () => {
    expect(neighborInDirection(at('a'), roles, 'right')).toBe('b');
    expect(neighborInDirection(at('b'), roles, 'right')).toBe('c');
    expect(neighborInDirection(at('a'), roles, 'up')).toBe('d');
    expect(neighborInDirection(at('b'), roles, 'left')).toBe('a');
    expect(neighborInDirection(at('d'), roles, 'down')).toBe('a');
  });

  it('prefers a role in line over a nearer one off to the side', () => {
    // From d, f is nearer (120 along, 80 across) than e (200 along, 10 across): e is in line.
    expect(neighborInDirection(at('d'), roles, 'right')).toBe('e');
  });

  it('stays put at the edge, and starts at the first role', () => {
    expect(neighborInDirection(at('c'), roles, 'right')).toBeNull();
    expect(neighborInDirection(at('e'), roles, 'up')).toBeNull();
    expect(neighborInDirection(null, roles, 'down')).toBe('a');
    expect(neighborInDirection(null, [], 'down')).toBeNull();
  });

  it('moves from a role hidden by the filters to the shown ones', () => {
    const shown = roles.filter((r) => r.id !== 'b');
    expect(neighborInDirection(at('b'), shown, 'right')).toBe('c');
  });
});
