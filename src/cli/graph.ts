/**
 * Command-line tool: `npm run --silent graph -- <catalog-file> [options]`.
 * Exit status: 0 success, 1 no path, 2 bad input or usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  CatalogError,
  escapeControls,
  findPath,
  formatDiagnostic,
  PATH_ORDERS,
  pathOrderProblem,
  type PathOrder,
  loadCatalog,
  normalizeTitle,
  readCareerModel,
  resolveRole,
  type CareerModel,
  type CareerPath,
  type Diagnostic,
} from '../model/index';
import { decodeCatalog, MAX_LISTED_DIAGNOSTICS } from '../model/catalog';
import { defaultModel, type Overlay, overlayNameOf, readOverlay } from '../model/career';
import { compareRoles, defaultLexicon, gapAlongPath } from '../model/competencies';
import { exportAs, exportFormat, EXPORT_FORMATS } from '../model/export';

/** The formats `--export` takes. */
const EXPORT_IDS = EXPORT_FORMATS.map((f) => f.id);

/** Most next-best paths `--alternatives` may ask for. */
const MAX_ALTERNATIVES = 10;

/** The options that only shape a path: they go with `--from` and `--to`, and nothing else. */
const PATH_OPTIONS = ['weighted', 'promotions-only', 'avoid', 'alternatives', 'by'] as const;

const USAGE = `usage: npm run --silent graph -- <catalog-file> [--model <file>] [--overlay <file>]
       npm run --silent graph -- <catalog-file> --from <role> --to <role> [--weighted]
              [--promotions-only] [--avoid <role>]... [--alternatives N (0 to ${MAX_ALTERNATIVES})]
              [--by fastest|travelled|pay]
       npm run --silent graph -- <catalog-file> --check
       npm run --silent graph -- <catalog-file> --export <format> > <file>
              (format: ${EXPORT_IDS.join('|')}: the bytes the app downloads)
       npm run --silent graph -- <catalog-file> --compare <role> <role>
A role is named by id or by exact title (case-insensitive). The catalog's overlay is read from
<catalog>.model.json beside it when there is one (or from --overlay).`;

class UsageError extends Error {}

/*
 * Everything written to the terminal goes through these: catalog text, file and role names can
 * hold control characters (ESC starts a terminal escape sequence) and bidirectional controls,
 * which are shown as `\u001b`-style escapes instead.
 */

/** Writes text to stderr, one line or several, with control characters escaped. */
function writeErr(text: string): void {
  process.stderr.write(escapeControls(text, true) + '\n');
}

/** A diagnostic as one `file:line: message` line, its line breaks escaped too. */
function diagnosticLine(file: string, d: Diagnostic): string {
  return escapeControls(formatDiagnostic(file, d)) + '\n';
}

/**
 * JSON for stdout. `JSON.stringify` escapes C0 controls (ESC included) but leaves C1 controls and
 * bidirectional controls raw; escaping those too keeps the JSON equivalent (they are only ever
 * inside strings, where `\u009b` is valid) and the terminal safe.
 */
function writeJson(value: unknown, indent?: number): void {
  process.stdout.write(escapeControls(JSON.stringify(value, null, indent), true) + '\n');
}

/**
 * Writes problems one a line, at most {@link MAX_LISTED_DIAGNOSTICS} of them, then how many more
 * there are: a catalog with a million problems prints a page, not a million lines.
 */
function writeDiagnostics(
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

/** A value the user typed, quoted in a message. */
const shown = (value: string) => `"${escapeControls(value)}"`;

function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${escapeControls(file)}: cannot read the file${code ? ` (${code})` : ''}`,
    );
  }
  // The byte-order mark decides between UTF-8 and UTF-16, as in the page.
  return decodeCatalog(bytes);
}

/** `--alternatives N`: decimal digits only, at most {@link MAX_ALTERNATIVES}. */
function readAlternatives(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value))
    throw new UsageError(
      `--alternatives takes a whole number, not ${shown(value)} (decimal digits, 0 to ${MAX_ALTERNATIVES})\n${USAGE}`,
    );
  const n = Number(value);
  if (n > MAX_ALTERNATIVES)
    throw new UsageError(
      `--alternatives takes at most ${MAX_ALTERNATIVES}, not ${escapeControls(value)}\n${USAGE}`,
    );
  return n;
}

/** `--by fastest|travelled|pay`: how paths are ordered (fewest moves without it). */
function readOrder(value: string | undefined): PathOrder | undefined {
  if (value === undefined) return undefined;
  const by = PATH_ORDERS.find((o) => o === value);
  if (!by)
    throw new UsageError(
      `--by takes fastest, travelled or pay, not ${shown(value)} (without --by: fewest moves)\n${USAGE}`,
    );
  return by;
}

/** Index among the positionals of the token at `at` (a positional token). */
function positionalIndex(tokens: { kind: string }[], at: number): number {
  return tokens.slice(0, at).filter((t) => t.kind === 'positional').length;
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        model: { type: 'string' },
        overlay: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        weighted: { type: 'boolean' },
        'promotions-only': { type: 'boolean' },
        avoid: { type: 'string', multiple: true },
        alternatives: { type: 'string' },
        by: { type: 'string' },
        check: { type: 'boolean' },
        export: { type: 'string' },
        compare: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, tokens } = args;
  let { positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  // `--compare <role> <role>`: the second role is the positional right after the first one's
  // value (`--compare a --compare b` works too).
  const compare = values.compare ?? [];
  if (compare.length === 1) {
    const at = tokens.findIndex((t) => t.kind === 'option' && t.name === 'compare');
    const next = tokens[at + 1];
    if (next?.kind === 'positional') {
      compare.push(next.value);
      positionals = positionals.filter((_, i) => i !== positionalIndex(tokens, at + 1));
    }
  }
  if (values.compare && compare.length !== 2)
    throw new UsageError(`--compare takes two roles: --compare <role> <role>\n${USAGE}`);
  if (values.compare && (values.from !== undefined || values.to !== undefined || values.check))
    throw new UsageError(`--compare goes without --from, --to and --check\n${USAGE}`);
  const format = values.export === undefined ? undefined : exportFormat(values.export);
  if (values.export !== undefined && !format)
    throw new UsageError(
      `--export takes one of ${EXPORT_IDS.join(', ')} (given: ${escapeControls(values.export)})\n${USAGE}`,
    );
  if (
    format &&
    (values.compare || values.check || values.from !== undefined || values.to !== undefined)
  )
    throw new UsageError(`--export goes without --from, --to, --check and --compare\n${USAGE}`);
  // Options that would do nothing are refused rather than silently ignored.
  const pathOptions = PATH_OPTIONS.filter((o) => values[o] !== undefined).map((o) => `--${o}`);
  if (values.check && (values.from !== undefined || values.to !== undefined || pathOptions.length))
    throw new UsageError(
      `--check goes without --from, --to, --weighted, --promotions-only, --avoid, --alternatives and --by: it lists the catalog's problems (given: ${[
        ...(values.from !== undefined ? ['--from'] : []),
        ...(values.to !== undefined ? ['--to'] : []),
        ...pathOptions,
      ].join(', ')})\n${USAGE}`,
    );
  if (values.from === undefined && values.to === undefined && pathOptions.length)
    throw new UsageError(
      `${pathOptions.join(', ')} only ${pathOptions.length > 1 ? 'apply' : 'applies'} to a path: use ${pathOptions.length > 1 ? 'them' : 'it'} with --from and --to\n${USAGE}`,
    );
  if ((values.from === undefined) !== (values.to === undefined))
    throw new UsageError(`--from and --to go together\n${USAGE}`);
  const alternatives = readAlternatives(values.alternatives);
  const by = readOrder(values.by);
  if (positionals.length !== 1) throw new UsageError(`expected one catalog file\n${USAGE}`);
  const file = positionals[0]!;

  let model: CareerModel = defaultModel;
  if (values.model) {
    let json: unknown;
    try {
      json = JSON.parse(readText(values.model));
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`${values.model}: invalid JSON: ${(e as Error).message}`);
    }
    model = readCareerModel(json, values.model);
  }

  // The overlay beside the catalog (`roles.txt` → `roles.model.json`), or the one named.
  const overlayFile = values.overlay ?? overlayNameOf(file);
  let overlay: Overlay | undefined;
  if (values.overlay !== undefined || existsSync(overlayFile)) {
    let json: unknown;
    try {
      json = JSON.parse(readText(overlayFile));
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`${overlayFile}: invalid JSON: ${(e as Error).message}`);
    }
    overlay = readOverlay(json, overlayFile);
  }

  let loaded;
  try {
    loaded = loadCatalog({ text: readText(file), file, overlay }, { model });
  } catch (e) {
    if (!(e instanceof CatalogError)) throw e;
    // A refused catalog: its warnings too (a cut line explains a "no roles found"), then why.
    const warnings = e.diagnostics.filter((d) => d.severity !== 'error');
    const errors = e.diagnostics.filter((d) => d.severity === 'error');
    // The errors are few: all of them, after however many warnings are listed.
    writeDiagnostics(process.stderr, file, warnings);
    for (const d of errors) process.stderr.write(diagnosticLine(file, d));
    return 2;
  }
  writeDiagnostics(process.stderr, file, loaded.diagnostics);
  const graph = loaded.graph;
  const role = (name: string) => {
    // A name typed with look-alike characters finds the role its catalog title was read as.
    const id = resolveRole(graph, name) ?? resolveRole(graph, normalizeTitle(name));
    if (!id) throw new UsageError(`${escapeControls(file)}: unknown role ${shown(name)}`);
    return id;
  };

  if (values.check) {
    // The problems the app's Catalog panel lists: the catalog's warnings and the graph's findings
    // (the panel words the findings for the catalog's author, `src/model/load/advice.ts`).
    const all = [...loaded.diagnostics, ...loaded.findings].sort((a, b) => a.line - b.line);
    writeDiagnostics(process.stdout, file, all);
    process.stdout.write(
      `${graph.order} roles, ${graph.size} moves; ${loaded.diagnostics.length} catalog warnings, ${loaded.findings.length} graph findings\n`,
    );
    return 0;
  }

  if (format) {
    // The file's bytes as the app downloads them; a terminal gets control characters escaped.
    const text = exportAs(graph, format.id);
    process.stdout.write(process.stdout.isTTY ? escapeControls(text, true) : text);
    return 0;
  }
  if (values.compare) {
    const [a, b] = compare.map(role) as [string, string];
    const c = compareRoles(graph, defaultLexicon, a, b);
    const out = {
      a: c.a,
      b: c.b,
      shared: c.shared,
      onlyA: c.onlyA,
      onlyB: c.onlyB,
      path: c.path && { path: c.path.path, moves: c.path.moves },
      gapAlongPath: c.path ? gapAlongPath(graph, defaultLexicon, c.path.path) : [],
    };
    writeJson(out, 2);
    return 0;
  }
  if (values.from === undefined || values.to === undefined) {
    writeJson(graph.export());
    return 0;
  }
  const from = role(values.from);
  const to = role(values.to);
  const avoid = (values.avoid ?? []).map(role);
  // Avoiding the start or the goal is a contradiction in the question, not a missing path.
  if (avoid.includes(from) || avoid.includes(to))
    throw new UsageError(`--avoid cannot name the --from or --to role`);
  // A catalog without the facts an order needs cannot answer the question: bad input, not "no path".
  const problem = by && pathOrderProblem(graph, by);
  if (problem) throw new UsageError(`${escapeControls(file)}: ${problem} (--by ${by})`);
  const result = findPath(graph, from, to, {
    weighted: values.weighted ?? false,
    promotionsOnly: values['promotions-only'] ?? false,
    avoid,
    alternatives,
    ...(by ? { by } : {}),
  });
  if (!result.found) {
    writeErr(result.message);
    writeJson({ path: [], moves: [], alternatives: [] });
    return 1;
  }
  // The figure a fact order compares paths by ("51 months in the roles passed through").
  const plain = (p: CareerPath) => ({
    path: p.path,
    moves: p.moves,
    ...(p.figure === undefined ? {} : { figure: p.figure }),
  });
  writeJson(
    {
      ...plain(result),
      alternatives: result.alternatives.map(plain),
      // True when the time budget stopped the search for alternatives (see findPath).
      alternativesCutShort: result.alternativesCutShort,
    },
    2,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError || e instanceof CatalogError) writeErr(e.message);
  else writeErr(`unexpected error: ${(e as Error).stack ?? String(e)}`);
  process.exitCode = 2;
}
