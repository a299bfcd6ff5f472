/**
 * Draws the bundled catalog's lattice as soon as the page starts, from elements computed at build
 * time, before the rest of the app (Svelte, the model, the tools) has loaded; the app's canvas
 * then takes the drawn canvas over (see Canvas.svelte). The lattice appears in about the time a
 * bare Cytoscape page takes (`npm run bench`), instead of after the whole app has started.
 */
import seedCanvas from 'virtual:seed-canvas';
import { hasSavedCatalog } from '../state/persist';
import { canvasContainer, readCanvasTheme } from './canvas-host';
import { CytoscapeAdapter, type CanvasHandlers } from './cytoscape-adapter';

/** A canvas drawn before the app loaded, waiting for the app's canvas to take it over. */
export interface Predrawn {
  adapter: CytoscapeAdapter;
  /** The box holding Cytoscape's container: moved into the app's canvas when taken over. */
  host: HTMLElement;
}

/**
 * Query parameters under which the first view is not the bundled catalog's lattice in the usual
 * layout: another catalog, the list view, or a details column that narrows the canvas.
 */
const OTHER_FIRST_VIEW = ['catalog', 'role', 'compare', 'embed', 'compact'];

/**
 * Whether the page opens on the bundled catalog's lattice in the wide layout, so that the lattice
 * drawn early is the one the app shows (the app then adds what the URL asks for: a path, filters).
 */
export function opensOnSeedLattice(win: Window): boolean {
  const params = new URLSearchParams(win.location.search);
  if (OTHER_FIRST_VIEW.some((p) => params.has(p)) || params.get('view') === 'list') return false;
  // Narrow screens stack the path tool above the canvas: its place is not known before the app.
  if (!win.matchMedia('(min-width: 901px)').matches) return false;
  return !hasSavedCatalog();
}

/**
 * Draws the bundled catalog's lattice in `target` when the page opens on it.
 * @param target - the app's root element.
 * @returns the drawn canvas, or null when the first view is something else.
 */
export function predrawSeed(target: HTMLElement): Predrawn | null {
  const win = target.ownerDocument.defaultView;
  if (!win || !opensOnSeedLattice(win)) return null;
  const { host, container } = canvasContainer(target.ownerDocument, 'cpe-predraw');
  target.append(host);
  // Taps and hovers wait for the app: its canvas replaces these handlers when it takes over.
  const idle: CanvasHandlers = { onSelect: () => {}, onHover: () => {} };
  const adapter = new CytoscapeAdapter(container, idle, readCanvasTheme(container), {
    reducedMotion: win.matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  adapter.onFirstRender(() => performance.mark('cpe-first-graph'));
  adapter.drawElements(seedCanvas);
  return { adapter, host };
}
