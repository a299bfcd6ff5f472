/**
 * The part of `<career-path-explorer>` loaded after its first lattice: Svelte, the App, the
 * explorer's state and the model. `element.ts` draws the bundled catalog's lattice with
 * Cytoscape alone, then imports this chunk from beside itself, so the module a host page fetches
 * at start holds what that lattice needs and little else (issue 16: ≤ 230 KB gzip).
 */
import type { Explorer } from '../state/explorer.svelte';
import { createExplorerOn, startExplorer, type StartedExplorer } from '../startup.svelte';
import type { Predrawn } from '../ui/canvas/predraw';
import { workerBackend } from '../worker/client';
import { watchExplorer, type ExplorerEvents } from './events.svelte';
import { applyLanguageHints, storedLocale } from '../i18n/language.svelte';
import { browserStorage } from '../state/local-store';

/**
 * Sets the interface language of the page's explorers from the element's `lang` attribute, then
 * the user's own choice, the host page's `<html lang>` and the browser's languages.
 * @param attribute - the element's `lang` (null when it has none).
 */
export function setLanguage(attribute: string | null): void {
  applyLanguageHints({
    attribute,
    chosen: storedLocale(browserStorage()),
    host: document.documentElement.lang,
    browser: navigator.languages,
  });
}

/**
 * Starts the catalog worker, loading its code first: only a catalog other than the bundled one
 * needs it (57 KB gzip). The code is inlined in its own chunk (a blob worker), because a module
 * loaded from another origin may not start a worker from its own URL; the chunk is imported
 * relative to this module, so it comes from wherever the element's module does.
 */
async function startCatalogWorker(): Promise<Worker> {
  const { default: CatalogWorker } = await import('../worker/catalog.worker.ts?worker&inline');
  return new CatalogWorker();
}

/** The explorer state of one element (kept while it is detached and attached again). */
export function createExplorer(): Explorer {
  return createExplorerOn(workerBackend(startCatalogWorker, 'blob:'));
}

/** The App mounted in an element's shadow root (`setCompact`: the `compact` attribute). */
export type MountedExplorer = StartedExplorer;

/**
 * Mounts the App in `target`, taking over the lattice drawn before it loaded, and reports the
 * explorer's events through `emit`.
 * @param ex - the element's explorer.
 * @param target - the element's root in its shadow root.
 * @param opts - `compact`, `editable`, and the lattice drawn early (null when none was).
 * @param emit - dispatches an event from the element.
 * @returns the mounted App.
 */
export function mountExplorer(
  ex: Explorer,
  target: HTMLElement,
  opts: { compact: boolean; editable: boolean; predrawn: Predrawn | null },
  emit: <K extends keyof ExplorerEvents>(type: K, detail: ExplorerEvents[K]) => void,
): MountedExplorer {
  return startExplorer(ex, target, {
    embed: true,
    ...opts,
    connect: () => ({ stop: watchExplorer(ex, emit) }),
  });
}
