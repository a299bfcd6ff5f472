/**
 * The path tool's answer in the page: the question as a key (an answer to another question is
 * stale), the path found in the page's graph (with the worker's alternatives when the worker
 * holds the whole graph), and the sentence that announces it (in the interface's language). Apart
 * from the explorer, which only says when to ask and what to show.
 */
import type { CareerGraph } from '../model/graph';
import { type CareerPath, findPath, type PathResult } from '../model/query';
import { MAX_ALTERNATIVES } from './query-values';
import type { ExplorerQuery } from './url';
import type { RemoteAlternatives } from './worker-sync.svelte';
import { noPathReason } from './no-path';
import { m } from '../i18n/paraglide/messages.js';
import { num } from '../i18n/format';

/**
 * The question the path tool asks, as a key.
 * @param q - the explorer's query.
 * @returns the key: equal for the same question.
 */
export function pathKeyOf(q: ExplorerQuery): string {
  return JSON.stringify([q.from, q.to, q.weighted, q.promotionsOnly, q.avoid, q.by]);
}

/**
 * Finds the path asked for in the page's graph.
 * @param g - the graph shown (the whole catalog).
 * @param q - the query, with From and To set.
 * @param offPage - the worker holds the whole graph: the alternatives are asked of it.
 * @param remote - the alternatives the worker answered, if any.
 * @param key - the key of the question asked ({@link pathKeyOf}).
 * @returns the path, with the worker's alternatives when they answer this question.
 */
export function pathInPage(
  g: CareerGraph,
  q: ExplorerQuery,
  offPage: boolean,
  remote: RemoteAlternatives | null,
  key: string,
): PathResult {
  const r = findPath(g, q.from, q.to, {
    weighted: q.weighted,
    promotionsOnly: q.promotionsOnly,
    avoid: q.avoid.filter((a) => g.hasNode(a)),
    by: q.by || undefined,
    // The bundled catalog's 30 roles answer at once; a budget keeps the page responsive anyway.
    alternatives: offPage ? 0 : MAX_ALTERNATIVES,
    budgetMs: 100,
  });
  if (!offPage || !r.found || remote?.key !== key) return r;
  return { ...r, alternatives: remote.alternatives, alternativesCutShort: remote.cutShort };
}

/**
 * The sentence announced for a path answer.
 * @param r - the answer.
 * @param active - the path shown (the answer itself, or one of its alternatives).
 * @param alt - which alternative is shown (0: the best path).
 * @param title - a role's title by id.
 * @returns what the screen reader says.
 */
export function pathSentence(
  r: PathResult,
  active: CareerPath | null,
  alt: number,
  title: (id: string) => string,
): string {
  if (!r.found) {
    const reason = noPathReason(r.why, title);
    return reason.charAt(0).toUpperCase() + reason.slice(1) + '.';
  }
  const p = active ?? r;
  const n = p.path.length - 1;
  const said = {
    count: n,
    from: title(p.path[0]!),
    to: title(p.path[n]!),
    roles: p.path.map((id) => title(id)).join(', '),
  };
  return alt > 0 ? m.path_said_alt({ ...said, alt: num(alt) }) : m.path_said(said);
}
