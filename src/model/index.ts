/**
 * The career-graph engine: framework-free, runs in Node, in the page and in a worker.
 * catalog text ──parse──▶ roles ──career model──▶ graphology graph ──queries──▶ answers
 */
export * from './graph/diagnostics';
export * from './graph/types';
export * from './graph/text';
export { parseCatalog, detectFormat, formatFromFileName } from './catalog/parse';
export { parseCsvCatalog } from './catalog/parse-csv';
export * from './catalog/limits';
export * from './export';
export { parseBlueprintText } from './catalog/parse-text';
export { parseJsonCatalog } from './catalog/parse-json';
export * from './career/career-model';
export * from './career/overlay';
export * from './build/build-graph';
export * from './query/paths';
export { catalogFacts } from './query/catalog-facts';
export * from './query/reach';
export * from './query/filters';
export * from './load/check';
export { loadCatalog, type LoadedCatalog } from './load/load';
export * from './competencies';
