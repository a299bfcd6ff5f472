/**
 * Competencies: a lexicon (kept in data, `data/competencies.json`) names what a role asks for and
 * the phrases that signal it; every role's competencies are read from its summary and Skills
 * section, each with the phrase that was matched as evidence. On top of that: comparing two roles,
 * the skill gap along a path, and suggested moves between similar roles that no move connects.
 * The app loads this folder after the first graph (a dynamic import of this index).
 */
export * from './lexicon';
export * from './matching';
export * from './comparison';
export * from './suggestions';
export * from './readiness';
export { defaultLexicon } from './default-lexicon';
