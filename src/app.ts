import { connectParent, guardFraming } from './embed/iframe';
import { createExplorerOn, startExplorer } from './startup.svelte';
import { syncWithUrl } from './state/url-sync.svelte';
import { startWorkerBackend } from './worker/client';
import { hasSavedCatalog, loadSavedCatalog } from './state/catalog/persist';
import type { Predrawn } from './ui/canvas/predraw';
import { applyLanguageHints, followLanguage, storedLocale } from './i18n/language.svelte';
import { browserStorage } from './state/local-store';

/**
 * Starts the explorer page in `target`.
 * @param target - the app's root element.
 * @param predrawn - the bundled catalog's lattice, when it was drawn before the app loaded.
 */
export function startApp(target: HTMLElement, predrawn: Predrawn | null): void {
  // Catalogs loaded by URL are parsed and queried in a worker, so large ones never freeze the page.
  const ex = createExplorerOn(startWorkerBackend());
  const params = new URLSearchParams(location.search);
  // The interface's language: ?lang= (an iframe's host asks), the user's choice, the browser's.
  applyLanguageHints({
    param: params.get('lang'),
    chosen: storedLocale(browserStorage()),
    browser: navigator.languages,
  });
  // The page's own <html lang dir> follow it (screen readers pronounce the interface by it).
  followLanguage(document.documentElement);
  // Iframe mode: ?embed=1 hides the header; ?parentOrigin=<origin> talks to the host page.
  const embed = params.get('embed') === '1';
  const compact = params.get('compact') === '1';
  // ?edit=1: the host lets its users edit the framework (the Catalog panel is shown).
  const editable = embed && params.get('edit') === '1';
  // The catalog is asked for first (a large one is fetched and built in the worker meanwhile);
  // the app is mounted in a task of its own, so that starting the module and drawing the app are
  // not one long frame (measured ~80 ms of script together on a ?catalog= page).
  startExplorer(ex, target, { embed, compact, editable, predrawn, mountLater: true, connect });

  function connect(): { ready: Promise<void> } {
    syncWithUrl(ex, window);
    // Framed by a site that is not allowed (<meta name="cpe-parent-origins">): ?catalog= is refused.
    guardFraming(window);
    if (embed) connectParent(ex, window, params.get('parentOrigin'));
    // The profile and readiness read the user's own stored profile: on in the page, and in an
    // iframe only when the host asks for them (?readiness=1).
    ex.plan.enabled = !embed || params.get('readiness') === '1';
    ex.plan.load();
    return { ready: load() };
  }

  // An imported catalog is remembered until the user returns to the bundled one; a ?catalog=
  // link wins over it.
  async function load() {
    const saved = ex.q.catalog || embed || !hasSavedCatalog() ? null : await loadSavedCatalog();
    if (saved) await ex.catalog.restoreSaved(saved);
    else await ex.catalog.load(ex.q.catalog);
    ex.announcePath();
  }
}
