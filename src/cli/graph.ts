/**
 * Command-line tool: `npm run --silent graph -- <catalog-file> [options]`.
 * Exit status: 0 success, 1 no path, 2 bad input or usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  CatalogError,
  findPath,
  formatDiagnostic,
  loadCatalog,
  readCareerModel,
  resolveRole,
  type CareerModel,
  type CareerPath,
} from '../model/index';
import { defaultModel } from '../model/default-model';
import { overlayNameOf, readOverlay, type Overlay } from '../model/overlay';
import { compareRoles, gapAlongPath } from '../model/competencies';
import { defaultLexicon } from '../model/default-lexicon';

const USAGE = `usage: npm run --silent graph -- <catalog-file> [--model <file>] [--overlay <file>]
       npm run --silent graph -- <catalog-file> --from <role> --to <role> [--weighted]
              [--promotions-only] [--avoid <role>]... [--alternatives N]
       npm run --silent graph -- <catalog-file> --check
       npm run --silent graph -- <catalog-file> --compare <role> <role>
A role is named by id or by exact title (case-insensitive). The catalog's overlay is read from
<catalog>.model.json beside it when there is one (or from --overlay).`;

class UsageError extends Error {}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read the file${code ? ` (${code})` : ''}`);
  }
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
        check: { type: 'boolean' },
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

  const loaded = loadCatalog(readText(file), model, file, undefined, overlay);
  const warn = (lines: string[]) => lines.forEach((l) => process.stderr.write(l + '\n'));
  warn(loaded.diagnostics.map((d) => formatDiagnostic(file, d)));
  const graph = loaded.graph;
  const role = (name: string) => {
    const id = resolveRole(graph, name);
    if (!id) throw new UsageError(`${file}: unknown role "${name}"`);
    return id;
  };

  if (values.check) {
    // The same list as the app's Catalog panel: the catalog's warnings and the graph's findings.
    const all = [...loaded.diagnostics, ...loaded.findings].sort((a, b) => a.line - b.line);
    for (const d of all) process.stdout.write(formatDiagnostic(file, d) + '\n');
    process.stdout.write(
      `${graph.order} roles, ${graph.size} moves; ${loaded.diagnostics.length} catalog warnings, ${loaded.findings.length} graph findings\n`,
    );
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
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  if (values.from === undefined && values.to === undefined) {
    process.stdout.write(JSON.stringify(graph.export()) + '\n');
    return 0;
  }
  if (values.from === undefined || values.to === undefined)
    throw new UsageError(`--from and --to go together\n${USAGE}`);
  let alternatives = 0;
  if (values.alternatives !== undefined) {
    alternatives = Number(values.alternatives);
    if (!Number.isInteger(alternatives) || alternatives < 0)
      throw new UsageError(`--alternatives takes a whole number, not "${values.alternatives}"`);
  }
  const from = role(values.from);
  const to = role(values.to);
  const avoid = (values.avoid ?? []).map(role);
  // Avoiding the start or the goal is a contradiction in the question, not a missing path.
  if (avoid.includes(from) || avoid.includes(to))
    throw new UsageError(`--avoid cannot name the --from or --to role`);
  const result = findPath(graph, from, to, {
    weighted: values.weighted ?? false,
    promotionsOnly: values['promotions-only'] ?? false,
    avoid,
    alternatives,
  });
  if (!result.found) {
    process.stderr.write(`${result.message}\n`);
    process.stdout.write(JSON.stringify({ path: [], moves: [], alternatives: [] }) + '\n');
    return 1;
  }
  const plain = (p: CareerPath) => ({ path: p.path, moves: p.moves });
  process.stdout.write(
    JSON.stringify({ ...plain(result), alternatives: result.alternatives.map(plain) }, null, 2) +
      '\n',
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) process.stderr.write(e.message + '\n');
  else if (e instanceof CatalogError) process.stderr.write(e.message + '\n');
  else process.stderr.write(`unexpected error: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 2;
}
