import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { drawingElements, type GraphDrawing } from './canvas-elements';
import { noClasses, type CanvasClasses, type CanvasState } from './classes';
import { applyMarks, keepBadgesSized, markElements, marksFor } from './marks';
import { patchMoves, rolesSoFar, showsDrawing } from './redraw';
import { listenToPointer, type CanvasHandlers } from './input';
import { canvasStyles, type CanvasTheme } from './styles';
import type { LatticePicture } from './picture';
import { Pacer } from './pacing';
import { latticePng } from './png';
import {
  centerOn,
  FIT_PAD,
  fitView,
  neighborInDirection,
  pathStartView,
  revealMove,
  sizeOf,
  watchViewport,
  zoomAtCentre,
  type Direction,
  type Point,
  type ViewportState,
} from './viewport';

export type { CanvasHandlers };

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
 * The one owner of the Cytoscape instance: create, update, destroy. Components hand it plain
 * data; nothing else touches Cytoscape. Its jobs are in the modules beside it, which it calls
 * with its instance or with plain data read from it: pacing.ts (a large view a part per frame),
 * viewport.ts (fit, centre, arrow keys), input.ts (pointer and touch), marks.ts (state classes),
 * redraw.ts (what to keep of a drawing) and png.ts (the picture's image).
 */
export class CytoscapeAdapter {
  private cy: Core;
  private drawing: GraphDrawing | null = null;
  private reducedMotion: boolean;
  private large = false;
  /** Every role's position in the drawing, including roles not yet added (pacing.ts). */
  private positions = new Map<string, Point>();
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
    listenToPointer(this.cy, container, () => this.handlers);
    keepBadgesSized(this.cy, () => this.marks);
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
    // same view with the moves between similar families): only the moves change, also while the
    // first view is still being added a part per frame.
    const rest =
      before && large === this.large ? rolesSoFar(this.cy, elements, this.pacer.waiting) : null;
    if (rest) this.patchMoves(elements, rest);
    else this.draw(elements, large);
  }

  /**
   * Brings the moves drawn to these elements' moves, keeping the roles, the view and the state
   * classes: moves gone are removed, changed ones updated, new ones added after the roles still
   * to be added (a part per frame when there are many, as a new drawing is).
   */
  private patchMoves(elements: ElementDefinition[], roles: ElementDefinition[]): void {
    const edges = elements.filter((e) => e.group === 'edges');
    const added = patchMoves(this.cy, edges, (e) => markElements(e, this.marks));
    for (const e of elements) if (e.position) this.positions.set(e.data.id!, e.position);
    this.pacer.start([...roles, ...added]);
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
  onViewport(cb: (v: ViewportState) => void): () => void {
    return watchViewport(this.cy, cb);
  }

  /** Centers the view on a role (instantly when the user prefers reduced motion). */
  center(id: string): void {
    centerOn(this.cy, id, this.positions.get(id), this.reducedMotion);
  }

  /**
   * Fits the given roles (or every role not filtered out) in view (`fitView`).
   * @param ids - the roles to fit (default: every role shown).
   * @param legible - a first view: never smaller than legible for a small lattice.
   */
  fit(ids?: readonly string[], legible = false): void {
    const cy = this.cy;
    const wanted = ids?.length ? new Set(ids) : null;
    const points: Point[] = [];
    // From the drawing's positions: a large view's roles not added yet count too.
    this.positions.forEach((p, id) => {
      const shown = wanted ? wanted.has(id) : !this.marks.classes['filtered-out'].has(id);
      if (shown) points.push(p);
    });
    const view = fitView(points, sizeOf(cy), legible);
    if (view) cy.viewport(view);
  }

  /**
   * Fits a shown path on a small screen (`pathStartView`): the whole path when its labels can
   * be read, else its first steps at a legible zoom.
   * @param path - the path's roles, in order.
   */
  fitPathStart(path: readonly string[]): void {
    this.fit(path);
    const steps = path.map((id) => this.positions.get(id)).filter((p): p is Point => !!p);
    const view = pathStartView(steps, sizeOf(this.cy), this.cy.zoom());
    if (view) this.cy.viewport(view);
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
    zoomAtCentre(this.cy, factor);
  }

  panBy(dx: number, dy: number): void {
    this.cy.panBy({ x: dx, y: dy });
  }

  /** Next role from `from` in a direction, by lattice position (for arrow-key navigation). */
  neighborInDirection(from: string | null, dir: Direction): string | null {
    const place = (n: cytoscape.NodeSingular) => ({ id: n.id(), ...n.position() });
    const roles = this.cy.nodes().not('.filtered-out').map(place);
    const start = from ? this.cy.getElementById(from) : null;
    return neighborInDirection(start?.isNode() ? place(start) : null, roles, dir);
  }

  /**
   * Lets roles be dragged (edit mode), or not (`null`). A role dropped calls back with where it
   * was dropped and goes back to its place: the edit it makes redraws the lattice.
   */
  setDraggable(onDrop: ((id: string, at: Point) => void) | null): void {
    this.cy.autoungrabify(!onDrop);
    this.cy.removeListener('dragfree', 'node');
    if (!onDrop) return;
    this.cy.on('dragfree', 'node', (e) => {
      const node = e.target as cytoscape.NodeSingular;
      const at = { ...node.position() };
      const home = this.positions.get(node.id());
      if (home) node.position(home);
      onDrop(node.id(), at);
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
    const box = nodes.renderedBoundingBox({ includeLabels: false });
    const move = revealMove(box, cy.width(), cy.height());
    if (move === 'fit') this.fit(ids);
    else if (move) cy.panBy(move);
  }

  destroy(): void {
    this.pacer.cancel();
    this.cy.destroy();
  }
}
