/**
 * The career-graph engine: framework-free, runs in Node, in the page and in a worker.
 * catalog text ──parse──▶ roles ──career model──▶ graphology graph ──queries──▶ answers
 */
export * from './diagnostics';
export * from './types';
export * from './text';
export { parseCatalog, detectFormat, formatFromFileName } from './parse';
export { parseCsvCatalog } from './parse-csv';
export * from './limits';
export * from './export';
export { parseBlueprintText } from './parse-text';
export { parseJsonCatalog } from './parse-json';
export * from './career-model';
export * from './overlay';
export * from './build-graph';
export * from './paths';
export { catalogFacts } from './catalog-facts';
export * from './reach';
export * from './filters';
export * from './check';
export { loadCatalog, type LoadedCatalog } from './load';
export * from './competencies';
