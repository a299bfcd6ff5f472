import Papa from 'papaparse';
import type { CareerGraph } from '../graph/career-graph';
import { withCount } from '../present/facts-text';
import type { MoveEdge, RoleNode } from '../graph/types';

/** Cells a spreadsheet would run as a formula: starting with `=`, `+`, `-`, `@`, a tab or a CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Writes rows as RFC 4180 CSV (CRLF line ends, quotes where needed), guarding formula cells. */
export function toCsv(fields: string[], rows: (string | number)[][]): string {
  return Papa.unparse(
    { fields, data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
}

export interface CsvExport {
  /** One row per role: a catalog the CSV parser reads back into the same graph. */
  roles: string;
  /** One row per move (a lateral move is two rows, one each way). */
  moves: string;
}

/**
 * The graph as two CSV tables. A text cell starting with `=`, `+`, `-` or `@` (or a tab or CR) is
 * prefixed with `'` so that a spreadsheet shows it instead of running it as a formula; the CSV
 * parser removes that `'` again when the file is loaded as a catalog.
 * @param graph - the career graph.
 * @returns the roles table (id, title, family, level, track, rank, summary, skills,
 *   responsibilities, kpis, next, lateral — next and lateral list the moves the catalog stated, by
 *   title, each with its count of people when stated — then pay_min, pay_max, currency,
 *   months_in_role, headcount, empty where the catalog states none) and the moves table (from, to,
 *   from_title, to_title, kind, provenance, cost, rule, reason, summary, count).
 */
export function exportCSV(graph: CareerGraph): CsvExport {
  return { roles: csvRoles(graph), moves: csvMoves(graph) };
}

/** A stated fact, or an empty cell. */
const fact = (v: number | string | undefined) => v ?? '';

/** The columns of a role's facts, as the CSV catalog format reads them. */
export const FACT_COLUMNS = ['pay_min', 'pay_max', 'currency', 'months_in_role', 'headcount'];

/** A role's facts as cells of {@link FACT_COLUMNS}, empty where the catalog states none. */
export const factCells = (a: RoleNode): (number | string)[] =>
  [a.payMin, a.payMax, a.currency, a.monthsInRole, a.headcount].map(fact);

/**
 * The roles table of {@link exportCSV}.
 * @param graph - the career graph.
 * @returns the CSV text.
 */
export function csvRoles(graph: CareerGraph): string {
  const stated = (id: string, kind: MoveEdge['kind']) =>
    graph
      .filterOutEdges(id, (_e, a) => a.kind === kind && a.provenance === 'stated')
      // The count as blueprint text writes it, `Title (14 people)`: the CSV parser reads it back.
      .map((e) =>
        withCount(
          graph.getNodeAttribute(graph.target(e), 'title'),
          graph.getEdgeAttribute(e, 'count'),
        ),
      )
      .join('; ');
  // The track by its label, as a catalog states one (`track` is a statement when read back).
  const tracks = new Map((graph.getAttribute('tracks') ?? []).map((t) => [t.id, t.label]));
  return toCsv(
    [
      'id',
      'title',
      'family',
      'level',
      'track',
      'rank',
      'summary',
      'skills',
      'responsibilities',
      'kpis',
      'next',
      'lateral',
      ...FACT_COLUMNS,
    ],
    graph.mapNodes((id, a) => [
      id,
      a.title,
      a.family,
      a.level,
      tracks.get(a.track) ?? a.track,
      a.rank,
      a.summary,
      a.skills.join('; '),
      a.responsibilities.join('; '),
      a.kpis.join('; '),
      stated(id, 'promotion'),
      stated(id, 'lateral'),
      ...factCells(a),
    ]),
  );
}

/**
 * The moves table of {@link exportCSV}.
 * @param graph - the career graph.
 * @returns the CSV text.
 */
export function csvMoves(graph: CareerGraph): string {
  return toCsv(
    [
      'from',
      'to',
      'from_title',
      'to_title',
      'kind',
      'provenance',
      'strength',
      'cost',
      'rule',
      'reason',
      'summary',
      'count',
    ],
    graph.mapEdges((_e, a, s, t, sa, ta) => [
      s,
      t,
      sa.title,
      ta.title,
      a.kind,
      a.provenance,
      a.strength,
      a.cost,
      a.rule,
      a.reason,
      a.summary,
      fact(a.count),
    ]),
  );
}
