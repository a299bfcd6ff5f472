import { checkCount, checkMonths, checkPayBand, readNumber } from './facts';
import type { CatalogRole, ParsedCatalog, StatedMove } from '../graph/types';
import { squash, stripEmphasis } from '../graph/text';
import { hasMoveReason, RoleIntake, type RoleWarn } from './intake';
import { delimiterOf, firstNonBlankLine, readRows } from './csv-rows';

/**
 * The CSV catalog format: a header row, then one role per row.
 *
 *     title,summary,family,level,skills,next,lateral
 *     Support Analyst,Restores service quickly.,,,incident response; ITSM,Senior Support Analyst,
 *
 * Headers are case-insensitive; only `title` is required. The delimiter is `,`, `;` or a tab,
 * whichever the header row uses most. List cells (skills, responsibilities, kpis, next, lateral)
 * are split on `;` and on line breaks. `family`, `level` and `track` override what the model
 * infers; `inference` `none` makes the role's moves exactly the stated ones. A move with its
 * reason takes a line of its own in its cell: `Senior Associate — qualified after two years`.
 * Role facts are optional columns: `pay_min`, `pay_max` and `currency` (a pay band: all three or
 * none), `months_in_role`, `headcount`; a move in `next` or `lateral` may end with the people who
 * made it, `Senior Support Analyst (14 people)`.
 * Columns the explorer writes when it exports roles (`id`, `rank`, `line`) are read and
 * ignored; any other column gets a warning. A cell starting with `'` followed by `=`, `+`, `-` or
 * `@` loses the `'` (the export adds it to stop spreadsheets running the cell as a formula).
 */

type Column =
  | 'title'
  | 'summary'
  | 'family'
  | 'level'
  | 'track'
  | 'inference'
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
  ['track', 'track'],
  ['inference', 'inference'],
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
  ['rank', null],
  ['line', null],
]);

/** Undoes the export's guard against spreadsheet formulas: `'=x` → `=x`. */
function unguard(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * The moves of a `next` or `lateral` cell: split on `;` and line breaks, but a line holding a
 * reason (`Senior Associate — qualified after two years`) is one move, `;` and all.
 */
function moveItems(cell: string): string[] {
  return cell.split('\n').flatMap((line) => (hasMoveReason(line) ? [line] : line.split(';')));
}

function listOf(cell: string, clean = squash): string[] {
  return cell
    .split(/[;\n]/)
    .map((p) => clean(stripEmphasis(p)))
    .filter((p) => p.length > 0);
}

/** Reads a row's fact columns into its role; a cell that cannot be read is a warning. */
function readFacts(
  intake: RoleIntake,
  role: CatalogRole,
  cell: (c: Column) => string,
  warn: RoleWarn,
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
    intake.fact(role, 'payBand', band, `the pay band "${min}", "${max}", "${currency}"`, warn);
  }
  const months = squash(cell('months_in_role'));
  if (months)
    intake.fact(
      role,
      'monthsInRole',
      checkMonths(readNumber(months)),
      `months_in_role "${months}"`,
      warn,
    );
  const headcount = squash(cell('headcount'));
  if (headcount)
    intake.fact(role, 'headcount', checkCount(headcount), `headcount "${headcount}"`, warn);
}

/**
 * Parses a CSV catalog.
 * @param text - the catalog's content.
 * @returns every role with a title (first definition of a duplicate title kept) and the problems
 *   noticed; an `error` diagnostic when there is no header with a `title` column or no role.
 */
export function parseCsvCatalog(text: string): ParsedCatalog {
  const intake = new RoleIntake();
  let body = text.replace(/^\uFEFF/, '');
  if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');

  const header = firstNonBlankLine(body);
  const rows = readRows(body, delimiterOf(header), intake.diagnostics).filter((r) =>
    r.cells.some((c) => c.trim()),
  );
  const head = rows.shift();
  if (!head)
    return intake.fail('csv', 0, 'no roles found: the CSV file is empty (it needs a header row)');

  const index = new Map<Column, number>();
  head.cells.forEach((raw, i) => {
    const name = squash(raw).toLowerCase();
    if (!name) return;
    const column = COLUMNS.get(name);
    if (column === undefined) {
      intake.warn(
        head.line,
        `unknown column "${squash(raw)}" is ignored (columns: title, summary, family, level, track, inference, skills, responsibilities, kpis, next, lateral, pay_min, pay_max, currency, months_in_role, headcount)`,
      );
    } else if (column !== null) {
      if (index.has(column))
        intake.warn(head.line, `column "${squash(raw)}" appears twice; the first one is read`);
      else index.set(column, i);
    }
  });
  if (!index.has('title')) {
    const found = head.cells.map((c) => `"${squash(c)}"`).join(', ');
    return intake.fail('csv', head.line, `the CSV header needs a "title" column (found ${found})`);
  }

  for (const row of rows) {
    const cell = (c: Column): string => {
      const i = index.get(c);
      return i === undefined ? '' : unguard(row.cells[i] ?? '');
    };
    const written = stripEmphasis(cell('title'));
    const title = intake.title(written, row.line, 'row has no title; ignored');
    if (title === null) continue;
    if (row.cells.length > head.cells.length)
      intake.warn(
        row.line,
        `row has ${row.cells.length} cells but the header has ${head.cells.length}; the extra cells are ignored`,
      );
    if (!intake.admit(written, title, row.line)) continue;
    const summary = intake.summary(title, stripEmphasis(cell('summary')).trim(), row.line);
    const warn = intake.warnFor(title, row.line);
    const moves = (c: Column): StatedMove[] =>
      moveItems(cell(c))
        .map((item) => squash(stripEmphasis(item)))
        .filter((item) => item.length > 0)
        .flatMap((item) => intake.move(item, row.line, warn) ?? []);
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
    for (const field of ['family', 'level', 'track', 'inference'] as const)
      intake.state(role, field, cell(field), warn);
    readFacts(intake, role, cell, warn);
    intake.roles.push(role);
  }
  return intake.done('csv', 'no roles found: the CSV has a header but no row with a title');
}
