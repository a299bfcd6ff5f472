import type { CareerModel } from '../career/career-model';
import {
  loadInSteps,
  loadWith,
  type LoadedCatalog,
  type LoadingCatalog,
  type LoadOptions,
} from './loaded';
import type { Overlay } from '../career/overlay';
import { parseCatalog } from '../catalog/parse';
import type { CatalogFormat } from '../graph/types';

export { loadWith, type LoadedCatalog, type LoadingCatalog, type LoadOptions };

/**
 * Parses a catalog in any of the three formats, builds its career graph and checks it: the one
 * path the command-line tool, the worker and the build-time lattice take (the page's bundled
 * catalog takes the same path with the blueprint-text parser alone, `loadWith`).
 * @param text - the catalog's content.
 * @param model - the career model.
 * @param file - the name used in messages.
 * @param format - the format, when the caller knows it (else the content decides).
 * @param overlay - the organization's overlay for this catalog, if any.
 * @param progress - receives each stage of the load.
 * @returns the graph, every warning and the graph's findings.
 * @throws CatalogError when the catalog has an error.
 */
export function loadCatalog(
  text: string,
  model: CareerModel,
  file = 'catalog',
  format?: CatalogFormat,
  overlay?: Overlay,
  progress?: LoadOptions['progress'],
): LoadedCatalog {
  return loadWith(parseCatalog, text, model, { file, format, overlay, progress });
}

/**
 * {@link loadCatalog} in two steps (`loadInSteps`): the worker shows a large catalog's first view
 * from the first phase of the build while the rest runs.
 * @param text - the catalog's content.
 * @param model - the career model.
 * @param options - file name, format, overlay, progress.
 * @returns the graph after the first phase, with the step that finishes and checks it.
 * @throws CatalogError when the catalog has an error.
 */
export function loadCatalogInSteps(
  text: string,
  model: CareerModel,
  options: LoadOptions = {},
): LoadingCatalog {
  return loadInSteps(parseCatalog, text, model, options);
}
