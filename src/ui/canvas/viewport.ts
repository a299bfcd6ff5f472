/**
 * Where the canvas looks: fitting roles in view (and a first view's legible zoom), a path's
 * first steps on a small screen, bringing roles back on screen, centring and zooming, and the
 * next role in an arrow key's direction. Apart from the adapter because these are decisions on
 * plain positions and boxes, tested in Node; the adapter reads them from Cytoscape and applies
 * the answers (the few that move the view themselves take its Cytoscape instance).
 */
import { SIZES } from '../../sizes';
import { CARD } from './routes';
import { CARD_FONT, READABLE_PX } from './styles';
import type { Core } from 'cytoscape';

export interface Point {
  x: number;
  y: number;
}

/** A zoom and a pan, as Cytoscape's `viewport()` takes them. */
export interface View {
  zoom: number;
  pan: Point;
}

/** The canvas's size in pixels and the zooms it allows. */
export interface CanvasSize {
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
}

/** A box on screen, as Cytoscape's `renderedBoundingBox()` gives it. */
export interface ScreenBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

/** Margin around the roles when the view is fitted, in pixels. */
export const FIT_PAD = 24;

/** Room the lattice's axes take at the canvas's left (level names) and top (track names), in px. */
export const AXES = { left: 18, top: 30 } as const;

/** The smallest label a first view draws, in screen pixels (up to `SIZES.legibleRoles` roles). */
export const MIN_LABEL_PX = 11;
/** The smallest zoom at which card labels are legible. */
const LEGIBLE_ZOOM = MIN_LABEL_PX / CARD_FONT;
/** The smallest zoom at which card labels are drawn at all (styles.ts). */
const READABLE_ZOOM = READABLE_PX / CARD_FONT;

/**
 * The item with the lowest score (null: not a candidate); the first of equals.
 * @param items - the candidates, each with an id.
 * @param score - an item's distance, by whatever measure.
 * @returns its id, or null when none is a candidate.
 */
export function nearest<T extends { id: string }>(
  items: readonly T[],
  score: (t: T) => number | null,
): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const t of items) {
    const d = score(t);
    if (d !== null && d < bestScore) {
      bestScore = d;
      best = t.id;
    }
  }
  return best;
}

/**
 * The view that fits roles. The box comes from the roles' positions plus room for their cards,
 * not from Cytoscape's fit(): measuring every label and edge made fit() take a second on a
 * 600-role view.
 * @param points - the roles' positions (a large view's roles not added yet count too).
 * @param canvas - the canvas's size and zoom bounds.
 * @param legible - a first view: never smaller than legible for up to `SIZES.legibleRoles` roles.
 * @returns the view, or null when there is no role to fit.
 */
export function fitView(
  points: readonly Point[],
  canvas: CanvasSize,
  legible = false,
): View | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (!Number.isFinite(x1)) return null;
  // Room for the cards around their centres.
  x1 -= CARD.width / 2;
  x2 += CARD.width / 2;
  y1 -= CARD.height / 2;
  y2 += CARD.height / 2;
  // The margin, plus room for the axes' labels at the left and top (LatticeAxes.svelte).
  const left = FIT_PAD + AXES.left;
  const top = FIT_PAD + AXES.top;
  const w = Math.max(1, canvas.width - left - FIT_PAD);
  const h = Math.max(1, canvas.height - top - FIT_PAD);
  const fitted = Math.min(
    canvas.maxZoom,
    Math.max(canvas.minZoom, Math.min(w / (x2 - x1), h / (y2 - y1))),
  );
  // A first view of up to `SIZES.legibleRoles` roles is never drawn with labels too small to
  // read: when the whole lattice would be, it opens at a legible zoom on its entry-level corner
  // (bottom left: the first track's entry roles), and the rest is a pan away. On a wider
  // canvas every level stays in view (the top role too) as long as that keeps the labels
  // readable; a phone's narrow canvas keeps them legible, its levels a scroll away.
  if (legible && points.length <= SIZES.legibleRoles && fitted < LEGIBLE_ZOOM) {
    const floor = canvas.width < SIZES.narrowCanvas ? LEGIBLE_ZOOM : READABLE_ZOOM;
    const zoom = Math.min(LEGIBLE_ZOOM, Math.max(floor, h / (y2 - y1)));
    return {
      zoom,
      pan: {
        x: left - zoom * x1 + Math.max(0, (w - zoom * (x2 - x1)) / 2),
        y: top + h - zoom * y2 - Math.max(0, (h - zoom * (y2 - y1)) / 2),
      },
    };
  }
  return {
    zoom: fitted,
    pan: {
      x: left + (w - fitted * (x2 - x1)) / 2 - fitted * x1,
      y: top + (h - fitted * (y2 - y1)) / 2 - fitted * y1,
    },
  };
}

/**
 * A shown path on a small screen, once the whole path was fitted: when its labels cannot be read
 * at that zoom, the smallest legible zoom, with the path centred on each axis it fits along and,
 * along an axis it does not, step 1 at the edge the path leaves from (a long path on a phone
 * opens on its first steps, heading across the view; the rest is a two-finger pan away).
 * @param steps - the path's roles' positions, in order.
 * @param canvas - the canvas's size.
 * @param zoom - the zoom that fits the whole path.
 * @returns the view, or null to keep the fitted one.
 */
export function pathStartView(
  steps: readonly Point[],
  canvas: Pick<CanvasSize, 'width' | 'height'>,
  zoom: number,
): View | null {
  if (zoom >= LEGIBLE_ZOOM - 1e-9 || steps.length < 2) return null;
  const z = LEGIBLE_ZOOM;
  /**
   * The pan along one axis, for the roles' coordinates on it, the cards' size along it, the
   * canvas's size and the room before the roles (the margin, and the axes' labels).
   */
  const axis = (v: number[], card: number, size: number, before: number) => {
    const lo = Math.min(...v) - card / 2;
    const hi = Math.max(...v) + card / 2;
    const room = size - before - FIT_PAD;
    if (z * (hi - lo) <= room) return before + (room - z * (hi - lo)) / 2 - z * lo;
    const first = v[0]!;
    return v[v.length - 1]! >= first
      ? before - z * (first - card / 2)
      : size - FIT_PAD - z * (first + card / 2);
  };
  const xs = steps.map((p) => p.x);
  const ys = steps.map((p) => p.y);
  return {
    zoom: z,
    pan: {
      x: axis(xs, CARD.width, canvas.width, FIT_PAD + AXES.left),
      y: axis(ys, CARD.height, canvas.height, FIT_PAD + AXES.top),
    },
  };
}

/**
 * How to bring roles into view when any of them is off screen (the details column opening
 * beside the canvas narrows it): a pan that centres them, or a refit when they do not fit.
 * @param box - the roles' box on screen.
 * @param width - the canvas's width.
 * @param height - the canvas's height.
 * @returns null when all are on screen, the pan, or 'fit'.
 */
export function revealMove(box: ScreenBox, width: number, height: number): Point | 'fit' | null {
  const b = box;
  if (b.x1 >= 0 && b.y1 >= AXES.top && b.x2 <= width && b.y2 <= height) return null;
  if (b.w <= width - 2 * FIT_PAD && b.h <= height - 2 * FIT_PAD - AXES.top)
    return { x: width / 2 - (b.x1 + b.x2) / 2, y: (height + AXES.top) / 2 - (b.y1 + b.y2) / 2 };
  return 'fit';
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The next role from a role in an arrow key's direction, by lattice position: ahead of it in
 * that direction, nearest counting a step across as twice one along.
 * @param from - the role moved from (with its position), or null: the first role.
 * @param roles - the roles that can be moved to, in the canvas's order.
 * @param dir - the arrow's direction.
 * @returns the role's id, or null when there is none that way.
 */
export function neighborInDirection(
  from: (Point & { id: string }) | null,
  roles: readonly (Point & { id: string })[],
  dir: Direction,
): string | null {
  if (!roles.length) return null;
  if (!from) return roles[0]!.id;
  return nearest(roles, (q) => {
    if (q.id === from.id) return null;
    const dx = q.x - from.x;
    const dy = q.y - from.y;
    const along = dir === 'left' ? -dx : dir === 'right' ? dx : dir === 'up' ? -dy : dy;
    const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    return along <= 0 ? null : along + across * 2;
  });
}

/** The canvas's viewport as overlays that follow the lattice read it. */
export interface ViewportState {
  zoom: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Calls back with the viewport (zoom, pan, size) now and whenever it changes.
 * @param cy - the adapter's Cytoscape instance.
 * @param cb - called with the viewport.
 * @returns a function that stops the calls.
 */
export function watchViewport(cy: Core, cb: (v: ViewportState) => void): () => void {
  const send = () => {
    const pan = cy.pan();
    cb({ zoom: cy.zoom(), x: pan.x, y: pan.y, width: cy.width(), height: cy.height() });
  };
  cy.on('viewport resize', send);
  send();
  return () => cy.off('viewport resize', send);
}

/**
 * Centres the view on a role, animated unless the user prefers reduced motion.
 * @param cy - the adapter's Cytoscape instance.
 * @param id - the role.
 * @param at - its position in the drawing: a role of a large view not added yet is centred by it.
 * @param reducedMotion - move at once.
 */
export function centerOn(
  cy: Core,
  id: string,
  at: Point | undefined,
  reducedMotion: boolean,
): void {
  const n = cy.getElementById(id);
  if (n.empty()) {
    if (!at) return;
    const z = cy.zoom();
    const pan = { x: cy.width() / 2 - z * at.x, y: cy.height() / 2 - z * at.y };
    if (reducedMotion) cy.pan(pan);
    else cy.animate({ pan }, { duration: 250 });
    return;
  }
  if (reducedMotion) cy.center(n);
  else cy.animate({ center: { eles: n } }, { duration: 250 });
}

/**
 * The canvas's size and zoom bounds.
 * @param cy - the adapter's Cytoscape instance.
 */
export function sizeOf(cy: Core): CanvasSize {
  return { width: cy.width(), height: cy.height(), minZoom: cy.minZoom(), maxZoom: cy.maxZoom() };
}

/**
 * Zooms by a factor about the canvas's centre, within its zoom bounds.
 * @param cy - the adapter's Cytoscape instance.
 * @param factor - the zoom's multiplier (above 1: in).
 */
export function zoomAtCentre(cy: Core, factor: number): void {
  const z = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level: z, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}
