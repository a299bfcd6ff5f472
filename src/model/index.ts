/**
 * The career-graph engine: framework-free, runs in Node, in the page and in a worker.
 * catalog text ──parse──▶ roles ──career model──▶ graphology graph ──queries──▶ answers
 */
export * from './diagnostics';
export * from './types';
export * from './text';
export { parseCatalog, detectFormat, formatFromFileName, checkLimits } from './parse';
export { parseCsvCatalog } from './parse-csv';
export * from './limits';
export * from './export';
export { parseBlueprintText, titleOf } from './parse-text';
export { parseJsonCatalog } from './parse-json';
export * from './career-model';
export * from './overlay';
export { readTitle, type TitleReading } from './title-grammar';
export type { TrackInfo } from './tracks';
export * from './build-graph';
export * from './paths';
export {
  catalogFacts,
  formatMonths,
  formatPay,
  formatPeople,
  roleFactsText,
  type CatalogFacts,
} from './facts';
export * from './reach';
export * from './filters';
export * from './check';
export { loadCatalog, loadWith, type LoadedCatalog, type LoadOptions } from './load';
export * from './competencies';
