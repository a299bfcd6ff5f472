import { checkCount, checkMonths, checkPayBand, type Read } from './facts';
import type { CatalogRole, ParsedCatalog, StatedMove } from '../graph/types';
import { squash, stripEmphasis } from '../graph/text';
import { readStatedMove, RoleIntake, type RoleWarn } from './intake';

/**
 * The JSON catalog format (schema: `data/catalog.schema.json`):
 * `{"roles": [{"title", "summary", "family"?, "level"?, "track"?, "inference"?, "skills"?,
 * "responsibilities"?, "kpis"?, "next"?, "lateral"?, "payBand"?, "monthsInRole"?, "headcount"?}]}`.
 * A stated family, level or track wins over what the model infers (`"track": "Legal #7b3294"`:
 * a label and an optional colour); `"inference": "none"` makes the role's moves exactly the
 * stated ones. A move in `next` or `lateral` is a title, or `{"title", "count"?, "because"?}`
 * with the number of people who made it and why it exists.
 * Lines in diagnostics point at each role's `"title"` key in the file.
 */

/**
 * Line (1-based) of each role's `"title"` key, in file order: good enough to point a person at a
 * role. Only the shallowest `"title"` keys count, so a move given as `{"title", "count"}` inside a
 * role does not shift the lines of the roles after it. Runs on text that parsed as JSON, whose
 * strings hold no raw line break.
 */
function titleKeyLines(text: string): number[] {
  const found: { line: number; depth: number }[] = [];
  let line = 1;
  let depth = 0;
  let min = Infinity;
  for (const m of text.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?|[{[]|[}\]]|\n/g)) {
    const t = m[0];
    if (t === '\n') line++;
    else if (t === '{' || t === '[') depth++;
    else if (t === '}' || t === ']') depth--;
    else if (m[1] !== undefined) {
      if (t.startsWith('"title"')) {
        found.push({ line, depth });
        min = Math.min(min, depth);
      }
      for (const c of m[1]) if (c === '\n') line++;
    }
  }
  return found.filter((f) => f.depth === min).map((f) => f.line);
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function stringList(value: unknown, field: string, warn: RoleWarn): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warn(`"${field}" must be a list of strings; ignored`);
    return [];
  }
  const out: string[] = [];
  for (const v of value) {
    const item = typeof v === 'string' ? squash(stripEmphasis(v)) : '';
    if (item) out.push(item);
    else warn(`an item of "${field}" is not a non-empty string; ignored`);
  }
  return out;
}

/**
 * The moves of `next` or `lateral`: titles, or `{"title", "count"}` objects. A title may carry
 * its count as blueprint text does (`"Senior Analyst (14 people)"`).
 */
function movesOf(value: unknown, field: string, line: number, warn: RoleWarn): StatedMove[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warn(`"${field}" must be a list of strings; ignored`);
    return [];
  }
  const out: StatedMove[] = [];
  for (const v of value) {
    const obj = v !== null && typeof v === 'object' && !Array.isArray(v);
    const o = obj ? (v as Record<string, unknown>) : {};
    const written = obj ? (Object.hasOwn(o, 'title') ? o['title'] : undefined) : v;
    const count =
      obj && Object.hasOwn(o, 'count') && o['count'] !== null ? checkCount(o['count']) : undefined;
    const rawBecause = obj && Object.hasOwn(o, 'because') ? o['because'] : undefined;
    if (rawBecause !== undefined && rawBecause !== null && typeof rawBecause !== 'string')
      warn(`the "because" of an item of "${field}" is not a string; it is ignored`);
    const because = typeof rawBecause === 'string' ? stripEmphasis(rawBecause) : undefined;
    const { move, badCount } =
      typeof written === 'string'
        ? readStatedMove(stripEmphasis(written), line, count, because)
        : { move: null };
    if (!move) {
      warn(
        obj
          ? `an item of "${field}" has no "title" string; ignored`
          : `an item of "${field}" is not a non-empty string; ignored`,
      );
      continue;
    }
    if (badCount !== undefined)
      warn(
        `the count of the move to "${move.title}" in "${field}" cannot be read (${badCount}); the move is kept without it`,
      );
    out.push(move);
  }
  return out;
}

/** Reads the role facts of a JSON role: `payBand`, `monthsInRole`, `headcount`. */
function readFacts(
  intake: RoleIntake,
  r: Record<string, unknown>,
  role: CatalogRole,
  warn: RoleWarn,
): void {
  const read = (field: 'payBand' | 'monthsInRole' | 'headcount', check: () => Read<unknown>) => {
    if (!Object.hasOwn(r, field) || r[field] === null || r[field] === undefined) return;
    intake.fact(role, field, check(), `"${field}"`, warn);
  };
  read('payBand', () => {
    const b = r['payBand'];
    if (!b || typeof b !== 'object' || Array.isArray(b))
      return { ok: false, why: 'it must be an object {"min", "max", "currency"}' };
    const o = b as Record<string, unknown>;
    const get = (k: string) => (Object.hasOwn(o, k) ? o[k] : undefined);
    return checkPayBand(get('min'), get('max'), get('currency'));
  });
  read('monthsInRole', () => checkMonths(r['monthsInRole']));
  read('headcount', () => checkCount(r['headcount']));
}

/**
 * Parses a JSON catalog.
 * @param text - the catalog's content.
 * @returns every valid role and the problems noticed (an `error` when nothing usable is there).
 */
export function parseJsonCatalog(text: string): ParsedCatalog {
  const intake = new RoleIntake();
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
    const line = offset >= 0 ? lineOfOffset(text, offset) : 1;
    return intake.fail('json', line, `invalid JSON: ${msg}`);
  }
  const list =
    data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)['roles']
      : Array.isArray(data)
        ? data
        : undefined;
  if (!Array.isArray(list)) return intake.fail('json', 1, 'a JSON catalog needs a "roles" list');
  const lines = titleKeyLines(text);
  let titleIndex = 0;
  list.forEach((entry: unknown, i) => {
    const hasTitleKey =
      entry !== null && typeof entry === 'object' && Object.hasOwn(entry as object, 'title');
    const line = hasTitleKey ? (lines[titleIndex++] ?? 1) : 1;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      intake.warn(line, `roles[${i}] is not an object; ignored`);
      return;
    }
    const r = entry as Record<string, unknown>;
    const rawTitle = Object.hasOwn(r, 'title') ? r['title'] : undefined;
    const written = typeof rawTitle === 'string' ? stripEmphasis(rawTitle) : '';
    const title = intake.title(written, line, `roles[${i}] has no "title" string; ignored`);
    if (title === null || !intake.admit(written, title, line)) return;
    const get = (k: string) => (Object.hasOwn(r, k) ? r[k] : undefined);
    const rawSummary = get('summary');
    const summary = intake.summary(
      title,
      typeof rawSummary === 'string' ? stripEmphasis(rawSummary).trim() : '',
      line,
    );
    const warn = intake.warnFor(title, line);
    const role: CatalogRole = {
      title,
      summary,
      skills: stringList(get('skills'), 'skills', warn),
      responsibilities: stringList(get('responsibilities'), 'responsibilities', warn),
      kpis: stringList(get('kpis'), 'kpis', warn),
      next: movesOf(get('next'), 'next', line, warn),
      lateral: movesOf(get('lateral'), 'lateral', line, warn),
      line,
    };
    for (const field of ['family', 'level', 'track', 'inference'] as const) {
      const v = get(field);
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') warn(`"${field}" is not a string; it is ignored`);
      else intake.state(role, field, v, warn);
    }
    readFacts(intake, r, role, warn);
    intake.roles.push(role);
  });
  return intake.done('json', 'no roles found in the "roles" list');
}
