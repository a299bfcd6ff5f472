/**
 * The one way from catalog text to a checked graph: parse, build under the catalog's overlay,
 * check. The page (when it has no worker), the worker, the embed, the build-time seed and the CLI
 * all call `loadCatalog` (or `startLoading`, its two-step twin for large catalogs); `check.ts`
 * finds what an author should fix.
 */
export * from './check';
export {
  loadCatalog,
  startLoading,
  type CatalogSource,
  type LoadedCatalog,
  type LoadingCatalog,
  type LoadOptions,
  type OverlayFile,
  type Progress,
} from './load';
