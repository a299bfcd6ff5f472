import type { CareerGraph } from '../../src/model/graph/career-graph';
import { detectLanguage, termsIn } from '../../src/model/career/language';
import { graphCompetencies, type Lexicon } from '../../src/model/competencies/index';

/** A term at most this share of a catalog's families use (or two) is distinctive. */
export const DISTINCTIVE_SHARE = 0.5;

/** The moves of one graph, as `npm run eval` counts them. */
export interface MoveFigures {
  roles: number;
  /** Moves, a lateral move (two edges, one each way) counted once. */
  moves: number;
  /** Moves of the similar-work rule, a lateral counted once. */
  similarMoves: number;
  /**
   * Of those, the ones whose two roles' texts share fewer than three distinctive terms: terms
   * at most {@link DISTINCTIVE_SHARE} of the catalog's families use (or two), stemmed and with
   * stop words out in the catalog's language. Counted from the texts, not from what the edge
   * says, so graphs built by any version compare.
   */
  similarOnFewTerms: number;
  /**
   * Roles a person is stranded in or cannot reach: no move out though some role ranks higher,
   * or no move in though some role ranks lower.
   */
  stranded: number;
}

/** Counts a graph's moves, each lateral pair once. */
export function moveFigures(graph: CareerGraph): MoveFigures {
  const texts = new Map<string, string>();
  graph.forEachNode((n, a) =>
    texts.set(n, [a.summary, ...a.skills, ...a.responsibilities].join(' ')),
  );
  const language = detectLanguage(graph.mapNodes((n, a) => `${a.title}. ${a.summary}`));
  const terms = new Map([...texts].map(([n, t]) => [n, new Set(termsIn(t, language))]));
  const families = new Map<string, Set<string>>();
  graph.forEachNode((n, a) => {
    const f = families.get(a.family) ?? new Set<string>();
    for (const t of terms.get(n)!) f.add(t);
    families.set(a.family, f);
  });
  const df = new Map<string, number>();
  for (const f of families.values()) for (const t of f) df.set(t, (df.get(t) ?? 0) + 1);
  const most = Math.max(2, Math.floor(DISTINCTIVE_SHARE * families.size));
  const shared = (s: string, t: string) => {
    const b = terms.get(t)!;
    return [...terms.get(s)!].filter((x) => b.has(x) && df.get(x)! <= most).length;
  };
  let moves = 0;
  let similarMoves = 0;
  let similarOnFewTerms = 0;
  graph.forEachEdge((_e, a, s, t) => {
    // A lateral move is two edges; count it at its edge from the smaller id.
    if (a.kind === 'lateral' && graph.hasDirectedEdge(t, s) && s > t) return;
    moves++;
    if (a.rule !== 'similar') return;
    similarMoves++;
    if (shared(s, t) < 3) similarOnFewTerms++;
  });
  const ranks = graph.mapNodes((_n, a) => a.rank);
  const [low, high] = [Math.min(...ranks), Math.max(...ranks)];
  const stranded = graph.filterNodes(
    (n, a) =>
      (a.rank < high && graph.outDegree(n) === 0) || (a.rank > low && graph.inDegree(n) === 0),
  ).length;
  return { roles: graph.order, moves, similarMoves, similarOnFewTerms, stranded };
}

/** The least number of competencies a role needs to count as covered (issue: three or more). */
export const COVERED = 3;

/**
 * How many of a graph's roles have at least {@link COVERED} competencies, each with the words that
 * show it: what comparison, the gap along a path and readiness stand on.
 */
export function competencyCoverage(graph: CareerGraph, lexicon: Lexicon): number {
  let covered = 0;
  for (const found of graphCompetencies(graph, lexicon).values())
    if (found.filter((c) => c.evidence.trim()).length >= COVERED) covered++;
  return covered;
}
