import type { CareerGraph } from './build-graph';
import { CatalogError, type Diagnostic } from './diagnostics';
import { findPath, movesOf, resolveRole, type CareerPath, type Move } from './paths';
import type { RoleNode } from './types';

/**
 * Competencies: a lexicon (kept in data, `data/competencies.json`) names what a role asks for and
 * the phrases that signal it; every role's competencies are read from its summary and Skills
 * section, each with the phrase that was matched as evidence. On top of that: comparing two roles,
 * the skill gap along a path, and suggested moves between similar roles that no move connects.
 */

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
}

/** A competency lexicon: plain data (it can be posted to a worker); matchers are compiled lazily. */
export interface Lexicon {
  competencies: Competency[];
}

/** A competency's id and label. */
export interface CompetencyRef {
  id: string;
  label: string;
}

/** A competency found in a role, with the evidence for it. */
export interface RoleCompetency extends CompetencyRef {
  /** The matched phrase exactly as it appears in the text (`Root-cause`, `escalations`). */
  evidence: string;
  /** Where it was found: the summary, or an item of the Skills section. */
  source: 'summary' | 'skills';
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

const SEPARATORS = /[\s\u002d\u2010-\u2015]+/;
const SEP = '[\\s\\u002d\\u2010-\\u2015]+';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One phrase as a regular-expression source (without the word boundaries). */
function phraseSource(phrase: string): string {
  const star = phrase.endsWith('*');
  const core = star ? phrase.slice(0, -1) : phrase;
  const words = core.trim().split(SEPARATORS).filter(Boolean).map(escape);
  return words.join(SEP) + (star ? '[\\p{L}\\p{N}]*' : '(?:e?s)?');
}

/** A lexicon compiled for matching. */
interface Matcher {
  refs: CompetencyRef[];
  /** All competencies in one scan: group k + 1 is competency k, each with word boundaries. */
  any: RegExp;
  /** Competency k alone, anchored where `lastIndex` says. */
  at: RegExp[];
  /**
   * Competencies whose phrases may start at the same place as one of competency k's (their first
   * words are prefixes of one another): where the scan finds k, these are tried at that place too.
   */
  coStart: number[][];
}

const B0 = '(?<![\\p{L}\\p{N}])';
const B1 = '(?![\\p{L}\\p{N}])';
const matcherCache = new WeakMap<Lexicon, Matcher>();

/** Compiles the lexicon once: phrases longest first, so the longest phrase is the evidence. */
function matcherOf(lexicon: Lexicon): Matcher {
  let m = matcherCache.get(lexicon);
  if (!m) {
    const cs = lexicon.competencies;
    const alts = cs.map((c) =>
      [...c.phrases]
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
      any: new RegExp(`${B0}(?:${alts.map((a) => `(${a})`).join('|')})${B1}`, 'giu'),
      at: alts.map((a) => new RegExp(`${B0}(?:${a})${B1}`, 'iuy')),
      coStart: firsts.map((f, k) =>
        firsts.flatMap((g, j) => (j !== k && overlap(f, g) ? [j] : [])),
      ),
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
function scan(m: Matcher, text: string, found: Map<number, string>): void {
  const re = m.any;
  re.lastIndex = 0;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    let k = 1;
    while (hit[k] === undefined) k++;
    k--;
    if (!found.has(k)) found.set(k, hit[0]);
    for (const j of m.coStart[k]!) {
      if (found.has(j)) continue;
      const at = m.at[j]!;
      at.lastIndex = hit.index;
      const also = at.exec(text);
      if (also) found.set(j, also[0]);
    }
    if (found.size === m.refs.length) return;
    re.lastIndex = hit.index + 1;
  }
}

/**
 * Reads a role's competencies from its summary and its Skills section.
 * @param role - the role (a graph node, or anything with a summary and skills).
 * @param lexicon - the competency lexicon.
 * @returns one entry per competency found, in lexicon order, with the matched phrase as it
 *   appears in the text (the first place it occurs; there, the longest phrase). The summary is
 *   searched first; a competency the summary does not show is looked for in the skills.
 */
export function extractCompetencies(
  role: Pick<RoleNode, 'summary' | 'skills'>,
  lexicon: Lexicon,
): RoleCompetency[] {
  const m = matcherOf(lexicon);
  const inSummary = new Map<number, string>();
  scan(m, role.summary, inSummary);
  let inSkills = inSummary;
  if (role.skills.length) {
    inSkills = new Map(inSummary);
    for (const skill of role.skills) scan(m, skill, inSkills);
  }
  const out: RoleCompetency[] = [];
  for (let k = 0; k < m.refs.length; k++) {
    const { id, label } = m.refs[k]!;
    const s = inSummary.get(k);
    const t = s ?? inSkills.get(k);
    if (t !== undefined) out.push({ id, label, evidence: t, source: s ? 'summary' : 'skills' });
  }
  return out;
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
export interface ComparedRole {
  id: string;
  title: string;
  level: string;
  rank: number;
  track: string;
}

/** Where a competency was found in a role: the matched phrase and its source. */
export type Evidence = Pick<RoleCompetency, 'evidence' | 'source'>;

/** A competency both roles ask for, with each role's evidence. */
export interface SharedCompetency extends CompetencyRef {
  a: Evidence;
  b: Evidence;
}

/** The comparison of two roles. */
export interface RoleComparison {
  a: ComparedRole;
  b: ComparedRole;
  /** Competencies of both roles, in lexicon order. */
  shared: SharedCompetency[];
  /** Competencies of the first role only. */
  onlyA: RoleCompetency[];
  /** Competencies of the second role only: what is new in moving from the first to the second. */
  onlyB: RoleCompetency[];
  /** Jaccard similarity of the two competency sets (0..1; 0 when neither has any). */
  similarity: number;
  /** Shortest path (fewest moves) from the first role to the second, or null when there is none. */
  path: CareerPath | null;
}

function requireRole(graph: CareerGraph, name: string): string {
  const id = resolveRole(graph, name);
  if (id === undefined) throw new Error(`unknown role "${name}"`);
  return id;
}

function describeRole(graph: CareerGraph, id: string): ComparedRole {
  const a = graph.getNodeAttributes(id);
  return { id, title: a.title, level: a.level, rank: a.rank, track: a.track };
}

/**
 * Compares two roles: level, rank, track, competencies shared and only in one, and the shortest
 * path from the first to the second.
 * @param graph - the career graph.
 * @param lexicon - the competency lexicon.
 * @param a - the first role, by id or exact title (case-insensitive).
 * @param b - the second role, likewise.
 * @returns the comparison; `onlyB` is what the second role adds.
 * @throws Error `unknown role "<name>"` when a role is not in the graph.
 */
export function compareRoles(
  graph: CareerGraph,
  lexicon: Lexicon,
  a: string,
  b: string,
): RoleComparison {
  const ia = requireRole(graph, a);
  const ib = requireRole(graph, b);
  const ca = competenciesOf(graph, lexicon, ia);
  const cb = competenciesOf(graph, lexicon, ib);
  const inB = new Map(cb.map((c) => [c.id, c]));
  const inA = new Set(ca.map((c) => c.id));
  const shared: SharedCompetency[] = [];
  const onlyA: RoleCompetency[] = [];
  for (const c of ca) {
    const other = inB.get(c.id);
    if (other)
      shared.push({
        id: c.id,
        label: c.label,
        a: { evidence: c.evidence, source: c.source },
        b: { evidence: other.evidence, source: other.source },
      });
    else onlyA.push(c);
  }
  const onlyB = cb.filter((c) => !inA.has(c.id));
  const union = shared.length + onlyA.length + onlyB.length;
  const found = findPath(graph, ia, ib);
  return {
    a: describeRole(graph, ia),
    b: describeRole(graph, ib),
    shared,
    onlyA,
    onlyB,
    similarity: union ? shared.length / union : 0,
    path: found.found ? { path: found.path, moves: found.moves, cost: found.cost } : null,
  };
}

/** One role along a path and what it adds. */
export interface GapStep {
  id: string;
  title: string;
  /** The move into this role (null for the first role of the path). */
  move: Move | null;
  /**
   * Competencies this role asks for that no earlier role on the path asks for: what to build
   * next. For the first role: all of its competencies (the starting point).
   */
  new: RoleCompetency[];
}

/**
 * The skill gap along a path: for each role, the competencies new at that step.
 * @param graph - the career graph.
 * @param lexicon - the competency lexicon.
 * @param path - role ids (or exact titles) in order, as `findPath` returns them. Consecutive
 *   roles need not be connected; `move` is null where they are not.
 * @returns one step per role.
 * @throws Error `unknown role "<name>"` when a role is not in the graph.
 */
export function gapAlongPath(
  graph: CareerGraph,
  lexicon: Lexicon,
  path: readonly string[],
): GapStep[] {
  const ids = path.map((p) => requireRole(graph, p));
  const held = new Set<string>();
  return ids.map((id, i) => {
    const prev = i > 0 ? ids[i - 1]! : undefined;
    const move =
      prev !== undefined && graph.hasDirectedEdge(prev, id) ? movesOf(graph, [prev, id])[0]! : null;
    const fresh = competenciesOf(graph, lexicon, id).filter((c) => !held.has(c.id));
    for (const c of fresh) held.add(c.id);
    return { id, title: graph.getNodeAttribute(id, 'title'), move, new: fresh };
  });
}

/** Options of {@link suggestMoves}. */
export interface SuggestOptions {
  /** Least Jaccard similarity of the two competency sets (default 0.6). */
  minSimilarity?: number;
  /** Least number of shared competencies (default 3), so tiny sets do not look alike. */
  minShared?: number;
  /** Most suggestions returned (default 20). */
  limit?: number;
  /** Compare roles of the same track only (default false: any track). */
  sameTrack?: boolean;
}

/**
 * A suggested move between two roles that ask for very similar competencies but that no move
 * connects, in either direction. A suggestion for catalog authors, never an edge of the graph.
 */
export interface MoveSuggestion {
  kind: 'suggestion';
  /** Lower rank first; for equal ranks, the id that sorts first. */
  from: string;
  to: string;
  /** `lateral` for equal ranks, `promotion` when `to` is one rank above. */
  as: 'lateral' | 'promotion';
  /** Jaccard similarity of the two competency sets (0..1). */
  similarity: number;
  /** Competencies both ask for, in lexicon order. */
  shared: CompetencyRef[];
}

interface Group {
  rank: number;
  track: string;
  bits: number[];
  count: number;
  ids: string[];
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Suggests moves a catalog might be missing: pairs of roles of the same or adjacent rank whose
 * competency sets are very similar (Jaccard) and that no edge connects in either direction.
 * Roles with the same competencies, rank (and track, with `sameTrack`) are compared once as a
 * group, so the work grows with the number of distinct competency sets, not with the square of
 * the number of roles.
 * @param graph - the career graph.
 * @param lexicon - the competency lexicon.
 * @param options - threshold, least shared competencies, limit, same track only.
 * @returns suggestions, most similar first (then most shared, then by ids), at most `limit`.
 */
export function suggestMoves(
  graph: CareerGraph,
  lexicon: Lexicon,
  options: SuggestOptions = {},
): MoveSuggestion[] {
  const minSimilarity = options.minSimilarity ?? 0.6;
  const minShared = Math.max(1, options.minShared ?? 3);
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  if (limit === 0) return [];
  const index = new Map(lexicon.competencies.map((c, i) => [c.id, i]));
  const words = Math.ceil(lexicon.competencies.length / 32) || 1;

  // Roles with the same competency set, rank (and track) form one group.
  const groups = new Map<string, Group>();
  for (const [id, comps] of graphCompetencies(graph, lexicon)) {
    if (comps.length < minShared) continue;
    const a = graph.getNodeAttributes(id);
    const bits = new Array<number>(words).fill(0);
    for (const c of comps) {
      const i = index.get(c.id)!;
      bits[i >>> 5]! |= 1 << (i & 31);
    }
    const key = `${a.rank}\u0000${options.sameTrack ? a.track : ''}\u0000${bits.join(',')}`;
    const g = groups.get(key);
    if (g) g.ids.push(id);
    else groups.set(key, { rank: a.rank, track: a.track, bits, count: comps.length, ids: [id] });
  }
  const byRank = new Map<number, Group[]>();
  for (const g of groups.values()) {
    const list = byRank.get(g.rank);
    if (list) list.push(g);
    else byRank.set(g.rank, [g]);
  }

  // Similar group pairs: within a group, and between groups of equal or adjacent rank. A pair's
  // similarity is shared/union of two small counts, so pairs go into one bucket per (shared, union)
  // and only the buckets are sorted: no comparison sort of what can be a million pairs.
  const all = [...groups.values()];
  const position = new Map(all.map((g, i) => [g, i]));
  const buckets = new Map<number, number[]>();
  const stride = lexicon.competencies.length + 1;
  const put = (inter: number, union: number, gi: number, hi: number) => {
    const key = inter * stride + union;
    const list = buckets.get(key);
    if (list) list.push(gi, hi);
    else buckets.set(key, [gi, hi]);
  };
  for (const [rank, list] of byRank) {
    const above = byRank.get(rank + 1) ?? [];
    list.forEach((g, i) => {
      const gi = position.get(g)!;
      if (g.ids.length > 1) put(g.count, g.count, gi, gi);
      const consider = (h: Group) => {
        if (options.sameTrack && g.track !== h.track) return;
        let inter = 0;
        for (let w = 0; w < words; w++) inter += popcount(g.bits[w]! & h.bits[w]!);
        if (inter < minShared) return;
        const union = g.count + h.count - inter;
        if (inter / union >= minSimilarity) put(inter, union, gi, position.get(h)!);
      };
      for (let j = i + 1; j < list.length; j++) consider(list[j]!);
      for (const h of above) consider(h);
    });
  }
  const order = [...buckets.keys()]
    .map((key) => ({ key, inter: Math.floor(key / stride), union: key % stride }))
    .sort((x, y) => y.inter / y.union - x.inter / x.union || y.inter - x.inter);

  const shared = (g: Group, h: Group): CompetencyRef[] =>
    lexicon.competencies
      .filter((_, i) => (g.bits[i >>> 5]! & h.bits[i >>> 5]! & (1 << (i & 31))) !== 0)
      .map((c) => ({ id: c.id, label: c.label }));
  const out: MoveSuggestion[] = [];
  for (const { key, inter, union } of order) {
    const flat = buckets.get(key)!;
    for (let k = 0; k < flat.length && out.length < limit; k += 2)
      emit(all[flat[k]!]!, all[flat[k + 1]!]!, inter / union);
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);

  /** Adds the unconnected role pairs of two groups to `out`, up to the limit. */
  function emit(g: Group, h: Group, similarity: number) {
    const batch: MoveSuggestion[] = [];
    const refs = shared(g, h);
    const gIds = [...g.ids].sort();
    const hIds = g === h ? gIds : [...h.ids].sort();
    for (let i = 0; i < gIds.length; i++) {
      for (let j = g === h ? i + 1 : 0; j < hIds.length; j++) {
        let from = gIds[i]!;
        let to = hIds[j]!;
        if (graph.hasDirectedEdge(from, to) || graph.hasDirectedEdge(to, from)) continue;
        const rf = graph.getNodeAttribute(from, 'rank');
        const rt = graph.getNodeAttribute(to, 'rank');
        if (rf > rt || (rf === rt && to < from)) [from, to] = [to, from];
        batch.push({
          kind: 'suggestion',
          from,
          to,
          as: rf === rt ? 'lateral' : 'promotion',
          similarity,
          shared: refs,
        });
        if (out.length + batch.length >= limit) break;
      }
      if (out.length + batch.length >= limit) break;
    }
    batch.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : 1));
    out.push(...batch);
  }
}
