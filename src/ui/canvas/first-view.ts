/**
 * What the page opens on, known before the app has loaded: the entry module draws the bundled
 * catalog's lattice early only when the app's first view is that lattice in the wide layout, and
 * the app lays itself out with the same breakpoint. Light on purpose (no Svelte, no model): the
 * entry module imports it.
 */
import { hasSavedCatalog } from '../../state/catalog/persist';

/**
 * Screens this narrow stack the app: the path tool above the canvas (App.svelte), where the early
 * drawing cannot know its place.
 */
export const NARROW_SCREEN = '(max-width: 900px)';

/**
 * Query parameters under which the first view is not the bundled catalog's lattice in the usual
 * layout: another catalog, a details column that narrows the canvas, an embedded or compact app
 * (`view=list`, the list view, is checked by value).
 */
export const OTHER_FIRST_VIEW = ['catalog', 'role', 'compare', 'embed', 'compact'] as const;

/**
 * Whether the page opens on the bundled catalog's lattice in the wide layout, so that the lattice
 * drawn early is the one the app shows (the app then adds what the URL asks for: a path, filters).
 * Not when the URL asks for another first view, on a narrow screen, or when an imported catalog
 * is remembered (the app reopens it).
 * @param win - the page's window.
 */
export function opensOnSeedLattice(win: Window): boolean {
  const params = new URLSearchParams(win.location.search);
  if (OTHER_FIRST_VIEW.some((p) => params.has(p)) || params.get('view') === 'list') return false;
  if (win.matchMedia(NARROW_SCREEN).matches) return false;
  return !hasSavedCatalog();
}
