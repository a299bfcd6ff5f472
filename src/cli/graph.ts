/**
 * Command-line tool: `npm run --silent graph -- <catalog-file> [options]`.
 * Exit status: 0 success, 1 no path, 2 bad input or usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  CatalogError,
  checkGraph,
  findPath,
  formatDiagnostic,
  loadCatalog,
  readCareerModel,
  resolveRole,
  type CareerModel,
  type CareerPath,
} from '../model/index';
import { defaultModel } from '../model/default-model';

const USAGE = `usage: npm run --silent graph -- <catalog-file> [--model <file>]
       npm run --silent graph -- <catalog-file> --from <role> --to <role> [--weighted]
              [--promotions-only] [--avoid <role>]... [--alternatives N]
       npm run --silent graph -- <catalog-file> --check
A role is named by id or by exact title (case-insensitive).`;

class UsageError extends Error {}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read the file${code ? ` (${code})` : ''}`);
  }
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        model: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        weighted: { type: 'boolean' },
        'promotions-only': { type: 'boolean' },
        avoid: { type: 'string', multiple: true },
        alternatives: { type: 'string' },
        check: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
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

  const loaded = loadCatalog(readText(file), model, file);
  const warn = (lines: string[]) => lines.forEach((l) => process.stderr.write(l + '\n'));
  warn(loaded.diagnostics.map((d) => formatDiagnostic(file, d)));
  const graph = loaded.graph;

  if (values.check) {
    const problems = checkGraph(graph, model);
    for (const d of problems) process.stdout.write(formatDiagnostic(file, d) + '\n');
    process.stdout.write(
      `${graph.order} roles, ${graph.size} moves; ${loaded.diagnostics.length} catalog warnings, ${problems.length} graph findings\n`,
    );
    return 0;
  }

  if (values.from === undefined && values.to === undefined) {
    process.stdout.write(JSON.stringify(graph.export()) + '\n');
    return 0;
  }
  if (values.from === undefined || values.to === undefined)
    throw new UsageError(`--from and --to go together\n${USAGE}`);
  const role = (name: string) => {
    const id = resolveRole(graph, name);
    if (!id) throw new UsageError(`${file}: unknown role "${name}"`);
    return id;
  };
  let alternatives = 0;
  if (values.alternatives !== undefined) {
    alternatives = Number(values.alternatives);
    if (!Number.isInteger(alternatives) || alternatives < 0)
      throw new UsageError(`--alternatives takes a whole number, not "${values.alternatives}"`);
  }
  const result = findPath(graph, role(values.from), role(values.to), {
    weighted: values.weighted ?? false,
    promotionsOnly: values['promotions-only'] ?? false,
    avoid: (values.avoid ?? []).map(role),
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
