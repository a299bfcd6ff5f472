import Graph from 'graphology';
import { levelAt, type CareerModel } from './career-model';
import type { Diagnostic } from './diagnostics';
import { mentionsIn } from './evidence';
import { factAttributes } from './facts';
import { buildNameIndex } from './names';
import { EMPTY_OVERLAY, type Overlay } from './overlay';
import { findTracks, type TrackInfo } from './tracks';
import type { CatalogRole, MoveEdge, RoleNode } from './types';
import { findDeputies, groupFamilies, readRoles } from './build/drafts';
import {
  addLadders,
  addMentionMoves,
  addOverlayMoves,
  addStatedMoves,
  Moves,
  occupiedBands,
} from './build/moves';
import { rankRoles } from './build/rank-roles';
import { addSimilarMoves, relateFamilies } from './build/similar-moves';

export { statedLevel } from './build/drafts';

/** The career graph: directed, one edge per move (a lateral move is two edges, one each way). */
export type CareerGraph = Graph<RoleNode, MoveEdge, CareerGraphAttributes>;

/** Graph attributes: the tracks found, lowest first (ids, labels, colours and why). */
export interface CareerGraphAttributes {
  [key: string]: unknown;
  tracks?: TrackInfo[];
}

export interface BuiltGraph {
  graph: CareerGraph;
  diagnostics: Diagnostic[];
}

/**
 * Builds the career graph from a catalog's roles and a career model, in named steps: read each
 * title, group families, rank every role from its evidence, find tracks, then add moves — ladders
 * within families, moves that summaries show by naming another role, moves between families with
 * similar work, the moves the catalog states, and the overlay's.
 * @param roles - the catalog's roles.
 * @param model - the career model.
 * @param overlay - the organization's overlay for this catalog (tracks, known moves).
 * @returns the graph and the problems noticed while building it (stated moves to unknown roles).
 */
export function buildCareerGraph(
  roles: CatalogRole[],
  model: CareerModel,
  overlay: Overlay = EMPTY_OVERLAY,
): BuiltGraph {
  const first = buildCareerGraphFirst(roles, model, overlay);
  first.finish();
  return { graph: first.graph, diagnostics: first.diagnostics };
}

/** The graph after the first phase of a build, and the second phase still to run. */
export interface PartlyBuiltGraph extends BuiltGraph {
  /**
   * Adds the moves between families with similar work (about 40% of a large build's time),
   * to this graph in place: after it, the graph is exactly what `buildCareerGraph` returns.
   * Run it once.
   */
  finish(): void;
}

/**
 * The first phase of {@link buildCareerGraph}: every role with its final rank, track and
 * attributes, and the stated, overlay, ladder and mention moves. A large catalog's worker shows
 * a first view from it while the second phase (`finish`) runs: no role's position changes after
 * it, only moves are added.
 * @param roles - the catalog's roles.
 * @param model - the career model.
 * @param overlay - the organization's overlay for this catalog (tracks, known moves).
 * @returns the graph so far, the problems noticed so far, and the second phase.
 */
export function buildCareerGraphFirst(
  roles: CatalogRole[],
  model: CareerModel,
  overlay: Overlay = EMPTY_OVERLAY,
): PartlyBuiltGraph {
  const graph: CareerGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const diagnostics: Diagnostic[] = [];
  const drafts = readRoles(roles, model, diagnostics);
  const deputies = findDeputies(model, drafts);
  const families = groupFamilies(drafts, model);

  const names = buildNameIndex(
    drafts.map((d) => ({
      title: d.role.title.replace(/\s*\([^()]*\)\s*/g, ' ').trim(),
      family: families[d.family]!.name,
      personFamily: d.title.ladder === 'ic' && families[d.family]!.levelled,
      aliases: d.title.aliases,
      base: families[d.family]!.base,
    })),
    drafts.map((d) => d.role.summary),
  );
  const mentions = drafts.flatMap((d) =>
    mentionsIn(model, names, d.index, d.role.summary).filter(
      (m) => drafts[m.other]!.family !== d.family,
    ),
  );
  const ranks = rankRoles(model, drafts, families, mentions, names, deputies);
  drafts.forEach((d, i) => {
    d.rank = ranks[i]!.rank;
    d.band = levelAt(model, d.rank).bandIndex;
  });

  const texts = relateFamilies(model, drafts, families);
  // A family a summary names in a career move ("usually promoted from Stock Associate") does
  // the nearest work of all.
  const careerLink = new Map<number, number>();
  // A manager of a place manages a function: the families its summary says it supervises.
  const supervised = new Map<number, number[]>();
  for (const m of mentions)
    if (m.rule.other === 'below') {
      const f = drafts[m.role]!.family;
      supervised.set(f, [...(supervised.get(f) ?? []), drafts[m.other]!.family]);
    }
  for (const m of mentions)
    if (m.rule.career) {
      const a = drafts[m.role]!.family;
      const b = drafts[m.other]!.family;
      if (!careerLink.has(a)) careerLink.set(a, b);
      if (!careerLink.has(b)) careerLink.set(b, a);
    }
  const { trackOf, tracks } = findTracks(
    model,
    families.map((f, fi) => ({
      name: f.name,
      place: f.members.some((i) => drafts[i]!.title.place),
      person: f.members.some((i) => drafts[i]!.title.ladder === 'ic'),
      minRank: Math.min(...f.members.map((i) => drafts[i]!.rank)),
      related: f.members.some((i) => drafts[i]!.title.place)
        ? (supervised.get(fi) ?? [])
        : [...(careerLink.has(fi) ? [careerLink.get(fi)!] : []), ...(texts.related[fi] ?? [])],
    })),
    overlay,
    mentions.map((m) => [drafts[m.role]!.family, drafts[m.other]!.family]),
  );
  graph.setAttribute('tracks', tracks);

  for (const d of drafts) {
    const r = ranks[d.index]!;
    graph.addNode(d.id, {
      title: d.role.title,
      family: families[d.family]!.name,
      level: d.title.level,
      ladder: d.title.ladder,
      rank: r.rank,
      band: levelAt(model, r.rank).band,
      rankReason: r.reason,
      rankEvidence: r.evidence,
      track: trackOf[d.family]!,
      summary: d.role.summary,
      skills: d.role.skills,
      responsibilities: d.role.responsibilities,
      kpis: d.role.kpis,
      line: d.role.line,
      // Pay band, time in role, headcount: set only when the catalog states them.
      ...factAttributes(d.role),
    });
  }

  const moves = new Moves(graph, model, drafts, trackOf);
  const occupied = occupiedBands(drafts);
  addStatedMoves(graph, moves, drafts, diagnostics);
  addOverlayMoves(moves, drafts, overlay, diagnostics);
  addLadders(moves, drafts, families);
  addMentionMoves(moves, model, drafts, mentions, occupied);
  let finished = false;
  return {
    graph,
    diagnostics,
    finish() {
      if (finished) return;
      finished = true;
      addSimilarMoves(moves, model, drafts, families, occupied, texts);
    },
  };
}
