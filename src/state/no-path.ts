/**
 * Why a path search found nothing, and what would help: only what is true of this question. An
 * option is suggested only when relaxing it finds a path (or, when the graph is not at hand, as
 * in a large catalog whose graph lives in the worker, only when the option is on).
 */
import type { CareerGraph, RoleNode } from '../model/graph';
import { levelAt, type CareerModel } from '../model/career';
import { findPath } from '../model/query';

export interface NoPathQuestion {
  /** The graph to try relaxed options on, or null when it is not at hand. */
  graph: CareerGraph | null;
  model: CareerModel;
  query: { from: string; to: string; promotionsOnly: boolean; avoid: string[] };
  /** The search's own message. */
  message: string;
  /** Whether the catalog has this role. */
  known(id: string): boolean;
  title(id: string): string;
  role(id: string): RoleNode | null | undefined;
}

/**
 * The advice for a search that found no path.
 * @param q - the question and what the catalog knows.
 * @returns what went wrong and what would help, in words for the path tool.
 */
export function noPathAdvice(q: NoPathQuestion): { message: string; help: string } {
  const { from, to, promotionsOnly, avoid } = q.query;
  for (const [id, end] of [
    [from, 'From'],
    [to, 'To'],
  ] as const)
    if (!q.known(id))
      return {
        message: `this catalog has no role “${id}” (${end})`,
        help: `Choose ${end} from the list.`,
      };
  const avoidedEnd = [from, to].find((id) => avoid.includes(id));
  if (avoidedEnd)
    return { message: q.message, help: `Remove ${q.title(avoidedEnd)} from the roles to avoid.` };
  const g = q.graph;
  const tries: string[] = [];
  if (g) {
    const without = (o: { promotionsOnly: boolean; avoid: string[] }) => {
      const r = findPath(g, from, to, o);
      return r.found ? r.path : null;
    };
    // The avoided roles a path found without avoiding goes through.
    const blockers = (p: string[]) => {
      const names = p.filter((id) => avoid.includes(id)).map((id) => q.title(id));
      return names.length ? ` (a path goes through ${names.join(', ')})` : '';
    };
    if (promotionsOnly && without({ promotionsOnly: false, avoid }))
      tries.push('allowing lateral moves');
    const unavoided = avoid.length ? without({ promotionsOnly, avoid: [] }) : null;
    if (unavoided) tries.push(`avoiding fewer roles${blockers(unavoided)}`);
    const both =
      promotionsOnly && avoid.length ? without({ promotionsOnly: false, avoid: [] }) : null;
    if (!tries.length && both)
      tries.push(`allowing lateral moves and avoiding fewer roles${blockers(both)}`);
  } else {
    if (promotionsOnly) tries.push('allowing lateral moves');
    if (avoid.length) tries.push('avoiding fewer roles');
  }
  if (tries.length) return { message: q.message, help: `Try ${tries.join(', or ')}.` };
  // No option stands in the way: say what does.
  const a = q.role(from);
  const b = q.role(to);
  if (a && b) {
    const la = levelAt(q.model, a.rank);
    const lb = levelAt(q.model, b.rank);
    if (lb.bandIndex < la.bandIndex)
      return {
        message: q.message,
        help: `Nobody moves down a level: ${b.title} (${lb.bandLabel}) is below ${a.title} (${la.bandLabel}). Choose a To role at or above From's level.`,
      };
  }
  const help =
    g && g.outDegree(from) === 0
      ? `No move leads out of ${q.title(from)} in this catalog.`
      : g && g.inDegree(to) === 0
        ? `No move leads into ${q.title(to)}: it is an entry point.`
        : 'No option stands in the way: this catalog has no chain of moves between these roles.';
  return { message: q.message, help };
}
