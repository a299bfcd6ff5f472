/**
 * The competency lexicon: its types, and reading and validating one (`data/competencies/` holds the
 * framework and packs a catalog's lexicon is put together from, `framework.ts`).
 */

import { CatalogError, type Diagnostic } from '../graph/diagnostics';
import type { DutyGrammar } from './duties';

/** One competency of the lexicon. */
export interface Competency {
  /** Stable id: lower-case letters, digits and dashes (`root-cause-analysis`). */
  id: string;
  /** Name shown to people (`Root-cause analysis`). */
  label: string;
  /**
   * Phrases that signal the competency, matched case-insensitively as whole words. Spaces and
   * hyphens between words are interchangeable, a final `s`/`es` is allowed, and a phrase ending
   * in `*` matches any word that continues it (`escalat*` → escalation, escalating).
   */
  phrases: string[];
  /**
   * Where it comes from (a field pack's id, `framework`, `own`): words one source's longer phrase
   * matched are not also evidence of another source's competency ("night audit" is not an
   * audit). Competencies of one source may share words, as their author wrote them.
   */
  source?: string;
}

/** A competency lexicon: plain data (it can be posted to a worker); matchers are compiled lazily. */
export interface Lexicon {
  competencies: Competency[];
  /**
   * Phrases that make a sentence of a summary about someone else's authority over the role
   * ("reports to", "under the supervision of"): such a sentence is no evidence of what the role
   * does, and is not read.
   */
  ignore?: string[];
  /**
   * The catalog language's words for reading duties from a role's own sentences (see `duties.ts`);
   * a duty counts when `competencies` lists its id (a competency without phrases).
   */
  duties?: DutyGrammar;
}

/** A competency's id and label. */
export interface CompetencyRef {
  id: string;
  label: string;
}

/** The parts of a blueprint competencies are read from, in the order they are searched. */
export const COMPETENCY_SOURCES = ['summary', 'skills', 'responsibilities', 'kpis'] as const;
export type CompetencySource = (typeof COMPETENCY_SOURCES)[number];

/** A competency found in a role, with the evidence for it. */
export interface RoleCompetency extends CompetencyRef {
  /** The matched phrase exactly as it appears in the text (`Root-cause`, `escalations`). */
  evidence: string;
  /** Where it was found: the summary, or an item of the Skills, Responsibilities or KPIs section. */
  source: CompetencySource;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COMPETENCY_KEYS = new Set(['id', 'label', 'phrases', 'description']);

/**
 * Validates and reads a competency lexicon.
 * @param data - the parsed JSON of a lexicon file: `{ "competencies": [{ id, label, phrases }] }`.
 * @param file - the name used in messages.
 * @returns the lexicon, competencies in file order.
 * @throws CatalogError listing every problem, each as `<file>: <json path>: <what is wrong>`.
 */
export function readLexicon(data: unknown, file = 'competencies.json'): Lexicon {
  const problems: Diagnostic[] = [];
  const fail = (path: string, what: string) =>
    problems.push({ severity: 'error', line: 0, message: `${path}: ${what}` });
  const isObj = (v: unknown): v is Record<string, unknown> =>
    !!v && typeof v === 'object' && !Array.isArray(v);

  const competencies: Competency[] = [];
  const list = isObj(data) ? data['competencies'] : undefined;
  if (!isObj(data)) fail('lexicon', 'must be an object with a "competencies" list');
  else if (!Array.isArray(list)) fail('competencies', 'must be a list');
  else if (list.length === 0) fail('competencies', 'must not be empty');
  const ids = new Map<string, string>();
  const phraseOwner = new Map<string, string>();
  (Array.isArray(list) ? list : []).forEach((cv, i) => {
    const p = `competencies[${i}]`;
    if (!isObj(cv)) {
      fail(p, 'must be an object with id, label and phrases');
      return;
    }
    for (const k of Object.keys(cv))
      if (!COMPETENCY_KEYS.has(k)) fail(`${p}.${k}`, 'unknown key (expected id, label, phrases)');
    const id = cv['id'];
    if (typeof id !== 'string') fail(`${p}.id`, 'must be a string');
    else if (!ID.test(id)) fail(`${p}.id`, `"${id}" must be lower-case letters, digits and dashes`);
    else if (ids.has(id)) fail(`${p}.id`, `"${id}" is used twice (first at ${ids.get(id)})`);
    else ids.set(id, p);
    const label = cv['label'];
    if (typeof label !== 'string' || !label.trim())
      fail(`${p}.label`, 'must be a non-empty string');
    const phrases = cv['phrases'];
    if (!Array.isArray(phrases) || phrases.length === 0) {
      fail(`${p}.phrases`, 'must be a non-empty list of strings');
    } else {
      phrases.forEach((ph, j) => {
        const pp = `${p}.phrases[${j}]`;
        if (typeof ph !== 'string') return fail(pp, 'must be a string');
        if (!/[\p{L}\p{N}]/u.test(ph)) return fail(pp, `"${ph}" has no letter or digit`);
        if (ph.indexOf('*') !== -1 && ph.indexOf('*') !== ph.length - 1)
          return fail(pp, `"${ph}": "*" may only end a phrase`);
        const key = phraseKey(ph);
        const owner = phraseOwner.get(key);
        if (owner && owner !== p)
          return fail(pp, `"${ph}" is also a phrase of ${owner}; a phrase signals one competency`);
        phraseOwner.set(key, p);
      });
    }
    if (typeof id === 'string' && typeof label === 'string' && Array.isArray(phrases))
      competencies.push({
        id,
        label: label.trim(),
        phrases: phrases.filter((x): x is string => typeof x === 'string').map((x) => x.trim()),
      });
  });
  if (problems.length) throw new CatalogError(problems, file);
  return { competencies };
}

/** A phrase's identity for duplicate checks: case, spacing and hyphens do not matter. */
function phraseKey(phrase: string): string {
  return phrase.trim().toLowerCase().split(SEPARATORS).filter(Boolean).join(' ');
}

/** What separates the words of a phrase: white space and hyphens of every kind. */
export const SEPARATORS = /[\s\u002d\u2010-\u2015]+/;
