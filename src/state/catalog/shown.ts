/**
 * What the page shows of a catalog and knows of the whole of it (its counts, problems, levels,
 * facts and search index), as the load routes set it; and showing a catalog built in the page,
 * or a focus view of one the worker holds.
 * The fields live on the catalog state (`catalog.svelte.ts`); this interface is the part of it
 * the routes write, so they need nothing else of it.
 */
import Graph from 'graphology';
import { type CareerModel, type CatalogLevel, graphLevels } from '../../model/career';
import type { CareerGraph, CatalogFormat, Diagnostic } from '../../model/graph';
import type { LoadedCatalog } from '../../model/load';
import type { CatalogFacts } from '../../model/query';
import type { IndexEntry, LoadProgress, ViewResult } from '../../worker/protocol';

/** The catalog shown, as the load routes write it (see `CatalogState` for each field). */
export interface ShownCatalog {
  status: 'loading' | 'ready' | 'error';
  catalogName: string;
  loaded: LoadedCatalog | null;
  large: boolean;
  workerHasGraph: boolean;
  total: number;
  index: IndexEntry[];
  wholeFacts: CatalogFacts | null;
  format: CatalogFormat;
  levels: CatalogLevel[];
  loadProgress: LoadProgress | null;
  finishingMoves: boolean;
  viewKey: string;
  diagnostics: Diagnostic[];
  problemCount: number;
  /** Shows a focus view of the large catalog the worker holds. */
  showView(v: ViewResult): void;
}

/**
 * Shows a catalog built in the page (the bundled one, or one loaded with no worker).
 * @param shown - the catalog state.
 * @param loaded - the catalog.
 * @param model - the career model its levels are named by.
 */
export function showBuilt(shown: ShownCatalog, loaded: LoadedCatalog, model: CareerModel): void {
  shown.large = false;
  shown.workerHasGraph = false;
  shown.index = [];
  shown.loaded = loaded;
  shown.format = loaded.format;
  shown.levels = graphLevels(loaded.graph, model);
  shown.diagnostics = [...loaded.diagnostics, ...loaded.findings].sort((a, b) => a.line - b.line);
  shown.problemCount = shown.diagnostics.length;
  shown.total = loaded.graph.order;
  shown.status = 'ready';
}

/**
 * Shows a focus view of the large catalog the worker holds, keeping what is known of the whole.
 * @param shown - the catalog state.
 * @param v - the view the worker sent.
 */
export function showFocusView(shown: ShownCatalog, v: ViewResult): void {
  shown.loaded = {
    format: shown.format,
    graph: Graph.from(v.graph) as CareerGraph,
    diagnostics: shown.loaded?.diagnostics ?? [],
    findings: shown.loaded?.findings ?? [],
  };
  shown.status = 'ready';
}
