import { buildCareerGraphFirst } from '../builder/build-graph';
import type { CareerModel } from '../career/career-model';
import { EMPTY_OVERLAY, readOverlay, type Overlay } from '../career/overlay';
import { parseCatalog } from '../catalog/parse';
import type { CareerGraph } from '../graph/career-graph';
import { CatalogError, type Diagnostic } from '../graph/diagnostics';
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
  /**
   * The overlay as a file, not yet read (a sibling fetched beside a catalog, one stored with an
   * import): read here, and when it cannot be (`error`, bad JSON, an invalid entry), the catalog
   * is read without it and a warning says why. Ignored when `overlay` is given.
   */
  overlayFile?: OverlayFile;
}

/** An overlay file as fetched or stored: its name, and its text or why it could not be read. */
export interface OverlayFile {
  file: string;
  text?: string;
  error?: string;
}

/** How far a load has come, for a progress bar. */
export interface Progress {
  stage: 'parsing' | 'building' | 'indexing';
  /** 0..1 */
  fraction: number;
  /** What is being done, in English (the command line's words). */
  message: string;
  /** The same as data, for an interface that writes it in its own language. */
  step: 'reading' | 'building' | 'checking';
  /** How many roles (building and checking). */
  roles?: number;
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
  progress({ stage: 'parsing', fraction: 0.1, message: 'Reading the catalog…', step: 'reading' });
  const parsed = parseCatalog(source.text, source.file ?? 'catalog', source.format);
  const n = parsed.roles.length.toLocaleString('en-US');
  progress({
    stage: 'building',
    fraction: 0.5,
    message: `Building the graph of ${n} roles…`,
    step: 'building',
    roles: parsed.roles.length,
  });
  const { overlay, problems } = overlayOf(source);
  const built = buildCareerGraphFirst(parsed.roles, model, overlay);
  const diagnostics = () =>
    [...problems, ...parsed.diagnostics, ...built.diagnostics].sort((a, b) => a.line - b.line);
  let done: LoadedCatalog | null = null;
  return {
    format: parsed.format,
    graph: built.graph,
    diagnostics: diagnostics(),
    finish() {
      if (done) return done;
      built.finish();
      progress({
        stage: 'indexing',
        fraction: 0.8,
        message: `Checking ${n} roles…`,
        step: 'checking',
        roles: parsed.roles.length,
      });
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

/**
 * The overlay a load builds under: the one given, else its file read, else none; with a warning
 * for a file that cannot be read (the catalog is then read without it, never refused).
 */
function overlayOf(source: CatalogSource): { overlay: Overlay; problems: Diagnostic[] } {
  const none = { overlay: source.overlay ?? EMPTY_OVERLAY, problems: [] };
  const f = source.overlayFile;
  if (source.overlay || !f) return none;
  const warn = (why: string) => ({
    overlay: EMPTY_OVERLAY,
    problems: [
      {
        severity: 'warning' as const,
        line: 0,
        message: `the overlay ${f.file} is not applied: ${why}`,
      },
    ],
  });
  if (f.error !== undefined) return warn(f.error);
  let data: unknown;
  try {
    data = JSON.parse((f.text ?? '').replace(/^\uFEFF/, ''));
  } catch (e) {
    return warn(`it is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    return { overlay: readOverlay(data, f.file), problems: [] };
  } catch (e) {
    if (!(e instanceof CatalogError)) throw e;
    return warn(e.diagnostics.map((d) => d.message).join('; '));
  }
}
