import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  detectFormat,
  parseBlueprintText,
  parseCatalog,
  parseCsvCatalog,
  parseJsonCatalog,
  type ParsedCatalog,
} from '../../src/model/index';

/**
 * Fuzzing: 10,000 cases per parser, from arbitraries biased toward each format (title lines,
 * section headers, quotes, delimiters, braces) so that cases reach deep into the parsers rather
 * than stopping at "no roles found". Each case must finish within a budget and throw nothing but
 * CatalogError. The budget is a hang guard (a case that backtracks or loops), not a performance
 * assertion: real cases take well under a millisecond.
 */

const RUNS = 10_000;
const BUDGET_MS = 200;

/** Checks one run: it throws nothing but CatalogError, and what it returns is well-formed. */
function check(run: () => ParsedCatalog | void): void {
  try {
    const p = run();
    if (p) {
      expect(p.roles.every((r) => r.title.length > 0)).toBe(true);
      const lines = p.diagnostics.map((d) => d.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }
  } catch (e) {
    if (!(e instanceof CatalogError)) throw e;
  }
}

/**
 * Runs one case, failing it if it throws anything but CatalogError or takes over the budget. A
 * slow case is timed once more before it fails: on a busy two-core machine a garbage collection
 * or another test file can stall one run, but not a case that really hangs.
 */
function guarded(run: () => ParsedCatalog | void): void {
  let ms = Infinity;
  for (let attempt = 0; attempt < 2 && ms > BUDGET_MS; attempt++) {
    const t0 = performance.now();
    check(run);
    ms = performance.now() - t0;
  }
  if (ms > BUDGET_MS) throw new Error(`case took ${ms.toFixed(0)} ms (budget ${BUDGET_MS} ms)`);
}

const word = fc.constantFrom(
  'Support',
  'Analyst',
  'Senior',
  'Lead',
  'Engineer',
  'Desk',
  '__proto__',
  'constructor',
  '<script>',
  'محلل',
  '🚀',
  '**bold**',
  '',
  ' ',
);
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('\t', '   ', ':', ';', ',', '"', "'", '{', '}', '[', ']', '\\', '**', '__'),
);
const phrase = fc.array(fc.oneof(word, junk), { maxLength: 6 }).map((ws) => ws.join(' '));
const eol = fc.constantFrom('\n', '\r\n', '\r');

// ---------------------------------------------------------------------------------------------
// Blueprint text: title lines, section headers, bullets, junk.
const textLine = fc.oneof(
  phrase.map((t) => `${t}: Role Blueprint`),
  fc
    .tuple(fc.constantFrom('# ', '**', '[Draft] ', '', '  '), phrase)
    .map(([a, t]) => `${a}${t}: Role Blueprint, Skills`),
  fc
    .tuple(
      fc.constantFrom(
        'Skills',
        'Responsibilities',
        'KPIs',
        'Career Path',
        'Next',
        'Lateral',
        '- Next',
      ),
      phrase,
    )
    .map(([h, t]) => `${h}: ${t}`),
  fc.tuple(fc.constantFrom('- ', '* ', '• ', '1. '), phrase).map(([b, t]) => b + t),
  phrase,
  junk,
  fc.constant(''),
);
const textCatalog = fc
  .tuple(fc.array(textLine, { maxLength: 40 }), eol, fc.boolean())
  .map(([ls, e, bom]) => (bom ? '\uFEFF' : '') + ls.join(e));

// ---------------------------------------------------------------------------------------------
// JSON: role-shaped records mixed with arbitrary values, some text mangled after stringifying.
const role = fc.record(
  {
    title: fc.oneof(phrase, fc.jsonValue()),
    summary: fc.oneof(phrase, fc.jsonValue()),
    skills: fc.oneof(fc.array(phrase, { maxLength: 4 }), fc.jsonValue()),
    next: fc.oneof(fc.array(phrase, { maxLength: 3 }), fc.jsonValue()),
    lateral: fc.array(phrase, { maxLength: 3 }),
    constructor: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const jsonCatalog = fc
  .tuple(
    fc
      .oneof(
        fc.array(fc.oneof(role, fc.jsonValue()), { maxLength: 8 }).map((roles) => ({ roles })),
        fc.array(role, { maxLength: 8 }),
        fc.jsonValue(),
      )
      .map((v) => v as unknown),
    fc.constantFrom('', '"__proto__": {"title": "x"}, ', '"constructor": {"prototype": {}}, '),
    fc.boolean(),
    fc.option(fc.tuple(fc.nat(), fc.constantFrom('', ',', '{', '[', ']', '"', '\\', '}}}}'))),
  )
  .map(([v, proto, pretty, cut]) => {
    let s = JSON.stringify(v, null, pretty ? 2 : 0) ?? 'null';
    // Own __proto__ keys can only be written as text (an object literal would set the prototype).
    if (proto && s.startsWith('{"')) s = `{${proto}${s.slice(1)}`;
    if (!cut) return s;
    const at = cut[0] % (s.length + 1);
    return s.slice(0, at) + cut[1] + s.slice(at);
  });

// ---------------------------------------------------------------------------------------------
// CSV: a header with known and unknown columns, rows of cells, quoting right and wrong.
const header = fc.shuffledSubarray(
  [
    'title',
    'Title',
    'summary',
    'family',
    'level',
    'skills',
    'next',
    'lateral',
    'kpis',
    'x',
    '"title"',
  ],
  { minLength: 1 },
);
const cell = fc.oneof(
  phrase,
  phrase.map((t) => `"${t.replace(/"/g, '""')}"`),
  phrase.map((t) => `"${t}`),
  phrase.map((t) => `${t}"x"`),
  fc.constantFrom('', '"', '""', '"""', 'Senior', 'Wizard', "'=SUM(A1)", 'a; b; c', '"a\nb"'),
);
const csvCatalog = fc
  .tuple(
    header,
    fc.constantFrom(',', ';', '\t'),
    fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }),
    eol,
    fc.boolean(),
  )
  .map(
    ([h, d, rows, e, bom]) =>
      (bom ? '\uFEFF' : '') + [h.join(d), ...rows.map((r) => r.join(d))].join(e),
  );

const anything = fc.oneof(
  textCatalog,
  jsonCatalog,
  csvCatalog,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('fuzz: each parser, 10,000 cases, each within a time budget, only CatalogError', () => {
  it('blueprint text', () => {
    fc.assert(
      fc.property(textCatalog, (text) => guarded(() => parseBlueprintText(text))),
      { numRuns: RUNS },
    );
  });

  it('JSON', () => {
    fc.assert(
      fc.property(jsonCatalog, (text) => guarded(() => parseJsonCatalog(text))),
      { numRuns: RUNS },
    );
  });

  it('CSV', () => {
    fc.assert(
      fc.property(csvCatalog, (text) => guarded(() => parseCsvCatalog(text))),
      { numRuns: RUNS },
    );
  });

  it('parseCatalog: detection, limits and every format, with and without a format hint', () => {
    fc.assert(
      fc.property(anything, fc.constantFrom(undefined, 'text', 'json', 'csv'), (text, hint) => {
        guarded(() => {
          const p = parseCatalog(text, 'fuzz', hint);
          expect(p.format).toBe(hint ?? detectFormat(text));
          return p;
        });
      }),
      { numRuns: RUNS },
    );
  });
});
