/**
 * Why a path search found nothing, and what would help: only what is true of this question. An
 * option is suggested only when relaxing it finds a path (or, when the graph is not at hand, as
 * in a large catalog whose graph lives in the worker, only when the option is on). Both are
 * written in the interface's language when asked for: call it where the text is needed.
 */
import type { CareerGraph, RoleNode } from '../model/graph';
import { levelAt, type CareerModel } from '../model/career';
import { findPath, readPathOrderIssue, type PathOrderIssue } from '../model/query';
import { m } from '../i18n/paraglide/messages.js';

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

const UNKNOWN = /^unknown (source|target) role "(.*)"$/s;
const END_AVOIDED = 'the start or the goal is among the roles to avoid';
const NO_PATH = 'no path from ';

/** The options a search was asked with, at the end of its message: "(promotions only, avoiding A, B)". */
const OPTIONS: readonly [RegExp, boolean][] = [
  [/ \(promotions only, avoiding (.+)\)$/s, true],
  [/ \(promotions only\)$/s, true],
  [/ \(avoiding (.+)\)$/s, false],
];

/** "no path from A to B (…)" in the interface's language, or null when the message is another. */
function noPathText(message: string, ends?: { from: string; to: string }): string | null {
  if (!message.startsWith(NO_PATH)) return null;
  let body = message.slice(NO_PATH.length);
  let promotionsOnly = false;
  let roles = '';
  for (const [re, promotions] of OPTIONS) {
    const found = re.exec(body);
    if (!found) continue;
    promotionsOnly = promotions;
    roles = found[1] ?? '';
    body = body.slice(0, found.index);
    break;
  }
  // The two titles: the ones asked about, or told apart by the one " to " between them.
  const parts = ends ? [ends.from, ends.to] : body.split(' to ');
  if (parts.length !== 2) return null;
  const [from, to] = parts as [string, string];
  if (body !== `${from} to ${to}`) return null;
  if (promotionsOnly && roles) return m.path_reason_both({ from, to, roles });
  if (promotionsOnly) return m.path_reason_promotions({ from, to });
  if (roles) return m.path_reason_avoiding({ from, to, roles });
  return m.path_reason_plain({ from, to });
}

/**
 * Why a search found nothing, in the interface's language: `findPath`'s message read back. A
 * message of another kind (or whose role titles cannot be told apart) is given as it is.
 * @param message - the search's message.
 * @param ends - the titles of the roles from and to, when known.
 * @returns the reason, starting in lower case as the search's message does.
 */
export function noPathReason(message: string, ends?: { from: string; to: string }): string {
  const unknown = UNKNOWN.exec(message);
  if (unknown)
    return unknown[1] === 'source'
      ? m.path_reason_unknown_source({ id: unknown[2]! })
      : m.path_reason_unknown_target({ id: unknown[2]! });
  if (message === END_AVOIDED) return m.path_reason_end_avoided();
  const issue = readPathOrderIssue(message);
  if (issue) return issueText(issue);
  return noPathText(message, ends) ?? message;
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
  const message = noPathReason(q.message, { from: q.title(from), to: q.title(to) });
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
