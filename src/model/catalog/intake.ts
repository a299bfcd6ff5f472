/**
 * Taking in one role, the same way in all three parsers: its title read and checked (no title,
 * look-alike characters, a duplicate of an earlier role), the missing-summary warning, its stated
 * moves with the people who made them, and its facts. Each parser only reads its own format and
 * feeds the raw fields here with their lines; the wording, lines and order of the diagnostics are
 * decided in one place, so the formats cannot drift apart.
 */
import type { Diagnostic } from '../graph/diagnostics';
import type {
  CatalogFormat,
  CatalogRole,
  ParsedCatalog,
  StatedMove,
  StatedTrack,
} from '../graph/types';
import { normalizeTitle, squash, titleWarnings } from '../graph/text';
import { splitMoveCount, type Read } from './facts';

/** Reports a problem of one role, in the words `role "<title>": <message>`. */
export type RoleWarn = (message: string) => void;

/** What a role may state about its place in the framework, in every format. */
export type Statement = 'family' | 'level' | 'track' | 'inference';

/** A role fact: the field of {@link CatalogRole} it sets. */
type Fact = 'payBand' | 'monthsInRole' | 'headcount';

/**
 * The separator between a stated move and its reason: an em dash (or two hyphens) between
 * spaces, `Senior Associate — qualified after two years`. Titles have no such dash.
 */
const REASON = /\s(?:—|--)\s/;

/**
 * Splits a stated move into what names the role and the reason after it.
 * @param item - one stated move as written.
 * @returns the part before the first ` — ` (or ` -- `), and the reason after it when there is one.
 */
export function splitMoveReason(item: string): { move: string; because?: string } {
  const m = REASON.exec(item);
  if (!m) return { move: item };
  const because = squash(item.slice(m.index + m[0].length));
  return { move: item.slice(0, m.index), ...(because && { because }) };
}

/** True when an item of a move list carries a reason (and so is one move, whatever it holds). */
export const hasMoveReason = (item: string): boolean => REASON.test(item);

/**
 * Reads one stated move: its target read the way titles are (so it finds the role it names), the
 * count of people it may end with (`Senior Support Analyst (14 people)`) and its reason after a
 * dash (`Senior Support Analyst (14 people) — the next level up`).
 * @param written - the move as written.
 * @param line - the line it is stated on.
 * @param count - a count stated apart from the title (JSON's `{"title", "count"}`), which wins
 *   over one written after the title.
 * @param reason - a reason stated apart from the title (JSON's `because`), which wins likewise.
 * @returns the move (null when it names no role) and, when its count cannot be read, why.
 */
export function readStatedMove(
  written: string,
  line: number,
  count?: Read<number>,
  reason?: string,
): { move: StatedMove | null; badCount?: string } {
  const { move: named, because } = splitMoveReason(written);
  const split = splitMoveCount(named);
  const move: StatedMove = { title: normalizeTitle(split.title), line };
  const people = count ?? split.count;
  if (people?.ok) move.count = people.value;
  const why = reason !== undefined ? squash(reason) : because;
  if (why) move.because = why;
  return {
    move: move.title ? move : null,
    ...(people && !people.ok ? { badCount: people.why } : {}),
  };
}

const COLOR = /\s+(#[0-9a-fA-F]{6})$/;

/**
 * Reads a stated track: its label, and a colour `#rrggbb` at its end (`Legal practice #7b3294`).
 * @param written - the value as written.
 * @returns the track, or why it is not one.
 */
export function readStatedTrack(written: string): Read<StatedTrack> {
  const text = squash(written);
  const m = COLOR.exec(text);
  const label = m ? text.slice(0, m.index).trim() : text;
  if (!label) return { ok: false, why: 'it names no track' };
  return { ok: true, value: { label, ...(m && { color: m[1]! }) } };
}

/**
 * Reads a stated inference: `none` (the role's moves are exactly the stated ones) is the only
 * value; `auto` states the default.
 * @param written - the value as written.
 * @returns `none`, undefined for `auto`, or why the value is neither.
 */
export function readInference(written: string): Read<'none' | undefined> {
  const v = squash(written).toLowerCase();
  if (v === 'none') return { ok: true, value: 'none' };
  if (v === 'auto' || v === '') return { ok: true, value: undefined };
  return { ok: false, why: `it is "${squash(written)}"; write "none" (or "auto", the default)` };
}

/** The roles of one catalog as a parser takes them in, and the problems noticed on the way. */
export class RoleIntake {
  readonly roles: CatalogRole[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Where each title (lower case) was first defined, to point a duplicate at it. */
  private readonly firstLine = new Map<string, number>();

  /**
   * Notes a warning.
   * @param line - the line it is about (0: the whole catalog).
   * @param message - what is wrong and what is done about it.
   */
  warn(line: number, message: string): void {
    this.diagnostics.push({ severity: 'warning', line, message });
  }

  /**
   * The warner of one role: its messages start with the role's title.
   * @param title - the role's title.
   * @param line - the line its messages point at.
   * @returns a function that notes one warning about the role.
   */
  warnFor(title: string, line: number): RoleWarn {
    return (message) => this.warn(line, `role "${title}": ${message}`);
  }

  /**
   * Reads a role's title as written.
   * @param written - the title as the catalog writes it (emphasis already taken off).
   * @param line - the line of the title.
   * @param untitled - the warning when there is no title (each format words where it looked).
   * @returns the normalized title, or null (with the warning) when there is none.
   */
  title(written: string, line: number, untitled: string): string | null {
    const title = normalizeTitle(written);
    if (!title) this.warn(line, untitled);
    return title || null;
  }

  /**
   * Admits a role by its title: warns about look-alike characters in it, and refuses a second
   * definition of a title (case-insensitive), keeping the first.
   * @param written - the title as written.
   * @param title - its normalized form, from {@link RoleIntake.title}.
   * @param line - the line of the title.
   * @returns whether the role is new (false: a duplicate, warned about and to be ignored).
   */
  admit(written: string, title: string, line: number): boolean {
    this.diagnostics.push(...titleWarnings(written, title, line));
    const key = title.toLowerCase();
    const first = this.firstLine.get(key);
    if (first !== undefined) {
      this.warn(
        line,
        `duplicate role "${title}" (first at line ${first}); this definition is ignored`,
      );
      return false;
    }
    this.firstLine.set(key, line);
    return true;
  }

  /**
   * Checks a role's summary.
   * @param title - the role's title.
   * @param summary - its summary, cleaned by the parser (empty when there is none).
   * @param line - the role's line.
   * @returns the summary, after a warning when it is empty.
   */
  summary(title: string, summary: string, line: number): string {
    if (!summary) this.warn(line, `role "${title}" has no summary`);
    return summary;
  }

  /**
   * Reads one stated move as blueprint text and CSV write it, `<Title> (14 people)`.
   * @param item - the move as written.
   * @param line - the line it is stated on.
   * @param warn - the role's warner, told when the count cannot be read (the move is kept).
   * @returns the move, or null when it names no role.
   */
  move(item: string, line: number, warn: RoleWarn): StatedMove | null {
    const { move, badCount } = readStatedMove(item, line);
    if (badCount !== undefined)
      warn(
        `the count of people in "${item}" cannot be read (${badCount}); the move is kept without it`,
      );
    return move;
  }

  /**
   * Sets what a role states about its place in the framework: its family, level, track (a label
   * and an optional colour) or inference (`none`). An empty value states nothing; one that cannot
   * be read is a warning and is ignored.
   * @param role - the role.
   * @param field - what is stated.
   * @param value - the value as written.
   * @param warn - the role's warner.
   */
  state(role: CatalogRole, field: Statement, value: string, warn: RoleWarn): void {
    const v = squash(value);
    if (!v) return;
    if (field === 'family' || field === 'level') {
      role[field] = v;
      return;
    }
    const read = field === 'track' ? readStatedTrack(v) : readInference(v);
    if (!read.ok) return warn(`${field} "${v}" cannot be read (${read.why}); it is ignored`);
    if (read.value === undefined) delete role[field];
    else Object.assign(role, { [field]: read.value });
  }

  /**
   * Sets a role fact that was read, or warns that it cannot be.
   * @param role - the role.
   * @param field - the fact's field.
   * @param read - the value read, or why it cannot be.
   * @param what - the fact as the message names it (`headcount "many"`).
   * @param warn - the role's warner.
   */
  fact(role: CatalogRole, field: Fact, read: Read<unknown>, what: string, warn: RoleWarn): void {
    if (read.ok) Object.assign(role, { [field]: read.value });
    else warn(`${what} cannot be read (${read.why}); it is ignored`);
  }

  /**
   * Ends the intake with an error: the catalog cannot be read.
   * @param format - the catalog's format.
   * @param line - the line of the error (0: the whole catalog).
   * @param message - why.
   * @returns the roles taken in so far and every diagnostic, by line.
   */
  fail(format: CatalogFormat, line: number, message: string): ParsedCatalog {
    this.diagnostics.push({ severity: 'error', line, message });
    return this.done(format);
  }

  /**
   * Ends the intake.
   * @param format - the catalog's format.
   * @param noRoles - the error when no role was taken in.
   * @returns the roles and every diagnostic, by line (in the order noticed within a line).
   */
  done(format: CatalogFormat, noRoles?: string): ParsedCatalog {
    if (noRoles !== undefined && this.roles.length === 0)
      this.diagnostics.push({ severity: 'error', line: 0, message: noRoles });
    this.diagnostics.sort((a, b) => a.line - b.line);
    return { format, roles: this.roles, diagnostics: this.diagnostics };
  }
}
