import Papa from 'papaparse';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { CareerGraph } from './build-graph';
import { withCount } from './facts';
import { movesOf } from './paths';
import type { MoveEdge, RoleNode } from './types';

/**
 * Exports of the career graph, framework-free: each returns text a caller saves as a file.
 * - graphology JSON (`graph.export()`): reloads with `Graph.from` / `graph.import`.
 * - GEXF 1.3 (graphology-gexf): Gephi.
 * - GraphML: yEd, Cytoscape desktop, Gephi.
 * - CSV: the roles (a catalog the CSV parser reads back) and the moves, for spreadsheets.
 * - Markdown: one path, step by step, with each move's kind, summary and reason.
 * List attributes (skills, responsibilities, KPIs) are joined with `; ` in GEXF, GraphML and CSV.
 * Role facts (`payMin`, `payMax`, `currency`, `monthsInRole`, `headcount`, a move's `count`) are
 * attributes like any other, numbers typed as numbers; only the elements that have one carry it.
 */

/** Characters XML 1.0 does not allow at all (not even escaped): C0 controls but tab, LF, CR; U+FFFE/F; lone surrogates. */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML cannot carry. */
export function xmlSafe(s: string): string {
  return s.replace(XML_INVALID, '');
}

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

type Scalar = string | number | boolean;

/** One attribute value as a flat scalar: lists joined with `; `, objects as JSON. */
function flat(v: unknown): Scalar | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return xmlSafe(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return xmlSafe(v.map((x) => String(x)).join('; '));
  return xmlSafe(JSON.stringify(v) ?? '');
}

function flatten(attrs: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(attrs)) {
    const f = flat(v);
    if (f !== undefined) out[k] = f;
  }
  return out;
}

/**
 * The graph as graphology's JSON serialization.
 * @param graph - the career graph.
 * @returns JSON text of `graph.export()` (two-space indented).
 */
export function exportJSON(graph: CareerGraph): string {
  return JSON.stringify(graph.export(), null, 2);
}

/**
 * The graph as GEXF 1.3, for Gephi: node label = title, edge label = kind, edge weight = cost;
 * every other attribute is a GEXF attribute (lists joined with `; `).
 * @param graph - the career graph.
 * @returns the GEXF document.
 */
export function exportGEXF(graph: CareerGraph): string {
  return writeGexf<RoleNode, MoveEdge>(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({ label: xmlSafe(a.title), attributes: flatten(a) }),
    formatEdge: (_key, a) => ({ label: a.kind, weight: a.cost, attributes: flatten(a) }),
  });
}

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

function graphmlType(values: Scalar[]): GraphmlType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) {
    const nums = values as number[];
    if (!nums.every(Number.isInteger)) return 'double';
    return nums.every((n) => Math.abs(n) <= 0x7fffffff) ? 'int' : 'long';
  }
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

/** Declares one `<key>` per attribute name, typed by the values it takes across all elements. */
function keysOf(prefix: string, elements: Record<string, Scalar>[]): Map<string, Key> {
  const values = new Map<string, Scalar[]>();
  for (const e of elements)
    for (const [k, v] of Object.entries(e)) {
      const list = values.get(k);
      if (list) list.push(v);
      else values.set(k, [v]);
    }
  const keys = new Map<string, Key>();
  let i = 0;
  for (const [name, vs] of values)
    keys.set(name, { id: `${prefix}${i++}`, name, type: graphmlType(vs) });
  return keys;
}

/**
 * The graph as GraphML (graphml.graphdrawing.org), for yEd, Cytoscape desktop and Gephi. Each
 * attribute is a typed `<key>` (lists joined with `; `); nodes also carry a `label` (the title),
 * the name Gephi and Cytoscape show.
 * @param graph - the career graph.
 * @returns the GraphML document.
 */
export function exportGraphML(graph: CareerGraph): string {
  const nodes = graph.mapNodes((id, a) => ({ id, data: { label: a.title, ...flatten(a) } }));
  const edges = graph.mapEdges((id, a, source, target) => ({
    id,
    source,
    target,
    data: flatten(a),
  }));
  const nodeKeys = keysOf(
    'n',
    nodes.map((n) => n.data),
  );
  const edgeKeys = keysOf(
    'e',
    edges.map((e) => e.data),
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const declare = (scope: 'node' | 'edge', keys: Map<string, Key>) => {
    for (const k of keys.values())
      out.push(
        `  <key id="${k.id}" for="${scope}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`,
      );
  };
  declare('node', nodeKeys);
  declare('edge', edgeKeys);
  const data = (keys: Map<string, Key>, d: Record<string, Scalar>) =>
    Object.entries(d)
      .map(([k, v]) => `<data key="${keys.get(k)!.id}">${xmlEscape(String(v))}</data>`)
      .join('');
  out.push(
    `  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`,
  );
  for (const n of nodes)
    out.push(`    <node id="${xmlEscape(n.id)}">${data(nodeKeys, n.data)}</node>`);
  for (const e of edges)
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data(edgeKeys, e.data)}</edge>`,
    );
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** Cells a spreadsheet would run as a formula: starting with `=`, `+`, `-`, `@`, a tab or a CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Writes rows as RFC 4180 CSV (CRLF line ends, quotes where needed), guarding formula cells. */
function toCsv(fields: string[], rows: (string | number)[][]): string {
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
  const fact = (v: number | string | undefined) => v ?? '';
  const roles = toCsv(
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
      'pay_min',
      'pay_max',
      'currency',
      'months_in_role',
      'headcount',
    ],
    graph.mapNodes((id, a) => [
      id,
      a.title,
      a.family,
      a.level,
      a.track,
      a.rank,
      a.summary,
      a.skills.join('; '),
      a.responsibilities.join('; '),
      a.kpis.join('; '),
      stated(id, 'promotion'),
      stated(id, 'lateral'),
      fact(a.payMin),
      fact(a.payMax),
      fact(a.currency),
      fact(a.monthsInRole),
      fact(a.headcount),
    ]),
  );
  const moves = toCsv(
    [
      'from',
      'to',
      'from_title',
      'to_title',
      'kind',
      'provenance',
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
      a.cost,
      a.rule,
      a.reason,
      a.summary,
      fact(a.count),
    ]),
  );
  return { roles, moves };
}

/**
 * Escapes catalog text for inline Markdown: HTML-significant characters become entities and
 * Markdown punctuation is backslash-escaped, so `<script>` or `**x**` in a title shows as written.
 * Line breaks become spaces (the text stays within its list item).
 * @param s - plain text.
 * @returns Markdown that renders as that text.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The path as Markdown: a heading, then each role in order with the move into it, its kind, its
 * one-sentence summary and its reason (after "Why:").
 * @param graph - the career graph.
 * @param path - role ids from start to goal (e.g. `findPath(…).path`).
 * @returns the Markdown document.
 * @throws Error when an id is not a role of the graph or two consecutive roles have no move.
 */
export function pathMarkdown(graph: CareerGraph, path: readonly string[]): string {
  for (const id of path)
    if (!graph.hasNode(id)) throw new Error(`pathMarkdown: unknown role "${id}"`);
  for (let i = 1; i < path.length; i++)
    if (!graph.hasDirectedEdge(path[i - 1]!, path[i]!))
      throw new Error(`pathMarkdown: no move from "${path[i - 1]}" to "${path[i]}"`);
  const title = (id: string) => escapeMarkdown(graph.getNodeAttribute(id, 'title'));
  if (path.length === 0) return '# Career path\n\nNo roles.\n';
  const first = path[0]!;
  const last = path[path.length - 1]!;
  const moves = movesOf(graph, path);
  const promotions = moves.filter((m) => m.kind === 'promotion').length;
  const laterals = moves.length - promotions;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `# Career path: ${title(first)} → ${title(last)}`,
    '',
    `${plural(moves.length, 'move', 'moves')}: ${plural(promotions, 'promotion', 'promotions')}, ${plural(laterals, 'lateral move', 'lateral moves')}.`,
    '',
    `1. **${title(first)}** (start)`,
  ];
  moves.forEach((m, i) => {
    const kind = m.kind === 'promotion' ? 'promotion' : 'lateral move';
    lines.push(
      `${i + 2}. **${title(m.to)}**: ${kind}. ${escapeMarkdown(m.summary)} Why: ${escapeMarkdown(m.reason)}`,
    );
  });
  lines.push('');
  return lines.join('\n');
}

/** The exchange formats of the whole graph. */
export type GraphFormat = 'json' | 'gexf' | 'graphml';

/**
 * The whole graph in one of the exchange formats.
 * @param graph - the career graph.
 * @param format - graphology JSON, GEXF or GraphML.
 * @returns the file's text.
 */
export function exportGraphAs(graph: CareerGraph, format: GraphFormat): string {
  if (format === 'json') return exportJSON(graph);
  return format === 'gexf' ? exportGEXF(graph) : exportGraphML(graph);
}
