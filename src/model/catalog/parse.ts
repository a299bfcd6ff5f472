import { CatalogError, type Diagnostic } from '../graph/diagnostics';
import type { CatalogFormat, ParsedCatalog } from '../graph/types';
import { parseBlueprintText, titleOf } from './parse-text';
import { parseJsonCatalog } from './parse-json';
import { parseCsvCatalog } from './parse-csv';
import { firstNonBlankLine, looksLikeCsvHeader } from './csv-rows';
import { MAX_TITLE_CHARS, checkBinary, checkJsonDepth, checkSize } from './limits';

const ROLE_BLUEPRINT = /:\s*Role Blueprint\b/i;

/** Whether any line of the text is a blueprint title line (a plain search first: most texts say no). */
function hasTitleLine(text: string): boolean {
  if (!/role blueprint/i.test(text)) return false;
  for (let s = 0; s < text.length;) {
    const nl = text.indexOf('\n', s);
    const e = nl === -1 ? text.length : nl;
    if (titleOf(text.slice(s, e))) return true;
    s = e + 1;
  }
  return false;
}

/**
 * Picks the format from the content: JSON when the first non-blank character is `{`, or `[` on a
 * line that is not a blueprint title line (`[Draft] Analyst: Role Blueprint` is text); CSV when the
 * first non-blank line is a header with a `title` column and no line is a title line; blueprint
 * text otherwise.
 * @param text - the catalog's content.
 * @returns the format.
 */
export function detectFormat(text: string): CatalogFormat {
  const body = text.replace(/^\uFEFF/, '');
  const first = firstNonBlankLine(body);
  const lead = first.trimStart();
  if (lead.startsWith('{')) return 'json';
  if (lead.startsWith('[') && !ROLE_BLUEPRINT.test(first)) return 'json';
  if (looksLikeCsvHeader(first) && !hasTitleLine(body)) return 'csv';
  return 'text';
}

/**
 * Checks the limits that must hold before any parser runs.
 * @param text - the catalog's content.
 * @param format - the format it will be parsed as.
 * @returns the first error found, or null.
 */
export function checkLimits(text: string, format: CatalogFormat): Diagnostic | null {
  return (
    checkSize(text) ??
    checkBinary(text) ??
    (!text.replace(/^\uFEFF/, '').trim()
      ? {
          severity: 'error',
          line: 0,
          message: 'no roles found: the catalog is empty',
        }
      : null) ??
    (format === 'json' ? checkJsonDepth(text) : null)
  );
}

/**
 * Parses a catalog in the format given, or else in whichever format its content shows.
 * @param text - the catalog's content.
 * @param file - the name used in messages.
 * @param format - the format, when the caller knows it (e.g. from {@link formatFromFileName}).
 * @returns the roles and warnings.
 * @throws CatalogError when the catalog is refused (too big, binary, empty, too deeply nested, no
 *   roles, invalid JSON, a CSV without a title column); it carries every diagnostic.
 */
export function parseCatalog(
  text: string,
  file = 'catalog',
  format?: CatalogFormat,
): ParsedCatalog {
  const fmt = format ?? detectFormat(text);
  const refused = checkLimits(text, fmt);
  if (refused) throw new CatalogError([refused], file);
  const parsed =
    fmt === 'json'
      ? parseJsonCatalog(text)
      : fmt === 'csv'
        ? parseCsvCatalog(text)
        : parseBlueprintText(text);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) {
    // A CSV file whose header lacks a title column reads as text with no title line: say so.
    if (fmt === 'text' && !parsed.roles.length && /[,;\t]/.test(firstNonBlankLine(text)))
      for (const d of parsed.diagnostics)
        if (d.severity === 'error')
          d.message += '; if this is a CSV file, its header row needs a "title" column';
    throw new CatalogError(parsed.diagnostics, file);
  }
  const long = parsed.roles.filter((r) => r.title.length > MAX_TITLE_CHARS);
  if (long.length) {
    for (const r of long)
      parsed.diagnostics.push({
        severity: 'warning',
        line: r.line,
        message: `role title is ${r.title.length.toLocaleString('en-US')} characters long (over ${MAX_TITLE_CHARS}); the role is kept, but the title is hard to read`,
      });
    parsed.diagnostics.sort((a, b) => a.line - b.line);
  }
  return parsed;
}
