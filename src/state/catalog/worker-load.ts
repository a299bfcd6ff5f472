/**
 * The worker's route for a catalog (loaded by URL or imported, with a worker): the worker fetches
 * and parses it, and the page shows either the whole graph (a small catalog) or a focus view of
 * it (a large one: first a preview, drawn and searchable, then every move). Apart from the load
 * route's choice (`route.ts`) because this is where a large catalog's steps are ordered.
 */
import Graph from 'graphology';
import type { CareerGraph } from '../../model/graph';
import type { CatalogBackend, FirstView } from '../../worker/client';
import {
  progressData,
  viewKey,
  type LoadResult,
  type Progress,
  type ViewRequest,
} from '../../worker/protocol';
import { afterFrame, warmSearch, whenIdle } from './preview';
import type { ShownCatalog } from './shown';
import type { CatalogLoad } from './source';

/** What the worker's route needs from the explorer around the catalog state. */
export interface WorkerLoadHost {
  /** The focus view to show first when a large catalog opens (no path is known yet). */
  firstView(): ViewRequest;
  /** Drops answers the worker gave about the catalog before. */
  forgetAnswers(): void;
}

/**
 * Loads a catalog in the worker; nothing of it lands once the load's signal is aborted, and
 * nothing is shown (not even a large catalog's preview) before its landing is ready.
 * @param shown - the catalog state.
 * @param backend - the worker.
 * @param host - the explorer.
 * @param load - the load, with a text or a URL.
 * @returns whether it is shown.
 */
export async function loadInWorker(
  shown: ShownCatalog,
  backend: CatalogBackend,
  host: WorkerLoadHost,
  load: CatalogLoad & { source: NonNullable<CatalogLoad['source']> },
): Promise<boolean> {
  const { source, name, signal, format, landing } = load;
  shown.loadProgress = { stage: 'parsing', fraction: 0, step: 'loading', name };
  const first = host.firstView();
  const firstKey = viewKey(first);
  let previewed = false;
  let finished = false;
  const progress = (p: Progress) => !signal.aborted && (shown.loadProgress = progressData(p));
  /** Runs `show` once the catalog may be shown: at once, or once an import is stored. */
  let ready: Promise<void> = Promise.resolve();
  const whenReady = (show: () => void) => {
    ready = landing ? ready.then(() => landing.ready).then(show) : (show(), ready);
  };
  const showPreview = (p: LoadResult) => {
    if (signal.aborted) return;
    previewed = true;
    landing?.named();
    shown.catalogName = name;
    openLarge(shown, host, { ...p, view: undefined }, p.view ? firstKey : '');
    if (!p.view) return;
    const view = p.view;
    // The view is drawn a frame later: the catalog's counts, facts and focus bar and the
    // view's first part together made the page's longest frame while loading (measured).
    afterFrame(() => {
      if (finished || signal.aborted || shown.viewKey !== firstKey) return;
      shown.showView(view);
      shown.finishingMoves = true;
    });
  };
  const firstView: FirstView = {
    view: first,
    // A large catalog is drawn and searchable once its roles are placed; the moves between
    // similar families and the checks come with the result.
    onPreview: (preview) => whenReady(() => showPreview(preview)),
    // Search's index arrives while the view is drawn a part per frame: it is taken in when
    // the page is idle.
    onIndex: (index) =>
      whenReady(() =>
        whenIdle(() => {
          if (finished || signal.aborted || !shown.large) return;
          shown.index = index;
          warmSearch(index, () => shown.index === index);
        }),
      ),
  };
  const r = await backend.load(source, name, progress, format, firstView, signal);
  if (landing) {
    await ready;
    await landing.ready;
  }
  finished = true;
  if (signal.aborted) return false;
  landing?.named();
  if (previewed) {
    takeCounts(shown, r);
    // Unless another view was asked for since, the first one now shows every move.
    if (r.view && shown.viewKey === firstKey) shown.showView(r.view);
    return true;
  }
  if (r.whole) {
    takeWhole(shown, host, r);
    shown.large = false;
    shown.index = [];
    shown.loaded = {
      format: r.format,
      graph: Graph.from(r.whole) as CareerGraph,
      diagnostics: r.diagnostics,
      findings: [],
    };
    shown.status = 'ready';
  } else openLarge(shown, host, r, firstKey);
  return true;
}

/** Shows a large catalog the worker holds: its first view, and search over all its roles. */
function openLarge(shown: ShownCatalog, host: WorkerLoadHost, r: LoadResult, key: string): void {
  takeWhole(shown, host, r);
  shown.index = r.index;
  if (r.index.length) warmSearch(r.index, () => shown.index === r.index);
  // The view shown, or the view on its way: the worker sync asks for a view only when it
  // wants another one.
  shown.viewKey = key;
  if (r.view) shown.showView(r.view);
  // Until a view comes (see worker-sync), the page shows the loading state.
  else shown.loaded = null;
  shown.large = true;
}

/** What the worker found of the whole catalog: its size, its problems and its levels. */
function takeCounts(shown: ShownCatalog, r: LoadResult): void {
  shown.total = r.total;
  shown.diagnostics = r.diagnostics;
  shown.problemCount = r.problems;
  shown.levels = r.levels;
}

/** The whole catalog is the worker's: what it found of it, its facts and its format. */
function takeWhole(shown: ShownCatalog, host: WorkerLoadHost, r: LoadResult): void {
  shown.workerHasGraph = true;
  host.forgetAnswers();
  takeCounts(shown, r);
  shown.wholeFacts = r.facts;
  shown.format = r.format;
}
