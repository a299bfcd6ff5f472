import { buildCareerGraph, type CareerGraph } from './build-graph';
import type { CareerModel } from './career-model';
import { checkGraph } from './check';
import type { Diagnostic } from './diagnostics';
import { EMPTY_OVERLAY, type Overlay } from './overlay';
import type { CatalogFormat } from './types';

/*
 * A parsed catalog made a graph and checked. Apart from the parsers (load.ts adds them), so the
 * page can build the bundled catalog without the CSV parser and the limits in its first download.
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

/**
 * Builds a parsed catalog's graph and checks it.
 * @param format - the catalog's format.
 * @param roles - its roles.
 * @param parsed - the parser's diagnostics.
 * @param model - the career model.
 * @param overlay - the organization's overlay.
 * @returns the loaded catalog.
 */
export function fromRoles(
  format: CatalogFormat,
  roles: Parameters<typeof buildCareerGraph>[0],
  parsed: Diagnostic[],
  model: CareerModel,
  overlay: Overlay = EMPTY_OVERLAY,
): LoadedCatalog {
  const built = buildCareerGraph(roles, model, overlay);
  return {
    format,
    graph: built.graph,
    diagnostics: [...parsed, ...built.diagnostics].sort((a, b) => a.line - b.line),
    findings: checkGraph(built.graph, model),
  };
}
