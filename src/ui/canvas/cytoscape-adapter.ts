import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import { drawingElements, type GraphDrawing } from './canvas-elements';
import { noClasses, type CanvasClasses, type CanvasState } from './classes';
import { applyMarks, keepBadgesSized, markElements, marksFor } from './marks';
import { patchMoves, showsDrawing, showsRoles } from './redraw';
import { CARD } from './routes';
import { listenToTouch, TAP_SLOP } from './touch';
import { CARD_FONT, READABLE_PX, canvasStyles, type CanvasTheme } from './styles';
import type { LatticePicture } from './picture';
import { Pacer } from './pacing';
import { latticePng } from './png';
import { SIZES } from '../../sizes';

export interface CanvasHandlers {
  onSelect(id: string): void;
  onHover(id: string | null): void;
}

/**
 * Cytoscape adds an inline <style> (`position: relative` for its container) to the page's head
 * unless an element with its id exists. An inline style breaks a strict Content-Security-Policy
 * (`style-src 'self'`) and would leak into a host page, and our own CSS already positions the
 * container, so a marker element with that id stands in for it.
 */
function preventInlineStylesheet(doc: Document): void {
  const id = '__________cytoscape_stylesheet';
  if (doc.getElementById(id)) return;
  const marker = doc.createElement('meta');
  marker.id = id;
  doc.head.append(marker);
}

/**
 * The role with the lowest score (null: not a candidate), or null when none is.
 * @param nodes - the roles to look at.
 * @param score - a role's distance, by whatever measure.
 */
function nearest(nodes: NodeCollection, score: (n: NodeSingular) => number | null): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  nodes.forEach((n) => {
    const d = score(n);
    if (d !== null && d < bestScore) {
      bestScore = d;
      best = n.id();
    }
  });
  return best;
}

/** Margin around the roles when the view is fitted, in pixels. */
const FIT_PAD = 24;

/** Room the lattice's axes take at the canvas's left (level names) and top (track names), in px. */
export const AXES = { left: 18, top: 30 } as const;

/** The smallest label a first view draws, in screen pixels (up to `SIZES.legibleRoles` roles). */
export const MIN_LABEL_PX = 11;
/** The smallest zoom at which card labels are legible. */
const LEGIBLE_ZOOM = MIN_LABEL_PX / CARD_FONT;
/** The smallest zoom at which card labels are drawn at all (styles.ts). */
const READABLE_ZOOM = READABLE_PX / CARD_FONT;

/**
 * The one owner of the Cytoscape instance: create, update, destroy. Components hand it plain
 * data; nothing else touches Cytoscape.
 */
export class CytoscapeAdapter {
  private cy: Core;
  private drawing: GraphDrawing | null = null;
  private reducedMotion: boolean;
  private large = false;
  /** Every role's position in the drawing, including roles not yet added (pacing.ts). */
  private positions = new Map<string, { x: number; y: number }>();
  /** Adds a large view a part per frame, with the state classes last applied by update(). */
  private pacer = new Pacer<ElementDefinition>((part) =>
    this.cy.batch(() => this.cy.add(markElements(part, this.marks))),
  );
  /** The state classes and step numbers last applied by update(), for elements added later. */
  private marks: CanvasClasses = noClasses();

  constructor(
    container: HTMLElement,
    private handlers: CanvasHandlers,
    theme: CanvasTheme,
    options: { reducedMotion?: boolean } = {},
  ) {
    this.reducedMotion = options.reducedMotion ?? false;
    preventInlineStylesheet(container.ownerDocument);
    this.cy = cytoscape({
      container,
      style: canvasStyles(theme, this.reducedMotion),
      layout: { name: 'preset' },
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      minZoom: 0.1,
      maxZoom: 3,
    });
    this.cy.on('tap', 'node', (e) => this.handlers.onSelect(e.target.id()));
    // A card whose label was shortened shows its full title on hover.
    this.cy.on('mouseover', 'node', (e) => {
      container.title = (e.target.data('title') as string | undefined) ?? '';
      container.style.cursor = 'pointer';
      this.handlers.onHover(e.target.id());
    });
    this.cy.on('mouseout', 'node', () => {
      container.title = '';
      container.style.cursor = '';
      this.handlers.onHover(null);
    });
    keepBadgesSized(this.cy, () => this.marks);
    listenToTouch(container, this.cy, (x, y) => {
      const id = this.roleAt(x, y);
      if (id) this.handlers.onSelect(id);
    });
  }

  /** The role drawn at a point of the canvas (in its pixels), or null: the nearest one there. */
  private roleAt(x: number, y: number): string | null {
    return nearest(this.cy.nodes(':visible'), (n) => {
      const b = n.renderedBoundingBox({ includeLabels: true });
      if (x < b.x1 - TAP_SLOP || x > b.x2 + TAP_SLOP || y < b.y1 - TAP_SLOP || y > b.y2 + TAP_SLOP)
        return null;
      const p = n.renderedPosition();
      return Math.hypot(p.x - x, p.y - y);
    });
  }

  /**
   * Draws a whole graph at its lattice positions, replacing what was there.
   * @param drawing - the graph, its lattice and the encodings.
   * @param large - use the large-view settings ({@link setLarge}); they are switched after the
   *   old elements are removed, so they are not restyled just before they go.
   */
  setGraph(drawing: GraphDrawing, large = this.large): void {
    const elements = drawingElements(drawing);
    const before = this.drawing;
    this.drawing = drawing;
    // The same roles where they were, with other moves (a large catalog's first view, then the
    // same view with the moves between similar families): only the moves change.
    const settled = before && !this.pacer.waiting.length && large === this.large;
    if (settled && showsRoles(this.cy, elements)) this.patchMoves(elements);
    else this.draw(elements, large);
  }

  /**
   * Brings the moves drawn to these elements' moves, keeping the roles, the view and the state
   * classes: moves gone are removed, changed ones updated, new ones added (a part per frame when
   * there are many, as a new drawing is).
   */
  private patchMoves(elements: ElementDefinition[]): void {
    const edges = elements.filter((e) => e.group === 'edges');
    const added = patchMoves(this.cy, edges, (e) => markElements(e, this.marks));
    for (const e of elements) if (e.position) this.positions.set(e.data.id!, e.position);
    this.pacer.start(added);
  }

  /**
   * Draws elements prepared ahead of time (the bundled catalog's lattice, computed at build time),
   * before any graph is known: the page shows the lattice while the rest of the app loads.
   */
  drawElements(elements: ElementDefinition[]): void {
    this.draw(elements);
  }

  /**
   * Takes over a canvas drawn with {@link drawElements}: when it already shows exactly this
   * drawing (same roles with the same labels, colors, sizes and positions, same moves), only the
   * graph is remembered (no redraw); otherwise it is redrawn.
   * @param large - use the large-view settings ({@link setLarge}).
   * @returns whether the drawn elements were kept.
   */
  adopt(drawing: GraphDrawing, large = this.large): boolean {
    const elements = drawingElements(drawing);
    const same = showsDrawing(this.cy, elements);
    this.drawing = drawing;
    if (same) this.setLarge(large);
    else this.draw(elements, large);
    return same;
  }

  /** Replaces the handlers given at creation (a pre-drawn canvas gets its handlers later). */
  setHandlers(handlers: CanvasHandlers): void {
    this.handlers = handlers;
  }

  private draw(elements: ElementDefinition[], large = this.large): void {
    const start = performance.now();
    this.pacer.cancel();
    this.positions = new Map();
    for (const e of elements) if (e.position) this.positions.set(e.data.id!, e.position);
    // A new drawing starts without state classes, as before: update() gives them.
    this.marks = noClasses();
    this.cy.batch(() => this.cy.elements().remove());
    this.setLarge(large);
    // Nodes come before edges (drawingElements), so every edge's ends are there when it is added.
    this.pacer.start(elements, start);
    this.fit(undefined, true);
  }

  /** Applies selection, hover, path and filter classes in one batch. */
  update(state: CanvasState): void {
    const d = this.drawing;
    if (!d) return;
    this.marks = marksFor(this.cy, d.graph, this.pacer.waiting, state);
    applyMarks(this.cy, this.marks);
  }

  /**
   * Calls back with the viewport (zoom, pan, size) now and whenever it changes: for overlays
   * that follow the lattice, such as its axes.
   * @returns a function that stops the calls.
   */
  onViewport(
    cb: (v: { zoom: number; x: number; y: number; width: number; height: number }) => void,
  ): () => void {
    const cy = this.cy;
    const send = () => {
      const pan = cy.pan();
      cb({ zoom: cy.zoom(), x: pan.x, y: pan.y, width: cy.width(), height: cy.height() });
    };
    cy.on('viewport resize', send);
    send();
    return () => cy.off('viewport resize', send);
  }

  /** Centers the view on a role (instantly when the user prefers reduced motion). */
  center(id: string): void {
    const n = this.cy.getElementById(id);
    const p = this.positions.get(id);
    if (n.empty()) {
      // A role of a large view not added yet: centred by its position.
      if (!p) return;
      const cy = this.cy;
      const z = cy.zoom();
      const pan = { x: cy.width() / 2 - z * p.x, y: cy.height() / 2 - z * p.y };
      if (this.reducedMotion) cy.pan(pan);
      else cy.animate({ pan }, { duration: 250 });
      return;
    }
    if (this.reducedMotion) this.cy.center(n);
    else this.cy.animate({ center: { eles: n } }, { duration: 250 });
  }

  /**
   * Fits the given roles (or every role not filtered out) in view. The box comes from the
   * roles' positions plus room for labels, not from Cytoscape's fit(): measuring every label
   * and edge made fit() take a second on a 600-role view.
   * @param ids - the roles to fit (default: every role shown).
   * @param legible - a first view: never smaller than legible for a lattice of up to
   *   `SIZES.legibleRoles` roles.
   */
  fit(ids?: readonly string[], legible = false): void {
    const cy = this.cy;
    let count = 0;
    const wanted = ids?.length ? new Set(ids) : null;
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    // From the drawing's positions: a large view's roles not added yet count too.
    this.positions.forEach((p, id) => {
      if (wanted ? !wanted.has(id) : this.marks.classes['filtered-out'].has(id)) return;
      count++;
      x1 = Math.min(x1, p.x);
      y1 = Math.min(y1, p.y);
      x2 = Math.max(x2, p.x);
      y2 = Math.max(y2, p.y);
    });
    if (!Number.isFinite(x1)) return;
    // Room for the cards around their centres.
    x1 -= CARD.width / 2;
    x2 += CARD.width / 2;
    y1 -= CARD.height / 2;
    y2 += CARD.height / 2;
    // The margin, plus room for the axes' labels at the left and top (LatticeAxes.svelte).
    const left = FIT_PAD + AXES.left;
    const top = FIT_PAD + AXES.top;
    const w = Math.max(1, cy.width() - left - FIT_PAD);
    const h = Math.max(1, cy.height() - top - FIT_PAD);
    const fitted = Math.min(
      cy.maxZoom(),
      Math.max(cy.minZoom(), Math.min(w / (x2 - x1), h / (y2 - y1))),
    );
    // A first view of up to `SIZES.legibleRoles` roles is never drawn with labels too small to
    // read: when the whole lattice would be, it opens at a legible zoom on its entry-level corner
    // (bottom left: the first track's entry roles), and the rest is a pan away. On a wider
    // canvas every level stays in view (the top role too) as long as that keeps the labels
    // readable; a phone's narrow canvas keeps them legible, its levels a scroll away.
    if (legible && count <= SIZES.legibleRoles && fitted < LEGIBLE_ZOOM) {
      const floor = cy.width() < SIZES.narrowCanvas ? LEGIBLE_ZOOM : READABLE_ZOOM;
      const zoom = Math.min(LEGIBLE_ZOOM, Math.max(floor, h / (y2 - y1)));
      cy.viewport({
        zoom,
        pan: {
          x: left - zoom * x1 + Math.max(0, (w - zoom * (x2 - x1)) / 2),
          y: top + h - zoom * y2 - Math.max(0, (h - zoom * (y2 - y1)) / 2),
        },
      });
      return;
    }
    cy.viewport({
      zoom: fitted,
      pan: {
        x: left + (w - fitted * (x2 - x1)) / 2 - fitted * x1,
        y: top + (h - fitted * (y2 - y1)) / 2 - fitted * y1,
      },
    });
  }

  /**
   * Fits a shown path on a small screen: the whole path when its labels can be read; otherwise the
   * smallest legible zoom, with the path centred on each axis it fits along and, along an axis it
   * does not, step 1 at the edge the path leaves from (a long path on a phone opens on its first
   * steps, heading across the view; the rest is a two-finger pan away).
   * @param path - the path's roles, in order.
   */
  fitPathStart(path: readonly string[]): void {
    this.fit(path);
    const zoom = LEGIBLE_ZOOM;
    if (this.cy.zoom() >= zoom - 1e-9) return;
    const at = path
      .map((id) => this.positions.get(id))
      .filter((p): p is { x: number; y: number } => !!p);
    if (at.length < 2) return;
    /**
     * The pan along one axis, for the roles' coordinates on it, the cards' size along it, the
     * canvas's size and the room before the roles (the margin, and the axes' labels).
     */
    const axis = (v: number[], card: number, size: number, before: number) => {
      const lo = Math.min(...v) - card / 2;
      const hi = Math.max(...v) + card / 2;
      const room = size - before - FIT_PAD;
      if (zoom * (hi - lo) <= room) return before + (room - zoom * (hi - lo)) / 2 - zoom * lo;
      const first = v[0]!;
      return v[v.length - 1]! >= first
        ? before - zoom * (first - card / 2)
        : size - FIT_PAD - zoom * (first + card / 2);
    };
    const cy = this.cy;
    const xs = at.map((p) => p.x);
    const ys = at.map((p) => p.y);
    cy.viewport({
      zoom,
      pan: {
        x: axis(xs, CARD.width, cy.width(), FIT_PAD + AXES.left),
        y: axis(ys, CARD.height, cy.height(), FIT_PAD + AXES.top),
      },
    });
  }

  /**
   * After the canvas's box moved by (dx, dy) on screen, pans by as much so the drawing stays
   * where it was; a move beyond the fit's margin refits instead, so nothing ends up cut off.
   */
  keepOnScreen(dx: number, dy: number): void {
    if (Math.abs(dx) <= FIT_PAD && Math.abs(dy) <= FIT_PAD) this.panBy(dx, dy);
    else this.fit();
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    const z = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level: z, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  panBy(dx: number, dy: number): void {
    this.cy.panBy({ x: dx, y: dy });
  }

  /** Next role from `from` in a direction, by lattice position (for arrow-key navigation). */
  neighborInDirection(from: string | null, dir: 'left' | 'right' | 'up' | 'down'): string | null {
    const nodes = this.cy.nodes().not('.filtered-out');
    if (nodes.empty()) return null;
    const start = from ? this.cy.getElementById(from) : null;
    if (!start || start.empty()) return nodes.first().id();
    const p = start.position();
    return nearest(nodes, (n) => {
      if (n.id() === start.id()) return null;
      const q = n.position();
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const along = dir === 'left' ? -dx : dir === 'right' ? dx : dir === 'up' ? -dy : dy;
      const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
      return along <= 0 ? null : along + across * 2;
    });
  }

  setTheme(theme: CanvasTheme): void {
    this.cy.style(canvasStyles(theme, this.reducedMotion));
  }

  /**
   * Switches the renderer's large-view settings: edges hidden and a cached texture used while
   * panning and zooming. Cytoscape reads these renderer
   * fields on every frame, so they can change after creation.
   */
  setLarge(large: boolean): void {
    if (large === this.large) return;
    this.large = large;
    const r = (this.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    r['hideEdgesOnViewport'] = large;
    r['textureOnViewport'] = large;
  }

  /** Calls back once the canvas has drawn a frame. */
  onFirstRender(cb: () => void): void {
    this.cy.one('render', cb);
  }

  /**
   * The lattice as an image for a picture, cropped to what is drawn (`latticePng`).
   * @param background - the image's background colour.
   * @param path - the path's roles, in order; none for the whole lattice.
   * @param scale - image pixels per canvas unit.
   * @returns the PNG, the part of the canvas it shows and its scale.
   */
  picture(background: string, path: readonly string[] = [], scale = 2): Promise<LatticePicture> {
    return latticePng(this.cy, background, path, scale);
  }

  resize(): void {
    this.cy.resize();
  }

  /**
   * Brings the given roles into view when any of them is off screen (the details column opening
   * beside the canvas narrows it): pans to centre them, and zooms out only if they do not fit.
   * @param ids - the roles to show (unknown or hidden ones are ignored).
   */
  ensureVisible(ids: readonly string[]): void {
    const cy = this.cy;
    const wanted = new Set(ids);
    const nodes = cy.nodes().filter((n) => wanted.has(n.id()) && n.visible());
    if (nodes.empty()) return;
    const b = nodes.renderedBoundingBox({ includeLabels: false });
    const [w, h] = [cy.width(), cy.height()];
    if (b.x1 >= 0 && b.y1 >= AXES.top && b.x2 <= w && b.y2 <= h) return;
    if (b.w <= w - 2 * FIT_PAD && b.h <= h - 2 * FIT_PAD - AXES.top)
      cy.panBy({ x: w / 2 - (b.x1 + b.x2) / 2, y: (h + AXES.top) / 2 - (b.y1 + b.y2) / 2 });
    else this.fit(ids);
  }

  destroy(): void {
    this.pacer.cancel();
    this.cy.destroy();
  }
}
