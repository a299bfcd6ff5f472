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
}

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
