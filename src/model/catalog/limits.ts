import type { Diagnostic } from '../graph/diagnostics';

/**
 * Limits that keep a bad or hostile catalog from freezing the page: each is checked before any
 * parser runs (size, binary content, JSON nesting) or while it runs (line length), and each
 * failure is a clear message instead of a hang, a stack overflow or an out-of-memory tab.
 */

/**
 * Largest catalog accepted, in UTF-8 bytes: 64 MB. 20,000 full blueprints (the scale the explorer
 * is built for) take about 14 MB as text and a little more as JSON or CSV; 64 MB leaves room for
 * catalogs with long summaries and sections while keeping parsing within a few seconds.
 */
export const MAX_CATALOG_BYTES = 64 * 1024 * 1024;

/**
 * Longest line the blueprint text parser reads, in characters. A longer line is cut to this length
 * with a warning (a real summary line is a few thousand characters at most).
 */
export const MAX_LINE_CHARS = 100_000;

/** Titles longer than this get a warning (the role is kept, title unchanged). */
export const MAX_TITLE_CHARS = 200;

/** Deepest nesting of `{`/`[` accepted in a JSON catalog (a catalog needs 3). */
export const MAX_JSON_DEPTH = 64;

/*
 * Text evidence: the phrases of a summary that name other roles ("supervises the Junior Analyst
 * and …", "reports to …") are read with the names listed around them. Each phrase read costs up to
 * a clause of text, so a summary of nothing but such phrases made the build quadratic (a 400 KB
 * one took six minutes). Real summaries have at most a handful (6 in the evaluation corpus, 2 in
 * the seed); these budgets are far above that and keep a hostile catalog's build linear.
 */

/**
 * The most characters a phrase that names roles reads after it (or before it, for "… move into
 * this role") for the names it lists: the clause ends earlier at the sentence's end or a new
 * clause, so only a sentence longer than this is cut (the longest in the evaluation corpus and
 * the seed has 331 characters).
 */
export const MAX_CLAUSE_CHARS = 500;

/**
 * The most phrases that name roles read in one summary; past it, the summary's other phrases are
 * not read (one warning for the role).
 */
export const MAX_MENTION_PHRASES_PER_SUMMARY = 50;

/**
 * The most phrases that name roles read in a whole catalog (about 1.5 a role in real catalogs:
 * 30,000 at 20,000 roles); past it, the summaries after are not read for the roles they name (one
 * warning, at the first role not read).
 */
export const MAX_MENTION_PHRASES_PER_CATALOG = 100_000;

/*
 * Moves: a catalog that states every role as a Next role of every other (1,000 roles, 999,000
 * stated moves) took 22 s and 1.3 GB in the command-line tool, and froze the page that drew it.
 */

/**
 * The most moves one role may state, Next and Lateral together (real roles state up to 3 in the
 * evaluation corpus); past it, the role's other stated moves are ignored, with one warning.
 */
export const MAX_STATED_MOVES_PER_ROLE = 50;

/**
 * The most moves a catalog's graph holds, stated and inferred: about three times the 81,773 of
 * the 20,000-role synthetic catalog (`test/synthetic.ts`). Moves are found stated first, then
 * the overlay's, ladders, mentions and similar work; past the limit the rest are dropped, with one
 * warning.
 */
export const MAX_MOVES_PER_CATALOG = 250_000;

/**
 * The most problems (catalog warnings and graph findings) listed: printed by the command-line
 * tool (then how many more there are) and handed to the page (after a note saying how many there
 * are). The 20,000-role synthetic catalog has 4,218.
 */
export const MAX_LISTED_DIAGNOSTICS = 10_000;

/** How much of the start of a catalog the control-character test looks at. */
const BINARY_SAMPLE_CHARS = 8192;
/** Share of control characters (or U+FFFD from undecodable bytes) that marks a binary file. */
const BINARY_CONTROL_SHARE = 0.1;

/**
 * UTF-8 size of a string, without encoding it.
 * @param text - any string.
 * @returns its length in UTF-8 bytes (a lone surrogate counts as the 3 bytes of U+FFFD).
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** `80.0 MB` (mebibytes, one decimal) for messages. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Checks the catalog's size.
 * @param text - the catalog's content.
 * @returns an error diagnostic when the catalog is over {@link MAX_CATALOG_BYTES}, else null.
 */
export function checkSize(text: string): Diagnostic | null {
  // Every UTF-16 unit is at least one UTF-8 byte and at most three: count only when it matters.
  if (text.length * 3 <= MAX_CATALOG_BYTES) return null;
  const bytes = utf8Bytes(text);
  if (bytes <= MAX_CATALOG_BYTES) return null;
  return {
    severity: 'error',
    line: 0,
    message: `catalog is ${formatMegabytes(bytes)}; the limit is ${MAX_CATALOG_BYTES / (1024 * 1024)} MB`,
  };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Tells a binary file (an image, a spreadsheet, a UTF-16 file read as UTF-8) from a text catalog:
 * any NUL character, or more than a tenth of control characters or U+FFFD at its start.
 * @param text - the catalog's content.
 * @returns an error diagnostic when the content looks binary, else null.
 */
export function checkBinary(text: string): Diagnostic | null {
  const hint =
    'this looks like a binary file, not a catalog; save the catalog as UTF-8 text (blueprint text, JSON or CSV)';
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    return { severity: 'error', line: lineAt(text, nul), message: `${hint} (it has NUL bytes)` };
  }
  const n = Math.min(text.length, BINARY_SAMPLE_CHARS);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd)
      odd++;
  }
  if (n > 0 && odd / n > BINARY_CONTROL_SHARE) {
    return { severity: 'error', line: 0, message: `${hint} (it is full of control characters)` };
  }
  return null;
}

/**
 * Measures how deep `{` and `[` nest in JSON text, outside strings, in one pass with no recursion,
 * so a 100,000-deep `[[[[…` is refused with a message instead of overflowing a stack later.
 * @param text - JSON text (valid or not).
 * @param limit - the deepest nesting allowed.
 * @returns an error diagnostic at the line where the nesting first goes deeper than `limit`, else null.
 */
export function checkJsonDepth(text: string, limit = MAX_JSON_DEPTH): Diagnostic | null {
  let depth = 0;
  let inString = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit)
        return {
          severity: 'error',
          line,
          message: `JSON nests deeper than ${limit} levels; a catalog needs 3 ({"roles": [{…}]})`,
        };
    } else if (c === 125 || c === 93) depth = Math.max(0, depth - 1);
  }
  return null;
}
