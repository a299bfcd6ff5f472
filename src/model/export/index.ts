/**
 * Exports of the career graph, framework-free: each returns text a caller saves as a file. The
 * registry of formats (`formats.ts`, without the writers) is what the app's Catalog panel, the
 * worker and the command line's `--export` all read, so a format added there and to
 * {@link WRITERS} downloads with its own name and media type everywhere (one file per format
 * beside this one).
 * - graphology JSON (`graph.export()`): reloads with `Graph.from` / `graph.import`.
 * - GEXF 1.3 (graphology-gexf): Gephi.
 * - GraphML: yEd, Cytoscape desktop, Gephi.
 * - CSV: the roles (a catalog the CSV parser reads back) and the moves, for spreadsheets.
 * - The published framework (`framework.ts`): the catalog in its own format with every decision
 *   stated, which loads into the same graph with no inference.
 * - Markdown (not a whole-graph format): one path, step by step, with each move's kind, summary
 *   and reason.
 * List attributes (skills, responsibilities, KPIs) are joined with `; ` in GEXF, GraphML and CSV.
 * Role facts (`payMin`, `payMax`, `currency`, `monthsInRole`, `headcount`, a move's `count`) are
 * attributes like any other, numbers typed as numbers; only the elements that have one carry it.
 */
import type { CareerGraph } from '../graph/career-graph';
import { csvMoves, csvRoles } from './csv';
import { exportGEXF } from './gexf';
import { exportGraphML } from './graphml';
import { exportJSON } from './json';
import type { ExportId } from './formats';

export { csvMoves, csvRoles, exportCSV, type CsvExport } from './csv';
export { exportGEXF } from './gexf';
export { publishFramework } from './framework';
export { exportGraphML } from './graphml';
export { exportJSON } from './json';
export { escapeMarkdown, pathMarkdown } from './markdown';
export { xmlEscape, xmlSafe } from './xml-text';

export {
  EXPORT_FORMATS,
  exportButtons,
  exportFormat,
  type ExportFormat,
  type ExportId,
  type RegisteredFormat,
} from './formats';

/** Each registered format's writer. */
const WRITERS: Record<ExportId, (graph: CareerGraph) => string> = {
  json: exportJSON,
  gexf: exportGEXF,
  graphml: exportGraphML,
  'csv-roles': csvRoles,
  'csv-moves': csvMoves,
};

/**
 * The whole graph in a registered format.
 * @param graph - the career graph.
 * @param id - the format's id.
 * @returns the file's text.
 */
export function exportAs(graph: CareerGraph, id: ExportId): string {
  return WRITERS[id](graph);
}
