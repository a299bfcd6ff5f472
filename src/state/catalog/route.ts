/**
 * The load route: which way a catalog is opened (the bundled one at once, in the page with no
 * worker, or in the worker), what a failure says, and that a superseded load never lands. Apart
 * from the catalog state, which decides what to load (a URL, an import, the bundled catalog) and
 * what to say after.
 */
import type { CareerModel } from '../../model/career';
import { CatalogError, formatDiagnostic } from '../../model/graph';
import type { CatalogBackend } from '../../worker/client';
import { progressData } from '../../worker/protocol';
import type { CatalogProblem } from './problems';
import { showBuilt, type ShownCatalog } from './shown';
import { seedCatalog, type CatalogLoad } from './source';
import { loadInWorker, type WorkerLoadHost } from './worker-load';

/** What the route writes of the catalog state: the catalog shown, and whether it is an import. */
export interface RouteTarget extends ShownCatalog {
  imported: boolean;
}

/** Where the route can go, and how it reports a failure. */
export interface Routes {
  model: CareerModel;
  /** Where catalogs other than the bundled one are parsed and queried; none: in the page. */
  backend: CatalogBackend | null;
  host: WorkerLoadHost;
  /** Reports a catalog that could not be opened (`log`: also to the console). */
  fail(problem: CatalogProblem, log: boolean): void;
}

/**
 * Opens a catalog, unless the load's signal says a later load superseded it (then nothing of it
 * lands: not the catalog, not its error, not its progress).
 * @param target - the catalog state.
 * @param routes - the model, the worker and the failure report.
 * @param kind - what is opened: a URL's failure is logged too, and only an import stays marked
 *   as one.
 * @param load - the load.
 * @returns whether it is shown.
 */
export async function openCatalog(
  target: RouteTarget,
  routes: Routes,
  kind: 'seed' | 'url' | 'import',
  load: CatalogLoad,
): Promise<boolean> {
  const { source, name, signal, format, landing } = load;
  try {
    if (!source || !routes.backend) {
      // The bundled catalog is shown in this task, with no await before it.
      const loaded = !source
        ? seedCatalog()
        : // Without a worker (tests in Node, a page whose policy refuses workers), the
          // pipeline is loaded on demand and runs here.
          (await import('../../model/load')).loadCatalog(
            {
              text: 'text' in source ? source.text : '',
              file: name,
              format,
              overlay: source.overlay,
              overlayFile: source.overlayFile,
            },
            {
              model: routes.model,
              progress: (p) => !signal.aborted && (target.loadProgress = progressData(p)),
            },
          );
      if (landing) await landing.ready;
      if (signal.aborted) return false;
      landing?.named();
      showBuilt(target, loaded, routes.model);
    } else if (!(await loadInWorker(target, routes.backend, routes.host, { ...load, source })))
      return false;
    target.catalogName = name;
    if (kind !== 'import') target.imported = false;
    return true;
  } catch (e) {
    if (signal.aborted) return false;
    if (e instanceof CatalogError)
      routes.fail(
        {
          kind: 'unreadable',
          name,
          lines: e.diagnostics
            .filter((d) => d.severity === 'error')
            .map((d) => formatDiagnostic(name, d)),
          then: target.loaded ? 'current' : 'none',
        },
        kind === 'url',
      );
    else if (e instanceof Error) routes.fail({ kind: 'said', text: e.message }, kind === 'url');
    else throw e;
    return false;
  } finally {
    if (!signal.aborted) {
      target.loadProgress = null;
      target.finishingMoves = false;
    }
  }
}
