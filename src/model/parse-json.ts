import type { Diagnostic } from './diagnostics';
import type { CatalogRole, ParsedCatalog, StatedMove } from './types';
import { normalizeTitle, squash, stripEmphasis, titleWarnings } from './text';

/**
 * The JSON catalog format (schema: `data/catalog.schema.json`):
 * `{"roles": [{"title", "summary", "skills"?, "responsibilities"?, "kpis"?, "next"?, "lateral"?}]}`.
 * Lines in diagnostics point at each role's `"title"` key in the file.
 */

/** Line (1-based) of every `"title"` key, in file order: good enough to point a person at a role. */
function titleKeyLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  const re = /"title"\s*:|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0] === '\n') line++;
    else out.push(line);
  }
  return out;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function stringList(
  value: unknown,
  field: string,
  title: string,
  line: number,
  diagnostics: Diagnostic[],
  clean: (item: string) => string = (v) => squash(stripEmphasis(v)),
): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    diagnostics.push({
      severity: 'warning',
      line,
      message: `role "${title}": "${field}" must be a list of strings; ignored`,
    });
    return [];
  }
  const out: string[] = [];
  for (const v of value) {
    const item = typeof v === 'string' ? clean(v) : '';
    if (item) out.push(item);
    else
      diagnostics.push({
        severity: 'warning',
        line,
        message: `role "${title}": an item of "${field}" is not a non-empty string; ignored`,
      });
  }
  return out;
}

/**
 * Parses a JSON catalog.
 * @param text - the catalog's content.
 * @returns every valid role and the problems noticed (an `error` when nothing usable is there).
 */
export function parseJsonCatalog(text: string): ParsedCatalog {
  const diagnostics: Diagnostic[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    // V8 says either "… at position N" or "Unexpected token 'x', …"<excerpt>"… is not valid JSON",
    // the excerpt holding raw catalog text (line breaks and all): keep the first, find the second.
    const excerpt =
      /^(Unexpected token '(.)'), (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(raw);
    const pos = /position (\d+)/.exec(raw);
    let offset = pos ? Number(pos[1]) : -1;
    if (!pos && excerpt) {
      const at = text.indexOf(excerpt[3]!);
      if (at !== -1 && excerpt[3]!.includes(excerpt[2]!))
        offset = at + excerpt[3]!.indexOf(excerpt[2]!);
    }
    const msg = excerpt ? excerpt[1]! : raw.replace(/\s+/g, ' ').slice(0, 200);
    diagnostics.push({
      severity: 'error',
      line: offset >= 0 ? lineOfOffset(text, offset) : 1,
      message: `invalid JSON: ${msg}`,
    });
    return { format: 'json', roles: [], diagnostics };
  }
  const list =
    data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)['roles']
      : Array.isArray(data)
        ? data
        : undefined;
  if (!Array.isArray(list)) {
    diagnostics.push({
      severity: 'error',
      line: 1,
      message: 'a JSON catalog needs a "roles" list',
    });
    return { format: 'json', roles: [], diagnostics };
  }
  const lines = titleKeyLines(text);
  const roles: CatalogRole[] = [];
  const firstLine = new Map<string, number>();
  let titleIndex = 0;
  list.forEach((entry: unknown, i) => {
    const hasTitleKey =
      entry !== null && typeof entry === 'object' && Object.hasOwn(entry as object, 'title');
    const line = hasTitleKey ? (lines[titleIndex++] ?? 1) : 1;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      diagnostics.push({
        severity: 'warning',
        line,
        message: `roles[${i}] is not an object; ignored`,
      });
      return;
    }
    const r = entry as Record<string, unknown>;
    const rawTitle = Object.hasOwn(r, 'title') ? r['title'] : undefined;
    const written = typeof rawTitle === 'string' ? stripEmphasis(rawTitle) : '';
    const title = normalizeTitle(written);
    if (!title) {
      diagnostics.push({
        severity: 'warning',
        line,
        message: `roles[${i}] has no "title" string; ignored`,
      });
      return;
    }
    diagnostics.push(...titleWarnings(written, title, line));
    const key = title.toLowerCase();
    const first = firstLine.get(key);
    if (first !== undefined) {
      diagnostics.push({
        severity: 'warning',
        line,
        message: `duplicate role "${title}" (first at line ${first}); this definition is ignored`,
      });
      return;
    }
    firstLine.set(key, line);
    const rawSummary = Object.hasOwn(r, 'summary') ? r['summary'] : undefined;
    const summary = typeof rawSummary === 'string' ? stripEmphasis(rawSummary).trim() : '';
    if (!summary)
      diagnostics.push({ severity: 'warning', line, message: `role "${title}" has no summary` });
    const get = (k: string) => (Object.hasOwn(r, k) ? r[k] : undefined);
    const moves = (k: string): StatedMove[] =>
      // Move targets are titles: read the way titles are, so they find the role they name.
      stringList(get(k), k, title, line, diagnostics, (v) => normalizeTitle(stripEmphasis(v))).map(
        (t) => ({ title: t, line }),
      );
    roles.push({
      title,
      summary,
      skills: stringList(get('skills'), 'skills', title, line, diagnostics),
      responsibilities: stringList(
        get('responsibilities'),
        'responsibilities',
        title,
        line,
        diagnostics,
      ),
      kpis: stringList(get('kpis'), 'kpis', title, line, diagnostics),
      next: moves('next'),
      lateral: moves('lateral'),
      line,
    });
  });
  if (roles.length === 0) {
    diagnostics.push({ severity: 'error', line: 0, message: 'no roles found in the "roles" list' });
  }
  diagnostics.sort((a, b) => a.line - b.line);
  return { format: 'json', roles, diagnostics };
}
