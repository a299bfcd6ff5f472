/**
 * From a file's bytes to roles: decoding, the limits checked before any work, format sniffing, the
 * three parsers (blueprint text, JSON, CSV) over one shared role intake, and reading stated facts
 * (pay, time in role, headcount). Nothing here knows about ranks or moves.
 */
export { catalogEncoding, decodeCatalog } from './decode';
export { formatFromFileName } from './formats';
export * from './limits';
export { detectFormat, parseCatalog } from './parse';
export { parseCsvCatalog } from './parse-csv';
export { parseJsonCatalog } from './parse-json';
export { parseBlueprintText } from './parse-text';
