/**
 * `npm run eval`: how well the model reads the evaluation corpus (`test/corpus/`) and the bundled
 * catalog. For every catalog: its expectations' hit rate (from its text alone, and with its overlay
 * when it has one), its moves per role (a lateral move counted once), and its similar-work moves,
 * with how many of them rest on fewer than three terms. `--json` prints the same figures as JSON.
 */
import {
  CORPUS,
  expectFiles,
  hitsIn,
  loadGraphs,
  rate,
  readExpectFile,
} from '../model/corpus-check';
import { loadSeed } from '../model/helpers';
import { loadCatalog } from '../../src/model/index';
import { defaultModel } from '../../src/model/career/default-model';
import { generateCatalog } from '../synthetic';
import { competencyCoverage, moveFigures, type MoveFigures } from './figures';
import { catalogLexicon, defaultFramework } from '../../src/model/competencies/index';
import type { CareerGraph } from '../../src/model/graph/career-graph';

/** Roles with three competencies or more, read as the app reads the catalog. */
const covered = (g: CareerGraph) => competencyCoverage(g, catalogLexicon(g, defaultFramework));

interface Row extends MoveFigures {
  catalog: string;
  field: string;
  expectations: number;
  /** Expectations that hold from the text alone. */
  hits: number | null;
  /** Expectations that hold with the catalog's overlay; null when it has none. */
  hitsWithOverlay: number | null;
  /** Roles with at least three competencies. */
  covered: number;
}

const rows: Row[] = [];
for (const f of expectFiles()) {
  const spec = readExpectFile(f);
  const { plain, loaded, overlaid } = loadGraphs(`${CORPUS}/${spec.catalog}`);
  rows.push({
    catalog: spec.catalog,
    field: spec.field,
    expectations: spec.expectations.length,
    hits: hitsIn(plain, spec.expectations),
    hitsWithOverlay: overlaid ? hitsIn(loaded, spec.expectations) : null,
    covered: covered(loaded),
    ...moveFigures(loaded),
  });
}
rows.push({
  catalog: 'the bundled catalog',
  field: 'customer and IT support',
  expectations: 0,
  hits: null,
  hitsWithOverlay: null,
  covered: covered(loadSeed().graph),
  ...moveFigures(loadSeed().graph),
});

/** The bench's synthetic catalog at its largest size: the moves per role the issue caps. */
const BENCH_ROLES = 20_000;
const bench: Row = {
  catalog: `the bench's catalog, ${BENCH_ROLES.toLocaleString('en-US')} roles`,
  field: 'synthetic',
  expectations: 0,
  hits: null,
  hitsWithOverlay: null,
  ...(() => {
    const g = loadCatalog(
      { text: generateCatalog({ roles: BENCH_ROLES }) },
      { model: defaultModel },
    ).graph;
    return { covered: covered(g), ...moveFigures(g) };
  })(),
};

const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
const corpus = rows.filter((r) => r.hits !== null);
const similar = sum((r) => r.similarMoves);
const thin = sum((r) => r.similarOnFewTerms);
const totals = {
  expectations: sum((r) => r.expectations),
  hits: corpus.reduce((n, r) => n + (r.hitsWithOverlay ?? r.hits ?? 0), 0),
  roles: sum((r) => r.roles),
  moves: sum((r) => r.moves),
  similarMoves: similar,
  similarOnFewTerms: thin,
  stranded: sum((r) => r.stranded),
  covered: sum((r) => r.covered),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ catalogs: rows, totals, bench }, null, 2));
} else {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '–');
  const row = (r: Row) => [
    r.catalog,
    r.hits === null ? '–' : rate(r.hits, r.expectations),
    r.hitsWithOverlay === null ? '–' : rate(r.hitsWithOverlay, r.expectations),
    String(r.roles),
    (r.moves / r.roles).toFixed(2),
    String(r.similarMoves),
    `${r.similarOnFewTerms} (${pct(r.similarOnFewTerms, r.similarMoves)})`,
    String(r.stranded),
    `${r.covered} (${pct(r.covered, r.roles)})`,
  ];
  const table = [
    [
      'catalog',
      'hit rate (text)',
      'with overlay',
      'roles',
      'moves/role',
      'similar',
      '< 3 terms',
      'stranded',
      '≥ 3 competencies',
    ],
    ...rows.map(row),
    [
      'all',
      rate(totals.hits, totals.expectations),
      '',
      String(totals.roles),
      (totals.moves / totals.roles).toFixed(2),
      String(similar),
      `${thin} (${pct(thin, similar)})`,
      String(sum((r) => r.stranded)),
      `${totals.covered} (${pct(totals.covered, totals.roles)})`,
    ],
    row(bench),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  for (const row of table) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  console.log(
    `\nmoves/role counts a lateral move once; "< 3 terms": similar-work moves whose roles share fewer than three distinctive terms. "all" counts each catalog with its overlay when it has one, not the bench's catalog. "stranded": roles with no move out though a role ranks higher, or no move in though a role ranks lower. "≥ 3 competencies": roles with at least three competencies, each with the words of its blueprint that show it.`,
  );
}
