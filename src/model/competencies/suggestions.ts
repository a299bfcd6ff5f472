/**
 * Suggested moves between roles with very similar competencies that no move connects.
 */

import type { CareerGraph } from '../graph/career-graph';

import type { CompetencyRef, Lexicon } from './lexicon';
import { competencyHolders, graphCompetencies, isLoneDuty } from './matching';

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
  const byRole = graphCompetencies(graph, lexicon);
  // Only competencies two roles share can be shared by a pair: the others take no bit. A duty
  // one role alone names ("Plate dishes on the grill station", thousands in a large catalog) says
  // nothing of how alike two roles are and is left out; any other competency counts in a role's
  // total.
  const holders = competencyHolders(byRole);
  const lone = new Set(lexicon.competencies.filter((c) => isLoneDuty(c, holders)).map((c) => c.id));
  const sharedList = lexicon.competencies.filter((c) => (holders.get(c.id) ?? 0) > 1);
  const index = new Map(sharedList.map((c, i) => [c.id, i]));
  const words = Math.ceil(sharedList.length / 32) || 1;

  // Roles with the same competency set, rank (and track) form one group; a role with a
  // competency of its own alone has its set, and is a group of its own.
  const groups = new Map<string, Group>();
  for (const [id, all] of byRole) {
    const comps = all.filter((c) => !lone.has(c.id));
    if (comps.length < minShared) continue;
    const a = graph.getNodeAttributes(id);
    const bits = new Array<number>(words).fill(0);
    let alone = false;
    for (const c of comps) {
      const i = index.get(c.id);
      if (i === undefined) alone = true;
      else bits[i >>> 5]! |= 1 << (i & 31);
    }
    const key = `${a.rank}\u0000${options.sameTrack ? a.track : ''}\u0000${bits.join(',')}\u0000${alone ? id : ''}`;
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
    sharedList
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
