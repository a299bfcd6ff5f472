/**
 * Competencies: a cross-field framework and field packs (kept in data, `data/competencies/`) name
 * what a role asks for and the phrases that signal it, in four languages; a catalog is read with
 * the framework, the packs its text fits and its own words (`framework.ts`), each competency with
 * the phrase that was matched as evidence. On top of that: comparing two roles,
 * the skill gap along a path, and suggested moves between similar roles that no move connects.
 * The app loads this folder after the first graph (a dynamic import of this index).
 */
export * from './lexicon';
export * from './matching';
export * from './comparison';
export * from './suggestions';
export * from './readiness';
export * from './framework';
export { defaultFramework } from './default-lexicon';
