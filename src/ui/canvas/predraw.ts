/**
 * Draws the bundled catalog's lattice as soon as the page starts, from elements computed at build
 * time, before the rest of the app (Svelte, the model, the tools) has loaded; the app's canvas
 * then takes the drawn canvas over (see Canvas.svelte). The lattice appears in about the time a
 * bare Cytoscape page takes (`npm run bench`), instead of after the whole app has started.
 */
import seedCanvas from 'virtual:seed-canvas';
import { canvasContainer, readCanvasTheme } from './canvas-host';
import { CytoscapeAdapter, type CanvasHandlers } from './cytoscape-adapter';
import { opensOnSeedLattice } from './first-view';

/** A canvas drawn before the app loaded, waiting for the app's canvas to take it over. */
export interface Predrawn {
  adapter: CytoscapeAdapter;
  /** The box holding Cytoscape's container: moved into the app's canvas when taken over. */
  host: HTMLElement;
}

/**
 * Draws the bundled catalog's lattice in `target` when the page opens on it.
 * @param target - the app's root element.
 * @returns the drawn canvas, or null when the first view is something else.
 */
export function predrawSeed(target: HTMLElement): Predrawn | null {
  const win = target.ownerDocument.defaultView;
  if (!win || !opensOnSeedLattice(win)) return null;
  return drawSeedIn(target, win, () => performance.mark('cpe-first-graph'));
}

/**
 * Draws the bundled catalog's lattice in `target`, for the page and the custom element alike
 * (each decides on its own whether it opens on that lattice).
 * @param target - where the canvas goes: the app's root element, or the element's shadow root.
 * @param win - the window whose settings (reduced motion) the drawing follows.
 * @param drawn - called once the first frame is on screen.
 * @returns the drawn canvas.
 */
export function drawSeedIn(
  target: Element | DocumentFragment,
  win: Window,
  drawn: () => void,
): Predrawn {
  const { host, container } = canvasContainer(win.document, 'cpe-predraw');
  target.append(host);
  // Taps and hovers wait for the app: its canvas replaces these handlers when it takes over.
  const idle: CanvasHandlers = { onSelect: () => {}, onHover: () => {} };
  const adapter = new CytoscapeAdapter(container, idle, readCanvasTheme(container), {
    reducedMotion: win.matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  adapter.onFirstRender(drawn);
  adapter.drawElements(seedCanvas);
  return { adapter, host };
}
