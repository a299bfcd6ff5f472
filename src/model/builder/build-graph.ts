import Graph from 'graphology';
import { levelAt, type CareerModel } from '../career/career-model';
import type { Diagnostic } from '../graph/diagnostics';
import { mentionsIn, type Mention, type MentionBudget } from '../career/evidence';
import { factAttributes } from '../catalog/facts';
import {
  MAX_CLAUSE_CHARS,
  MAX_MENTION_PHRASES_PER_CATALOG,
  MAX_MENTION_PHRASES_PER_SUMMARY,
} from '../catalog/limits';
import { buildNameIndex, type NameIndex } from '../career/names';
import { EMPTY_OVERLAY, type Overlay } from '../career/overlay';
import { findTracks, statedTracks } from './tracks';
import type { CatalogRole } from '../graph/types';
import { titleKey } from '../graph/text';
import { detectLanguage, type Language } from '../career/language';
import { modelForLanguage } from '../career/language-model';
import { findDeputies, groupFamilies, readRoles, type Draft } from './drafts';
import {
  addLadders,
  addMentionMoves,
  addOverlayMoves,
  addStatedMoves,
  Moves,
  occupiedBands,
} from './moves';
import { rankRoles } from './rank-roles';
import { withDecidedRoles } from './decisions';
import { addSimilarMoves, relateFamilies } from './similar-moves';

export type { CareerGraph } from '../graph/career-graph';
import type { CareerGraph } from '../graph/career-graph';

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
 * The roles in the order of their titles (by `titleKey`, compared by code unit, so the same on
 * every machine), whatever their order in the file. Every step after this one breaks its ties by
 * position (which family names a track, which of two alike families another joins, which form of a
 * word names a track), so building from one order makes the graph the same for any order of the
 * same roles: a deep link's `tracks=` survives an HR team reordering its file. Only the order of
 * the graph's nodes follows the file, for lists and exports.
 */
function inTitleOrder<R extends { title: string; line: number }>(roles: readonly R[]): R[] {
  const keyed = roles.map((role) => ({ role, key: titleKey(role.title) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.role.line - b.role.line));
  return keyed.map((k) => k.role);
}

/**
 * The language a catalog is read in, found from its titles and summaries taken in the order of
 * titles (so the same for any order of the same roles).
 * @param roles - the catalog's roles (any order).
 * @returns the language.
 */
export function catalogLanguage(
  roles: readonly { title: string; summary: string; line: number }[],
): Language {
  return languageOf(inTitleOrder(roles));
}

/** The language of roles already in the order of titles. */
const languageOf = (ordered: readonly { title: string; summary: string }[]): Language =>
  detectLanguage(ordered.map((r) => `${r.title}. ${r.summary}`));

/**
 * The first phase of {@link buildCareerGraph}: every role with its final rank, track and
 * attributes, and the stated, overlay, ladder and mention moves. A large catalog's worker shows
 * a first view from it while the second phase (`finish`) runs: no role's position changes after
 * it, only moves are added.
 * @param roles - the catalog's roles.
 * @param baseModel - the career model; the catalog's language may add title words to it.
 * @param overlay - the organization's overlay for this catalog (tracks, known moves).
 * @returns the graph so far, the problems noticed so far, and the second phase.
 */
export function buildCareerGraphFirst(
  catalogRoles: CatalogRole[],
  baseModel: CareerModel,
  overlay: Overlay = EMPTY_OVERLAY,
): PartlyBuiltGraph {
  const graph: CareerGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const diagnostics: Diagnostic[] = [];
  // Levels and families the overlay decides are stated, as the catalog's own.
  const roles = withDecidedRoles(catalogRoles, overlay, diagnostics);
  // The catalog's language: how its titles carry levels, and how its texts are read.
  const ordered = inTitleOrder(roles);
  const language = languageOf(ordered);
  const model = modelForLanguage(baseModel, language);
  const drafts = readRoles(ordered, model, diagnostics);
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
  const mentions = readMentions(model, names, drafts, diagnostics);
  const ranks = rankRoles(model, drafts, families, mentions, names, deputies);
  drafts.forEach((d, i) => {
    d.rank = ranks[i]!.rank;
    d.band = levelAt(model, d.rank).bandIndex;
  });

  const texts = relateFamilies(model, drafts, families, language);
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
        : [
            ...(careerLink.has(fi) ? [careerLink.get(fi)!] : []),
            ...(texts.related[fi] ?? []).map(([g]) => g),
          ],
    })),
    // The tracks the catalog states, then the overlay's, which win (they are read in order).
    { ...overlay, tracks: [...statedTracks(drafts, families, diagnostics), ...overlay.tracks] },
    mentions.map((m) => [drafts[m.role]!.family, drafts[m.other]!.family]),
  );
  graph.setAttribute('tracks', tracks);
  // The competency packs the organization named: the competencies are read with them too.
  if (overlay.packs?.length) graph.setAttribute('packs', overlay.packs);

  // The roles go into the graph in the file's order, which lists and exports keep.
  const position = new Map(roles.map((role, i) => [role, i]));
  const asWritten = [...drafts].sort((a, b) => position.get(a.role)! - position.get(b.role)!);
  for (const d of asWritten) {
    const r = ranks[d.index]!;
    graph.addNode(d.id, {
      title: d.role.title,
      family: families[d.family]!.name,
      level: d.title.level,
      ladder: d.title.ladder,
      rank: r.rank,
      band: levelAt(model, r.rank).band,
      rankReason: r.reason,
      rankWhy: r.why,
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

  const moves = new Moves(graph, model, drafts, trackOf, diagnostics, overlay.rejected);
  const occupied = occupiedBands(drafts);
  addStatedMoves(graph, moves, model, drafts, diagnostics);
  addOverlayMoves(moves, model, drafts, overlay, diagnostics);
  addLadders(moves, model, drafts, families);
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

/**
 * The mentions of other families in every summary, within the text evidence budgets: a summary
 * past its budget, or the catalog past its own, gets one warning.
 */
function readMentions(
  model: CareerModel,
  names: NameIndex,
  drafts: Draft[],
  diagnostics: Diagnostic[],
): Mention[] {
  const budget: MentionBudget = { catalogLeft: MAX_MENTION_PHRASES_PER_CATALOG };
  const out: Mention[] = [];
  for (const d of drafts) {
    budget.cut = undefined;
    budget.clauseCut = false;
    for (const m of mentionsIn(model, names, d.index, d.role.summary, budget))
      if (drafts[m.other]!.family !== d.family) out.push(m);
    const where = { severity: 'warning', line: d.role.line, roleId: d.id } as const;
    if (budget.clauseCut)
      diagnostics.push({
        ...where,
        message: `role "${d.role.title}": a sentence of its summary runs on for more than ${MAX_CLAUSE_CHARS} characters from a phrase that names roles; only the ${MAX_CLAUSE_CHARS} nearest the phrase are read for the roles it lists`,
      });
    if (budget.cut === 'summary')
      diagnostics.push({
        ...where,
        message: `role "${d.role.title}": its summary has more than ${MAX_MENTION_PHRASES_PER_SUMMARY} phrases that name roles; only the first ${MAX_MENTION_PHRASES_PER_SUMMARY} are read as evidence`,
      });
    else if (budget.cut === 'catalog') {
      const n = MAX_MENTION_PHRASES_PER_CATALOG.toLocaleString('en-US');
      diagnostics.push({
        ...where,
        message: `the catalog's summaries have more than ${n} phrases that name roles; only the first ${n} are read as evidence, taking the roles in the order of their titles (the rest, from role "${d.role.title}" on, are not)`,
      });
      break;
    }
  }
  return out;
}
