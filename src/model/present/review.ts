/**
 * "What to check first": the decisions of the inferred framework the model was least sure of,
 * for an author reviewing a large catalog in an afternoon. Weakest moves first, then roles no
 * evidence placed, then roles with no way in or out, then families whose roles sit in more than
 * one track. Each item names what to decide; what the author already decided (the overlay) is
 * left out.
 */
import type { CareerGraph } from '../graph/career-graph';
import type { Diagnostic } from '../graph/diagnostics';
import { STRENGTHS, type MoveKind } from '../graph/types';
import type { Overlay } from '../career/overlay';
import { roleDecision } from '../career/overlay-edit';

export type ReviewItem =
  | { kind: 'move'; from: string; to: string; move: MoveKind; strength: string; why: string }
  | { kind: 'rank'; role: string; why: string }
  | { kind: 'stranded'; role: string; why: string }
  | { kind: 'split'; role: string; why: string };

/**
 * The review queue of a catalog.
 * @param graph - the catalog's graph (under its overlay).
 * @param findings - the graph's findings (`checkGraph`).
 * @param overlay - what the author decided so far.
 * @returns the items still to check, least sure first.
 */
export function reviewQueue(
  graph: CareerGraph,
  findings: readonly Diagnostic[],
  overlay: Overlay,
): ReviewItem[] {
  const title = (id: string) => graph.getNodeAttribute(id, 'title');
  const decidedRole = (id: string) => roleDecision(overlay, { title: title(id), id }) !== undefined;
  const moves: (ReviewItem & { kind: 'move' })[] = [];
  graph.forEachEdge((_e, a, s, t) => {
    if (a.provenance !== 'inferred') return;
    // A lateral move is one decision: listed once, from the first of its two roles.
    if (a.kind === 'lateral' && s > t && graph.hasEdge(t, s)) return;
    moves.push({
      kind: 'move',
      from: s,
      to: t,
      move: a.kind,
      strength: a.strength,
      why: a.summary,
    });
  });
  moves.sort(
    (x, y) =>
      STRENGTHS.indexOf(y.strength as never) - STRENGTHS.indexOf(x.strength as never) ||
      (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : 1),
  );
  const ranks: ReviewItem[] = graph
    .filterNodes((id, a) => a.rankEvidence === 'default' && !decidedRole(id))
    .map((id) => ({ kind: 'rank', role: id, why: graph.getNodeAttribute(id, 'rankReason') }));
  const stranded: ReviewItem[] = findings.flatMap((d) =>
    d.roleId && (d.finding?.kind === 'unreachable' || d.finding?.kind === 'dead-end')
      ? [{ kind: 'stranded' as const, role: d.roleId, why: d.message }]
      : [],
  );
  const tracksOf = new Map<string, Set<string>>();
  graph.forEachNode((_id, a) => {
    const set = tracksOf.get(a.family) ?? new Set<string>();
    set.add(a.track);
    tracksOf.set(a.family, set);
  });
  const split: ReviewItem[] = graph
    .filterNodes((id, a) => (tracksOf.get(a.family)?.size ?? 0) > 1 && !decidedRole(id))
    .map((id) => ({
      kind: 'split',
      role: id,
      why: `its family, ${graph.getNodeAttribute(id, 'family')}, is in ${tracksOf.get(graph.getNodeAttribute(id, 'family'))!.size} tracks`,
    }));
  return [...moves.filter((m) => m.strength !== 'strong'), ...ranks, ...stranded, ...split];
}
