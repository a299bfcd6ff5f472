import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import Papa from 'papaparse';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  escapeMarkdown,
  exportCSV,
  exportGEXF,
  exportGraphML,
  exportJSON,
  findPath,
  loadCatalog,
  pathMarkdown,
  type CareerGraph,
  type RoleNode,
} from '../../../src/model/index';
import { readRepoFile } from '../helpers';

const seed = loadCatalog(
  { text: readRepoFile('data/role-blueprints.txt') },
  { model: defaultModel },
).graph;

const lines = (...ls: string[]) => ls.join('\n') + '\n';
/** A small catalog whose text tries every trick: markup, formulas, quotes, commas, line breaks. */
const tricky = loadCatalog(
  {
    text: lines(
      'Support Analyst: Role Blueprint',
      'Fixes <b>things</b> & "stuff", fast; =cmd|\' /C calc\'!A0 **bold** [link](http://x) | pipe',
      'Skills: =SUM(A1); +1 555; -rm; @home; plain, with comma',
      'Next: Senior Support Analyst',
      'Lateral: <script>alert(1)</script>',
      'Senior Support Analyst: Role Blueprint',
      'Owns complex incidents.',
      '<script>alert(1)</script>: Role Blueprint',
      'Runs <img src=x onerror=alert(1)> & "quotes" \'single\'',
      '=HYPERLINK("http://evil"): Role Blueprint',
      'A formula for a title.',
    ),
  },
  { model: defaultModel },
).graph;

const nodeCount = (xml: string, tag: string) =>
  (xml.match(new RegExp(`<${tag}[\\s>/]`, 'g')) ?? []).length;

describe('exportJSON', () => {
  it('is graphology JSON that imports back into the same graph', () => {
    const back = Graph.from(JSON.parse(exportJSON(seed)));
    expect(back.order).toBe(seed.order);
    expect(back.size).toBe(seed.size);
    seed.forEachNode((id, a) => expect(back.getNodeAttributes(id)).toEqual(a));
    seed.forEachEdge((e, a) => expect(back.getEdgeAttributes(e)).toEqual(a));
  });
});

describe('exportGEXF', () => {
  for (const [name, g] of [
    ['seed', seed],
    ['tricky', tricky],
  ] as const) {
    it(`parses back with graphology-gexf (${name}): same nodes, edges, labels and text`, () => {
      const xml = exportGEXF(g);
      expect(xml).toMatch(/^<\?xml/);
      const back = parseGexf(Graph, xml);
      expect(back.order).toBe(g.order);
      expect(back.size).toBe(g.size);
      g.forEachNode((id, a) => {
        const b = back.getNodeAttributes(id);
        expect(b['label']).toBe(a.title);
        expect(b['summary']).toBe(a.summary);
        expect(b['family']).toBe(a.family);
        expect(b['rank']).toBe(a.rank);
        expect(b['skills'] ?? '').toBe(a.skills.join('; '));
      });
      g.forEachEdge((_e, a, s, t) => {
        const b = back.getEdgeAttributes(back.edge(s, t)!);
        expect(b['reason']).toBe(a.reason);
        expect(b['summary']).toBe(a.summary);
        expect(b['weight']).toBe(a.cost);
      });
    });
  }

  it('drops characters XML cannot carry instead of writing an unreadable file', () => {
    const g: CareerGraph = loadCatalog(
      { text: 'A\u0001b: Role Blueprint\nx\u0008y\n' },
      { model: defaultModel },
    ).graph;
    const back = parseGexf(Graph, exportGEXF(g));
    expect(back.getNodeAttribute(back.nodes()[0]!, 'summary')).toBe('xy');
  });
});

describe('exportGraphML', () => {
  for (const [name, g] of [
    ['seed', seed],
    ['tricky', tricky],
  ] as const) {
    it(`is well-formed GraphML with every node and edge (${name})`, () => {
      const xml = exportGraphML(g);
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns=/);
      expect(nodeCount(xml, 'node')).toBe(g.order);
      expect(nodeCount(xml, 'edge')).toBe(g.size);
      // No raw markup from the catalog: every < in the file opens one of GraphML's own tags.
      const tags = new Set(xml.match(/<[/?]?([a-zA-Z]+)/g)!.map((t) => t.replace(/[</?]/g, '')));
      expect([...tags].sort()).toEqual(['data', 'edge', 'graph', 'graphml', 'key', 'node', 'xml']);
      const back = parseGraphml(Graph, xml);
      expect(back.order).toBe(g.order);
      expect(back.size).toBe(g.size);
      g.forEachNode((id, a) => {
        const b = back.getNodeAttributes(id);
        expect(b['label']).toBe(a.title);
        expect(b['title']).toBe(a.title);
        expect(b['summary']).toBe(a.summary);
        expect(b['rank']).toBe(a.rank);
        expect(b['levelIndex']).toBe(a.levelIndex);
        expect(b['skills'] ?? '').toBe(a.skills.join('; '));
      });
      g.forEachEdge((_e, a, s, t) => {
        const b = back.getEdgeAttributes(back.edge(s, t)!);
        expect(b['reason']).toBe(a.reason);
        expect(b['summary']).toBe(a.summary);
        expect(b['kind']).toBe(a.kind);
        expect(b['strength']).toBe(a.strength);
        expect(b['cost']).toBe(a.cost);
      });
    });
  }

  it('declares typed keys: numbers as int or double, text as string', () => {
    const xml = exportGraphML(seed);
    expect(xml).toContain('attr.name="rank" attr.type="int"');
    expect(xml).toContain('attr.name="cost" attr.type="double"');
    expect(xml).toContain('attr.name="summary" attr.type="string"');
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
  });
});

describe('exportCSV', () => {
  const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true });

  it('writes RFC 4180 CSV that papaparse reads back cell for cell', () => {
    const { roles, moves } = exportCSV(seed);
    const r = parse(roles);
    expect(r.errors).toEqual([]);
    expect(r.data).toHaveLength(seed.order);
    for (const row of r.data) {
      const a = seed.getNodeAttributes(row['id']!);
      expect(row['title']).toBe(a.title);
      expect(row['summary']).toBe(a.summary);
      expect(row['skills']).toBe(a.skills.join('; '));
      expect(Number(row['rank'])).toBe(a.rank);
    }
    const m = parse(moves);
    expect(m.errors).toEqual([]);
    expect(m.data).toHaveLength(seed.size);
    for (const row of m.data) {
      const a = seed.getEdgeAttributes(row['from']!, row['to']!);
      expect(row['reason']).toBe(a.reason);
      expect(row['summary']).toBe(a.summary);
      expect(row['kind']).toBe(a.kind);
      expect(row['strength']).toBe(a.strength);
      expect(Number(row['cost'])).toBe(a.cost);
    }
    expect(roles).toContain('\r\n');
  });

  it('prefixes cells a spreadsheet would run as formulas with a quote', () => {
    const { roles, moves } = exportCSV(tricky);
    const r = parse(roles).data;
    const analyst = r.find((row) => row['id'] === 'support-analyst')!;
    expect(analyst['skills']).toBe("'=SUM(A1); +1 555; -rm; @home; plain, with comma");
    const formula = r.find((row) => row['title']!.includes('HYPERLINK'))!;
    expect(formula['title']).toBe(`'=HYPERLINK("http://evil")`);
    expect(formula['family']).toBe(`'=HYPERLINK("http://evil")`);
    // No cell starts with a formula character.
    for (const table of [roles, moves])
      for (const row of Papa.parse<string[]>(table).data)
        for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(analyst['summary']).toContain('<b>things</b> & "stuff", fast;');
  });

  it('is a catalog: loading the roles table gives the same graph back', () => {
    for (const g of [seed, tricky]) {
      const back = loadCatalog(
        { text: exportCSV(g).roles, file: 'roles.csv' },
        { model: defaultModel },
      );
      expect(back.format).toBe('csv');
      expect(back.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(back.graph.order).toBe(g.order);
      // Everything but the line, which now points into the CSV file.
      const noLine = (a: RoleNode) => ({ ...a, line: 0 });
      g.forEachNode((id, a) => expect(noLine(back.graph.getNodeAttributes(id))).toEqual(noLine(a)));
      expect(back.graph.edges().sort()).toEqual(g.edges().sort());
      g.forEachEdge((e, a) => {
        const b = back.graph.getEdgeAttributes(e);
        expect([b.kind, b.provenance, b.cost]).toEqual([a.kind, a.provenance, a.cost]);
      });
    }
  });
});

describe('pathMarkdown', () => {
  it('lists each step with its move kind, its one-sentence summary and its reason', () => {
    const r = findPath(seed, 'associate-service-desk-analyst', 'technical-account-manager');
    expect(r.found).toBe(true);
    if (!r.found) return;
    const md = pathMarkdown(seed, r.path);
    const steps = md.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(steps).toHaveLength(r.path.length);
    expect(md.split('\n')[0]).toBe(
      '# Career path: Associate Service Desk Analyst → Technical Account Manager',
    );
    expect(steps[0]).toBe('1. **Associate Service Desk Analyst** (start)');
    r.moves.forEach((m, i) => {
      const kind = m.kind === 'promotion' ? 'promotion' : 'lateral move';
      expect(steps[i + 1]).toBe(
        `${i + 2}. **${seed.getNodeAttribute(m.to, 'title')}**: ${kind} (${m.strength} evidence). ${escapeMarkdown(m.summary)} Why: ${escapeMarkdown(m.reason)}`,
      );
    });
    expect(md).toMatch(/^\d+ moves: \d+ promotions?, \d+ lateral moves?\.$/m);
  });

  it('escapes Markdown and HTML in catalog text', () => {
    const md = pathMarkdown(tricky, ['support-analyst', 'script-alert-1-script']);
    expect(md).toContain('**&lt;script&gt;alert(1)&lt;/script&gt;**');
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/<[a-z]/i);
  });

  it('escapes every Markdown-significant character', () => {
    expect(escapeMarkdown('**a** _b_ `c` [d](e) |f| ~g~ \\ <h> & i\nj')).toBe(
      '\\*\\*a\\*\\* \\_b\\_ \\`c\\` \\[d\\](e) \\|f\\| \\~g\\~ \\\\ &lt;h&gt; &amp; i j',
    );
  });

  it('refuses a path that is not in the graph', () => {
    expect(() => pathMarkdown(seed, ['nope'])).toThrow(/unknown role "nope"/);
    expect(() =>
      pathMarkdown(seed, ['technical-account-manager', 'associate-service-desk-analyst']),
    ).toThrow(/no move/);
  });
});
