/**
 * Reading a role's competencies from its text, with the phrase that shows each, remembered per graph.
 */

import type { CareerGraph } from '../graph/career-graph';

import type { RoleNode } from '../graph/types';
import { findDuties, type Duty, type DutyGrammar } from './duties';
import {
  COMPETENCY_SOURCES,
  SEPARATORS,
  type Competency,
  type CompetencyRef,
  type CompetencySource,
  type Lexicon,
  type RoleCompetency,
} from './lexicon';

const SEP = '[\\s\\u002d\\u2010-\\u2015]+';
/**
 * `…` (or `...`) between two words of a phrase lets up to three words stand there: "manages …
 * staff" matches "manages the ward's nursing staff".
 */
const GAP = new Set(['…', '...']);
const GAP_SOURCE = `${SEP}(?:[\\p{L}\\p{N}'’]+${SEP}){0,3}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One phrase as a regular-expression source (without the word boundaries). */
function phraseSource(phrase: string): string {
  const star = phrase.endsWith('*');
  const core = star ? phrase.slice(0, -1) : phrase;
  let out = '';
  let gap = false;
  for (const w of core.trim().split(SEPARATORS).filter(Boolean)) {
    if (GAP.has(w)) {
      gap = true;
      continue;
    }
    if (out) out += gap ? GAP_SOURCE : SEP;
    out += escape(w);
    gap = false;
  }
  return out + (star ? '[\\p{L}\\p{N}]*' : '(?:e?s)?');
}

/** A lexicon compiled for matching. */
interface Matcher {
  refs: CompetencyRef[];
  /** Competency id → its place in the lexicon. */
  index: Map<string, number>;
  /** The competencies matched by phrases (a duty has none): group g + 1 of `any` is rx[g]. */
  rx: number[];
  /** Each competency's source (see `Competency.source`). */
  sources: (string | undefined)[];
  /** All phrase competencies in one scan (group g + 1 is competency rx[g]), with word boundaries. */
  any: RegExp;
  /** Competency k alone, anchored where `lastIndex` says (none for a duty). */
  at: (RegExp | undefined)[];
  /**
   * Competencies whose phrases may start at the same place as one of competency k's (their first
   * words are prefixes of one another): where the scan finds k, these are tried at that place too.
   */
  coStart: number[][];
  /** Where a clause to leave out of a summary starts (the lexicon's `ignore` phrases), or null. */
  ignore: RegExp | null;
}

const B0 = '(?<![\\p{L}\\p{N}])';
const B1 = '(?![\\p{L}\\p{N}])';
const matcherCache = new WeakMap<Lexicon, Matcher>();

/** Compiles the lexicon once: phrases longest first, so the longest phrase is the evidence. */
function matcherOf(lexicon: Lexicon): Matcher {
  let m = matcherCache.get(lexicon);
  if (!m) {
    const cs = lexicon.competencies;
    const rx = cs.flatMap((c, k) => (c.phrases.length ? [k] : []));
    // Phrases and texts are compared in lower case: a case-insensitive Unicode pattern of a
    // thousand phrases took V8 ~0.4 s to compile, a lower-case one a tenth of that.
    const alts = cs.map((c) =>
      [...c.phrases]
        .map((p) => p.toLowerCase())
        .sort((a, b) => b.length - a.length)
        .map(phraseSource)
        .join('|'),
    );
    const firsts = cs.map((c) =>
      c.phrases.map((p) => p.replace(/\*$/, '').trim().toLowerCase().split(SEPARATORS)[0] ?? ''),
    );
    const overlap = (a: string[], b: string[]) =>
      a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)));
    m = {
      refs: cs.map((c) => ({ id: c.id, label: c.label })),
      index: new Map(cs.map((c, k) => [c.id, k])),
      rx,
      sources: cs.map((c) => c.source),
      any: rx.length
        ? new RegExp(`${B0}(?:${rx.map((k) => `(${alts[k]})`).join('|')})${B1}`, 'gu')
        : /(?!)/gu,
      at: alts.map((a, k) =>
        cs[k]!.phrases.length ? new RegExp(`${B0}(?:${a})${B1}`, 'uy') : undefined,
      ),
      coStart: firsts.map((f, k) =>
        cs[k]!.phrases.length
          ? rx.flatMap((j) => (j !== k && overlap(f, firsts[j]!) ? [j] : []))
          : [],
      ),
      ignore: lexicon.ignore?.length
        ? new RegExp(
            `${B0}(?:${lexicon.ignore.map((p) => phraseSource(p.toLowerCase())).join('|')})${B1}`,
            'gu',
          )
        : null,
    };
    matcherCache.set(lexicon, m);
  }
  return m;
}

/**
 * Finds, for each competency not yet in `found`, its first phrase in `text`: one scan of the text
 * for all competencies (at 20,000 roles, one regular expression per competency and role took
 * about three times as long).
 */
function scan(m: Matcher, original: string, found: Map<number, string>, spans?: number[]): void {
  const re = m.any;
  re.lastIndex = 0;
  // Matched in lower case; the evidence is the original's words at the same place (a text whose
  // lower case is longer, as "İ" is, is rare: its evidence is the lower-case words).
  const text = original.toLowerCase();
  const words = text.length === original.length ? original : text;
  const at = (i: number, n: number) => words.slice(i, i + n);
  /** Where the last match ends, and its source: another source's phrase inside it is no evidence. */
  let claimed = 0;
  let claimedBy: string | undefined;
  const elsewhere = (k: number) => m.sources[k] !== claimedBy;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    let g = 1;
    while (hit[g] === undefined) g++;
    const k = m.rx[g - 1]!;
    const end = hit.index + hit[0].length;
    if (end <= claimed && elsewhere(k)) {
      // "audit" inside "night audit": the words count for the longer phrase's competency.
      re.lastIndex = hit.index + 1;
      continue;
    }
    if (end > claimed) [claimed, claimedBy] = [end, m.sources[k]];
    spans?.push(hit.index, end);
    if (!found.has(k)) found.set(k, at(hit.index, hit[0].length));
    for (const j of m.coStart[k]!) {
      if (found.has(j)) continue;
      const other = m.at[j];
      if (!other) continue;
      other.lastIndex = hit.index;
      const also = other.exec(text);
      // The same words are evidence of one source's competency: the first in the lexicon's order.
      const same = also?.[0].length === hit[0].length && m.sources[j] !== m.sources[k];
      if (also && !same) found.set(j, at(hit.index, also[0].length));
      if (also) spans?.push(hit.index, hit.index + also[0].length);
    }
    if (found.size === m.refs.length && !spans) return;
    re.lastIndex = hit.index + 1;
  }
}

/** Where a clause ends: a comma, a semicolon or the sentence's end. */
const CLAUSE_END = /[,;.!?]/g;

/**
 * A summary less what it says about someone else's authority over the role: from each phrase the
 * lexicon's `ignore` names ("reports to", "under the direction of") to the end of its clause (the
 * next comma or semicolon, or the sentence's end). "Hires and evaluates staff and reports to the
 * Director" keeps "hires and evaluates staff".
 */
function ownSentences(m: Matcher, summary: string): string[] {
  const ignore = m.ignore;
  if (!ignore) return [summary];
  const lower = summary.toLowerCase();
  const kept: string[] = [];
  let from = 0;
  ignore.lastIndex = 0;
  for (let hit = ignore.exec(lower); hit; hit = ignore.exec(lower)) {
    kept.push(summary.slice(from, hit.index));
    CLAUSE_END.lastIndex = hit.index + hit[0].length;
    from = CLAUSE_END.exec(lower)?.index ?? summary.length;
    ignore.lastIndex = Math.max(from, hit.index + 1);
  }
  kept.push(summary.slice(from));
  return kept;
}

type Readable = Pick<RoleNode, 'summary' | 'skills'> &
  Partial<Pick<RoleNode, 'title' | 'responsibilities' | 'kpis'>>;

/** The texts of a role each source gives (a summary less what it says of others' authority). */
function textsOf(m: Matcher, role: Readable, source: CompetencySource): readonly string[] {
  return source === 'summary'
    ? ownSentences(m, withoutTitle(role.summary, role.title))
    : (role[source] ?? []);
}

/**
 * A summary with its role's title blanked (same length, its letters "x"): "The Customer Support Specialist…" names
 * the role, not its customer support, and "Team Lead" no leadership.
 */
function withoutTitle(summary: string, title: string | undefined): string {
  if (!title || title.length < 3) return summary;
  const lower = summary.toLowerCase();
  const t = title.toLowerCase();
  let at = lower.indexOf(t);
  if (at < 0) return summary;
  // Whole words only: "Architect" names no part of "architecture".
  const word = /[\p{L}\p{N}]/u;
  let out = '';
  let from = 0;
  for (; at >= 0; at = lower.indexOf(t, at + 1)) {
    if (at < from || word.test(lower[at - 1] ?? '') || word.test(lower[at + t.length] ?? ''))
      continue;
    // Letters become "x" (a subject no phrase or verb names), so the sentence keeps its shape.
    out +=
      summary.slice(from, at) + summary.slice(at, at + t.length).replace(/[\p{L}\p{N}]/gu, 'x');
    from = at + t.length;
  }
  return out + summary.slice(from);
}

/** Duties are read in the summary and the Responsibilities (Skills and KPIs name no duty). */
const DUTY_SOURCES: ReadonlySet<CompetencySource> = new Set(['summary', 'responsibilities']);

/** A duty found in one of a role's texts: which source, which of its texts. */
export interface RoleDuty extends Duty {
  source: CompetencySource;
  /** The text's place among the source's texts (a summary is cut where others' authority is). */
  text: number;
}

/**
 * Every duty a role's texts name, whatever phrases the lexicon has (those a phrase names are left
 * out when the role's competencies are read). Empty when the lexicon has no grammar for the
 * catalog's language.
 * @param role - the role.
 * @param lexicon - the lexicon (its `duties` grammar and what it ignores).
 * @returns each duty with where it was read.
 */
export function roleDuties(role: Readable, lexicon: Lexicon): RoleDuty[] {
  const grammar = lexicon.duties;
  if (!grammar) return [];
  const m = matcherOf(lexicon);
  // Remembered per grammar, ignored phrases and role: the catalog's lexicon and the reading of
  // each role's competencies read them once.
  const key = m.ignore ?? grammar;
  let perRole = dutyCache.get(key);
  if (!perRole) dutyCache.set(key, (perRole = new WeakMap()));
  const had = perRole.get(role);
  if (had && had.grammar === grammar) return had.duties;
  const duties: RoleDuty[] = [];
  for (const source of COMPETENCY_SOURCES) {
    if (!DUTY_SOURCES.has(source)) continue;
    textsOf(m, role, source).forEach((text, i) => {
      for (const d of findDuties(text, grammar, role.title ?? ''))
        duties.push({ ...d, source, text: i });
    });
  }
  perRole.set(role, { grammar, duties });
  return duties;
}

const dutyCache = new WeakMap<
  object,
  WeakMap<Readable, { grammar: DutyGrammar; duties: RoleDuty[] }>
>();

/**
 * A lexicon with more competencies without phrases (duties), sharing the compiled phrases of
 * `base`: the duties read with `base` are the same, and are not read again.
 * @param base - a lexicon.
 * @param extra - competencies without phrases.
 * @param more - other fields of the new lexicon.
 * @returns the new lexicon.
 */
export function withDuties<M extends object>(
  base: Lexicon,
  extra: readonly Competency[],
  more: M,
): Lexicon & M {
  const lexicon = { ...base, ...more, competencies: [...base.competencies, ...extra] };
  const m = matcherOf(base);
  const n = base.competencies.length;
  matcherCache.set(lexicon, {
    ...m,
    refs: [...m.refs, ...extra.map((c) => ({ id: c.id, label: c.label }))],
    index: new Map([...m.index, ...extra.map((c, i) => [c.id, n + i] as const)]),
    sources: [...m.sources, ...extra.map((c) => c.source)],
    at: [...m.at, ...extra.map(() => undefined)],
    coStart: [...m.coStart, ...extra.map(() => [])],
  });
  return lexicon;
}

/**
 * Reads a role's competencies from its summary and its Skills, Responsibilities and KPIs sections.
 * @param role - the role (a graph node, or anything with a summary and those lists).
 * @param lexicon - the competency lexicon.
 * @returns one entry per competency found, in lexicon order, with the matched phrase as it
 *   appears in the text (the first place it occurs; there, the longest phrase) and where: the
 *   summary is searched first, then the skills, the responsibilities and the KPIs. A duty the
 *   texts name (see {@link roleDuties}) counts when the lexicon lists its id.
 */
export function extractCompetencies(role: Readable, lexicon: Lexicon): RoleCompetency[] {
  const m = matcherOf(lexicon);
  const found = new Map<number, string>();
  const where = new Map<number, CompetencySource>();
  const duties = roleDuties(role, lexicon);
  // Where phrases matched, per source and text: a duty they name is their competency's evidence.
  const spans = new Map<string, number[]>();
  for (const source of COMPETENCY_SOURCES) {
    const texts = textsOf(m, role, source);
    const before = found.size;
    const reads = duties.length > 0 && DUTY_SOURCES.has(source);
    texts.forEach((text, i) => {
      const list: number[] | undefined = reads ? [] : undefined;
      scan(m, text, found, list);
      if (list?.length) spans.set(`${source} ${i}`, list);
    });
    if (found.size === before) continue;
    for (const k of found.keys()) if (!where.has(k)) where.set(k, source);
  }
  for (const d of duties) {
    const k = m.index.get(d.id);
    if (k === undefined || found.has(k) || named(spans.get(`${d.source} ${d.text}`), d)) continue;
    found.set(k, d.evidence);
    where.set(k, d.source);
  }
  const out: RoleCompetency[] = [];
  for (let k = 0; k < m.refs.length; k++) {
    const evidence = found.get(k);
    if (evidence !== undefined) out.push({ ...m.refs[k]!, evidence, source: where.get(k)! });
  }
  return out;
}

/** Whether a phrase's match lies mostly within the duty's words. */
function named(spans: readonly number[] | undefined, d: Duty): boolean {
  if (!spans) return false;
  const end = d.at + d.evidence.length;
  for (let i = 0; i < spans.length; i += 2) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    const overlap = Math.min(b, end) - Math.max(a, d.at);
    if (overlap > 0 && overlap * 2 >= b - a) return true;
  }
  return false;
}

const graphCache = new WeakMap<Lexicon, WeakMap<CareerGraph, Map<string, RoleCompetency[]>>>();

/**
 * Every role's competencies, extracted once per graph and lexicon and remembered (a graph that
 * gains or loses roles afterwards is read again).
 * @param graph - the career graph.
 * @param lexicon - the competency lexicon.
 * @returns role id → its competencies (as {@link extractCompetencies} returns them).
 */
export function graphCompetencies(
  graph: CareerGraph,
  lexicon: Lexicon,
): ReadonlyMap<string, RoleCompetency[]> {
  let perGraph = graphCache.get(lexicon);
  if (!perGraph) graphCache.set(lexicon, (perGraph = new WeakMap()));
  let map = perGraph.get(graph);
  if (!map || map.size !== graph.order) {
    const fresh = new Map<string, RoleCompetency[]>();
    graph.forEachNode((id, a) => fresh.set(id, extractCompetencies(a, lexicon)));
    perGraph.set(graph, (map = fresh));
  }
  return map;
}

const holdersCache = new WeakMap<ReadonlyMap<string, RoleCompetency[]>, Map<string, number>>();

/**
 * How many roles hold each competency, counted once per map of roles' competencies.
 * @param byRole - role id → its competencies (as {@link graphCompetencies} returns them).
 * @returns competency id → the number of roles that have it (absent: none).
 */
export function competencyHolders(
  byRole: ReadonlyMap<string, RoleCompetency[]>,
): ReadonlyMap<string, number> {
  let holders = holdersCache.get(byRole);
  if (!holders) {
    holders = new Map();
    for (const comps of byRole.values())
      for (const c of comps) holders.set(c.id, (holders.get(c.id) ?? 0) + 1);
    holdersCache.set(byRole, holders);
  }
  return holders;
}

/**
 * Whether a competency is a duty only one role names (or none): it says nothing of how alike two
 * roles are, and a filter by it keeps one role at most.
 * @param c - a competency of the lexicon.
 * @param holders - as {@link competencyHolders} gives them.
 */
export function isLoneDuty(c: Competency, holders: ReadonlyMap<string, number>): boolean {
  return c.source === 'duty' && (holders.get(c.id) ?? 0) < 2;
}

/**
 * One role's competencies (from the per-graph cache).
 * @param graph - the career graph.
 * @param lexicon - the competency lexicon.
 * @param id - a role id.
 * @returns its competencies, or `[]` for an unknown id.
 */
export function competenciesOf(graph: CareerGraph, lexicon: Lexicon, id: string): RoleCompetency[] {
  return graphCompetencies(graph, lexicon).get(id) ?? [];
}

/** What a comparison says about each of the two roles. */
