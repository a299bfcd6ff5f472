/**
 * The vocabulary every other folder speaks: the career graph's type and attributes, roles and
 * moves as the parsers and the builder write them, diagnostics, and the text helpers that make a
 * title an id. It imports nothing from the other folders, so any of them may import it.
 */
export * from './career-graph';
export * from './diagnostics';
export * from './text';
export * from './types';
