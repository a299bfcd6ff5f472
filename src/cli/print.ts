/**
 * Everything the command-line tool writes to the terminal goes through here: catalog text, file
 * and role names can hold control characters (ESC starts a terminal escape sequence) and
 * bidirectional controls, which are shown as `\u001b`-style escapes instead. Apart from the
 * commands so that no output can skip the escaping.
 */
import { escapeControls, formatDiagnostic, type Diagnostic } from '../model/index';
import { MAX_LISTED_DIAGNOSTICS } from '../model/catalog';

/**
 * Writes text to stderr, one line or several, with control characters escaped.
 * @param text - the text, without its final line break.
 */
export function writeErr(text: string): void {
  process.stderr.write(escapeControls(text, true) + '\n');
}

/**
 * A diagnostic as one `file:line: message` line, its line breaks escaped too.
 * @param file - the file's name as given.
 * @param d - the diagnostic.
 * @returns the line, with its line break.
 */
export function diagnosticLine(file: string, d: Diagnostic): string {
  return escapeControls(formatDiagnostic(file, d)) + '\n';
}

/**
 * Writes JSON to stdout. `JSON.stringify` escapes C0 controls (ESC included) but leaves C1
 * controls and bidirectional controls raw; escaping those too keeps the JSON equivalent (they are
 * only ever inside strings, where `\u009b` is valid) and the terminal safe.
 * @param value - what to write.
 * @param indent - the indent, when the JSON is for people to read.
 */
export function writeJson(value: unknown, indent?: number): void {
  process.stdout.write(escapeControls(JSON.stringify(value, null, indent), true) + '\n');
}

/**
 * Writes problems one a line, at most {@link MAX_LISTED_DIAGNOSTICS} of them, then how many more
 * there are: a catalog with a million problems prints a page, not a million lines.
 * @param out - stdout or stderr.
 * @param file - the file's name as given.
 * @param diagnostics - the problems, in the order to list them.
 */
export function writeDiagnostics(
  out: NodeJS.WriteStream,
  file: string,
  diagnostics: readonly Diagnostic[],
): void {
  const shown = diagnostics.slice(0, MAX_LISTED_DIAGNOSTICS);
  out.write(shown.map((d) => diagnosticLine(file, d)).join(''));
  const more = diagnostics.length - shown.length;
  if (more > 0)
    out.write(
      diagnosticLine(file, {
        severity: 'info',
        line: 0,
        message: `… and ${more.toLocaleString('en-US')} more (the first ${MAX_LISTED_DIAGNOSTICS.toLocaleString('en-US')} of ${diagnostics.length.toLocaleString('en-US')} are listed)`,
      }),
    );
}

/**
 * A value the user typed, quoted in a message.
 * @param value - the value.
 * @returns it in double quotes, control characters escaped.
 */
export const shown = (value: string): string => `"${escapeControls(value)}"`;
