import { buildCareerGraphFirst } from '../build/build-graph';
import type { CareerGraph } from '../graph/career-graph';
import type { CareerModel } from '../career/career-model';
import { checkGraph } from './check';
import type { Diagnostic } from '../graph/diagnostics';
import { EMPTY_OVERLAY, type Overlay } from '../career/overlay';
import type { CatalogFormat, ParsedCatalog } from '../graph/types';

/*
 * The one path from catalog text to a checked graph: parse, build, check. The parser is a
 * parameter so the page can build the bundled catalog with the blueprint-text parser alone
 * (`load.ts` passes the full parser, which brings the CSV parser and the limits with it).
 */

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

/** How far a load has come, for a progress bar. */
export interface Progress {
  stage: 'parsing' | 'building' | 'indexing';
  /** 0..1 */
  fraction: number;
  message: string;
}

/** A catalog parser: text in, roles and diagnostics out (throws CatalogError on an error). */
export type CatalogParser = (text: string, file: string, format?: CatalogFormat) => ParsedCatalog;

export interface LoadOptions {
  /** The name used in messages. */
  file?: string;
  /** The format, when the caller knows it (else the content decides). */
  format?: CatalogFormat;
  /** The organization's overlay for this catalog. */
  overlay?: Overlay;
  /** Receives each stage: parsing, building (the graph), then checking. */
  progress?: (p: Progress) => void;
}

/** A catalog loaded in two steps: the first phase of the build, then the rest and the checks. */
export interface LoadingCatalog {
  format: CatalogFormat;
  /** The graph after the first phase: every role in place, some moves still missing. */
  graph: CareerGraph;
  /** Parser and builder warnings so far, in line order. */
  diagnostics: Diagnostic[];
  /** Runs the second phase and the checks (once): the same result as `loadWith`'s. */
  finish(): LoadedCatalog;
}

/**
 * Parses a catalog, builds its graph and checks it.
 * @param parse - the parser.
 * @param text - the catalog's content.
 * @param model - the career model.
 * @param options - file name, format, overlay, progress.
 * @returns the graph, every warning (in line order) and the graph's findings.
 * @throws CatalogError when the catalog has an error.
 */
export function loadWith(
  parse: CatalogParser,
  text: string,
  model: CareerModel,
  options: LoadOptions = {},
): LoadedCatalog {
  return loadInSteps(parse, text, model, options).finish();
}

/**
 * {@link loadWith} in two steps, so a large catalog's worker can show a first view before the
 * moves between similar families are found (`buildCareerGraphFirst`).
 * @param parse - the parser.
 * @param text - the catalog's content.
 * @param model - the career model.
 * @param options - file name, format, overlay, progress.
 * @returns the graph after the first phase, with the step that finishes it.
 * @throws CatalogError when the catalog has an error.
 */
export function loadInSteps(
  parse: CatalogParser,
  text: string,
  model: CareerModel,
  options: LoadOptions = {},
): LoadingCatalog {
  const progress = options.progress ?? (() => {});
  progress({ stage: 'parsing', fraction: 0.1, message: 'Reading the catalog…' });
  const parsed = parse(text, options.file ?? 'catalog', options.format);
  const n = parsed.roles.length.toLocaleString('en-US');
  progress({ stage: 'building', fraction: 0.5, message: `Building the graph of ${n} roles…` });
  const built = buildCareerGraphFirst(parsed.roles, model, options.overlay ?? EMPTY_OVERLAY);
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
