import { buildCareerGraph, type CareerGraph } from './build-graph';
import type { CareerModel } from './career-model';
import type { Diagnostic } from './diagnostics';
import { parseCatalog } from './parse';
import type { CatalogFormat } from './types';

export interface LoadedCatalog {
  format: CatalogFormat;
  graph: CareerGraph;
  /** Parser and builder warnings, in line order. */
  diagnostics: Diagnostic[];
}

/**
 * Parses a catalog and builds its career graph in one step.
 * @param text - the catalog's content.
 * @param model - the career model.
 * @param file - the name used in messages.
 * @param format - the format, when the caller knows it (else the content decides).
 * @returns the graph and every warning.
 * @throws CatalogError when the catalog has an error.
 */
export function loadCatalog(
  text: string,
  model: CareerModel,
  file = 'catalog',
  format?: CatalogFormat,
): LoadedCatalog {
  const parsed = parseCatalog(text, file, format);
  const built = buildCareerGraph(parsed.roles, model);
  return {
    format: parsed.format,
    graph: built.graph,
    diagnostics: [...parsed.diagnostics, ...built.diagnostics].sort((a, b) => a.line - b.line),
  };
}
