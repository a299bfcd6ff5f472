import Graph from 'graphology';
import { stronglyConnectedComponents as graphologyScc } from 'graphology-components';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import {
  CatalogError,
  MAX_CLAUSE_CHARS,
  MAX_LINE_CHARS,
  MAX_MENTION_PHRASES_PER_CATALOG,
  MAX_MENTION_PHRASES_PER_SUMMARY,
  MAX_MOVES_PER_CATALOG,
  MAX_STATED_MOVES_PER_ROLE,
  escapeControls,
  findPath,
  loadCatalog,
  normalizeTitle,
  parseCatalog,
  strongComponents,
  type CatalogFormat,
  type Diagnostic,
  type LoadedCatalog,
} from '../../src/model/index';
import { MAX_PAY } from '../../src/model/catalog/facts';
import { median, payMidpoint } from '../../src/model/query/catalog-facts';
import { roleNode } from './helpers';
import { titleKey } from '../../src/model/graph/text';

/*
 * Hostile and odd catalogs that used to crash, mislead or split one role into several: a very long
 * chain of promotions, look-alike and invisible characters in titles, bidirectional controls, a
 * title line longer than the line limit.
 */

const lines = (...ls: string[]) => ls.join('\n') + '\n';
const MAX_PAY_TEXT = MAX_PAY.toLocaleString('en-US');
const brief = (ds: Diagnostic[]) => ds.map((d) => `line ${d.line}: ${d.message}`);
const cycles = (ds: Diagnostic[]) => ds.filter((d) => d.message.startsWith('cycle of promotions'));

/** `Role 1` → `Role 2` → … → `Role n` as stated promotions, and `Role n` → `Role 1` when `back`. */
function chain(n: number, back: boolean): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    out.push(`Role ${i}: Role Blueprint`, `Does step ${i}.`);
    if (i < n) out.push(`Next: Role ${i + 1}`);
    else if (back) out.push('Next: Role 1');
  }
  return lines(...out);
}

describe('cycles of promotions on long chains', () => {
  it('finds the one cycle of an 8,000-role chain of stated promotions closed by a back edge, without overflowing the stack', () => {
    const n = 8000;
    const l = loadCatalog({ text: chain(n, true), file: 'chain.txt' }, { model: defaultModel });
    expect(l.graph.order).toBe(n);
    const found = cycles(l.findings);
    expect(found).toHaveLength(1);
    // Listed in promotion order from the role the catalog names last, whose stated move closes
    // the cycle: Role 8000 → Role 1 → Role 2 → … → Role 7999.
    const titles = ['Role 8000', ...Array.from({ length: n - 1 }, (_, i) => `Role ${i + 1}`)];
    expect(found[0]).toEqual({
      severity: 'warning',
      line: 3 * (n - 1) + 1,
      roleId: 'role-8000',
      message: `cycle of promotions: ${titles.join(' → ')} can each be promoted into the other`,
      finding: { kind: 'cycle', titles },
    });
  }, 60_000);

  it('finds no cycle in an 8,000-role chain with no back edge', () => {
    const l = loadCatalog({ text: chain(8000, false), file: 'chain.txt' }, { model: defaultModel });
    expect(cycles(l.findings)).toEqual([]);
  }, 60_000);

  it('lists a small cycle in promotion order, from the role the catalog names last', () => {
    const l = loadCatalog(
      {
        text: lines(
          'Gamma Coordinator: Role Blueprint',
          'Coordinates most.',
          'Next: Alpha Coordinator',
          'Alpha Coordinator: Role Blueprint',
          'Coordinates.',
          'Next: Beta Coordinator',
          'Beta Coordinator: Role Blueprint',
          'Coordinates more.',
          'Next: Gamma Coordinator',
        ),
      },
      { model: defaultModel },
    );
    expect(brief(cycles(l.findings))).toEqual([
      'line 7: cycle of promotions: Beta Coordinator → Gamma Coordinator → Alpha Coordinator can each be promoted into the other',
    ]);
  });

  it('strongComponents agrees with graphology-components on random directed graphs', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 30 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 80 }),
            ),
          ),
        ([n, edges]) => {
          const adjacency: number[][] = Array.from({ length: n }, () => []);
          const g = new Graph({ type: 'directed', multi: false, allowSelfLoops: true });
          for (let i = 0; i < n; i++) g.addNode(String(i));
          for (const [s, t] of edges) {
            if (g.hasEdge(String(s), String(t))) continue;
            g.addEdge(String(s), String(t));
            adjacency[s]!.push(t);
          }
          const ours = strongComponents(adjacency)
            .map((c) => c.map(String).sort().join(','))
            .sort();
          const theirs = graphologyScc(g)
            .map((c) => [...c].sort().join(','))
            .sort();
          expect(ours).toEqual(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('look-alike and invisible characters in titles', () => {
  const formats: [CatalogFormat, (a: string, b: string, next: string) => string][] = [
    [
      'text',
      (a, b, next) =>
        lines(
          `${a}: Role Blueprint`,
          'Works.',
          `${b}: Role Blueprint`,
          'Works too.',
          `Next: ${next}`,
        ),
    ],
    [
      'json',
      (a, b, next) =>
        JSON.stringify(
          {
            roles: [
              { title: a, summary: 'Works.' },
              { title: b, summary: 'Works too.', next: [next] },
            ],
          },
          null,
          2,
        ),
    ],
    ['csv', (a, b, next) => lines('title,summary,next', `${a},Works.,`, `${b},Works too.,${next}`)],
  ];

  it('normalizeTitle: NFKC, zero-width characters removed, white space squashed', () => {
    expect(normalizeTitle('Cafe\u0301 Manager')).toBe('Café Manager');
    expect(normalizeTitle('Supp\u200bort An\u200calyst\u200d')).toBe('Support Analyst');
    expect(normalizeTitle('\ufeffSupport\u2060 Analyst')).toBe('Support Analyst');
    expect(normalizeTitle('Ｓｕｐｐｏｒｔ　Ａｎａｌｙｓｔ')).toBe('Support Analyst');
    expect(normalizeTitle('  Support   Analyst ')).toBe('Support Analyst');
    // Joiners that shape a script or an emoji sequence stay.
    expect(normalizeTitle('👩\u200d💻')).toBe('👩\u200d💻');
    expect(normalizeTitle('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(normalizeTitle('محلل الدعم')).toBe('محلل الدعم');
  });

  it.each(formats)(
    '%s: a title with a zero-width space is the same role as the plain one (a duplicate, with a warning)',
    (format, make) => {
      const l = loadCatalog(
        {
          text: make('Support Analyst', 'Support\u200b Analyst', 'Support Analyst'),
          file: 'c',
          format,
        },
        { model: defaultModel },
      );
      expect(l.graph.mapNodes((_, a) => a.title)).toEqual(['Support Analyst']);
      const ms = l.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
      expect(ms).toContain(
        'title of role "Support\\u200b Analyst" contains invisible or look-alike characters (U+200B); it is read as "Support Analyst"',
      );
      expect(ms.some((m) => m.startsWith('duplicate role "Support Analyst" (first at line'))).toBe(
        true,
      );
    },
  );

  it.each(formats)(
    '%s: combining and precomposed accents, fullwidth letters: one role, and stated moves resolve',
    (format, make) => {
      const l = loadCatalog(
        { text: make('Café Lead', 'Ｃａｆé Lead Assistant', 'Cafe\u0301 Lead'), file: 'c', format },
        { model: defaultModel },
      );
      expect(l.graph.mapNodes((_, a) => a.title)).toEqual(['Café Lead', 'Café Lead Assistant']);
      expect(l.graph.hasEdge('cafe-lead-assistant', 'cafe-lead')).toBe(true);
      const ms = l.diagnostics.map((d) => d.message);
      expect(ms).toContain(
        'title of role "Ｃａｆé Lead Assistant" contains invisible or look-alike characters (U+FF23, U+FF41, U+FF46); it is read as "Café Lead Assistant"',
      );
      expect(ms.filter((m) => m.includes('unknown role'))).toEqual([]);
    },
  );

  it('text: "Cafe\\u0301" and "Café" are one role: the second is a duplicate', () => {
    const p = parseCatalog(
      lines('Café: Role Blueprint', 'Brews.', 'Cafe\u0301: Role Blueprint', 'Brews again.'),
    );
    expect(p.roles.map((r) => r.title)).toEqual(['Café']);
    expect(brief(p.diagnostics)).toEqual([
      'line 3: title of role "Cafe\u0301" contains invisible or look-alike characters (U+0301); it is read as "Café"',
      'line 3: duplicate role "Café" (first at line 1); this definition is ignored',
    ]);
  });

  it.each(formats)('%s: bidirectional controls in a title get a warning', (format, make) => {
    const l = loadCatalog(
      {
        text: make(
          'Support Analyst \u202eevil\u202c',
          'Lead \u2067x\u2069',
          'Support Analyst \u202eevil\u202c',
        ),
        file: 'c',
        format,
      },
      { model: defaultModel },
    );
    expect(l.graph.mapNodes((_, a) => a.title)).toEqual([
      'Support Analyst \u202eevil\u202c',
      'Lead \u2067x\u2069',
    ]);
    const ms = l.diagnostics.map((d) => d.message);
    expect(ms).toContain(
      'title of role "Support Analyst \\u202eevil\\u202c" contains bidirectional control characters (U+202E, U+202C), which can make it display differently from how it reads',
    );
    expect(ms).toContain(
      'title of role "Lead \\u2067x\\u2069" contains bidirectional control characters (U+2067, U+2069), which can make it display differently from how it reads',
    );
  });

  it('a title of zero-width characters only is a title line with no title', () => {
    const p = parseCatalog(
      lines('Support Analyst: Role Blueprint', 'Works.', '\u200b\u200b: Role Blueprint', 'Lost.'),
    );
    expect(p.roles.map((r) => r.title)).toEqual(['Support Analyst']);
    expect(p.roles[0]!.summary).toBe('Works.');
    expect(brief(p.diagnostics)).toContain('line 3: title line has no role title; skipped');
  });
});

describe('escapeControls', () => {
  it('shows terminal controls, bidirectional controls and invisible characters as \\u escapes', () => {
    expect(escapeControls('a\u001b[31mb\u0007c\u009bd')).toBe('a\\u001b[31mb\\u0007c\\u009bd');
    expect(escapeControls('x\u202ey\u2066z\u200bw\r\n\t')).toBe(
      'x\\u202ey\\u2066z\\u200bw\\u000d\\u000a\\u0009',
    );
    expect(escapeControls('Café 👩\u200d💻 محلل')).toBe('Café 👩\\u200d💻 محلل');
  });
});

describe('a title line longer than the line limit', () => {
  const title = 'A'.repeat(20_000_000);
  const CUT = `line is 20,000,024 characters long; only the first ${MAX_LINE_CHARS.toLocaleString('en-US')} are read`;

  it('a 20 MB title line alone: refused with both the line-length warning and the error', () => {
    let err: unknown;
    try {
      parseCatalog(`${title} Analyst: Role Blueprint\nDoes things.\n`, 'big.txt');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CatalogError);
    const ds = (err as CatalogError).diagnostics;
    expect(brief(ds)).toEqual([
      'line 0: no roles found: a role starts with a line "<Title>: Role Blueprint"; the title line at line 1 is too long to read (20,000,024 characters; the limit is 100,000)',
      `line 1: ${CUT}`,
      'line 1: this title line is cut before its ": Role Blueprint"; the role is skipped',
    ]);
    expect((err as CatalogError).message).toContain('the title line at line 1 is too long to read');
  });

  it('a 20 MB title line after a role: its lines do not join the role before it', () => {
    const p = parseCatalog(
      lines(
        'Lead: Role Blueprint',
        'Leads.',
        `${title} Analyst: Role Blueprint`,
        'Does things.',
        'Next: Lead',
      ),
      'big.txt',
    );
    expect(p.roles.map((r) => r.title)).toEqual(['Lead']);
    expect(p.roles[0]!.summary).toBe('Leads.');
    expect(brief(p.diagnostics)).toEqual([
      `line 3: ${CUT}`,
      'line 3: this title line is cut before its ": Role Blueprint"; the role is skipped',
    ]);
  });
});

describe('a summary full of phrases that name roles', () => {
  const phrase = 'supervises the Junior Analyst and the Senior Analyst ';
  /**
   * The Analysis Manager's summary: `chars` characters of "supervises the Junior Analyst and the
   * Senior Analyst …" with no full stop, in lines under the line limit.
   */
  function manager(chars: number): string {
    const line = phrase.repeat(Math.floor(90_000 / phrase.length));
    const out = [
      'Junior Analyst: Role Blueprint',
      'Does junior analysis.',
      'Senior Analyst: Role Blueprint',
      'Does senior analysis.',
      'Analysis Manager: Role Blueprint',
    ];
    for (let n = 0; n < chars; n += line.length) out.push(line.slice(0, chars - n));
    return lines(...out);
  }
  const moves = (l: { graph: { export(): { edges: unknown[] } } }) => l.graph.export().edges;
  const budget = (ds: Diagnostic[]) =>
    ds.filter((d) => / phrases? that names? roles/.test(d.message));

  /** A summary short enough to be read whole. */
  const short = () =>
    loadCatalog({ text: manager(MAX_CLAUSE_CHARS - 50) }, { model: defaultModel });

  it('a short one is read whole, with no warning', () => {
    const l = short();
    expect(budget(l.diagnostics)).toEqual([]);
    expect(l.graph.hasEdge('junior-analyst', 'analysis-manager')).toBe(true);
    expect(l.graph.hasEdge('senior-analyst', 'analysis-manager')).toBe(true);
  });

  it.each([25, 400])(
    'a %i KB one builds, reads the first phrases and the nearest words only, says so, and shows the same moves',
    (kb) => {
      const l = loadCatalog({ text: manager(kb * 1024) }, { model: defaultModel });
      const at = { severity: 'warning', line: 5, roleId: 'analysis-manager' };
      expect(budget(l.diagnostics)).toEqual([
        {
          ...at,
          message: `role "Analysis Manager": a sentence of its summary runs on for more than ${MAX_CLAUSE_CHARS} characters from a phrase that names roles; only the ${MAX_CLAUSE_CHARS} nearest the phrase are read for the roles it lists`,
        },
        {
          ...at,
          message: `role "Analysis Manager": its summary has more than ${MAX_MENTION_PHRASES_PER_SUMMARY} phrases that name roles; only the first ${MAX_MENTION_PHRASES_PER_SUMMARY} are read as evidence`,
        },
      ]);
      // The first phrases already name both analysts: the moves and their quoted reasons are
      // those of the short summary.
      expect(moves(l)).toEqual(moves(short()));
    },
    // A hang guard, not a timing: the 400 KB summary took about six minutes before the budget.
    120_000,
  );

  it('a catalog past its budget of phrases reads the first ones and says so once, at the first role not read', () => {
    // Each manager's summary has as many phrases as one summary may have: no summary is cut,
    // and the catalog's budget runs out after `full` managers.
    const full = MAX_MENTION_PHRASES_PER_CATALOG / MAX_MENTION_PHRASES_PER_SUMMARY;
    const summary = 'Supervises the Junior Analyst. '.repeat(MAX_MENTION_PHRASES_PER_SUMMARY);
    const out = ['Junior Analyst: Role Blueprint', 'Does junior analysis.'];
    const managers = Array.from({ length: full + 2 }, (_, i) => i);
    // A made-up word ending in x: no numeral or letter a model could read as a level or a plural.
    const manager = (i: number) => `Q${letters(i)}x Analysis Manager`;
    for (const i of managers) out.push(`${manager(i)}: Role Blueprint`, summary);
    const l = loadCatalog({ text: lines(...out) }, { model: defaultModel });
    const n = MAX_MENTION_PHRASES_PER_CATALOG.toLocaleString('en-US');
    // The budget is spent in the order of the titles, whatever the file's order: "… 1", "… 10", …
    const byTitle = [...managers].sort((a, b) =>
      titleKey(manager(a)) < titleKey(manager(b)) ? -1 : 1,
    );
    const cut = byTitle[full]!;
    expect(budget(l.diagnostics)).toEqual([
      {
        severity: 'warning',
        line: 3 + 2 * cut,
        roleId: manager(cut).toLowerCase().replaceAll(' ', '-'),
        message: `the catalog's summaries have more than ${n} phrases that name roles; only the first ${n} are read as evidence, taking the roles in the order of their titles (the rest, from role "${manager(cut)}" on, are not)`,
      },
    ]);
    const named = (i: number) =>
      l.graph.hasEdge('junior-analyst', manager(i).toLowerCase().replaceAll(' ', '-'));
    expect(byTitle.map(named)).toEqual(byTitle.map((_, k) => k < full));
  }, 120_000);
});

/** `i` in letters: `ab` for 1, with no numeral a model could read as a level. */
const letters = (i: number) =>
  [...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
/** A title no level word is read in: `Unit Qab Coordinator` for 1. */
const unitTitle = (i: number) => `Unit Q${letters(i)} Coordinator`;

/**
 * `n` roles, each stating `next(i)` as its Next roles, one a line: the role's title is at line
 * 1 + 3i + its moves before it (see `titleLine`).
 */
function statedCatalog(n: number, next: (i: number) => number[]): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      `${unitTitle(i)}: Role Blueprint`,
      'Coordinates the unit.',
      'Career Path:',
      ...next(i).map((j) => `Next: ${unitTitle(j)}`),
    );
  return out.join('\n') + '\n';
}
const unitId = (i: number) => unitTitle(i).toLowerCase().replaceAll(' ', '-');

describe('a catalog that states very many moves', () => {
  it('every role stating every other as Next: each reads its first moves, with one warning a role', () => {
    const n = 1000;
    const everyOther = (i: number) => Array.from({ length: n }, (_, j) => j).filter((j) => j !== i);
    const l = loadCatalog(
      { text: statedCatalog(n, everyOther), file: 'all-next.txt' },
      { model: defaultModel },
    );
    const stated = new Map<string, number>();
    l.graph.forEachEdge((_e, a, s) => {
      if (a.rule === 'stated') stated.set(s, (stated.get(s) ?? 0) + 1);
    });
    expect(stated.size).toBe(n);
    expect(Math.max(...stated.values())).toBe(MAX_STATED_MOVES_PER_ROLE);
    expect(Math.min(...stated.values())).toBe(MAX_STATED_MOVES_PER_ROLE);
    // The first role's moves start at line 4: its first ignored move is at line 4 + the limit.
    const capped = l.diagnostics.filter((d) => d.message.includes('moves; only the first'));
    expect(capped).toHaveLength(n);
    expect(capped[0]).toEqual({
      severity: 'warning',
      line: 4 + MAX_STATED_MOVES_PER_ROLE,
      roleId: unitId(0),
      message: `role "${unitTitle(0)}" states ${n - 1} moves; only the first ${MAX_STATED_MOVES_PER_ROLE} are read (the limit for one role), the other ${n - 1 - MAX_STATED_MOVES_PER_ROLE} are ignored`,
    });
    expect(l.diagnostics).toHaveLength(n);
    // At most one finding a move (a rank inversion) and a few a role.
    expect(l.findings.length).toBeLessThanOrEqual(l.graph.size + 3 * n);
  }, 120_000);

  it(`a catalog of more than ${MAX_MOVES_PER_CATALOG.toLocaleString('en-US')} moves keeps that many, with one warning`, () => {
    const per = MAX_STATED_MOVES_PER_ROLE;
    const n = MAX_MOVES_PER_CATALOG / per + 100;
    const ahead = (i: number) => Array.from({ length: per }, (_, k) => (i + 1 + k) % n);
    const l = loadCatalog(
      { text: statedCatalog(n, ahead), file: 'dense.txt' },
      { model: defaultModel },
    );
    expect(l.graph.size).toBe(MAX_MOVES_PER_CATALOG);
    const full = l.diagnostics.filter((d) => d.message.includes('moves in all'));
    // The stated moves come first, the roles taken in the order of their titles: the first one
    // dropped is the first of the role after the ones that filled the graph.
    const byTitle = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      titleKey(unitTitle(a)) < titleKey(unitTitle(b)) ? -1 : 1,
    );
    const first = byTitle[MAX_MOVES_PER_CATALOG / per]!;
    expect(full).toEqual([
      {
        severity: 'warning',
        line: 1 + (3 + per) * first,
        roleId: unitId(first),
        message: `the catalog has more than ${MAX_MOVES_PER_CATALOG.toLocaleString('en-US')} moves in all; taking the roles in the order of their titles, the moves after the first ${MAX_MOVES_PER_CATALOG.toLocaleString('en-US')} are dropped, from role "${unitTitle(first)}" on`,
      },
    ]);
    expect(l.diagnostics).toEqual(full);
  }, 120_000);
});

describe('huge role facts', () => {
  const huge = '179' + '0'.repeat(306); // 1.79e308: each value valid, their sum is Infinity
  /** A → B → D and A → C → D; C states `fact`. */
  const diamond = (fact: string) =>
    lines(
      'Support Analyst: Role Blueprint',
      'Resolves tickets.',
      'Pay band: 50,000–60,000 USD',
      'Time in role: 18 months',
      'Headcount: 12',
      'Next: Senior Support Analyst (3 people)',
      'Next: Support Team Lead (2 people)',
      'Senior Support Analyst: Role Blueprint',
      'Resolves hard tickets.',
      'Pay band: 70,000–80,000 USD',
      'Time in role: 24 months',
      'Next: Support Manager',
      'Support Team Lead: Role Blueprint',
      'Leads the queue.',
      fact,
      'Next: Support Manager',
      'Support Manager: Role Blueprint',
      'Manages the support team.',
      'Pay band: 90,000–110,000 USD',
    );
  const route = ['support-analyst', 'support-manager'] as const;
  const byPay = (l: LoadedCatalog, avoid: string[] = []) =>
    findPath(l.graph, ...route, { by: 'pay', avoid });

  it('payMidpoint does not overflow', () => {
    const m = payMidpoint(roleNode('x', 0, 'other', { payMin: 1.79e308, payMax: 1.79e308 }));
    expect(m).toBe(1.79e308);
    expect(median([1.79e308, 1.79e308])).toBe(1.79e308);
  });

  it.each([
    [
      'a pay band of 1.79e308 to 1.79e308',
      `Pay band: ${huge}–${huge} USD`,
      'pay band',
      `its minimum is above ${MAX_PAY_TEXT}`,
    ],
    [
      'a pay band up to 1.79e308',
      `Pay band: 50,000–${huge} USD`,
      'pay band',
      `its maximum is above ${MAX_PAY_TEXT}`,
    ],
    [
      'a time in role of 1.79e308 months',
      `Time in role: ${huge} months`,
      'time in role',
      'it is more than 1,200 months (100 years)',
    ],
    ['a headcount of 1.79e308', `Headcount: ${huge}`, 'headcount', 'it is more than 1,000,000,000'],
  ])('%s is refused with a warning, and paths by pay stay finite', (_what, fact, name, why) => {
    const l = loadCatalog({ text: diamond(fact), file: 'huge.txt' }, { model: defaultModel });
    expect(l.diagnostics.map((d) => `line ${d.line}: ${d.message}`)).toEqual([
      `line 15: role "Support Team Lead": ${name} "${fact.slice(fact.indexOf(':') + 2)}" cannot be read (${why}); it is ignored`,
    ]);
    const a = l.graph.getNodeAttributes('support-team-lead');
    expect([a.payMin, a.monthsInRole, a.headcount]).toEqual([undefined, undefined, undefined]);
    for (const r of [byPay(l), byPay(l, ['support-team-lead'])]) {
      expect(r.found).toBe(true);
      if (!r.found) return;
      expect(Number.isFinite(r.cost)).toBe(true);
      expect(r.figure).not.toMatch(/∞|Infinity|NaN/);
    }
  });

  it('a move count past the bound is refused, and the move kept without it', () => {
    const l = loadCatalog(
      {
        text: diamond('Headcount: 3').replace(
          'Support Team Lead (2 people)',
          `Support Team Lead (${huge} people)`,
        ),
      },
      { model: defaultModel },
    );
    expect(l.diagnostics.map((d) => d.message)).toEqual([
      `role "Support Analyst": the count of people in "Support Team Lead (${huge} people)" cannot be read (it is more than 1,000,000,000); the move is kept without it`,
    ]);
    expect(l.graph.getEdgeAttributes('support-analyst', 'support-team-lead').count).toBeUndefined();
  });

  // A huge band on the start makes every move entering another role cost about 1.79e308; a
  // huge time on every role but the goal makes every path sum two of them.
  const start = ['support-analyst'];
  const allButGoal = ['support-analyst', 'senior-support-analyst', 'support-team-lead'];
  it.each([
    ['pay band', { payMin: 1.79e308, payMax: 1.79e308, currency: 'USD' }, 'pay', start],
    ['time in role', { monthsInRole: 1.7e308 }, 'fastest', allButGoal],
    ['count of people', { count: 1e300 }, 'travelled', []],
  ] as const)(
    'a graph given a huge %s some other way still has finite paths by it',
    (_what, attributes, by, ids) => {
      const l = loadCatalog({ text: diamond('Headcount: 3') }, { model: defaultModel });
      // The goal's time is never passed through: it is the one the others are counted at.
      l.graph.mergeNodeAttributes('support-manager', { monthsInRole: 30 });
      for (const id of ids) l.graph.mergeNodeAttributes(id, attributes);
      if (by === 'travelled')
        l.graph.mergeEdgeAttributes('support-analyst', 'support-team-lead', attributes);
      for (const avoid of [[], ['support-team-lead']]) {
        const r = findPath(l.graph, ...route, { by, avoid });
        expect(r.found).toBe(true);
        if (!r.found) return;
        expect(Number.isFinite(r.cost)).toBe(true);
        expect(r.figure).not.toMatch(/∞|Infinity|NaN/);
      }
    },
  );
});
