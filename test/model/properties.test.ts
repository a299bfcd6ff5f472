import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import {
  CatalogError,
  detectFormat,
  findPath,
  loadCatalog,
  parseBlueprintText,
  parseCatalog,
  parseJsonCatalog,
  resolveRole,
  type CareerGraph,
  type MoveKind,
} from '../../src/model/index';
import { allSimplePaths, bfsMoves, costOf, isWalkOf, tinyGraph } from './helpers';

// FC_RUNS=5000 npx vitest run test/model/properties.test.ts digs deeper than the default run.
const RUNS = { numRuns: Number(process.env['FC_RUNS'] ?? 300) };

/** Runs `f` and rethrows anything it throws that is not a CatalogError. */
function onlyCatalogErrors<T>(f: () => T): T | CatalogError {
  try {
    return f();
  } catch (e) {
    if (e instanceof CatalogError) return e;
    throw e;
  }
}

/** Collapses white space the way a reader would: the title a person sees. */
const collapse = (s: string) => s.trim().split(/\s+/).join(' ');

// ---------------------------------------------------------------------------------------------
// Catalog text built from title lines mixed with junk.

const WORDS = [
  'Senior',
  'Lead',
  'Support',
  'Analyst',
  'Engineer',
  'Service',
  'Desk',
  'Ünïcödé',
  '支援',
  'C++',
  'R&D',
  '(Remote)',
  'Dev-Ops',
  'constructor',
  'toString',
  '2nd-Line',
];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[A-Za-z0-9&+().-]{1,8}$/));
const title = fc
  .array(fc.tuple(word, fc.constantFrom(' ', '  ', '\t')), { minLength: 1, maxLength: 4 })
  .map((ws) => ws.map(([w, sp]) => w + sp).join(''));

/** A title line, in one of the ways a catalog author writes one. */
const titleLine = fc
  .tuple(
    title,
    fc.constantFrom(
      (t: string) => `${t}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path`,
      (t: string) => `${t}: Role Blueprint`,
      (t: string) => `**${t}**: Role Blueprint`,
      (t: string) => `**${t}: Role Blueprint**`,
      (t: string) => `## ${t}: role blueprint  `,
      (t: string) => `  ${t} :Role Blueprint\t`,
    ),
  )
  .map(([t, write]) => ({ kind: 'title' as const, title: collapse(t), text: write(t) }));

const noLineBreak = (s: string) => !/[\r\n]/.test(s);
const junkLine = fc
  .oneof(
    fc.string().filter(noLineBreak),
    fc.string({ unit: 'grapheme' }).filter(noLineBreak),
    fc.constantFrom(
      '',
      '   ',
      'Skills: triage; SQL',
      'Responsibilities:',
      '- Own the queue, and more',
      'Career Path:',
      'Next: Senior Support Analyst',
      'Lateral: Nobody At All',
      ': Role Blueprint',
      '**',
      '{',
      '[',
      '# heading',
    ),
  )
  .map((text) => ({ kind: 'junk' as const, text }));

const catalogText = fc
  .tuple(
    fc.array(fc.oneof(titleLine, junkLine, junkLine), { maxLength: 25 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([ls, eol, bom]) => ({
    lines: ls,
    text: (bom ? '\uFEFF' : '') + ls.map((l) => l.text).join(eol),
  }));

describe('properties: blueprint text parser', () => {
  it('never throws on arbitrary strings; parseCatalog throws only CatalogError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ maxLength: 2000 })),
        (s) => {
          const p = parseBlueprintText(s);
          expect(p.format).toBe('text');
          onlyCatalogErrors(() => parseCatalog(s));
        },
      ),
      RUNS,
    );
  });

  it('never loses a title line: each becomes a role or a duplicate warning at its line', () => {
    fc.assert(
      fc.property(catalogText, ({ lines, text }) => {
        const p = parseBlueprintText(text);
        const seen = new Map<string, number>();
        lines.forEach((l, i) => {
          if (l.kind !== 'title' || !l.title) return;
          const line = i + 1;
          const key = l.title.toLowerCase();
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, line);
            expect(p.roles.find((r) => r.line === line)?.title).toBe(l.title);
          } else {
            expect(p.roles.find((r) => r.line === line)).toBeUndefined();
            expect(p.diagnostics).toContainEqual({
              severity: 'warning',
              line,
              message: `duplicate role "${l.title}" (first at line ${first}); this definition is ignored`,
            });
          }
        });
        // Roles have distinct non-empty titles; diagnostics come in line order.
        const keys = p.roles.map((r) => r.title.toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys.every((k) => k.length > 0)).toBe(true);
        const ls = p.diagnostics.map((d) => d.line);
        expect(ls).toEqual([...ls].sort((a, b) => a - b));
        // parseCatalog agrees whenever the content reads as text.
        const q = onlyCatalogErrors(() => parseCatalog(text));
        if (detectFormat(text) === 'text') {
          if (p.roles.length) expect(q).toEqual(p);
          else expect(q).toBeInstanceOf(CatalogError);
        }
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// JSON catalogs.

const safeTitle = title.map(collapse);
/** An entry with no string "title": never a role. */
const notARole = fc
  .jsonValue()
  .filter((v) => !(v && typeof v === 'object' && !Array.isArray(v) && 'title' in v));
const roleEntry = fc.record(
  {
    title: safeTitle,
    summary: fc.oneof(fc.string(), fc.jsonValue()),
    skills: fc.jsonValue(),
    responsibilities: fc.array(fc.string()),
    kpis: fc.jsonValue(),
    next: fc.oneof(fc.array(safeTitle), fc.jsonValue()),
    lateral: fc.oneof(fc.array(safeTitle), fc.jsonValue()),
  },
  { requiredKeys: ['title'] },
);

describe('properties: JSON catalog parser', () => {
  it('never throws on arbitrary JSON values; parseCatalog throws only CatalogError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        const text = JSON.stringify(v, null, pretty ? 2 : 0) ?? 'null';
        expect(parseJsonCatalog(text).format).toBe('json');
        onlyCatalogErrors(() => parseCatalog(text));
        onlyCatalogErrors(() => parseCatalog(JSON.stringify({ roles: v })));
      }),
      RUNS,
    );
  });

  it('never loses a role: each titled entry becomes a role or a duplicate warning', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(roleEntry, notARole), { maxLength: 12 }),
        fc.boolean(),
        (entries, bare) => {
          const text = JSON.stringify(bare ? entries : { roles: entries }, null, 2);
          const r = onlyCatalogErrors(() => loadCatalog({ text }, { model: defaultModel }));
          const titled = entries.flatMap((e) =>
            e && typeof e === 'object' && !Array.isArray(e) && typeof e['title'] === 'string'
              ? [e['title']]
              : [],
          );
          const firsts = titled.filter(
            (t, i) => titled.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i,
          );
          if (firsts.length === 0) {
            expect(r).toBeInstanceOf(CatalogError);
            return;
          }
          expect(r).not.toBeInstanceOf(CatalogError);
          const p = parseJsonCatalog(text);
          expect(p.roles.map((x) => x.title)).toEqual(firsts);
          const dups = p.diagnostics.filter((d) => d.message.startsWith('duplicate role'));
          expect(dups).toHaveLength(titled.length - firsts.length);
          const { graph } = r as Exclude<typeof r, CatalogError>;
          expect(graph.order).toBe(firsts.length);
          graph.forEachNode((id, a) => expect(Number.isFinite(a.rank), id).toBe(true));
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Graphs from random catalogs under the shipped model.

const LEVELS = ['Associate', 'Junior', '', 'Senior', 'Lead', 'Principal'];
const FAMILIES = [
  'Support Analyst',
  'Service Desk Analyst',
  'Support Specialist',
  'Technical Support Specialist',
  'Technical Support Engineer',
  'Escalation Engineer',
  'Technical Account Manager',
  'Widget Wrangler',
  'Constructor',
];
const PHRASES = [
  'front-line and second-line work',
  'IT service management',
  'Tier 2 support',
  'technical troubleshooting',
  'actionable technical findings',
  'an escalation point',
  'a portfolio of customers',
  'on-site installation',
  'most complex customer environments',
  'plain work',
];
const randomCatalog = fc
  .uniqueArray(
    fc.record({
      level: fc.constantFrom(...LEVELS),
      family: fc.constantFrom(...FAMILIES),
      phrases: fc.subarray(PHRASES),
    }),
    { minLength: 1, maxLength: 12, selector: (r) => `${r.level} ${r.family}` },
  )
  .chain((roles) =>
    fc.record({
      roles: fc.constant(roles.map((r) => ({ ...r, title: collapse(`${r.level} ${r.family}`) }))),
      stated: fc.array(
        fc.tuple(
          fc.nat(roles.length - 1),
          fc.oneof(fc.nat(roles.length - 1), fc.constant(-1)),
          fc.constantFrom('Next', 'Lateral'),
        ),
        { maxLength: 6 },
      ),
    }),
  )
  .map(({ roles, stated }) => {
    const text = roles
      .flatMap((r, i) => [
        `${r.title}: Role Blueprint`,
        `The ${r.title} does ${r.phrases.join(', ') || 'the work'}.`,
        ...stated
          .filter(([s]) => s === i)
          .map(([, t, how]) => `${how}: ${t < 0 ? 'Nobody Anywhere' : roles[t]!.title}`),
      ])
      .join('\n');
    return { roles, stated, text };
  });

describe('properties: graphs built from random catalogs', () => {
  it('keep every role, give every move a reason, and keep the rank rules for inferred moves', () => {
    fc.assert(
      fc.property(randomCatalog, ({ roles, stated, text }) => {
        const { graph, diagnostics } = loadCatalog({ text }, { model: defaultModel });
        expect(graph.order).toBe(roles.length);
        graph.forEachNode((id, a) => expect(Number.isFinite(a.rank), id).toBe(true));
        graph.forEachEdge((e, a, s, t, sa, ta) => {
          expect(a.reason.length, e).toBeGreaterThan(0);
          if (a.rule === 'stated') return;
          // An inferred promotion raises the rank (and, between families, the band); an inferred
          // lateral move stays in its band and goes both ways.
          if (a.kind === 'promotion') {
            expect(ta.rank, e).toBeGreaterThan(sa.rank);
            if (sa.family !== ta.family) expect(ta.band, e).not.toBe(sa.band);
          } else {
            expect(ta.band, e).toBe(sa.band);
            expect(graph.getEdgeAttribute(t, s, 'kind'), `${e} reversed`).toBe('lateral');
          }
        });
        const unknown = stated.filter(([, t]) => t < 0).length;
        expect(diagnostics.filter((d) => d.message.includes('unknown role'))).toHaveLength(unknown);
        for (const [s, t, how] of stated) {
          if (t < 0 || s === t) continue;
          const [a, b] = [roles[s]!.title, roles[t]!.title].map((x) => resolveRole(graph, x));
          expect(graph.getEdgeAttribute(a!, b!, 'provenance')).toBe('stated');
          if (how === 'Lateral') expect(graph.hasDirectedEdge(b!, a!)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('give shortest paths as short as a breadth-first search finds, made of graph edges', () => {
    fc.assert(
      fc.property(
        randomCatalog,
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        ({ text }, i, j, promotionsOnly) => {
          const { graph } = loadCatalog({ text }, { model: defaultModel });
          const ids = graph.nodes();
          const from = ids[i % ids.length]!;
          const to = ids[j % ids.length]!;
          const r = findPath(graph, from, to, { promotionsOnly });
          const expected = bfsMoves(graph, from, to, { promotionsOnly });
          expect(r.found).toBe(expected !== undefined);
          if (!r.found) return;
          expect(r.path.length - 1).toBe(expected);
          expect(r.path[0]).toBe(from);
          expect(r.path.at(-1)).toBe(to);
          expect(isWalkOf(graph, r.path)).toBe(true);
          if (promotionsOnly) expect(r.moves.every((m) => m.kind === 'promotion')).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Paths on random small graphs built directly with graphology.

const randomGraph = fc
  .integer({ min: 2, max: 7 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.uniqueArray(
        fc.record({
          from: fc.nat(n - 1),
          to: fc.nat(n - 1),
          kind: fc.constantFrom<MoveKind>('promotion', 'lateral'),
          cost: fc.constantFrom(1, 1.5, 2, 2.5, 5),
        }),
        { selector: (e) => `${e.from}>${e.to}`, maxLength: n * 3 },
      ),
      from: fc.nat(n - 1),
      to: fc.nat(n - 1),
      avoid: fc.subarray([...Array(n).keys()], { maxLength: 2 }),
      promotionsOnly: fc.boolean(),
      weighted: fc.boolean(),
      alternatives: fc.integer({ min: 0, max: 4 }),
    }),
  )
  .map((c) => {
    const id = (k: number) => `r${k}`;
    const graph: CareerGraph = tinyGraph(
      [...Array(c.n).keys()].map(id),
      c.edges
        .filter((e) => e.from !== e.to)
        .map((e) => ({ from: id(e.from), to: id(e.to), kind: e.kind, cost: e.cost })),
    );
    return {
      graph,
      from: id(c.from),
      to: id(c.to),
      options: {
        avoid: c.avoid.map(id),
        promotionsOnly: c.promotionsOnly,
        weighted: c.weighted,
        alternatives: c.alternatives,
      },
    };
  });

describe('properties: findPath on random small graphs', () => {
  it('finds a path exactly when one exists, and it is a shortest one', () => {
    fc.assert(
      fc.property(randomGraph, ({ graph, from, to, options }) => {
        const r = findPath(graph, from, to, { ...options, alternatives: 0 });
        const moves = bfsMoves(graph, from, to, options);
        expect(r.found).toBe(moves !== undefined);
        if (!r.found) return;
        expect(r.path[0]).toBe(from);
        expect(r.path.at(-1)).toBe(to);
        expect(isWalkOf(graph, r.path)).toBe(true);
        expect(r.moves.map((m) => [m.from, m.to, m.reason])).toEqual(
          r.path.slice(1).map((t, k) => [r.path[k], t, `${r.path[k]} to ${t}`]),
        );
        if (options.weighted) {
          const best = Math.min(
            ...allSimplePaths(graph, from, to, options).map((p) => costOf(graph, p, true)),
          );
          expect(r.cost).toBe(best);
          expect(costOf(graph, r.path, true)).toBe(best);
        } else {
          expect(r.path.length - 1).toBe(moves);
          expect(r.cost).toBe(moves);
        }
      }),
      RUNS,
    );
  });

  it('gives the k best distinct paths, next-best first, all within the constraints', () => {
    fc.assert(
      fc.property(randomGraph, ({ graph, from, to, options }) => {
        fc.pre(from !== to);
        const r = findPath(graph, from, to, options);
        const every = allSimplePaths(graph, from, to, options);
        expect(r.found).toBe(every.length > 0);
        if (!r.found) return;
        const got = [r, ...r.alternatives];
        // Distinct, valid, within the constraints.
        expect(new Set(got.map((p) => p.path.join(' '))).size).toBe(got.length);
        for (const p of got) {
          expect(every.map((q) => q.join(' '))).toContain(p.path.join(' '));
          expect(p.cost).toBe(costOf(graph, p.path, options.weighted));
        }
        // As many as asked for (or all there are), with the costs of the best ones, in order.
        const want = Math.min(options.alternatives + 1, every.length);
        expect(got).toHaveLength(want);
        const bestCosts = every
          .map((p) => costOf(graph, p, options.weighted))
          .sort((a, b) => a - b)
          .slice(0, want);
        expect(got.map((p) => p.cost)).toEqual(bestCosts);
      }),
      RUNS,
    );
  });
});
