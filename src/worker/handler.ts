import type { CareerGraph, Diagnostic } from '../model/graph';
import { type CareerModel, graphLevels } from '../model/career';
import { MAX_LISTED_DIAGNOSTICS } from '../model/catalog';
import { startLoading } from '../model/load';
import {
  catalogFacts,
  findPath,
  focusNodes,
  type PathResult,
  subgraphExport,
} from '../model/query';
import { exportAs, publishFramework } from '../model/export';
import { SIZES } from '../sizes';
import {
  type ExportResult,
  type IndexEntry,
  type LoadProgress,
  type LoadResult,
  progressData,
  type ViewRequest,
  type ViewResult,
  type WorkerRequest,
} from './protocol';

/** A load in two steps: the preview of a large catalog (null for a small one), then the rest. */
export interface LoadSteps {
  /** The first view and the counts, without the role index (it comes next, `index`). */
  preview: LoadResult | null;
  /** Every role of a large catalog, sorted by title, for search (empty for a small one). */
  index(): IndexEntry[];
  /**
   * Runs the build's second phase and the checks, keeps the graph, and gives the result.
   * @param previewSent - the page has the preview and the index: the result leaves the index out.
   */
  finish(previewSent?: boolean): LoadResult;
}

const collator = new Intl.Collator('en');

/**
 * The catalog engine behind the worker: it keeps the whole graph and answers the page's
 * questions. Plain functions so tests run it in Node without a worker.
 */
export class CatalogEngine {
  private graph: CareerGraph | null = null;

  constructor(private model: CareerModel) {}

  /** The graph held now: a load that replaced it and is then cancelled puts it back. */
  get held(): CareerGraph | null {
    return this.graph;
  }

  /** Holds `graph` again (the one held before a cancelled load). */
  restore(graph: CareerGraph | null): void {
    this.graph = graph;
  }

  /**
   * Handles one request.
   * @param req - the request.
   * @param progress - receives progress while loading, as data (the page words it).
   * @returns the answer.
   * @throws CatalogError when a catalog cannot be read; Error for a request before a load.
   */
  handle(
    req: WorkerRequest,
    progress: (p: LoadProgress) => void = () => {},
  ): LoadResult | ViewResult | PathResult | ExportResult {
    if (req.type === 'load') return this.startLoad(req, progress).finish();
    const g = this.graph;
    if (!g) throw new Error('career-path-explorer worker: no catalog loaded');
    if (req.type === 'path') return findPath(g, req.from, req.to, req.options);
    if (req.type === 'export') return exportAs(g, req.format);
    if (req.type === 'publish') return publishFramework(g, req.format, this.model);
    return view(g, req);
  }

  /**
   * Loads a catalog in two steps. A large one (more roles or moves than are drawn whole) has a
   * preview after the build's first phase: the view the request asks for, the counts and facts,
   * then the role index, so the page can draw and search while the moves between similar
   * families are found. One that only grows past the moves drawn whole in the second phase has
   * no preview, and its result carries the index and the view instead of the whole graph. The
   * graph is kept only when `finish` has run: questions asked before then wait for it (the
   * worker handles one request at a time).
   * @param req - the load request (with the catalog's text).
   * @param progress - receives progress while loading, as data (the page words it).
   * @returns the preview and the step that finishes the load.
   * @throws CatalogError when the catalog cannot be read.
   */
  startLoad(
    req: Extract<WorkerRequest, { type: 'load' }>,
    progress: (p: LoadProgress) => void = () => {},
  ): LoadSteps {
    const steps = startLoading(
      {
        text: req.text ?? '',
        file: req.name,
        format: req.format,
        overlay: req.overlay,
        overlayFile: req.overlayFile,
      },
      // The model says each step in English (the command line's words): the page gets data.
      { model: this.model, progress: (p) => progress(progressData(p)) },
    );
    const g = steps.graph;
    // Drawn whole only when it has few roles and few moves (the moves of the second phase are
    // counted when it has run).
    const fewMoves = () => g.size <= SIZES.wholeGraphMoves;
    const small = g.order <= SIZES.wholeGraph && fewMoves();
    const asked = req.view;
    let index: IndexEntry[] | null = null;
    const sortedIndex = () =>
      // Sorted here, off the page's thread: sorting 20,000 titles took the page ~0.3 s.
      (index ??= g
        .mapNodes((id, a) => ({ id, title: a.title, track: a.track, rank: a.rank }))
        .sort((a, b) => collator.compare(a.title, b.title)));
    // The view goes first, without the index: the page draws it sooner, and taking the index in
    // the same task made the page's longest frame while loading 30 ms longer (measured).
    const preview: LoadResult | null = small
      ? null
      : {
          format: steps.format,
          total: g.order,
          moves: g.size,
          diagnostics: listed(steps.diagnostics),
          problems: steps.diagnostics.length,
          whole: null,
          index: [],
          // Role facts are attributes of roles: the second phase does not change them.
          facts: catalogFacts(g),
          // So are the roles' ranks.
          levels: graphLevels(g, this.model),
          ...(asked ? { view: view(g, asked) } : {}),
        };
    return {
      preview,
      index: () => (small ? [] : sortedIndex()),
      finish: (previewSent = false) => {
        const loaded = steps.finish();
        this.graph = loaded.graph;
        progress({ stage: 'indexing', fraction: 0.9, step: 'indexing', roles: g.order });
        // The page lists the catalog's warnings and the graph's findings together.
        const diagnostics = [...loaded.diagnostics, ...loaded.findings].sort(
          (a, b) => a.line - b.line,
        );
        const whole = small && fewMoves();
        return {
          format: steps.format,
          total: g.order,
          moves: g.size,
          diagnostics: listed(diagnostics),
          problems: diagnostics.length,
          whole: whole ? g.export() : null,
          facts: preview?.facts ?? catalogFacts(g),
          levels: preview?.levels ?? graphLevels(g, this.model),
          // The preview carried the index; the roles have not changed since.
          index: previewSent || whole ? [] : sortedIndex(),
          ...(asked && !whole ? { view: view(g, asked) } : {}),
        };
      },
    };
  }
}

/**
 * The problems the page lists: at most {@link MAX_LISTED_DIAGNOSTICS} (a catalog can have
 * hundreds of thousands of findings); the result's `problems` counts them all.
 */
function listed(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.length <= MAX_LISTED_DIAGNOSTICS
    ? diagnostics
    : diagnostics.slice(0, MAX_LISTED_DIAGNOSTICS);
}

/** A focus view of the whole graph, at most {@link SIZES.focusCap} roles. */
function view(g: CareerGraph, req: ViewRequest): ViewResult {
  const focus = focusNodes(g, req.spec, SIZES.focusCap, req.include);
  return {
    graph: subgraphExport(g, focus.nodes),
    truncated: focus.truncated,
    wanted: focus.wanted,
  };
}
