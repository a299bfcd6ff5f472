import type { CareerModel } from './career-model';
import { fromRoles, type LoadedCatalog } from './loaded';
import { EMPTY_OVERLAY, type Overlay } from './overlay';
import { parseCatalog } from './parse';
import type { CatalogFormat } from './types';

export { fromRoles, type LoadedCatalog };

/**
 * Parses a catalog and builds its career graph in one step.
 * @param text - the catalog's content.
 * @param model - the career model.
 * @param file - the name used in messages.
 * @param format - the format, when the caller knows it (else the content decides).
 * @param overlay - the organization's overlay for this catalog, if any.
 * @returns the graph, every warning and the graph's findings.
 * @throws CatalogError when the catalog has an error.
 */
export function loadCatalog(
  text: string,
  model: CareerModel,
  file = 'catalog',
  format?: CatalogFormat,
  overlay: Overlay = EMPTY_OVERLAY,
): LoadedCatalog {
  const parsed = parseCatalog(text, file, format);
  return fromRoles(parsed.format, parsed.roles, parsed.diagnostics, model, overlay);
}
