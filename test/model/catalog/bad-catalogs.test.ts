import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  CatalogError,
  MAX_CATALOG_BYTES,
  MAX_LINE_CHARS,
  checkGraph,
  findPath,
  formatFromFileName,
  loadCatalog,
  parseCatalog,
  utf8Bytes,
  type CatalogFormat,
  type LoadedCatalog,
} from '../../../src/model/index';
import { generateCatalog } from '../../synthetic';
import { readFixture } from '../helpers';

/**
 * One test per bad catalog in test/fixtures/bad (and a few built here, too big to commit): each
 * asserts the exact outcome — the roles that survive, by title; every diagnostic, as
 * `line N: message`; or the error a person reads.
 */

const read = (name: string) => readFixture(`bad/${name}`);
const load = (name: string, format?: CatalogFormat): LoadedCatalog =>
  loadCatalog({ text: read(name), file: name, format }, { model: defaultModel });
const titles = (l: LoadedCatalog) => l.graph.mapNodes((_, a) => a.title);
const ids = (l: LoadedCatalog) => l.graph.nodes();
/** Warnings and errors as `line N: message`, in line order. */
const problems = (l: LoadedCatalog) =>
  l.diagnostics.filter((d) => d.severity !== 'info').map((d) => `line ${d.line}: ${d.message}`);
/** The message of the CatalogError that loading throws (fails the test if it throws anything else). */
const refusal = (text: string, name: string, format?: CatalogFormat): string => {
  try {
    loadCatalog({ text, file: name, format }, { model: defaultModel });
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogError);
    return (e as CatalogError).message;
  }
  throw new Error(`${name} loaded, but it should have been refused`);
};
const refusalOf = (name: string, format?: CatalogFormat) => refusal(read(name), name, format);
const BINARY =
  'this looks like a binary file, not a catalog; save the catalog as UTF-8 text (blueprint text, JSON or CSV)';
const XSS = '<script>alert("x")</script>';

const tested = new Set<string>();
/** A test for one fixture file; the last test checks that every file has one. */
const fixture = (name: string, what: string, fn: () => void) => {
  tested.add(name);
  it(`${name}: ${what}`, fn);
};

describe('bad catalogs: refused with a clear error', () => {
  fixture('empty.txt', 'an empty file', () => {
    expect(refusalOf('empty.txt')).toBe('empty.txt: no roles found: the catalog is empty');
  });

  fixture('blank-lines.txt', 'only blank lines and white space', () => {
    expect(refusalOf('blank-lines.txt')).toBe(
      'blank-lines.txt: no roles found: the catalog is empty',
    );
  });

  fixture('binary.png', 'binary bytes (a PNG)', () => {
    expect(refusalOf('binary.png')).toBe(`binary.png:3: ${BINARY} (it has NUL bytes)`);
  });

  fixture('control-chars.txt', 'control characters and no NUL', () => {
    expect(refusalOf('control-chars.txt')).toBe(
      `control-chars.txt: ${BINARY} (it is full of control characters)`,
    );
  });

  fixture('utf16.txt', 'UTF-16 text read as UTF-8 (NUL between letters)', () => {
    expect(refusalOf('utf16.txt')).toBe(`utf16.txt:1: ${BINARY} (it has NUL bytes)`);
  });

  fixture('deep-nesting.json', '10,000 nested lists', () => {
    expect(refusalOf('deep-nesting.json')).toBe(
      'deep-nesting.json:1: JSON nests deeper than 64 levels; a catalog needs 3 ({"roles": [{…}]})',
    );
  });

  it('100,000 nested lists (built here): a CatalogError, not a RangeError', () => {
    const text = `{"roles": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(refusal(text, 'deep.json')).toMatch(/^deep\.json:1: JSON nests deeper than 64 levels/);
    // Deep but unbalanced, spread over lines: the line is where the limit is crossed.
    expect(refusal(`{\n"roles":\n${'[\n'.repeat(100_000)}`, 'open.json')).toMatch(
      /^open\.json:66: JSON nests deeper/,
    );
  });

  fixture('json-invalid.json', 'a trailing comma', () => {
    expect(refusalOf('json-invalid.json')).toBe(
      "json-invalid.json:4: invalid JSON: Unexpected token ']'",
    );
  });

  fixture('json-no-roles.json', 'JSON without a "roles" list', () => {
    expect(refusalOf('json-no-roles.json')).toBe(
      'json-no-roles.json:1: a JSON catalog needs a "roles" list',
    );
  });

  fixture('csv-no-title-column.csv', 'a CSV header without a title column', () => {
    // Told it is CSV (from the file name), the CSV parser names the missing column.
    expect(
      refusalOf('csv-no-title-column.csv', formatFromFileName('csv-no-title-column.csv')),
    ).toBe(
      'csv-no-title-column.csv:1: the CSV header needs a "title" column (found "name", "summary")',
    );
    // Left to the content, it reads as text with no title line, and the message says what to fix.
    expect(refusalOf('csv-no-title-column.csv')).toBe(
      'csv-no-title-column.csv: no roles found: a role starts with a line "<Title>: Role Blueprint"; if this is a CSV file, its header row needs a "title" column',
    );
  });

  fixture('csv-header-only.csv', 'a CSV header and no rows', () => {
    expect(refusalOf('csv-header-only.csv')).toBe(
      'csv-header-only.csv: no roles found: the CSV has a header but no row with a title',
    );
  });

  it(`a catalog over the limit (built here): ${MAX_CATALOG_BYTES / 2 ** 20} MB`, () => {
    expect(MAX_CATALOG_BYTES).toBeGreaterThanOrEqual(32 * 2 ** 20);
    const block = 'Support Analyst: Role Blueprint\n' + 'Restores service. '.repeat(50) + '\n';
    const text = block.repeat(Math.ceil((80 * 2 ** 20) / block.length)).slice(0, 80 * 2 ** 20);
    const t0 = performance.now();
    expect(refusal(text, 'huge.txt')).toBe('huge.txt: catalog is 80.0 MB; the limit is 64 MB');
    expect(performance.now() - t0).toBeLessThan(5000);
    // Multi-byte text counts in UTF-8 bytes: 30 M characters of "é€" are 75,000,000 bytes.
    expect(refusal('é€'.repeat(15_000_000), 'wide.txt')).toBe(
      'wide.txt: catalog is 71.5 MB; the limit is 64 MB',
    );
  });
});

describe('bad catalogs: every valid role kept, every problem named', () => {
  fixture('bom-crlf.txt', 'a byte-order mark and CRLF line ends', () => {
    const l = load('bom-crlf.txt');
    expect(titles(l)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    expect(l.graph.getNodeAttribute('support-analyst', 'summary')).toBe('Restores service.');
    expect(problems(l)).toEqual([
      'line 6: role "Senior Support Analyst" names a move to unknown role "Lead Support Analyst"; the move is ignored',
    ]);
  });

  fixture('cr-only.txt', 'old Mac line ends (CR only)', () => {
    const l = load('cr-only.txt');
    expect(titles(l)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    expect(l.graph.getNodeAttribute('senior-support-analyst', 'line')).toBe(3);
    expect(problems(l)).toEqual([]);
  });

  fixture('mixed-line-ends.txt', 'CRLF, LF and CR mixed', () => {
    const l = load('mixed-line-ends.txt');
    expect(titles(l)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    expect(l.graph.getNodeAttribute('senior-support-analyst', 'summary')).toBe('Owns incidents.');
    expect(problems(l)).toEqual([]);
  });

  fixture('only-titles.txt', 'title lines and nothing else', () => {
    const l = load('only-titles.txt');
    expect(titles(l)).toEqual([
      'Support Analyst',
      'Senior Support Analyst',
      'Lead Support Analyst',
    ]);
    expect(problems(l)).toEqual([
      'line 1: role "Support Analyst" has no summary',
      'line 2: role "Senior Support Analyst" has no summary',
      'line 3: role "Lead Support Analyst" has no summary',
    ]);
    // The ladder is still inferred from the titles.
    expect(l.graph.hasEdge('support-analyst', 'senior-support-analyst')).toBe(true);
  });

  fixture('duplicate-titles.txt', 'the same title twice (in another case)', () => {
    const l = load('duplicate-titles.txt');
    expect(titles(l)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    expect(l.graph.getNodeAttribute('support-analyst', 'summary')).toBe('First definition.');
    expect(l.graph.getNodeAttribute('support-analyst', 'skills')).toEqual([]);
    expect(problems(l)).toEqual([
      'line 5: duplicate role "support analyst" (first at line 1); this definition is ignored',
    ]);
  });

  fixture('no-summary.txt', 'a title without a summary', () => {
    const l = load('no-summary.txt');
    expect(titles(l)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    expect(l.graph.getNodeAttribute('support-analyst', 'skills')).toEqual(['triage']);
    expect(problems(l)).toEqual(['line 1: role "Support Analyst" has no summary']);
  });

  fixture('text-before-title.txt', 'text before the first title', () => {
    const l = load('text-before-title.txt');
    expect(titles(l)).toEqual(['Support Analyst']);
    expect(problems(l)).toEqual([
      'line 1: text before the first role title is ignored (a role starts with "<Title>: Role Blueprint")',
    ]);
  });

  fixture('empty-title.txt', 'a title line with no title', () => {
    const l = load('empty-title.txt');
    expect(titles(l)).toEqual(['Support Analyst']);
    expect(problems(l)).toEqual(['line 1: title line has no role title; skipped']);
  });

  fixture('bracket-title.txt', 'a text catalog whose first line starts with [', () => {
    const l = load('bracket-title.txt');
    expect(l.format).toBe('text');
    expect(titles(l)).toEqual(['[Draft] Support Analyst', '[Draft] Senior Support Analyst']);
    expect(problems(l)).toEqual([]);
  });

  for (const ext of ['txt', 'json', 'csv'] as const) {
    const name = `html-everywhere.${ext}`;
    fixture(name, 'HTML and script in every field come through as plain text, unchanged', () => {
      const l = load(name);
      expect(l.format).toBe(ext === 'txt' ? 'text' : ext);
      expect(titles(l)).toEqual([
        `<b>Support</b> Analyst ${XSS}`,
        XSS,
        '<iframe src="https://evil.example"></iframe>',
      ]);
      expect(ids(l)).toEqual([
        'b-support-b-analyst-script-alert-x-script',
        'script-alert-x-script',
        'iframe-src-https-evil-example-iframe',
      ]);
      const a = l.graph.getNodeAttributes('b-support-b-analyst-script-alert-x-script');
      expect(a.summary).toMatch(/^Summary with <img src=x onerror=alert\(1\)> & <script>/);
      expect(a.skills).toEqual(['<i>triage</i>', XSS]);
      expect(a.responsibilities).toEqual([`Own the <marquee>queue</marquee>, ${XSS}`]);
      expect(a.kpis).toEqual(['<u>CSAT</u>', XSS]);
      // The stated moves name the script and iframe roles by their markup titles.
      expect(
        l.graph.getEdgeAttribute(l.graph.nodes()[0]!, 'script-alert-x-script', 'provenance'),
      ).toBe('stated');
      expect(
        l.graph.hasEdge(
          'iframe-src-https-evil-example-iframe',
          'b-support-b-analyst-script-alert-x-script',
        ),
      ).toBe(true);
      expect(problems(l)).toEqual([]);
    });
  }

  fixture('long-title.txt', 'a 10,000-character title', () => {
    const l = load('long-title.txt');
    const long = `${'Very '.repeat(2000)}Long Analyst`;
    expect(titles(l)).toEqual(['Support Analyst', long]);
    expect(problems(l)).toEqual([
      'line 3: role title is 10,012 characters long (over 200); the role is kept, but the title is hard to read',
    ]);
    const id = l.graph.findNode((_, a) => a.title === long)!;
    expect(id).toBe(`${'very-'.repeat(2000)}long-analyst`);
  });

  fixture('rtl-emoji.txt', 'right-to-left and emoji titles: ids usable and unique', () => {
    const l = load('rtl-emoji.txt');
    expect(titles(l)).toEqual([
      'محلل الدعم',
      'كبير محللي الدعم',
      'מהנדס תמיכה',
      '🚀 Launch Engineer 🔥',
      '👩‍💻',
      '🧑‍🚀',
      'Support Analyst \u202eevil\u202c',
    ]);
    expect(ids(l)).toEqual([
      'محلل-الدعم',
      'كبير-محللي-الدعم',
      'מהנדס-תמיכה',
      'launch-engineer',
      'role',
      'role-2',
      'support-analyst-evil',
    ]);
    expect(problems(l)).toEqual([
      'line 13: role "🧑‍🚀" has the same id "role" as another role; it is "role-2"',
      // The override is kept in the title (it is text the catalog has), with a warning; the emoji
      // joiners (👩‍💻, 🧑‍🚀) are part of their emoji and raise none.
      'line 15: title of role "Support Analyst \\u202eevil\\u202c" contains bidirectional control characters (U+202E, U+202C), which can make it display differently from how it reads',
    ]);
    // Stated moves resolve by title in any script, and paths work on the ids.
    expect(l.graph.hasEdge('محلل-الدعم', 'كبير-محللي-الدعم')).toBe(true);
    expect(l.graph.hasEdge('launch-engineer', 'role')).toBe(true);
    const p = findPath(l.graph, 'محلل-الدعم', 'كبير-محللي-الدعم');
    expect(p.found && p.path).toEqual(['محلل-الدعم', 'كبير-محللي-الدعم']);
  });

  fixture('unknown-moves.txt', 'stated moves to roles the catalog does not have', () => {
    const l = load('unknown-moves.txt');
    expect(titles(l)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    expect(problems(l)).toEqual([
      'line 3: role "Support Analyst" names a move to unknown role "Chief Happiness Officer"; the move is ignored',
      'line 4: role "Support Analyst" names a move to unknown role "Astronaut"; the move is ignored',
    ]);
    expect(
      l.graph.getEdgeAttribute('support-analyst', 'senior-support-analyst', 'provenance'),
    ).toBe('stated');
  });

  fixture('promotion-cycle.txt', 'stated promotions in a cycle: checkGraph names it', () => {
    const l = load('promotion-cycle.txt');
    expect(titles(l)).toEqual(['Alpha Coordinator', 'Beta Coordinator', 'Gamma Coordinator']);
    expect(problems(l)).toEqual([]);
    const cycle = checkGraph(l.graph, defaultModel).filter((d) => d.message.startsWith('cycle'));
    expect(cycle).toHaveLength(1);
    expect([1, 4, 7]).toContain(cycle[0]!.line);
    expect(cycle[0]!.message).toMatch(
      /^cycle of promotions: .* can each be promoted into the other$/,
    );
    for (const t of ['Alpha Coordinator', 'Beta Coordinator', 'Gamma Coordinator'])
      expect(cycle[0]!.message).toContain(t);
  });

  fixture(
    'proto-titles.txt',
    '__proto__, constructor, prototype and other Object members as titles',
    () => {
      const l = load('proto-titles.txt');
      // Underscores are not emphasis: `__proto__` keeps its name; its id is the slug `proto`.
      expect(titles(l)).toEqual([
        '__proto__',
        'constructor',
        'prototype',
        'hasOwnProperty',
        'valueOf',
      ]);
      expect(ids(l)).toEqual([
        'proto',
        'constructor-role',
        'prototype',
        'hasownproperty',
        'valueof',
      ]);
      expect(l.graph.hasEdge('proto', 'constructor-role')).toBe(true);
      expect(l.graph.hasEdge('prototype', 'constructor-role')).toBe(true);
      expect(problems(l)).toEqual([]);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );

  fixture(
    'proto-keys.json',
    '__proto__ and constructor keys in JSON: no pollution, nothing inherited',
    () => {
      const l = load('proto-keys.json');
      expect(titles(l)).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
      expect(l.graph.getNodeAttribute('proto', 'summary')).toBe('A role named __proto__.');
      expect(l.graph.hasEdge('prototype', 'proto')).toBe(true);
      expect(l.graph.hasEdge('prototype', 'constructor-role')).toBe(true);
      expect(problems(l)).toEqual(['line 1: roles[4] has no "title" string; ignored']);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('roles');
    },
  );

  fixture('json-wrong-types.json', 'fields of the wrong type', () => {
    const l = load('json-wrong-types.json');
    expect(titles(l)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    expect(l.graph.getNodeAttribute('support-analyst', 'skills')).toEqual([]);
    expect(l.graph.hasEdge('support-analyst', 'senior-support-analyst')).toBe(true);
    expect(problems(l)).toEqual([
      'line 1: roles[2] is not an object; ignored',
      'line 4: role "Support Analyst": "skills" must be a list of strings; ignored',
      'line 4: role "Support Analyst": an item of "next" is not a non-empty string; ignored',
      'line 13: roles[1] has no "title" string; ignored',
      'line 18: role "Senior Support Analyst" has no summary',
    ]);
  });

  fixture(
    'unknown-level.csv',
    'an unknown word in the level column; family and level columns',
    () => {
      const l = load('unknown-level.csv');
      expect(l.format).toBe('csv');
      expect(titles(l)).toEqual([
        'Support Analyst',
        'Senior Support Analyst',
        'Staff Support Analyst',
        'Trainee Desk Agent',
      ]);
      const at = (id: string) => {
        const a = l.graph.getNodeAttributes(id);
        return [a.family, a.level];
      };
      expect(at('support-analyst')).toEqual(['Support Analyst', '']);
      expect(at('senior-support-analyst')).toEqual(['Support Analyst', 'Senior']);
      expect(at('staff-support-analyst')).toEqual(['Support Analyst', 'Lead']);
      expect(l.graph.getNodeAttribute('staff-support-analyst', 'ladder')).toBe('ic');
      expect(at('trainee-desk-agent')).toEqual(['Desk Agent', 'Trainee']);
      expect(l.graph.hasEdge('senior-support-analyst', 'staff-support-analyst')).toBe(true);
      expect(problems(l)).toEqual([
        'line 2: role "Support Analyst" has unknown level "Wizard" (known levels: Trainee, Entry, Professional, Senior, Staff / Lead, Senior Manager, Principal, Distinguished, Vice President, Senior Vice President, Chief, or any level word of the scale); the role is kept with no level',
      ]);
    },
  );

  fixture('malformed-quotes.csv', 'a stray quote and a quote never closed', () => {
    const l = load('malformed-quotes.csv');
    expect(titles(l)).toEqual([
      'Support Analyst',
      'Senior Support Analyst',
      'Lead Support Analyst',
      'Principal Support Analyst',
      'Support Specialist',
    ]);
    expect(l.graph.getNodeAttribute('lead-support-analyst', 'summary')).toBe('Leads, coaches');
    expect(l.graph.getNodeAttribute('support-specialist', 'summary')).toBe('Handles tickets.');
    expect(l.graph.getNodeAttribute('support-specialist', 'line')).toBe(6);
    expect(problems(l)).toEqual([
      'line 3: malformed CSV quoting (trailing quote on quoted field is malformed); this line is read as one row with quotes taken literally',
      'line 5: malformed CSV quoting (quoted field unterminated); this line is read as one row with quotes taken literally',
    ]);
  });

  fixture('bom-crlf.csv', 'a byte-order mark, CRLF, semicolons, a quoted line break', () => {
    const l = load('bom-crlf.csv');
    expect(l.format).toBe('csv');
    expect(titles(l)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    const a = l.graph.getNodeAttributes('support-analyst');
    expect(a.summary).toBe('Restores service;\nquickly.');
    expect(a.skills).toEqual(['triage', 'ITSM']);
    expect(l.graph.getNodeAttribute('senior-support-analyst', 'line')).toBe(5);
    expect(problems(l)).toEqual([]);
  });

  fixture('csv-columns.csv', 'unknown, repeated and extra columns; a row with no title', () => {
    const l = load('csv-columns.csv');
    expect(titles(l)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    expect(
      l.graph.getEdgeAttribute('support-analyst', 'senior-support-analyst', 'provenance'),
    ).toBe('stated');
    expect(problems(l)).toEqual([
      'line 1: unknown column "Salary" is ignored (columns: title, summary, family, level, track, inference, skills, responsibilities, kpis, next, lateral, pay_min, pay_max, currency, months_in_role, headcount)',
      'line 1: column "title" appears twice; the first one is read',
      'line 3: row has no title; ignored',
      'line 4: row has 7 cells but the header has 5; the extra cells are ignored',
    ]);
  });

  fixture(
    'csv-formula.csv',
    "formula cells: the export's ' guard is removed, raw formulas kept as text",
    () => {
      const l = load('csv-formula.csv');
      expect(titles(l)).toEqual(['=Support Analyst', '=cmd']);
      expect(l.graph.getNodeAttribute('support-analyst', 'skills')).toEqual(['=SUM(A1)', "'@home"]);
      expect(problems(l)).toEqual([]);
    },
  );
});

describe('bad catalogs built at test time', () => {
  it('200,000 lines: read in well under the time budget, every role kept', () => {
    const lines: string[] = [];
    for (let i = 0; lines.length < 200_000; i++)
      lines.push(`Analyst ${i}: Role Blueprint`, `Summary ${i}.`, 'Skills: a; b', '');
    const text = lines.join('\n');
    const t0 = performance.now();
    const l = loadCatalog({ text, file: 'long.txt' }, { model: defaultModel });
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(l.graph.order).toBe(50_000);
    expect(problems(l)).toEqual([]);
  });

  it('200,000 CSV lines of stray quotes: linear, not quadratic', () => {
    const text = 'title,summary\n' + '"a\n'.repeat(200_000);
    const t0 = performance.now();
    const p = parseCatalog(text, 'quotes.csv', 'csv');
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(p.roles.length).toBeGreaterThan(0);
    expect(p.diagnostics.some((d) => d.message.includes('too many quoting errors'))).toBe(true);
  });

  it(`a line of 2,000,000 characters is cut to ${MAX_LINE_CHARS.toLocaleString('en-US')} with a warning`, () => {
    const text = `Support Analyst: Role Blueprint\n${'word '.repeat(400_000)}\n`;
    const p = parseCatalog(text, 'wide.txt');
    expect(p.roles.map((r) => r.title)).toEqual(['Support Analyst']);
    expect(p.roles[0]!.summary.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(p.diagnostics.map((d) => `line ${d.line}: ${d.message}`)).toEqual([
      'line 2: line is 2,000,000 characters long; only the first 100,000 are read',
    ]);
  });

  it('20,000 full blueprints (~14 MB) are under the limit and load', () => {
    const text = generateCatalog({ roles: 20_000 });
    expect(utf8Bytes(text)).toBeLessThan(MAX_CATALOG_BYTES / 4);
    const p = parseCatalog(text, 'big.txt');
    expect(p.roles).toHaveLength(20_000);
  });
});

it('every fixture in test/fixtures/bad has a test', () => {
  const files = readdirSync(new URL('../../fixtures/bad/', import.meta.url)).sort();
  expect(files.length).toBeGreaterThanOrEqual(22);
  expect(files.filter((f) => !tested.has(f))).toEqual([]);
});
