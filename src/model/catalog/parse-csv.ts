import type { Diagnostic } from '../graph/diagnostics';
import { checkCount, checkMonths, checkPayBand, readNumber, splitMoveCount } from './facts';
import type { CatalogRole, ParsedCatalog, StatedMove } from '../graph/types';
import { normalizeTitle, squash, stripEmphasis, titleWarnings } from '../graph/text';
import { delimiterOf, firstNonBlankLine, readRows } from './csv-rows';

/**
 * The CSV catalog format: a header row, then one role per row.
 *
 *     title,summary,family,level,skills,next,lateral
 *     Support Analyst,Restores service quickly.,,,incident response; ITSM,Senior Support Analyst,
 *
 * Headers are case-insensitive; only `title` is required. The delimiter is `,`, `;` or a tab,
 * whichever the header row uses most. List cells (skills, responsibilities, kpis, next, lateral)
 * are split on `;` and on line breaks. `family` and `level` override what the title says.
 * Role facts are optional columns: `pay_min`, `pay_max` and `currency` (a pay band: all three or
 * none), `months_in_role`, `headcount`; a move in `next` or `lateral` may end with the people who
 * made it, `Senior Support Analyst (14 people)`.
 * Columns the explorer writes when it exports roles (`id`, `track`, `rank`, `line`) are read and
 * ignored; any other column gets a warning. A cell starting with `'` followed by `=`, `+`, `-` or
 * `@` loses the `'` (the export adds it to stop spreadsheets running the cell as a formula).
 */

type Column =
  | 'title'
  | 'summary'
  | 'family'
  | 'level'
  | 'skills'
  | 'responsibilities'
  | 'kpis'
  | 'next'
  | 'lateral'
  | 'pay_min'
  | 'pay_max'
  | 'currency'
  | 'months_in_role'
  | 'headcount';

const COLUMNS = new Map<string, Column | null>([
  ['title', 'title'],
  ['summary', 'summary'],
  ['family', 'family'],
  ['level', 'level'],
  ['skills', 'skills'],
  ['responsibilities', 'responsibilities'],
  ['kpis', 'kpis'],
  ['next', 'next'],
  ['next roles', 'next'],
  ['lateral', 'lateral'],
  ['lateral moves', 'lateral'],
  ['pay_min', 'pay_min'],
  ['pay_max', 'pay_max'],
  ['currency', 'currency'],
  ['months_in_role', 'months_in_role'],
  ['headcount', 'headcount'],
  // Written by exportCSV; read back without a warning and ignored.
  ['id', null],
  ['track', null],
  ['rank', null],
  ['line', null],
]);

/** Undoes the export's guard against spreadsheet formulas: `'=x` → `=x`. */
function unguard(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

function listOf(cell: string, clean = squash): string[] {
  return cell
    .split(/[;\n]/)
    .map((p) => clean(stripEmphasis(p)))
    .filter((p) => p.length > 0);
}

/** Reads a row's fact columns into its role; a cell that cannot be read is a warning. */
function readFacts(
  role: CatalogRole,
  cell: (c: Column) => string,
  warn: (message: string) => void,
): void {
  const [min, max, currency] = (['pay_min', 'pay_max', 'currency'] as const).map((c) =>
    squash(cell(c)),
  );
  if (min || max || currency) {
    const band = checkPayBand(
      min ? (readNumber(min) ?? NaN) : undefined,
      max ? (readNumber(max) ?? NaN) : undefined,
      currency,
    );
    if (band.ok) role.payBand = band.value;
    else
      warn(
        `the pay band "${min}", "${max}", "${currency}" cannot be read (${band.why}); it is ignored`,
      );
  }
  const months = squash(cell('months_in_role'));
  if (months) {
    const m = checkMonths(readNumber(months));
    if (m.ok) role.monthsInRole = m.value;
    else warn(`months_in_role "${months}" cannot be read (${m.why}); it is ignored`);
  }
  const headcount = squash(cell('headcount'));
  if (headcount) {
    const h = checkCount(headcount);
    if (h.ok) role.headcount = h.value;
    else warn(`headcount "${headcount}" cannot be read (${h.why}); it is ignored`);
  }
}

/**
 * Parses a CSV catalog.
 * @param text - the catalog's content.
 * @returns every role with a title (first definition of a duplicate title kept) and the problems
 *   noticed; an `error` diagnostic when there is no header with a `title` column or no role.
 */
export function parseCsvCatalog(text: string): ParsedCatalog {
  const diagnostics: Diagnostic[] = [];
  let body = text.replace(/^\uFEFF/, '');
  if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
  const roles: CatalogRole[] = [];
  const fail = (line: number, message: string): ParsedCatalog => {
    diagnostics.push({ severity: 'error', line, message });
    diagnostics.sort((a, b) => a.line - b.line);
    return { format: 'csv', roles, diagnostics };
  };

  const header = firstNonBlankLine(body);
  const rows = readRows(body, delimiterOf(header), diagnostics).filter((r) =>
    r.cells.some((c) => c.trim()),
  );
  const head = rows.shift();
  if (!head) return fail(0, 'no roles found: the CSV file is empty (it needs a header row)');

  const index = new Map<Column, number>();
  head.cells.forEach((raw, i) => {
    const name = squash(raw).toLowerCase();
    if (!name) return;
    const column = COLUMNS.get(name);
    if (column === undefined) {
      diagnostics.push({
        severity: 'warning',
        line: head.line,
        message: `unknown column "${squash(raw)}" is ignored (columns: title, summary, family, level, skills, responsibilities, kpis, next, lateral, pay_min, pay_max, currency, months_in_role, headcount)`,
      });
    } else if (column !== null) {
      if (index.has(column))
        diagnostics.push({
          severity: 'warning',
          line: head.line,
          message: `column "${squash(raw)}" appears twice; the first one is read`,
        });
      else index.set(column, i);
    }
  });
  if (!index.has('title')) {
    const found = head.cells.map((c) => `"${squash(c)}"`).join(', ');
    return fail(head.line, `the CSV header needs a "title" column (found ${found})`);
  }

  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const cell = (c: Column): string => {
      const i = index.get(c);
      return i === undefined ? '' : unguard(row.cells[i] ?? '');
    };
    const written = stripEmphasis(cell('title'));
    const title = normalizeTitle(written);
    if (!title) {
      diagnostics.push({
        severity: 'warning',
        line: row.line,
        message: 'row has no title; ignored',
      });
      continue;
    }
    if (row.cells.length > head.cells.length)
      diagnostics.push({
        severity: 'warning',
        line: row.line,
        message: `row has ${row.cells.length} cells but the header has ${head.cells.length}; the extra cells are ignored`,
      });
    diagnostics.push(...titleWarnings(written, title, row.line));
    const key = title.toLowerCase();
    const first = firstLine.get(key);
    if (first !== undefined) {
      diagnostics.push({
        severity: 'warning',
        line: row.line,
        message: `duplicate role "${title}" (first at line ${first}); this definition is ignored`,
      });
      continue;
    }
    firstLine.set(key, row.line);
    const summary = stripEmphasis(cell('summary')).trim();
    if (!summary)
      diagnostics.push({
        severity: 'warning',
        line: row.line,
        message: `role "${title}" has no summary`,
      });
    const warn = (message: string) =>
      diagnostics.push({
        severity: 'warning',
        line: row.line,
        message: `role "${title}": ${message}`,
      });
    const moves = (c: Column): StatedMove[] =>
      listOf(cell(c)).flatMap((item) => {
        const { title: target, count } = splitMoveCount(item);
        // Move targets are titles: read the way titles are, so they find the role they name.
        const move: StatedMove = { title: normalizeTitle(target), line: row.line };
        if (count?.ok) move.count = count.value;
        else if (count)
          warn(
            `the count of people in "${item}" cannot be read (${count.why}); the move is kept without it`,
          );
        return move.title ? [move] : [];
      });
    const role: CatalogRole = {
      title,
      summary,
      skills: listOf(cell('skills')),
      responsibilities: listOf(cell('responsibilities')),
      kpis: listOf(cell('kpis')),
      next: moves('next'),
      lateral: moves('lateral'),
      line: row.line,
    };
    const family = squash(cell('family'));
    if (family) role.family = family;
    const level = squash(cell('level'));
    if (level) role.level = level;
    readFacts(role, cell, warn);
    roles.push(role);
  }
  if (roles.length === 0)
    return fail(0, 'no roles found: the CSV has a header but no row with a title');
  diagnostics.sort((a, b) => a.line - b.line);
  return { format: 'csv', roles, diagnostics };
}
