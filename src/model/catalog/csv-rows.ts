/**
 * CSV text to rows, apart from what the rows mean: the delimiter the header row uses, and
 * papaparse with a recovery from malformed quoting that keeps any input linear. The format
 * sniffing (`parse.ts`) reads the header row the same way.
 */
import Papa from 'papaparse';
import type { Diagnostic } from '../graph/diagnostics';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Picks the delimiter the header row uses most (outside quotes is not worth the trouble here).
 * @param header - the header row.
 * @returns `,`, `;` or a tab (`,` when it has none).
 */
export function delimiterOf(header: string): string {
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/**
 * The first non-blank line of a text.
 * @param text - any text.
 * @returns the line, without its line end ('' when every line is blank).
 */
export function firstNonBlankLine(text: string): string {
  const re = /[^\r\n]*/g;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos <= text.length) {
    re.lastIndex = pos;
    m = re.exec(text);
    const line = m?.[0] ?? '';
    if (line.trim()) return line;
    pos += line.length + 1;
  }
  return '';
}

/**
 * Whether a line reads as a CSV header with a `title` column.
 * @param line - one line of text.
 * @returns true when one of its cells (split on its delimiter, quotes and spaces trimmed) is `title`.
 */
export function looksLikeCsvHeader(line: string): boolean {
  if (line.length > 10_000) return false;
  const cells = line.replace(/^\uFEFF/, '').split(delimiterOf(line));
  return cells.some((c) => unquote(c).toLowerCase() === 'title');
}

function unquote(cell: string): string {
  return cell
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .trim();
}

/** Offsets where each line starts, so a character offset turns into a line by binary search. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

interface Row {
  cells: string[];
  /** Line of the row's first character. */
  line: number;
}

/**
 * Splits CSV text into rows with papaparse, recovering from malformed quoting: a row with a quote
 * error (papaparse then runs the cell on to a later quote, or to the end of the file) is read
 * again from its own lines without quote handling, and reading resumes on the next line. Each
 * recovery re-reads the rest of the file, so recoveries draw on a budget of a few passes; when it
 * runs out, the rest is read without quote handling in one pass, so no input takes more than
 * linear time.
 * @param text - the CSV text, its line ends already `\n`.
 * @param delimiter - the cell delimiter.
 * @param diagnostics - where a warning for each recovery goes.
 * @returns every row, blank ones included, with the line it starts on.
 */
export function readRows(text: string, delimiter: string, diagnostics: Diagnostic[]): Row[] {
  const starts = lineStarts(text);
  const rows: Row[] = [];
  let budget = 4 * text.length + 1_000_000;
  let from = 0;
  let quotes = true;

  const plainRow = (start: number, end: number) => {
    const cells = text
      .slice(start, end)
      .split(delimiter)
      .map((c) => unquote(c).replace(/""/g, '"'));
    rows.push({ cells, line: lineOf(starts, start) });
  };

  while (from < text.length) {
    if (!quotes) {
      // Out of budget: one line, one row, quotes taken literally.
      for (let s = from; s < text.length;) {
        const nl = text.indexOf('\n', s);
        const e = nl === -1 ? text.length : nl;
        plainRow(s, e);
        s = e + 1;
      }
      break;
    }
    const chunk = text.slice(from);
    budget -= chunk.length;
    let cursor = 0;
    let bad: { rowStart: number; errorAt: number; message: string } | null = null;
    Papa.parse<string[]>(chunk, {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      escapeChar: '"',
      skipEmptyLines: false,
      step: (result, parser) => {
        const rowStart = cursor;
        cursor = result.meta.cursor;
        const quoteError = result.errors.find((e) => e.type === 'Quotes');
        if (quoteError) {
          bad = {
            rowStart: from + rowStart,
            errorAt: from + (quoteError.index ?? rowStart),
            message: quoteError.message,
          };
          parser.abort();
          return;
        }
        rows.push({ cells: result.data, line: lineOf(starts, from + rowStart) });
      },
    });
    if (!bad) break;
    const b: { rowStart: number; errorAt: number; message: string } = bad;
    const errLine = lineOf(starts, b.errorAt);
    const lineEnd = errLine < starts.length ? starts[errLine]! - 1 : text.length;
    plainRow(b.rowStart, lineEnd);
    const rowLine = lineOf(starts, b.rowStart);
    quotes = budget > 0;
    diagnostics.push({
      severity: 'warning',
      line: errLine,
      message:
        `malformed CSV quoting (${b.message.toLowerCase()}); ` +
        (rowLine === errLine ? 'this line is' : `lines ${rowLine}–${errLine} are`) +
        ` read as one row with quotes taken literally` +
        (quotes ? '' : `, and so is every line after it (too many quoting errors)`),
    });
    from = lineEnd + 1;
  }
  return rows;
}
