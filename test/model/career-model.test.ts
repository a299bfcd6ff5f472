import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/default-model';
import {
  CatalogError,
  checkGraph,
  loadCatalog,
  readCareerModel,
  resolveRole,
} from '../../src/model/index';
import { readFixture, readRepoFile } from './helpers';

const lines = (...ls: string[]) => ls.join('\n') + '\n';

/** Builds a catalog of roles with one-line summaries. */
const catalog = (...titles: string[]) =>
  lines(...titles.flatMap((t) => [`${t}: Role Blueprint`, `The ${t} does the work.`]));

const edgeList = (g: ReturnType<typeof loadCatalog>['graph']) =>
  g.mapEdges((_e, a, s, t) => `${s} -${a.kind}-> ${t}`).sort();

describe('the shipped career model', () => {
  it('is the file data/career-model.json, read and validated', () => {
    const json = JSON.parse(readRepoFile('data/career-model.json')) as unknown;
    expect(readCareerModel(json)).toEqual(defaultModel);
    expect(defaultModel.levels.map((l) => l.label)).toEqual([
      'Associate',
      'Junior',
      '',
      'Senior',
      'Lead',
      'Principal',
    ]);
  });
});

describe('families the model does not list', () => {
  const { graph } = loadCatalog(
    catalog(
      'Senior Widget Wrangler',
      'Associate Widget Wrangler',
      'Widget Wrangler',
      'Lead Widget Wrangler',
    ),
    defaultModel,
  );

  it('still get a ladder, level by level, skipping missing levels', () => {
    expect(edgeList(graph)).toEqual([
      'associate-widget-wrangler -promotion-> widget-wrangler',
      'senior-widget-wrangler -promotion-> lead-widget-wrangler',
      'widget-wrangler -promotion-> senior-widget-wrangler',
    ]);
    for (const id of graph.nodes()) {
      expect(graph.getNodeAttribute(id, 'family')).toBe('Widget Wrangler');
      expect(graph.getNodeAttribute(id, 'track')).toBe('other');
    }
  });

  it('go to the track whose keyword they contain', () => {
    const g = loadCatalog(
      catalog('Cloud Support Engineer', 'Help Desk Technician'),
      defaultModel,
    ).graph;
    // "Engineer" is a keyword of support-engineering (band 3). "Help Desk Technician" contains
    // "Help Desk" (service-desk) and "Technician" (technical-support): the longer keyword wins.
    expect(g.getNodeAttributes('cloud-support-engineer')).toMatchObject({
      track: 'support-engineering',
      rank: 3 + 2,
    });
    expect(g.getNodeAttribute('help-desk-technician', 'track')).toBe('technical-support');
  });

  it('get a finite rank whatever the title, even one named like an object property', () => {
    const g = loadCatalog(
      catalog('Constructor', 'Senior Constructor', 'toString', 'Senior hasOwnProperty'),
      defaultModel,
    ).graph;
    g.forEachNode((id, a) => {
      expect(Number.isFinite(a.rank), `${id} rank ${a.rank}`).toBe(true);
      expect(a.track, id).toBe('other');
    });
    const constructor = resolveRole(g, 'Constructor')!;
    expect(g.getNodeAttribute('senior-constructor', 'rank')).toBeGreaterThan(
      g.getNodeAttribute(constructor, 'rank'),
    );
    expect(g.getEdgeAttribute(constructor, 'senior-constructor', 'kind')).toBe('promotion');
  });

  it('can be the target of a move even when the role is called Constructor', () => {
    // graphology keeps neighbours in plain objects, where "constructor" is always present.
    const { graph: g, diagnostics } = loadCatalog(
      catalog('Associate Constructor', 'Constructor', 'Junior Support Analyst') +
        'Next: Constructor\n',
      defaultModel,
    );
    expect(diagnostics).toEqual([]);
    const constructor = resolveRole(g, 'constructor')!;
    expect(g.getNodeAttribute(constructor, 'title')).toBe('Constructor');
    expect(g.getEdgeAttribute('associate-constructor', constructor, 'kind')).toBe('promotion');
    expect(g.getEdgeAttribute('junior-support-analyst', constructor, 'provenance')).toBe('stated');
    expect(g.inDegree(constructor)).toBe(2);
  });
});

describe('a custom model', () => {
  const staff = readCareerModel(JSON.parse(readFixture('staff-model.json')), 'staff-model.json');
  const { graph } = loadCatalog(
    catalog(
      'Data Engineer',
      'Senior Data Engineer',
      'Staff Data Engineer',
      'Principal Data Engineer',
      'Data Analyst',
    ),
    staff,
  );

  it('reads a Staff level between Senior and Principal', () => {
    expect(staff.levels.map((l) => l.label)).toEqual([
      'Junior',
      '',
      'Senior',
      'Staff',
      'Principal',
    ]);
    expect(graph.getNodeAttributes('staff-data-engineer')).toMatchObject({
      level: 'Staff',
      family: 'Data Engineer',
      levelIndex: 3,
    });
  });

  it('builds the ladder through Staff and ranks by its bands', () => {
    expect(edgeList(graph)).toEqual(
      expect.arrayContaining([
        'data-engineer -promotion-> senior-data-engineer',
        'senior-data-engineer -promotion-> staff-data-engineer',
        'staff-data-engineer -promotion-> principal-data-engineer',
      ]),
    );
    // Data Engineer has band 2, Data Analyst band 0: rank = band + level position.
    expect(graph.getNodeAttribute('staff-data-engineer', 'rank')).toBe(2 + 3);
    expect(graph.getNodeAttribute('data-analyst', 'rank')).toBe(0 + 1);
  });

  it('applies its own bridges and costs', () => {
    // The fixture's one bridge: Data Analyst → Data Engineer, a promotion (rank 1 → 3, gap 2).
    const e = graph.getEdgeAttributes('data-analyst', 'data-engineer');
    expect(e).toMatchObject({
      kind: 'promotion',
      rule: 'bridge:analyst-to-engineer',
      provenance: 'inferred',
    });
    // costs: promotion 3, crossTrack 1 (analytics → data-engineering).
    expect(e.cost).toBe(4);
    expect(e.reason).toMatch(/^Analysts who automate their pipelines become data engineers\./);
  });

  it('takes entry levels from the model when checking reachability', () => {
    const g = loadCatalog(catalog('Junior Data Analyst', 'Staff Data Engineer'), staff).graph;
    const findings = checkGraph(g, staff).filter((d) => d.message.includes('cannot be reached'));
    expect(findings.map((d) => d.roleId)).toEqual(['staff-data-engineer']);
  });
});

describe('readCareerModel rejects an invalid model', () => {
  const valid = JSON.parse(readFixture('staff-model.json')) as Record<string, unknown>;
  const broken = (patch: Record<string, unknown>) => ({ ...valid, ...patch });

  it.each([
    ['not an object', 42, 'model: must be an object'],
    ['no levels', broken({ levels: undefined }), 'levels: must be a list'],
    [
      'no plain level',
      broken({ levels: [{ label: 'Senior', words: ['Senior'] }] }),
      'levels: needs one level with label ""',
    ],
    [
      'a level word that is not a string',
      broken({ levels: [{ label: '', words: [1] }] }),
      'levels[0].words: must be a list of strings',
    ],
    [
      'a family on an unknown track',
      broken({ families: { 'Data Engineer': { track: 'nope' } } }),
      'families.Data Engineer.track: unknown track "nope"',
    ],
    [
      'a zero promotion cost',
      broken({ costs: { promotion: 0 } }),
      'costs.promotion: must be greater than 0',
    ],
    [
      'a negative cross-track cost',
      broken({ costs: { crossTrack: -1 } }),
      'costs.crossTrack: must not be negative',
    ],
    [
      'a bridge of an unknown kind',
      broken({
        bridges: [
          {
            id: 'x',
            from: { level: ['Senior'] },
            to: { level: ['Staff'] },
            kind: 'sideways',
            because: 'y',
          },
        ],
      }),
      'bridges[0].kind: must be "auto", "promotion" or "lateral"',
    ],
    [
      'a bridge with an empty selector',
      broken({ bridges: [{ id: 'x', from: {}, to: { level: ['Staff'] }, because: 'y' }] }),
      'bridges[0].from: needs at least one of family, track, level, phrase',
    ],
  ])('%s', (_what, data, message) => {
    let error: unknown;
    try {
      readCareerModel(data, 'my-model.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as Error).message).toContain(`my-model.json: ${message}`);
  });

  it('lists every problem at once', () => {
    try {
      readCareerModel(broken({ levels: 'x', costs: { promotion: -1, lateral: 'two' } }), 'm.json');
      expect.unreachable();
    } catch (e) {
      const m = (e as Error).message.split('\n');
      expect(m).toEqual(
        expect.arrayContaining([
          'm.json: levels: must be a list',
          'm.json: costs.promotion: must be greater than 0',
          'm.json: costs.lateral: must be a finite number',
        ]),
      );
    }
  });
});
