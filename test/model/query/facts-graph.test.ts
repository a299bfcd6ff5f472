import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  catalogFacts,
  exportCSV,
  exportGEXF,
  exportGraphML,
  exportJSON,
  loadCatalog,
  type CareerGraph,
} from '../../../src/model/index';
import { readFixture, readRepoFile } from '../helpers';

/* Role facts in the graph: node and edge attributes, and their exports. */

const lines = (...ls: string[]) => ls.join('\n') + '\n';

describe('the graph carries the facts', () => {
  const { graph, diagnostics } = loadCatalog(
    {
      text: lines(
        'Zeta Keeper: Role Blueprint',
        'Keeps zetas.',
        'Pay band: 55,000–70,000 USD',
        'Time in role: 18 months',
        'Headcount: 12',
        'Next: Omega Warden (14 people)',
        'Lateral: Delta Scribe (3 people)',
        'Omega Warden: Role Blueprint',
        'Wards omegas.',
        'Delta Scribe: Role Blueprint',
        'Writes deltas.',
        'Lateral: Zeta Keeper',
      ),
      file: 'facts.txt',
    },
    { model: defaultModel },
  );

  it('sets the node attributes only where the catalog states them', () => {
    expect(diagnostics.filter((d) => /cannot be read|unknown role/.test(d.message))).toEqual([]);
    expect(graph.getNodeAttributes('zeta-keeper')).toMatchObject({
      payMin: 55000,
      payMax: 70000,
      currency: 'USD',
      monthsInRole: 18,
      headcount: 12,
    });
    const omega = graph.getNodeAttributes('omega-warden');
    for (const k of ['payMin', 'payMax', 'currency', 'monthsInRole', 'headcount'])
      expect(Object.hasOwn(omega, k)).toBe(false);
  });

  it('puts a count on the stated move, not on the way back of a lateral move', () => {
    expect(graph.getEdgeAttribute('zeta-keeper', 'omega-warden', 'count')).toBe(14);
    // Delta Scribe states the lateral move too, without a count; the counted direction keeps it.
    expect(graph.getEdgeAttribute('zeta-keeper', 'delta-scribe', 'count')).toBe(3);
    expect(graph.getEdgeAttribute('delta-scribe', 'zeta-keeper', 'count')).toBeUndefined();
    expect(catalogFacts(graph)).toEqual({ pay: true, months: true, headcount: true, counts: true });
  });

  it('keeps the count when the other end states the lateral move first', () => {
    const g = loadCatalog(
      {
        text: lines(
          'Delta Scribe: Role Blueprint',
          'Writes deltas.',
          'Lateral: Zeta Keeper',
          'Zeta Keeper: Role Blueprint',
          'Keeps zetas.',
          'Lateral: Delta Scribe (3 people)',
        ),
        file: 'facts.txt',
      },
      { model: defaultModel },
    ).graph;
    expect(g.getEdgeAttribute('zeta-keeper', 'delta-scribe', 'count')).toBe(3);
  });

  it('says when a catalog states no facts', () => {
    const g = loadCatalog(
      { text: lines('A: Role Blueprint', 'Sum.'), file: 'a.txt' },
      { model: defaultModel },
    ).graph;
    expect(catalogFacts(g)).toEqual({ pay: false, months: false, headcount: false, counts: false });
    expect(catalogFacts(null).pay).toBe(false);
  });
});

describe('exports carry the facts', () => {
  const { graph } = loadCatalog(
    {
      text: readRepoFile('public/examples/support-with-facts.txt'),
      file: 'support-with-facts.txt',
    },
    { model: defaultModel },
  );
  const factsOf = (g: CareerGraph) =>
    g.mapNodes((id, a) => [id, a.payMin, a.payMax, a.currency, a.monthsInRole, a.headcount]);
  const countsOf = (g: CareerGraph) =>
    g
      .filterEdges((_e, a) => a.count !== undefined)
      .map((e) => [g.source(e), g.target(e), g.getEdgeAttribute(e, 'count')])
      .sort();

  it('the example states facts on every role and counts on several moves', () => {
    expect(factsOf(graph).every((f) => f.every((v) => v !== undefined))).toBe(true);
    expect(countsOf(graph).length).toBeGreaterThanOrEqual(10);
  });

  it('GEXF declares the facts as numbers and reads back the same values', () => {
    const xml = exportGEXF(graph);
    for (const name of ['payMin', 'payMax', 'monthsInRole', 'headcount'])
      expect(xml).toMatch(new RegExp(`title="${name}" type="(integer|long|double)"`));
    expect(xml).toMatch(/title="count" type="integer"/);
    const back = parseGexf(Graph, xml);
    graph.forEachNode((id, a) => {
      const b = back.getNodeAttributes(id);
      expect([b['payMin'], b['payMax'], b['currency'], b['monthsInRole'], b['headcount']]).toEqual([
        a.payMin,
        a.payMax,
        a.currency,
        a.monthsInRole,
        a.headcount,
      ]);
    });
    graph.forEachEdge((_e, a, s, t) =>
      expect(back.getEdgeAttribute(back.edge(s, t)!, 'count')).toBe(a.count),
    );
  });

  it('GraphML declares the facts as typed keys', () => {
    const xml = exportGraphML(graph);
    for (const name of ['payMin', 'payMax', 'monthsInRole', 'headcount'])
      expect(xml).toMatch(new RegExp(`for="node" attr.name="${name}" attr.type="int"`));
    expect(xml).toMatch(/for="node" attr.name="currency" attr.type="string"/);
    expect(xml).toMatch(/for="edge" attr.name="count" attr.type="int"/);
    const back = parseGraphml(Graph, xml);
    expect(back.getNodeAttribute('technical-account-manager', 'payMin')).toBe(95000);
    expect(
      back.getEdgeAttribute(
        back.edge('customer-support-engineer', 'technical-account-manager')!,
        'count',
      ),
    ).toBe(8);
  });

  it('CSV has the fact columns and parses back into the same facts and counts', () => {
    const { roles, moves } = exportCSV(graph);
    const header = roles.split('\r\n')[0]!;
    expect(header).toMatch(/,pay_min,pay_max,currency,months_in_role,headcount$/);
    expect(moves.split('\r\n')[0]).toMatch(/,count$/);
    const back = loadCatalog(
      { text: roles, file: 'roles.csv', format: 'csv' },
      { model: defaultModel },
    );
    expect(back.diagnostics).toEqual([]);
    expect(factsOf(back.graph)).toEqual(factsOf(graph));
    expect(countsOf(back.graph)).toEqual(countsOf(graph));
  });

  it('CSV leaves the fact cells empty for a role that states none', () => {
    const g = loadCatalog(
      { text: lines('A: Role Blueprint', 'Sum.'), file: 'a.txt' },
      { model: defaultModel },
    ).graph;
    expect(exportCSV(g).roles.split('\r\n')[1]).toMatch(/,,,,,$/);
  });

  it('graphology JSON keeps every fact', () => {
    const back = Graph.from(JSON.parse(exportJSON(graph))) as CareerGraph;
    expect(factsOf(back)).toEqual(factsOf(graph));
    expect(countsOf(back)).toEqual(countsOf(graph));
  });
});

describe('the JSON and CSV fixtures with facts', () => {
  const facts = (name: string) => {
    const { graph, diagnostics } = loadCatalog(
      { text: readFixture(name), file: name },
      { model: defaultModel },
    );
    expect(diagnostics.filter((d) => /cannot be read|unknown role/.test(d.message))).toEqual([]);
    return {
      roles: graph.mapNodes((id, a) => [
        id,
        a.payMin,
        a.payMax,
        a.currency,
        a.monthsInRole,
        a.headcount,
      ]),
      counts: graph
        .filterEdges((_e, a) => a.count !== undefined)
        .map((e) => [graph.source(e), graph.target(e), graph.getEdgeAttribute(e, 'count')]),
    };
  };

  it('read into the same facts from either format', () => {
    const json = facts('facts.json');
    expect(json).toEqual(facts('facts.csv'));
    expect(json.roles).toEqual([
      ['clinic-nurse', 41000, 52000, 'EUR', 24, 18],
      ['charge-nurse', 50000, 61000, 'EUR', 36, 5],
      ['nurse-educator', undefined, undefined, undefined, 30, undefined],
    ]);
    expect(json.counts).toEqual([
      ['clinic-nurse', 'charge-nurse', 6],
      ['clinic-nurse', 'nurse-educator', 2],
    ]);
  });
});
