/**
 * Why a path search found nothing, and what would help: only what is true of this question. An
 * option is suggested only when relaxing it finds a path (or, when the graph is not at hand, as
 * in a large catalog whose graph lives in the worker, only when the option is on). Both are
 * written in the interface's language when asked for: call it where the text is needed.
 */
import type { CareerGraph, RoleNode } from '../model/graph';
import { levelAt, type CareerModel } from '../model/career';
import { findPath, type NoPathWhy, type PathOrderIssue } from '../model/query';
import { m } from '../i18n/paraglide/messages.js';

export interface NoPathQuestion {
  /** The graph to try relaxed options on, or null when it is not at hand. */
  graph: CareerGraph | null;
  model: CareerModel;
  query: { from: string; to: string; promotionsOnly: boolean; avoid: string[] };
  /** Why the search found nothing, as data. */
  why: NoPathWhy;
  /** Whether the catalog has this role. */
  known(id: string): boolean;
  title(id: string): string;
  role(id: string): RoleNode | null | undefined;
}

/** Why a catalog cannot order paths a given way, in the interface's language. */
function issueText(issue: PathOrderIssue): string {
  if (issue.currencies)
    return m.path_reason_currencies({ currencies: issue.currencies.join(', ') });
  return {
    fastest: m.path_reason_no_months,
    travelled: m.path_reason_no_counts,
    pay: m.path_reason_no_pay,
  }[issue.by]();
}

/**
 * Why a search found nothing, in the interface's language, from its data.
 * @param why - why the search found nothing.
 * @param title - a role's title by id.
 * @returns the reason, starting in lower case as a clause does.
 */
export function noPathReason(why: NoPathWhy, title: (id: string) => string): string {
  switch (why.kind) {
    case 'unknown':
      return why.end === 'source'
        ? m.path_reason_unknown_source({ id: why.id })
        : m.path_reason_unknown_target({ id: why.id });
    case 'end-avoided':
      return m.path_reason_end_avoided();
    case 'order':
      return issueText(why.issue);
    case 'none': {
      const from = title(why.from);
      const to = title(why.to);
      const roles = why.avoid.map(title).join(', ');
      if (why.promotionsOnly && roles) return m.path_reason_both({ from, to, roles });
      if (why.promotionsOnly) return m.path_reason_promotions({ from, to });
      if (roles) return m.path_reason_avoiding({ from, to, roles });
      return m.path_reason_plain({ from, to });
    }
  }
}

/**
 * The advice for a search that found no path.
 * @param q - the question and what the catalog knows.
 * @returns what went wrong and what would help, in words for the path tool.
 */
export function noPathAdvice(q: NoPathQuestion): { message: string; help: string } {
  const { from, to, promotionsOnly, avoid } = q.query;
  for (const [id, end] of [
    [from, 'from'],
    [to, 'to'],
  ] as const)
    if (!q.known(id))
      return end === 'from'
        ? { message: m.path_nopath_unknown_from({ id }), help: m.path_nopath_choose_from() }
        : { message: m.path_nopath_unknown_to({ id }), help: m.path_nopath_choose_to() };
  const message = noPathReason(q.why, (id) => q.title(id));
  const avoidedEnd = [from, to].find((id) => avoid.includes(id));
  if (avoidedEnd)
    return { message, help: m.path_nopath_remove_avoided({ role: q.title(avoidedEnd) }) };
  const g = q.graph;
  const tries: string[] = [];
  if (g) {
    const without = (o: { promotionsOnly: boolean; avoid: string[] }) => {
      const r = findPath(g, from, to, o);
      return r.found ? r.path : null;
    };
    // The avoided roles a path found without avoiding goes through.
    const blockers = (p: string[]) =>
      p
        .filter((id) => avoid.includes(id))
        .map((id) => q.title(id))
        .join(', ');
    if (promotionsOnly && without({ promotionsOnly: false, avoid }))
      tries.push(m.path_try_lateral());
    const unavoided = avoid.length ? without({ promotionsOnly, avoid: [] }) : null;
    if (unavoided) {
      const roles = blockers(unavoided);
      tries.push(roles ? m.path_try_fewer_through({ roles }) : m.path_try_fewer());
    }
    const both =
      promotionsOnly && avoid.length ? without({ promotionsOnly: false, avoid: [] }) : null;
    if (!tries.length && both) {
      const roles = blockers(both);
      tries.push(roles ? m.path_try_both_through({ roles }) : m.path_try_both());
    }
  } else {
    if (promotionsOnly) tries.push(m.path_try_lateral());
    if (avoid.length) tries.push(m.path_try_fewer());
  }
  const [first, second] = tries;
  if (first)
    return {
      message,
      help: second ? m.path_try_either({ first, second }) : m.path_try_one({ option: first }),
    };
  // No option stands in the way: say what does.
  const a = q.role(from);
  const b = q.role(to);
  if (a && b) {
    const la = levelAt(q.model, a.rank);
    const lb = levelAt(q.model, b.rank);
    if (lb.bandIndex < la.bandIndex)
      return {
        message,
        help: m.path_nopath_down({
          to: b.title,
          toLevel: lb.bandLabel,
          from: a.title,
          fromLevel: la.bandLabel,
        }),
      };
  }
  const help =
    g && g.outDegree(from) === 0
      ? m.path_nopath_no_way_out({ role: q.title(from) })
      : g && g.inDegree(to) === 0
        ? m.path_nopath_entry({ role: q.title(to) })
        : m.path_nopath_nothing();
  return { message, help };
}
