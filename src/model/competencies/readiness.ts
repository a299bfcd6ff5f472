/**
 * Readiness: how far a person's own competencies go towards a role, and along a path. A
 * competency a role asks for (found in its text, with its evidence) is met when the person rates
 * it practised or expert, partly met when learning, missing otherwise. Every figure is a count of
 * those, so it explains itself.
 */
import type { CareerGraph } from '../graph/career-graph';
import type { CompetencyRef, Lexicon, RoleCompetency } from './lexicon';
import { competenciesOf } from './matching';

/** How a self-rating counts towards a competency a role asks for. */
export type Fit = 'met' | 'partly' | 'missing';

/**
 * @param rating - the person's own rating of a competency (none, learning, practised, expert).
 * @returns how it counts.
 */
export function fitOf(rating: string | undefined): Fit {
  return rating === 'practised' || rating === 'expert'
    ? 'met'
    : rating === 'learning'
      ? 'partly'
      : 'missing';
}

/**
 * The fewest competencies a role's blueprint must name for a readiness figure: with one or none,
 * "100% ready" (or 0%) would say more than the blueprint does.
 */
export const MIN_COMPETENCIES_FOR_READINESS = 2;

/** What readiness says of a role whose blueprint names too few competencies. */
export const TOO_LITTLE = 'This blueprint names too little to work out readiness';

export interface Readiness {
  id: string;
  title: string;
  met: RoleCompetency[];
  partly: RoleCompetency[];
  missing: RoleCompetency[];
  /**
   * (met + half of partly) / asked for, 0–1; null when the blueprint names fewer than
   * {@link MIN_COMPETENCIES_FOR_READINESS} competencies (no figure, never 100%).
   */
  score: number | null;
  /** The figure in words: "2 of 3 competencies met, 1 partly (learning)…". */
  explanation: string;
}

/**
 * Readiness for one role.
 * @param graph - the career graph.
 * @param lexicon - the competency lexicon.
 * @param id - the role.
 * @param ratings - competency id → the person's own rating.
 */
export function readinessFor(
  graph: CareerGraph,
  lexicon: Lexicon,
  id: string,
  ratings: Readonly<Record<string, string>>,
): Readiness {
  const asked = competenciesOf(graph, lexicon, id);
  const by: Record<Fit, RoleCompetency[]> = { met: [], partly: [], missing: [] };
  for (const c of asked) by[fitOf(ratings[c.id])].push(c);
  const n = asked.length;
  const judged = n >= MIN_COMPETENCIES_FOR_READINESS;
  const score = judged ? (by.met.length + by.partly.length / 2) / n : null;
  const labels = (cs: RoleCompetency[]) => cs.map((c) => c.label).join(', ');
  const explanation = judged
    ? [
        `${by.met.length} of ${n} competencies met`,
        by.partly.length ? `${by.partly.length} partly (learning: ${labels(by.partly)})` : '',
        by.missing.length ? `${by.missing.length} missing (${labels(by.missing)})` : '',
      ]
        .filter(Boolean)
        .join(', ')
    : n
      ? `${TOO_LITTLE} (it names one competency: ${asked[0]!.label})`
      : TOO_LITTLE;
  return {
    id,
    title: graph.getNodeAttribute(id, 'title'),
    ...by,
    score,
    explanation,
  };
}

/** A competency to build along a path: how many of its steps ask for it. */
export interface PathGap extends CompetencyRef {
  fit: Exclude<Fit, 'met'>;
  /** Roles of the path (after its first) that ask for it, in path order. */
  steps: string[];
}

export interface PathReadiness {
  /** Readiness at each role of the path, the first included. */
  steps: Readiness[];
  /** What is not yet met, most needed first (by the number of steps asking for it, then label). */
  gaps: PathGap[];
  /** Missing competencies count 1, partly met ones ½: the path's distance from what one knows. */
  totalGap: number;
  /** Roles of the path (after its first) whose blueprints name too little to be judged. */
  unjudged: string[];
}

/**
 * Readiness along a path.
 * @param graph - the career graph.
 * @param lexicon - the competency lexicon.
 * @param path - role ids in order (the first is where the person is).
 * @param ratings - competency id → the person's own rating.
 */
export function readinessAlongPath(
  graph: CareerGraph,
  lexicon: Lexicon,
  path: readonly string[],
  ratings: Readonly<Record<string, string>>,
): PathReadiness {
  const steps = path.map((id) => readinessFor(graph, lexicon, id, ratings));
  const gaps = new Map<string, PathGap>();
  const unjudged: string[] = [];
  steps.slice(1).forEach((s) => {
    if (s.score === null) unjudged.push(s.id);
    for (const c of [...s.partly, ...s.missing]) {
      const g = gaps.get(c.id);
      if (g) g.steps.push(s.id);
      else
        gaps.set(c.id, {
          id: c.id,
          label: c.label,
          fit: fitOf(ratings[c.id]) as PathGap['fit'],
          steps: [s.id],
        });
    }
  });
  const ranked = [...gaps.values()].sort(
    (a, b) => b.steps.length - a.steps.length || a.label.localeCompare(b.label),
  );
  const totalGap = ranked.reduce((t, g) => t + (g.fit === 'missing' ? 1 : 0.5), 0);
  return { steps, gaps: ranked, totalGap, unjudged };
}
