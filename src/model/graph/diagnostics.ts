/** How bad a problem is: an error stops a catalog from loading, a warning never drops a valid role. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a catalog or in the graph built from it, located like a compiler's message. */
export interface Diagnostic {
  severity: Severity;
  /** 1-based line in the catalog file (0 when the problem is not tied to a line). */
  line: number;
  message: string;
  /** Id of the role concerned, when there is one (lets a UI jump to it). */
  roleId?: string;
  /**
   * What a graph finding (`checkGraph`) is about, in the catalog's own terms: lets a UI say what
   * it means and what to write to fix it (`advice.ts`). Parser warnings have none.
   */
  finding?: Finding;
}

/**
 * A finding about the graph, with the role titles and level names it concerns:
 * - `unplaced`: a role placed at the default level, `level`, for want of evidence;
 * - `unreachable`: no path from an entry-level role reaches `title` (`from`: the roles that
 *   lead into it, themselves unreachable; `more`: how many more of them there are);
 * - `dead-end`: no move leads out of `title`;
 * - `no-rise`: the promotion `from` → `to` does not raise the level (`stated` when the catalog
 *   states it; `word`: a level word above `from`'s);
 * - `cycle`: `titles` are promoted into one another in a circle; the first move is the one to
 *   look at.
 */
export type Finding =
  | { kind: 'unplaced'; title: string; level: string; next?: string }
  | { kind: 'unreachable'; title: string; from: string[]; more: number }
  | { kind: 'dead-end'; title: string }
  | {
      kind: 'no-rise';
      from: string;
      to: string;
      fromLevel: string;
      toLevel: string;
      /** A level word one step above `from`'s, to suggest for `to`'s title. */
      word: string;
      stated: boolean;
    }
  | { kind: 'cycle'; titles: string[] };

/**
 * Formats a diagnostic the way compilers do: `file:line: message`.
 * @param file - the name to show for the catalog.
 * @param d - the diagnostic.
 * @returns one line of text.
 */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return d.line > 0 ? `${file}:${d.line}: ${d.message}` : `${file}: ${d.message}`;
}

/** The one error type the catalog parsers and the model loader throw: it carries every diagnostic found. */
export class CatalogError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[], file = 'catalog') {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(errors.map((d) => formatDiagnostic(file, d)).join('\n') || 'invalid catalog');
    this.name = 'CatalogError';
    this.diagnostics = diagnostics;
  }
}
