import { buildCareerGraphFirst } from '../builder/build-graph';
import type { CareerModel } from '../career/career-model';
import { EMPTY_OVERLAY, type Overlay } from '../career/overlay';
import { parseCatalog } from '../catalog/parse';
import type { CareerGraph } from '../graph/career-graph';
import type { Diagnostic } from '../graph/diagnostics';
import type { CatalogFormat } from '../graph/types';
import { checkGraph } from './check';

/*
 * The one way from catalog text to a checked graph: parse, build under the catalog's overlay,
 * check. The command-line tool, the worker, the page without a worker and the build-time seed
 * (`src/ui/canvas/seed-canvas.ts`, whose result the page reads instead of building the bundled
 * catalog again) all call `loadCatalog` or its two-step twin `startLoading`.
 */

/** A catalog to load: its text, what it is called, and what is known beside it. */
export interface CatalogSource {
  /** The catalog's content. */
  text: string;
  /** The name used in messages (default `catalog`). */
  file?: string;
  /** The format, when the caller knows it (else the content decides). */
  format?: CatalogFormat;
  /** The organization's overlay for this catalog (its `<catalog>.model.json`), if any. */
  overlay?: Overlay;
}

/** How far a load has come, for a progress bar. */
export interface Progress {
  stage: 'parsing' | 'building' | 'indexing';
  /** 0..1 */
  fraction: number;
  message: string;
}

/** What every load needs besides the catalog. */
export interface LoadOptions {
  /** The career model the catalog is read with. */
  model: CareerModel;
  /** Receives each stage: parsing, building (the graph), then checking. */
  progress?: (p: Progress) => void;
}

export interface LoadedCatalog {
  format: CatalogFormat;
  graph: CareerGraph;
  /** Parser and builder warnings, in line order. */
  diagnostics: Diagnostic[];
  /**
   * What a catalog author would want to know about the graph (`checkGraph`): unreachable roles,
   * dead ends, rank inversions, cycles of promotions, ranks without evidence. The CLI's `--check`
   * and the app's Catalog panel both list these, with the diagnostics.
   */
  findings: Diagnostic[];
}

/** A catalog loaded in two steps: the first phase of the build, then the rest and the checks. */
export interface LoadingCatalog {
  format: CatalogFormat;
  /** The graph after the first phase: every role in place, some moves still missing. */
  graph: CareerGraph;
  /** Parser and builder warnings so far, in line order. */
  diagnostics: Diagnostic[];
  /** Runs the second phase and the checks (once): the same result as `loadCatalog`'s. */
  finish(): LoadedCatalog;
}

/**
 * Parses a catalog in any of the three formats, builds its career graph and checks it.
 * @param source - the catalog's text, name, format and overlay.
 * @param options - the career model, and where progress goes.
 * @returns the graph, every warning (in line order) and the graph's findings.
 * @throws CatalogError when the catalog has an error.
 */
export function loadCatalog(source: CatalogSource, options: LoadOptions): LoadedCatalog {
  return startLoading(source, options).finish();
}

/**
 * {@link loadCatalog} in two steps: the worker shows a large catalog's first view from the first
 * phase of the build while the rest runs.
 * @param source - the catalog's text, name, format and overlay.
 * @param options - the career model, and where progress goes.
 * @returns the graph after the first phase, with the step that finishes and checks it.
 * @throws CatalogError when the catalog has an error.
 */
export function startLoading(source: CatalogSource, options: LoadOptions): LoadingCatalog {
  const { model } = options;
  const progress = options.progress ?? (() => {});
  progress({ stage: 'parsing', fraction: 0.1, message: 'Reading the catalog…' });
  const parsed = parseCatalog(source.text, source.file ?? 'catalog', source.format);
  const n = parsed.roles.length.toLocaleString('en-US');
  progress({ stage: 'building', fraction: 0.5, message: `Building the graph of ${n} roles…` });
  const built = buildCareerGraphFirst(parsed.roles, model, source.overlay ?? EMPTY_OVERLAY);
  const diagnostics = () =>
    [...parsed.diagnostics, ...built.diagnostics].sort((a, b) => a.line - b.line);
  let done: LoadedCatalog | null = null;
  return {
    format: parsed.format,
    graph: built.graph,
    diagnostics: diagnostics(),
    finish() {
      if (done) return done;
      built.finish();
      progress({ stage: 'indexing', fraction: 0.8, message: `Checking ${n} roles…` });
      done = {
        format: parsed.format,
        graph: built.graph,
        diagnostics: diagnostics(),
        findings: checkGraph(built.graph, model),
      };
      return done;
    },
  };
}
