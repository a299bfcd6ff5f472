import type { ExportId } from '../../src/model/export/formats';
import { beforeAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import Papa from 'papaparse';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { defaultModel } from '../../src/model/career/default-model';
import { seedOverlay } from '../../src/model/career/default-overlay';
import {
  CatalogError,
  findPath,
  loadCatalog,
  type CareerGraph,
  type CatalogFormat,
  type Diagnostic,
  type PathOptions,
  type PathResult,
} from '../../src/model/index';
import { MAX_LISTED_DIAGNOSTICS } from '../../src/model/catalog/limits';
import { generateCatalog } from '../synthetic';
import { CatalogEngine } from '../../src/worker/handler';
import { SIZES } from '../../src/sizes';
import {
  type ExportResult,
  type LoadProgress,
  type LoadResult,
  progressData,
  type ViewResult,
  type WorkerRequest,
} from '../../src/worker/protocol';
import { readRepoFile } from '../model/helpers';

/*
 * The worker's engine driven the way catalog.worker.ts drives it: one request at a time, progress
 * through a callback, answers as plain (structured-clone-able) data, CatalogError for a catalog
 * that cannot be read.
 */

const lines = (...ls: string[]) => ls.join('\n') + '\n';
const newEngine = () => new CatalogEngine(defaultModel);

function load(
  engine: CatalogEngine,
  text: string,
  name: string,
  format?: CatalogFormat,
  progress?: (p: LoadProgress) => void,
): LoadResult {
  return engine.handle({ type: 'load', text, name, format }, progress) as LoadResult;
}
const view = (engine: CatalogEngine, req: Omit<Extract<WorkerRequest, { type: 'view' }>, 'type'>) =>
  engine.handle({ type: 'view', ...req }) as ViewResult;
const path = (engine: CatalogEngine, from: string, to: string, options: PathOptions = {}) =>
  engine.handle({ type: 'path', from, to, options }) as PathResult;
const exportAs = (engine: CatalogEngine, format: ExportId) =>
  engine.handle({ type: 'export', format }) as ExportResult;

/** Diagnostics as `line N: severity: message`, the way the Catalog panel lists them. */
const listed = (ds: readonly Diagnostic[]) =>
  ds.map((d) => `line ${d.line}: ${d.severity}: ${d.message}`);
const sorted = (xs: Iterable<string>) => [...xs].sort();
/** The error a request throws (fails the test when it throws nothing). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the request to throw');
}
const STAGES: LoadProgress['stage'][] = ['parsing', 'building', 'indexing'];
/**
 * Progress as a progress bar needs it: every stage, in order (a stage may report more than once),
 * fractions in [0, 1] that never go back, and a step each, as data the page words (never a
 * sentence only English names).
 */
function expectOrderedProgress(seen: readonly LoadProgress[]) {
  expect(new Set(seen.map((p) => p.stage))).toEqual(new Set(STAGES));
  const order = seen.map((p) => STAGES.indexOf(p.stage));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  for (const p of seen) {
    expect(p.fraction).toBeGreaterThanOrEqual(0);
    expect(p.fraction).toBeLessThanOrEqual(1);
    expect(p.step).not.toBe('said');
  }
  for (let i = 1; i < seen.length; i++)
    expect(seen[i]!.fraction).toBeGreaterThanOrEqual(seen[i - 1]!.fraction);
  expect(seen.at(-1)!.fraction).toBeGreaterThan(seen[0]!.fraction);
}
/** The graph of the catalog as the engine's own export hands it to the page (JSON). */
const exportedGraph = (engine: CatalogEngine): CareerGraph =>
  Graph.from(JSON.parse(exportAs(engine, 'json') as string)) as CareerGraph;

/** A blueprint text catalog with a warning of each kind and a few findings. */
const TEXT = lines(
  'Stray text before.',
  'Support Analyst: Role Blueprint',
  'Restores service quickly for customers.',
  'Career Path:',
  'Next: Senior Support Analyst; Ghost Role',
  'Senior Support Analyst: Role Blueprint',
  'Owns complex incidents.',
  'Support Analyst: Role Blueprint',
  'Duplicate.',
  'Support Specialist: Role Blueprint',
);

const JSON_CATALOG = JSON.stringify(
  {
    roles: [
      {
        title: 'Support Analyst',
        summary: 'Restores service quickly.',
        skills: ['triage'],
        next: ['Senior Support Analyst', 'Nobody Here'],
      },
      { title: 'Senior Support Analyst', summary: 'Owns complex incidents.' },
      { title: 'Support Analyst', summary: 'A second definition.' },
    ],
  },
  null,
  2,
);

const CSV = lines(
  'title,summary,salary,next roles',
  'Support Analyst,Restores service.,100,Senior Support Analyst',
  ',no title,,',
  'Senior Support Analyst,"Owns complex',
  'incidents.",,',
  'Lead Support Analyst,,,',
);

const SEED = readRepoFile('data/role-blueprints.txt');

describe('CatalogEngine: before any catalog', () => {
  it('refuses queries with a plain Error (not a catalog error)', () => {
    const engine = newEngine();
    const reqs: WorkerRequest[] = [
      { type: 'path', from: 'a', to: 'b', options: {} },
      { type: 'view', spec: { kind: 'entry' }, include: [] },
      { type: 'export', format: 'json' },
    ];
    for (const req of reqs) {
      const e = thrown(() => engine.handle(req));
      expect(e).not.toBeInstanceOf(CatalogError);
      expect(e.message).toMatch(/no catalog loaded/);
    }
  });
});

describe('CatalogEngine: load', () => {
  it('a blueprint text catalog: counts, diagnostics and findings in line order, the whole graph', () => {
    const r = load(newEngine(), TEXT, 'roles.txt');
    expect(r.total).toBe(3);
    expect(r.moves).toBe(1);
    expect(listed(r.diagnostics)).toEqual([
      'line 1: warning: text before the first role title is ignored (a role starts with "<Title>: Role Blueprint")',
      'line 5: warning: role "Support Analyst" names a move to unknown role "Ghost Role"; the move is ignored',
      'line 6: info: dead end: no move leads out of "Senior Support Analyst"',
      'line 8: warning: duplicate role "Support Analyst" (first at line 2); this definition is ignored',
      'line 10: warning: role "Support Specialist" has no summary',
      'line 10: info: dead end: no move leads out of "Support Specialist"',
      'line 10: info: no evidence for the rank of "Support Specialist": no evidence of standing in the catalog: a title with no level word sits at Professional',
    ]);
    // A role the page can jump to is named by id.
    expect(r.diagnostics.find((d) => d.message.includes('Ghost Role'))?.roleId).toBe(
      'support-analyst',
    );
    expect(r.index).toEqual([]);
    expect(r.whole).not.toBeNull();
    const whole = Graph.from(r.whole!);
    expect(sorted(whole.nodes())).toEqual([
      'senior-support-analyst',
      'support-analyst',
      'support-specialist',
    ]);
    expect(whole.getEdgeAttributes('support-analyst', 'senior-support-analyst')).toMatchObject({
      kind: 'promotion',
      provenance: 'stated',
    });
    expect(whole.getNodeAttribute('support-analyst', 'summary')).toBe(
      'Restores service quickly for customers.',
    );
  });

  it('answers exactly what loading the catalog in the page would give (warnings + findings)', () => {
    for (const [text, name, format] of [
      [TEXT, 'roles.txt', undefined],
      [JSON_CATALOG, 'roles.json', undefined],
      [CSV, 'roles.csv', 'csv'],
      [SEED, 'role-blueprints.txt', undefined],
    ] as const) {
      const r = load(newEngine(), text, name, format);
      const l = loadCatalog({ text, file: name, format }, { model: defaultModel });
      expect(r.total).toBe(l.graph.order);
      expect(r.moves).toBe(l.graph.size);
      expect(sorted(listed(r.diagnostics))).toEqual(
        sorted(listed([...l.diagnostics, ...l.findings])),
      );
      const ls = r.diagnostics.map((d) => d.line);
      expect(ls).toEqual([...ls].sort((a, b) => a - b));
      const whole = Graph.from(r.whole!);
      expect(whole.order).toBe(l.graph.order);
      l.graph.forEachNode((id, a) => expect(whole.getNodeAttributes(id)).toEqual(a));
      l.graph.forEachEdge((e, a) => expect(whole.getEdgeAttributes(e)).toEqual(a));
      expect(whole.getAttribute('tracks')).toEqual(l.graph.getAttribute('tracks'));
    }
  });

  it("applies the catalog's overlay, as loading it in the page does", () => {
    const name = 'role-blueprints.txt';
    const because = 'Our field engineers often take on accounts.';
    const overlay = {
      ...seedOverlay,
      moves: [
        {
          from: 'Field Service Engineer',
          to: 'Technical Account Manager',
          kind: 'promotion' as const,
          because,
        },
      ],
    };
    const r = newEngine().handle({ type: 'load', text: SEED, name, overlay }) as LoadResult;
    const l = loadCatalog({ text: SEED, file: name, overlay }, { model: defaultModel });
    const edges = (g: CareerGraph) =>
      sorted(g.mapEdges((_e, a, s, t) => `${s} -> ${t}: ${a.kind}: ${a.reason}`));
    const whole = Graph.from(r.whole!) as CareerGraph;
    expect(edges(whole)).toEqual(edges(l.graph));
    expect(whole.getAttribute('tracks')).toEqual(l.graph.getAttribute('tracks'));
    // The overlay's move is there, with its reason, and not without the overlay.
    const known = (g: CareerGraph) => g.filterEdges((_e, a) => a.reason.includes(because));
    expect(known(whole).map((e) => whole.extremities(e))).toEqual([
      ['field-service-engineer', 'technical-account-manager'],
    ]);
    expect(known(Graph.from(load(newEngine(), SEED, name).whole!) as CareerGraph)).toEqual([]);
  });

  it('a JSON catalog, recognized from its content', () => {
    const r = load(newEngine(), JSON_CATALOG, 'catalog');
    expect(r.total).toBe(2);
    expect(r.moves).toBe(1);
    expect(listed(r.diagnostics)).toEqual([
      'line 4: warning: role "Support Analyst" names a move to unknown role "Nobody Here"; the move is ignored',
      'line 15: info: dead end: no move leads out of "Senior Support Analyst"',
      'line 19: warning: duplicate role "Support Analyst" (first at line 4); this definition is ignored',
    ]);
    expect(Graph.from(r.whole!).getNodeAttribute('support-analyst', 'skills')).toEqual(['triage']);
  });

  it('a CSV catalog: warnings at their CSV lines, a quoted line break, a stated move', () => {
    const r = load(newEngine(), CSV, 'roles.csv', 'csv');
    expect(r.total).toBe(3);
    expect(listed(r.diagnostics)).toEqual([
      'line 1: warning: unknown column "salary" is ignored (columns: title, summary, family, level, track, inference, skills, responsibilities, kpis, next, lateral, pay_min, pay_max, currency, months_in_role, headcount)',
      'line 3: warning: row has no title; ignored',
      // The catalog states its family's moves (Support Analyst → Senior): no ladder is inferred
      // past them, and the author is told what is left unconnected.
      'line 4: info: dead end: no move leads out of "Senior Support Analyst"',
      'line 6: warning: role "Lead Support Analyst" has no summary',
      'line 6: warning: role "Lead Support Analyst" cannot be reached from an entry-level role: no move leads into it',
      'line 6: info: dead end: no move leads out of "Lead Support Analyst"',
    ]);
    const whole = Graph.from(r.whole!);
    expect(whole.getNodeAttribute('senior-support-analyst', 'summary')).toBe(
      'Owns complex\nincidents.',
    );
    expect(whole.getNodeAttribute('lead-support-analyst', 'line')).toBe(6);
    expect(whole.getEdgeAttribute('support-analyst', 'senior-support-analyst', 'provenance')).toBe(
      'stated',
    );
    // The same text without a format is recognized as CSV too.
    expect(load(newEngine(), CSV, 'catalog').total).toBe(3);
  });

  it('reports progress in order, parsing → building → indexing, with fractions in [0, 1]', () => {
    const seen: LoadProgress[] = [];
    load(newEngine(), SEED, 'role-blueprints.txt', undefined, (p) => seen.push(p));
    expectOrderedProgress(seen);
    expect(seen.map((p) => p.step)).toEqual(['reading', 'building', 'checking', 'indexing']);
    // Once the roles are read, the progress says how many there are.
    for (const p of seen.filter((p) => p.stage !== 'parsing'))
      expect(p).toMatchObject({ roles: 30 });
  });

  it('takes the model’s progress as data, never reading its English sentence', () => {
    const at = { stage: 'building', fraction: 0.5 } as const;
    const said = { ...at, message: 'Whatever the command line says…' };
    expect(progressData({ ...said, step: 'building', roles: 12345 })).toEqual({
      ...at,
      step: 'building',
      roles: 12345,
    });
    expect(progressData({ ...said, step: 'checking', roles: 1 })).toEqual({
      ...at,
      step: 'checking',
      roles: 1,
    });
    expect(progressData({ ...said, step: 'reading' })).toEqual({ ...at, step: 'reading' });
    const data: LoadProgress = { ...at, step: 'indexing', roles: 7 };
    expect(progressData(data)).toBe(data);
  });

  it('a progress callback is optional', () => {
    const engine = newEngine();
    expect(
      (engine.handle({ type: 'load', text: TEXT, name: 'roles.txt' }) as LoadResult).total,
    ).toBe(3);
  });

  it('the answer survives structured cloning (what postMessage does)', () => {
    const r = load(newEngine(), SEED, 'role-blueprints.txt');
    expect(structuredClone(r)).toEqual(r);
  });
});

describe('CatalogEngine: a catalog that cannot be read', () => {
  const BAD: [what: string, text: string, name: string, format: CatalogFormat | undefined][] = [
    ['an empty file', '', 'empty.txt', undefined],
    ['a CSV header without a title column', 'name,summary\nA,a\n', 'roles.csv', 'csv'],
    ['invalid JSON', '{"roles": [', 'roles.json', undefined],
    ['text sent as JSON', TEXT, 'roles.json', 'json'],
    ['blueprint text with no title line', 'just some words\n', 'notes.txt', undefined],
  ];

  for (const [what, text, name, format] of BAD)
    it(`${what}: throws CatalogError naming the file, and keeps the catalog before it`, () => {
      const engine = newEngine();
      const before = load(engine, SEED, 'role-blueprints.txt');
      const e = thrown(() => load(engine, text, name, format));
      expect(e).toBeInstanceOf(CatalogError);
      expect(e.message.startsWith(`${name}`)).toBe(true);
      const errors = (e as CatalogError).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      // The catalog on screen is still the one the engine answers for.
      const g = exportedGraph(engine);
      expect(g.order).toBe(before.total);
      expect(g.size).toBe(before.moves);
      expect(sorted(g.nodes())).toEqual(sorted(Graph.from(before.whole!).nodes()));
      const first = g.nodes()[0]!;
      expect(path(engine, first, first).found).toBe(true);
      expect(view(engine, { spec: { kind: 'entry' }, include: [] }).graph.nodes.length).toBe(
        view(newEngineWith(SEED), { spec: { kind: 'entry' }, include: [] }).graph.nodes.length,
      );
    });

  it('a first catalog that cannot be read leaves nothing loaded', () => {
    const engine = newEngine();
    expect(thrown(() => load(engine, '', 'empty.txt'))).toBeInstanceOf(CatalogError);
    expect(thrown(() => exportAs(engine, 'json')).message).toMatch(/no catalog loaded/);
  });

  it('a good catalog after a bad one replaces the one before', () => {
    const engine = newEngine();
    load(engine, SEED, 'role-blueprints.txt');
    thrown(() => load(engine, '', 'empty.txt'));
    load(engine, TEXT, 'roles.txt');
    expect(exportedGraph(engine).order).toBe(3);
  });
});

function newEngineWith(text: string, name = 'catalog', format?: CatalogFormat): CatalogEngine {
  const engine = newEngine();
  load(engine, text, name, format);
  return engine;
}

describe('CatalogEngine: path', () => {
  const engine = newEngineWith(SEED, 'role-blueprints.txt');
  const g = loadCatalog({ text: SEED }, { model: defaultModel }).graph;
  const ids = g.nodes();

  it('answers like findPath, for many pairs and every option', () => {
    const optionSets: PathOptions[] = [
      {},
      { weighted: true },
      { promotionsOnly: true },
      { alternatives: 3 },
      { weighted: true, alternatives: 2 },
      { avoid: [ids[3]!, ids[7]!] },
    ];
    let found = 0;
    for (let i = 0; i < ids.length; i += 3)
      for (let j = 1; j < ids.length; j += 4)
        for (const options of optionSets) {
          const got = path(engine, ids[i]!, ids[j]!, options);
          const want = findPath(g, ids[i]!, ids[j]!, options);
          // The time budget could cut either search short on a busy machine; compare the rest.
          if (got.found && want.found && (got.alternativesCutShort || want.alternativesCutShort))
            expect(got.path).toEqual(want.path);
          else expect(got).toEqual(want);
          if (got.found) found++;
        }
    expect(found).toBeGreaterThan(0);
  });

  it('says when there is no path, and names an unknown role', () => {
    const noWay = path(engine, ids[0]!, ids[1]!, { avoid: [ids[0]!] });
    expect(noWay.found).toBe(false);
    const unknown = path(engine, 'no-such-role', ids[0]!);
    expect(unknown).toEqual({
      found: false,
      message: 'unknown source role "no-such-role"',
      why: { kind: 'unknown', end: 'source', id: 'no-such-role' },
    });
  });

  it('says when the time budget cut the alternatives short', () => {
    const r = path(engine, 'associate-service-desk-analyst', 'technical-account-manager', {
      alternatives: 3,
      budgetMs: -1,
    });
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(r.path.length).toBeGreaterThan(1);
    expect(r.alternativesCutShort).toBe(true);
    expect(r.alternatives).toEqual([]);
    const full = path(engine, 'associate-service-desk-analyst', 'technical-account-manager', {
      alternatives: 3,
      budgetMs: 60_000,
    });
    expect(full.found && full.alternativesCutShort).toBe(false);
  });
});

describe('CatalogEngine: view', () => {
  const engine = newEngineWith(SEED, 'role-blueprints.txt');
  const g = loadCatalog({ text: SEED }, { model: defaultModel }).graph;

  it('around a role: the role and its neighbours, the moves between them, the tracks', () => {
    const role = 'support-analyst';
    expect(g.hasNode(role)).toBe(true);
    const v = view(engine, { spec: { kind: 'around', role, radius: 1 }, include: [] });
    const sub = Graph.from(v.graph);
    expect(sorted(sub.nodes())).toEqual(sorted([role, ...g.neighbors(role)]));
    const inside = g.filterEdges((_e, _a, s, t) => sub.hasNode(s) && sub.hasNode(t));
    expect(sorted(sub.edges())).toEqual(sorted(inside));
    expect(v.graph.attributes?.tracks).toEqual(g.getAttribute('tracks'));
    expect(v.graph.attributes?.tracks?.length).toBeGreaterThan(0);
    expect(v.truncated).toBe(false);
    expect(v.wanted).toBe(sub.order);
    sub.forEachNode((id, a) => expect(a).toEqual(g.getNodeAttributes(id)));
  });

  it('a track, with the included roles kept', () => {
    const track = g.getAttribute('tracks')![0]!.id;
    const members = g.filterNodes((_id, a) => a.track === track);
    const outsider = g.findNode((_id, a) => a.track !== track)!;
    const v = view(engine, { spec: { kind: 'track', track }, include: [outsider] });
    const sub = Graph.from(v.graph);
    expect(sorted(sub.nodes())).toEqual(sorted([...members, outsider]));
    expect(v.wanted).toBe(members.length);
    expect(v.graph.attributes?.tracks).toEqual(g.getAttribute('tracks'));
  });

  it('the answer survives structured cloning (what postMessage does)', () => {
    const v = view(engine, { spec: { kind: 'entry' }, include: [] });
    expect(structuredClone(v)).toEqual(v);
  });
});

describe('CatalogEngine: export', () => {
  const engine = newEngineWith(CSV, 'roles.csv', 'csv');
  const g = loadCatalog(
    { text: CSV, file: 'roles.csv', format: 'csv' },
    { model: defaultModel },
  ).graph;

  it('JSON: graphology JSON of the whole graph', () => {
    const text = exportAs(engine, 'json');
    expect(typeof text).toBe('string');
    const back = Graph.from(JSON.parse(text as string));
    expect(sorted(back.nodes())).toEqual(sorted(g.nodes()));
    expect(sorted(back.edges())).toEqual(sorted(g.edges()));
  });

  it('GEXF: parses with graphology-gexf, same nodes, edges and titles', () => {
    const text = exportAs(engine, 'gexf') as string;
    const back = parseGexf(Graph, text);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    g.forEachNode((id, a) => expect(back.getNodeAttribute(id, 'label')).toBe(a.title));
  });

  it('GraphML: parses with graphology-graphml, same nodes, edges and titles', () => {
    const text = exportAs(engine, 'graphml') as string;
    const back = parseGraphml(Graph, text);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    g.forEachNode((id, a) => expect(back.getNodeAttribute(id, 'title')).toBe(a.title));
  });

  it('CSV: a roles table and a moves table that parse; the roles table loads back', () => {
    const roles = exportAs(engine, 'csv-roles');
    const moves = exportAs(engine, 'csv-moves');
    const r = Papa.parse<Record<string, string>>(roles, { header: true, skipEmptyLines: true });
    expect(r.errors).toEqual([]);
    expect(sorted(r.data.map((row) => row['title']!))).toEqual(
      sorted(g.mapNodes((_id, a) => a.title)),
    );
    const m = Papa.parse<Record<string, string>>(moves, { header: true, skipEmptyLines: true });
    expect(m.errors).toEqual([]);
    expect(m.data).toHaveLength(g.size);
    const again = load(newEngine(), roles, 'roles.csv');
    expect(again.total).toBe(g.order);
    expect(again.moves).toBe(g.size);
  });
});

describe('CatalogEngine: a catalog too large to draw whole', () => {
  const total = SIZES.wholeGraph + 1;
  let text: string;
  let engine: CatalogEngine;
  let r: LoadResult;
  let progress: LoadProgress[];
  let g: CareerGraph;

  beforeAll(() => {
    text = generateCatalog({ roles: total });
    engine = newEngine();
    progress = [];
    r = load(engine, text, 'big.txt', undefined, (p) => progress.push(p));
    g = exportedGraph(engine);
  });

  it('returns an index of every role, sorted by title, instead of the whole graph', () => {
    expect(r.total).toBe(total);
    expect(r.moves).toBe(g.size);
    expect(r.whole).toBeNull();
    expect(r.index).toHaveLength(total);
    expect(sorted(r.index.map((e) => e.id))).toEqual(sorted(g.nodes()));
    for (const e of r.index) {
      const a = g.getNodeAttributes(e.id);
      expect(e).toEqual({ id: e.id, title: a.title, track: a.track, rank: a.rank });
    }
    for (let i = 1; i < r.index.length; i++)
      expect(r.index[i - 1]!.title.localeCompare(r.index[i]!.title, 'en')).toBeLessThanOrEqual(0);
    expectOrderedProgress(progress);
    const building = progress.find((p) => p.stage === 'building')!;
    expect(building).toMatchObject({ step: 'building', roles: total });
  });

  it(`a catalog of exactly ${SIZES.wholeGraph} roles is still handed over whole`, () => {
    const atLimit = load(newEngine(), generateCatalog({ roles: SIZES.wholeGraph }), 'limit.txt');
    expect(atLimit.total).toBe(SIZES.wholeGraph);
    expect(atLimit.whole?.nodes).toHaveLength(SIZES.wholeGraph);
    expect(atLimit.index).toEqual([]);
  });

  it(`a view holds at most ${SIZES.focusCap} roles, says it was cut, and keeps the lowest ranks`, () => {
    const counts = new Map<string, number>();
    for (const e of r.index) counts.set(e.track, (counts.get(e.track) ?? 0) + 1);
    const [track, size] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(size).toBeGreaterThan(SIZES.focusCap);
    const v = view(engine, { spec: { kind: 'track', track }, include: [] });
    expect(v.graph.nodes).toHaveLength(SIZES.focusCap);
    expect(v.truncated).toBe(true);
    expect(v.wanted).toBe(size);
    expect(v.graph.attributes?.tracks).toEqual(g.getAttribute('tracks'));
    const kept = new Set(v.graph.nodes.map((n) => n.key));
    const highestKept = Math.max(...v.graph.nodes.map((n) => n.attributes!.rank));
    for (const e of r.index)
      if (e.track === track && !kept.has(e.id)) expect(e.rank).toBeGreaterThanOrEqual(highestKept);
    for (const edge of v.graph.edges) {
      expect(kept.has(edge.source)).toBe(true);
      expect(kept.has(edge.target)).toBe(true);
    }
  });

  it('a capped view still holds the roles it must include (the shown path, the selection)', () => {
    const track = r.index[0]!.track;
    const others = r.index
      .filter((e) => e.track !== track)
      .slice(0, 3)
      .map((e) => e.id);
    const v = view(engine, { spec: { kind: 'track', track }, include: others });
    const kept = new Set(v.graph.nodes.map((n) => n.key));
    for (const id of others) expect(kept.has(id)).toBe(true);
    expect(v.graph.nodes.length).toBeLessThanOrEqual(SIZES.focusCap + others.length);
  });

  it('a path across the large graph answers like findPath, and its time budget is reported', () => {
    // From the first role to the last of the index it can reach by three moves or more.
    const from = r.index[0]!.id;
    const to = [...r.index]
      .reverse()
      .map((x) => x.id)
      .find((id) => {
        const p = findPath(g, from, id);
        return p.found && p.path.length > 3;
      })!;
    const got = path(engine, from, to);
    expect(got.found).toBe(true);
    expect(got).toEqual(findPath(g, from, to));
    const cut = path(engine, from, to, { alternatives: 5, budgetMs: -1 });
    expect(cut.found && cut.path.length > 1 && cut.alternativesCutShort).toBe(true);
  });
});

describe('CatalogEngine: a large catalog loaded in two steps (the worker shows a preview)', () => {
  const total = SIZES.wholeGraph + 1;
  const spec = { kind: 'entry' } as const;

  it('previews the roles, their index and the asked view, then finishes to the one-step load', () => {
    const text = generateCatalog({ roles: total });
    const once = newEngine();
    const whole = load(once, text, 'big.txt');
    const g = exportedGraph(once);

    const engine = newEngine();
    const stages: string[] = [];
    const steps = engine.startLoad(
      { type: 'load', text, name: 'big.txt', view: { spec, include: [] } },
      (p) => stages.push(p.stage),
    );
    const preview = steps.preview!;
    expect(stages).toEqual(['parsing', 'building']);
    expect(structuredClone(preview)).toEqual(preview);
    expect(preview.total).toBe(total);
    expect(preview.whole).toBeNull();
    // The roles and their places are final: search and the first view need nothing more. The
    // index comes on its own, after the view.
    expect(preview.index).toEqual([]);
    expect(steps.index()).toEqual(whole.index);
    expect(preview.facts).toEqual(whole.facts);
    // Some moves (between families with similar work) come with the second phase.
    expect(preview.moves).toBeLessThan(whole.moves);
    const first = preview.view!;
    expect(first.graph.nodes.length).toBeGreaterThan(0);
    expect(first.graph.nodes.length).toBeLessThanOrEqual(SIZES.focusCap);
    for (const n of first.graph.nodes) expect(n.attributes).toEqual(g.getNodeAttributes(n.key));
    // Questions before the second phase find no catalog: the worker answers them after it.
    expect(() => view(engine, { spec, include: [] })).toThrow(/no catalog loaded/);

    const r = steps.finish(true);
    expect(r.index).toEqual([]);
    expect({ ...r, index: whole.index, view: undefined }).toEqual({ ...whole, view: undefined });
    // The final view holds the same roles, now with every move between them.
    const final = r.view!;
    expect(final).toEqual(view(once, { spec, include: [] }));
    expect(final.graph.nodes.map((n) => n.key)).toEqual(first.graph.nodes.map((n) => n.key));
    expect(final.graph.edges.length).toBeGreaterThan(first.graph.edges.length);
    expect(JSON.stringify(exportAs(engine, 'json'))).toBe(JSON.stringify(exportAs(once, 'json')));
  });

  it('a catalog drawn whole has no preview, and its result no view', () => {
    const steps = newEngine().startLoad({
      type: 'load',
      text: generateCatalog({ roles: 300 }),
      name: 'small.txt',
      view: { spec, include: [] },
    });
    expect(steps.preview).toBeNull();
    expect(steps.index()).toEqual([]);
    const r = steps.finish();
    expect(r.whole?.nodes).toHaveLength(300);
    expect(r.view).toBeUndefined();
  });
});

describe('CatalogEngine: a catalog with few roles and very many moves', () => {
  // 500 roles, each naming the next 50 as Next roles: 25,000 stated moves.
  const n = 500;
  const title = (i: number) => `Unit ${i.toString(36)}x Coordinator`;
  const text = lines(
    ...Array.from({ length: n }, (_, i) => [
      `${title(i)}: Role Blueprint`,
      'Coordinates the unit.',
      'Career Path:',
      ...Array.from({ length: 50 }, (_, k) => `Next: ${title((i + 1 + k) % n)}`),
    ]).flat(),
  );

  it('is not handed over whole: it has a preview, an index and the asked view, like a large one', () => {
    const spec = { kind: 'entry' } as const;
    const steps = newEngine().startLoad({
      type: 'load',
      text,
      name: 'dense.txt',
      view: { spec, include: [] },
    });
    expect(steps.preview).not.toBeNull();
    expect(steps.preview!.moves).toBeGreaterThan(SIZES.wholeGraphMoves);
    expect(steps.index()).toHaveLength(n);
    const r = steps.finish(true);
    expect(r.total).toBe(n);
    expect(r.whole).toBeNull();
    expect(r.view!.graph.nodes.length).toBeLessThanOrEqual(SIZES.focusCap);
    // Its promotions between roles of one rank are as many findings: the page gets the first
    // ones, and how many there are.
    const all = loadCatalog({ text, file: 'dense.txt' }, { model: defaultModel });
    const total = all.diagnostics.length + all.findings.length;
    expect(total).toBeGreaterThan(MAX_LISTED_DIAGNOSTICS);
    expect(r.diagnostics).toHaveLength(MAX_LISTED_DIAGNOSTICS);
    expect(r.problems).toBe(total);
  });

  it('a load without a preview step hands over the index and no whole graph too', () => {
    const r = load(newEngine(), text, 'dense.txt');
    expect(r.whole).toBeNull();
    expect(r.index).toHaveLength(n);
  });
});
