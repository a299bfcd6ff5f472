/**
 * Command-line tool: `npm run --silent graph -- <catalog-file> [options]`.
 * Exit status: 0 success, 1 no path, 2 bad input or usage.
 * This is the entry: it reads the files and runs the command asked for; the arguments are read in
 * `args.ts`, and everything it writes goes through `print.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  CatalogError,
  escapeControls,
  findPath,
  pathOrderProblem,
  loadCatalog,
  normalizeTitle,
  readCareerModel,
  resolveRole,
  type CareerModel,
  type CareerPath,
} from '../model/index';
import { decodeCatalog } from '../model/catalog';
import { defaultModel, type Overlay, overlayNameOf, readOverlay } from '../model/career';
import {
  catalogLexicon,
  compareRoles,
  defaultFramework,
  gapAlongPath,
  graphCompetencies,
} from '../model/competencies';
import { exportAs, publishFramework } from '../model/export';
import { readArgs, USAGE, UsageError } from './args';
import { diagnosticLine, shown, writeDiagnostics, writeErr, writeJson } from './print';

/** A file's text, decoded as the page decodes it; one that cannot be read is a usage error. */
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

/** A JSON file (a career model, an overlay): one it cannot read or parse is a usage error. */
function readJson(file: string): unknown {
  try {
    return JSON.parse(readText(file));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file}: invalid JSON: ${(e as Error).message}`);
  }
}

function main(argv: string[]): number {
  const args = readArgs(argv);
  if (args === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const { file } = args;

  const model: CareerModel = args.model
    ? readCareerModel(readJson(args.model), args.model)
    : defaultModel;

  // The overlay beside the catalog (`roles.txt` → `roles.model.json`), or the one named.
  const overlayFile = args.overlay ?? overlayNameOf(file);
  const overlay: Overlay | undefined =
    args.overlay !== undefined || existsSync(overlayFile)
      ? readOverlay(readJson(overlayFile), overlayFile)
      : undefined;

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

  if (args.check) {
    // The problems the app's Catalog panel lists: the catalog's warnings and the graph's findings
    // (the panel words the findings for the catalog's author, `src/model/load/advice.ts`).
    const all = [...loaded.diagnostics, ...loaded.findings].sort((a, b) => a.line - b.line);
    writeDiagnostics(process.stdout, file, all);
    process.stdout.write(
      `${graph.order} roles, ${graph.size} moves; ${loaded.diagnostics.length} catalog warnings, ${loaded.findings.length} graph findings\n`,
    );
    return 0;
  }

  if (args.exportId) {
    // The file's bytes as the app downloads them; a terminal gets control characters escaped.
    const text = exportAs(graph, args.exportId);
    process.stdout.write(process.stdout.isTTY ? escapeControls(text, true) : text);
    return 0;
  }
  if (args.publish) {
    const text = publishFramework(graph, loaded.format, model);
    process.stdout.write(process.stdout.isTTY ? escapeControls(text, true) : text);
    return 0;
  }
  if (args.competencies) {
    const found = graphCompetencies(graph, catalogLexicon(graph, defaultFramework));
    writeJson(
      {
        roles: graph.mapNodes((id, a) => ({
          id,
          title: a.title,
          competencies: (found.get(id) ?? []).map(({ id: c, label, evidence, source }) => ({
            id: c,
            label,
            evidence,
            source,
          })),
        })),
      },
      2,
    );
    return 0;
  }
  if (args.compare) {
    const [a, b] = args.compare.map(role) as [string, string];
    const lexicon = catalogLexicon(graph, defaultFramework);
    const c = compareRoles(graph, lexicon, a, b);
    const out = {
      a: c.a,
      b: c.b,
      shared: c.shared,
      onlyA: c.onlyA,
      onlyB: c.onlyB,
      path: c.path && { path: c.path.path, moves: c.path.moves },
      gapAlongPath: c.path ? gapAlongPath(graph, lexicon, c.path.path) : [],
    };
    writeJson(out, 2);
    return 0;
  }
  if (args.from === undefined || args.to === undefined) {
    writeJson(graph.export());
    return 0;
  }
  const from = role(args.from);
  const to = role(args.to);
  const avoid = args.avoid.map(role);
  // Avoiding the start or the goal is a contradiction in the question, not a missing path.
  if (avoid.includes(from) || avoid.includes(to))
    throw new UsageError(`--avoid cannot name the --from or --to role`);
  // A catalog without the facts an order needs cannot answer the question: bad input, not "no path".
  const { by } = args;
  const problem = by && pathOrderProblem(graph, by);
  if (problem) throw new UsageError(`${escapeControls(file)}: ${problem} (--by ${by})`);
  const result = findPath(graph, from, to, {
    weighted: args.weighted,
    promotionsOnly: args.promotionsOnly,
    avoid,
    alternatives: args.alternatives,
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
