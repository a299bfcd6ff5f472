/**
 * Taking in one role, the same way in all three parsers: its title read and checked (no title,
 * look-alike characters, a duplicate of an earlier role), the missing-summary warning, its stated
 * moves with the people who made them, and its facts. Each parser only reads its own format and
 * feeds the raw fields here with their lines; the wording, lines and order of the diagnostics are
 * decided in one place, so the formats cannot drift apart.
 */
import type { Diagnostic } from '../graph/diagnostics';
import type { CatalogFormat, CatalogRole, ParsedCatalog, StatedMove } from '../graph/types';
import { normalizeTitle, titleWarnings } from '../graph/text';
import { splitMoveCount, type Read } from './facts';

/** Reports a problem of one role, in the words `role "<title>": <message>`. */
export type RoleWarn = (message: string) => void;

/** A role fact: the field of {@link CatalogRole} it sets. */
type Fact = 'payBand' | 'monthsInRole' | 'headcount';

/**
 * Reads one stated move: its target read the way titles are (so it finds the role it names), and
 * the count of people it may end with (`Senior Support Analyst (14 people)`).
 * @param written - the move as written.
 * @param line - the line it is stated on.
 * @param count - a count stated apart from the title (JSON's `{"title", "count"}`), which wins
 *   over one written after the title.
 * @returns the move (null when it names no role) and, when its count cannot be read, why.
 */
export function readStatedMove(
  written: string,
  line: number,
  count?: Read<number>,
): { move: StatedMove | null; badCount?: string } {
  const split = splitMoveCount(written);
  const move: StatedMove = { title: normalizeTitle(split.title), line };
  const people = count ?? split.count;
  if (people?.ok) move.count = people.value;
  return {
    move: move.title ? move : null,
    ...(people && !people.ok ? { badCount: people.why } : {}),
  };
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
