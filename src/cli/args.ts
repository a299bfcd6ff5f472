/**
 * The command line's arguments: the usage text, and reading `argv` into one checked request.
 * Apart from the commands because every refusal (an unknown option, options that do nothing
 * together, a bad number) is decided here before any file is read, with the usage after it.
 */
import { parseArgs } from 'node:util';
import { escapeControls, PATH_ORDERS, type PathOrder } from '../model/index';
import { exportFormat, EXPORT_FORMATS, type ExportId } from '../model/export';
import { shown } from './print';

/** The formats `--export` takes. */
const EXPORT_IDS = EXPORT_FORMATS.map((f) => f.id);

/** Most next-best paths `--alternatives` may ask for. */
const MAX_ALTERNATIVES = 10;

/** The options that only shape a path: they go with `--from` and `--to`, and nothing else. */
const PATH_OPTIONS = ['weighted', 'promotions-only', 'avoid', 'alternatives', 'by'] as const;

/** How the tool is called, printed with `--help` and after a usage error. */
export const USAGE = `usage: npm run --silent graph -- <catalog-file> [--model <file>] [--overlay <file>]
       npm run --silent graph -- <catalog-file> --from <role> --to <role> [--weighted]
              [--promotions-only] [--avoid <role>]... [--alternatives N (0 to ${MAX_ALTERNATIVES})]
              [--by fastest|travelled|pay]
       npm run --silent graph -- <catalog-file> --check
       npm run --silent graph -- <catalog-file> --export <format> > <file>
              (format: ${EXPORT_IDS.join('|')}: the bytes the app downloads)
       npm run --silent graph -- <catalog-file> --publish > <file>
              (the published framework, in the catalog's format: every decision stated)
       npm run --silent graph -- <catalog-file> --competencies
              (each role's competencies, with the words that show each and where)
       npm run --silent graph -- <catalog-file> --compare <role> <role>
A role is named by id or by exact title (case-insensitive). The catalog's overlay is read from
<catalog>.model.json beside it when there is one (or from --overlay).`;

/** Bad usage or input the user can fix: its message is printed, and the exit status is 2. */
export class UsageError extends Error {}

/** What the command line asks for, checked. */
export interface CliArgs {
  /** The catalog file. */
  file: string;
  /** `--model`: a career model file in place of the default. */
  model: string | undefined;
  /** `--overlay`: the overlay file, in place of the one beside the catalog. */
  overlay: string | undefined;
  /** `--check`: list the catalog's problems. */
  check: boolean;
  /** `--export`: the format to write. */
  exportId: ExportId | undefined;
  /** `--publish`: write the catalog as a published framework. */
  publish: boolean;
  /** `--competencies`: list each role's competencies. */
  competencies: boolean;
  /** `--compare`: the two roles to compare. */
  compare: [string, string] | undefined;
  /** `--from` and `--to`: a path's ends (both or neither). */
  from: string | undefined;
  to: string | undefined;
  weighted: boolean;
  promotionsOnly: boolean;
  avoid: string[];
  alternatives: number;
  by: PathOrder | undefined;
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

/**
 * Reads the command line.
 * @param argv - the arguments after the script's name.
 * @returns what they ask for, or `help` for `--help`.
 * @throws UsageError when they cannot be followed: an unknown option, options that would do
 *   nothing together (refused rather than silently ignored), a bad value, not one catalog file.
 */
export function readArgs(argv: string[]): CliArgs | 'help' {
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
        publish: { type: 'boolean' },
        competencies: { type: 'boolean' },
        compare: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, tokens } = args;
  let { positionals } = args;
  if (values.help) return 'help';
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
  if (
    values.publish &&
    (format ||
      values.compare ||
      values.check ||
      values.from !== undefined ||
      values.to !== undefined)
  )
    throw new UsageError(
      `--publish goes without --export, --from, --to, --check and --compare\n${USAGE}`,
    );
  if (
    values.competencies &&
    (format ||
      values.publish ||
      values.compare ||
      values.check ||
      values.from !== undefined ||
      values.to !== undefined)
  )
    throw new UsageError(
      `--competencies goes without --export, --publish, --from, --to, --check and --compare\n${USAGE}`,
    );
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
  return {
    file: positionals[0]!,
    model: values.model,
    overlay: values.overlay,
    check: values.check ?? false,
    exportId: format?.id,
    publish: values.publish ?? false,
    competencies: values.competencies ?? false,
    compare: values.compare ? (compare as [string, string]) : undefined,
    from: values.from,
    to: values.to,
    weighted: values.weighted ?? false,
    promotionsOnly: values['promotions-only'] ?? false,
    avoid: values.avoid ?? [],
    alternatives,
    by,
  };
}
