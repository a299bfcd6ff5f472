/**
 * The published framework: the catalog written back in its own format with everything decided
 * stated — each role's level, family and track, every move with its reason, and `Inference: none`
 * on every role — so that loading the file gives the same graph with no inference (no overlay
 * needed). What an author reviewed and corrected in the app becomes the catalog itself.
 */
import { catalogLanguage } from '../builder/build-graph';
import { statedLevel } from '../builder/drafts';
import { OVERLAY_REASON } from '../builder/moves';
import { withoutStrength } from '../builder/strength';
import { scaleLevels, type CareerModel } from '../career/career-model';
import { modelForLanguage } from '../career/language-model';
import type { CareerGraph } from '../graph/career-graph';
import type { CatalogFormat, RoleNode } from '../graph/types';
import { FACT_COLUMNS, factCells, toCsv } from './csv';

/** A move as the published catalog states it. */
interface PublishedMove {
  title: string;
  count?: number;
  because: string;
}

/** A role as the published catalog states it. */
interface PublishedRole {
  node: RoleNode;
  level: string;
  track: string;
  next: PublishedMove[];
  lateral: PublishedMove[];
}

/**
 * The level word that pins a role where it is: the title's own level words when they put it
 * there, else a word of its step on its own ladder (a manager's word for a manager), else the
 * band's label — whichever the catalog reader takes back to the same rank and ladder.
 */
function levelOf(model: CareerModel, node: RoleNode): string {
  let rank = 0;
  const candidates = [node.level];
  for (const b of model.scale)
    for (const s of b.steps) {
      if (rank++ !== node.rank) continue;
      const own = node.ladder === 'management' ? s.management : s.ic;
      const other = node.ladder === 'management' ? s.ic : s.management;
      candidates.push(...own, ...other, b.label);
    }
  const fits = (w: string, ladder: boolean) => {
    if (!w) return false;
    const read = statedLevel(model, w);
    return (
      read !== undefined && read.rank === node.rank && (!ladder || read.ladder === node.ladder)
    );
  };
  return (
    candidates.find((w) => fits(w, true)) ??
    candidates.find((w) => fits(w, false)) ??
    scaleLevels(model)[node.rank]?.bandLabel ??
    ''
  );
}

/** One line of text: a reason or a label never breaks a line of the published file. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Every role of the graph as the published catalog states it, in the graph's (the file's) order.
 * A lateral move is stated from each end, each way with its own reason.
 */
function publishedRoles(graph: CareerGraph, baseModel: CareerModel): PublishedRole[] {
  const nodes = graph.mapNodes((_id, a) => a);
  const model = modelForLanguage(baseModel, catalogLanguage(nodes));
  const tracks = new Map((graph.getAttribute('tracks') ?? []).map((t) => [t.id, t]));
  return graph.mapNodes((id, node) => {
    const t = tracks.get(node.track);
    const moves = (kind: 'promotion' | 'lateral') =>
      graph
        .filterOutEdges(id, (_e, a) => a.kind === kind)
        .map((e): PublishedMove => {
          const a = graph.getEdgeAttributes(e);
          return {
            title: graph.getNodeAttribute(graph.target(e), 'title'),
            ...(a.count !== undefined && { count: a.count as number }),
            // An overlay's move states the author's own reason, as the catalog now does.
            because: oneLine(
              a.rule === 'overlay'
                ? withoutStrength(a.reason).replace(OVERLAY_REASON, '')
                : withoutStrength(a.reason),
            ),
          };
        });
    return {
      node,
      level: levelOf(model, node),
      track: t ? `${oneLine(t.label)} ${t.color}` : '',
      next: moves('promotion'),
      lateral: moves('lateral'),
    };
  });
}

/** A move as text and CSV state it: `Title (14 people) — reason`. */
function moveText(m: PublishedMove): string {
  const people =
    m.count === undefined ? '' : ` (${m.count} ${m.count === 1 ? 'person' : 'people'})`;
  return `${m.title}${people} — ${m.because}`;
}

/** The blueprint text format. */
function asText(roles: PublishedRole[]): string {
  const out = [
    '<!-- A published career framework: every level, family, track and move is stated, and nothing is inferred. -->',
  ];
  const list = (header: string, items: string[]) => {
    if (!items.length) return;
    out.push(`${header}:`, ...items.map((i) => `- ${oneLine(i)}`));
  };
  for (const { node: a, level, track, next, lateral } of roles) {
    out.push('', `${a.title}: Role Blueprint`);
    if (a.summary)
      out.push(
        ...a.summary.split(/\n\n+/).flatMap((p, i) => (i ? ['', oneLine(p)] : [oneLine(p)])),
      );
    out.push('', `Family: ${a.family}`, `Level: ${level}`);
    if (track) out.push(`Track: ${track}`);
    out.push('Inference: none');
    if (a.payMin !== undefined) out.push(`Pay band: ${a.payMin}–${a.payMax} ${a.currency}`);
    if (a.monthsInRole !== undefined) out.push(`Time in role: ${a.monthsInRole} months`);
    if (a.headcount !== undefined) out.push(`Headcount: ${a.headcount}`);
    list('Skills', a.skills);
    list('Responsibilities', a.responsibilities);
    list('KPIs', a.kpis);
    if (next.length || lateral.length) out.push('Career Path:');
    for (const m of next) out.push(`Next: ${moveText(m)}`);
    for (const m of lateral) out.push(`Lateral: ${moveText(m)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The JSON format. */
function asJson(roles: PublishedRole[]): string {
  const move = (m: PublishedMove) => ({
    title: m.title,
    ...(m.count !== undefined && { count: m.count }),
    because: m.because,
  });
  const out = roles.map(({ node: a, level, track, next, lateral }) => ({
    title: a.title,
    summary: a.summary,
    family: a.family,
    level,
    ...(track && { track }),
    inference: 'none',
    skills: a.skills,
    responsibilities: a.responsibilities,
    kpis: a.kpis,
    next: next.map(move),
    lateral: lateral.map(move),
    ...(a.payMin !== undefined && {
      payBand: { min: a.payMin, max: a.payMax, currency: a.currency },
    }),
    ...(a.monthsInRole !== undefined && { monthsInRole: a.monthsInRole }),
    ...(a.headcount !== undefined && { headcount: a.headcount }),
  }));
  return `${JSON.stringify({ roles: out }, null, 2)}\n`;
}

/** The CSV format: a move with its reason takes a line of its own in its cell. */
function asCsv(roles: PublishedRole[]): string {
  return toCsv(
    [
      'title',
      'summary',
      'family',
      'level',
      'track',
      'inference',
      'skills',
      'responsibilities',
      'kpis',
      'next',
      'lateral',
      ...FACT_COLUMNS,
    ],
    roles.map(({ node: a, level, track, next, lateral }) => [
      a.title,
      a.summary,
      a.family,
      level,
      track,
      'none',
      a.skills.join('; '),
      a.responsibilities.join('; '),
      a.kpis.join('; '),
      next.map(moveText).join('\n'),
      lateral.map(moveText).join('\n'),
      ...factCells(a),
    ]),
  );
}

/**
 * The catalog as a published framework, in a catalog format.
 * @param graph - the career graph, with every decision of its overlay in it.
 * @param format - the catalog's own format.
 * @param model - the career model it was built with (the base model; the catalog's language is
 *   found again from its roles).
 * @returns the file's text: loading it gives the same roles, ranks, families, tracks and moves.
 */
export function publishFramework(
  graph: CareerGraph,
  format: CatalogFormat,
  model: CareerModel,
): string {
  const roles = publishedRoles(graph, model);
  return format === 'json' ? asJson(roles) : format === 'csv' ? asCsv(roles) : asText(roles);
}
