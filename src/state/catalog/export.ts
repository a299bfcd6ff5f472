/**
 * Export dispatch: the whole graph is written where it is, by the worker when the catalog is
 * large (the page holds only a focus view), else in the page. Apart from the catalog state so
 * that the writers stay a chunk loaded on demand, outside the first paint.
 */
import type { CareerModel } from '../../model/career';
import type { CareerGraph, CatalogFormat } from '../../model/graph';
import type { ExportId } from '../../model/export';
import type { CatalogBackend } from '../../worker/client';

/** What exporting reads of the catalog state. */
export interface ExportSource {
  readonly large: boolean;
  readonly backend: CatalogBackend | null;
  readonly graph: CareerGraph | null;
}

/**
 * Writes the whole graph of the catalog shown in a registered format.
 * @param catalog - the catalog state.
 * @param format - the export format.
 * @returns the file's text.
 * @throws Error when no catalog is loaded.
 */
export async function exportCatalog(catalog: ExportSource, format: ExportId): Promise<string> {
  if (catalog.large && catalog.backend) return catalog.backend.exportAs(format);
  const g = catalog.graph;
  if (!g) throw new Error('no catalog loaded');
  return (await import('../../model/export')).exportAs(g, format);
}

/**
 * Writes the catalog shown as a published framework: in its own format, every level, family,
 * track and move (with its reason) stated, so that it loads into the same graph with no
 * inference.
 * @param catalog - the catalog state.
 * @param format - the catalog's format.
 * @param model - the career model it was built with.
 * @returns the file's text.
 * @throws Error when no catalog is loaded.
 */
export async function publishCatalog(
  catalog: ExportSource,
  format: CatalogFormat,
  model: CareerModel,
): Promise<string> {
  if (catalog.large && catalog.backend) return catalog.backend.publish(format);
  const g = catalog.graph;
  if (!g) throw new Error('no catalog loaded');
  return (await import('../../model/export')).publishFramework(g, format, model);
}
