/**
 * The career model: the rules, kept in data, that read a catalog the way a job architect would —
 * the level scale, the title grammar, names and mentions, evidence quoted from the roles,
 * similarity of work — and an organization's overlay. It says what a role is; `builder/` turns
 * that into a graph.
 */
export * from './career-model';
export { defaultModel } from './default-model';
export { seedOverlay } from './default-overlay';
export { graphLevels, type CatalogLevel } from './levels';
export * from './overlay';
export * from './overlay-edit';
export { readCareerModel } from './read-career-model';
