import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  CatalogError,
  loadCatalog,
  parseCatalog,
  parseJsonCatalog,
  type Diagnostic,
} from '../../../src/model/index';

const warningsOf = (ds: Diagnostic[]) =>
  ds.filter((d) => d.severity === 'warning').map((d) => [d.line, d.message] as const);

describe('JSON catalog', () => {
  const text = `{
  "roles": [
    {
      "title": "Support Analyst",
      "summary": "Restores **service** quickly.",
      "skills": ["incident response", "root-cause analysis"],
      "responsibilities": ["Own the queue, including triage"],
      "kpis": ["CSAT"],
      "next": ["Senior Support Analyst", "Support Specialist"],
      "lateral": ["Service Desk Analyst"]
    },
    { "title": "Senior Support Analyst", "summary": "Owns complex incidents." },
    { "title": "Support Specialist", "summary": "Handles tickets." },
    { "title": "Service Desk Analyst", "summary": "Answers the desk." }
  ]
}
`;

  it('is chosen from the content and reads every field', () => {
    const p = parseCatalog(text);
    expect(p.format).toBe('json');
    expect(p.diagnostics).toEqual([]);
    expect(p.roles.map((r) => [r.title, r.line])).toEqual([
      ['Support Analyst', 4],
      ['Senior Support Analyst', 12],
      ['Support Specialist', 13],
      ['Service Desk Analyst', 14],
    ]);
    expect(p.roles[0]).toEqual({
      title: 'Support Analyst',
      summary: 'Restores service quickly.',
      skills: ['incident response', 'root-cause analysis'],
      responsibilities: ['Own the queue, including triage'],
      kpis: ['CSAT'],
      next: [
        { title: 'Senior Support Analyst', line: 4 },
        { title: 'Support Specialist', line: 4 },
      ],
      lateral: [{ title: 'Service Desk Analyst', line: 4 }],
      line: 4,
    });
  });

  it('builds the same graph as the equivalent blueprint text', () => {
    const asText = [
      'Support Analyst: Role Blueprint',
      'Restores service quickly.',
      'Skills: incident response; root-cause analysis',
      'Responsibilities:',
      '- Own the queue, including triage',
      'KPIs: CSAT',
      'Next: Senior Support Analyst; Support Specialist',
      'Lateral: Service Desk Analyst',
      'Senior Support Analyst: Role Blueprint',
      'Owns complex incidents.',
      'Support Specialist: Role Blueprint',
      'Handles tickets.',
      'Service Desk Analyst: Role Blueprint',
      'Answers the desk.',
    ].join('\n');
    const strip = (g: ReturnType<typeof loadCatalog>['graph']) => ({
      nodes: g.mapNodes((id, a) => ({ ...a, id, line: 0 })),
      edges: g.mapEdges((e, a) => ({ e, ...a })).sort((x, y) => x.e.localeCompare(y.e)),
    });
    const fromJson = loadCatalog({ text }, { model: defaultModel }).graph;
    const fromText = loadCatalog({ text: asText }, { model: defaultModel }).graph;
    expect(strip(fromJson)).toEqual(strip(fromText));
    expect(fromJson.getEdgeAttribute('support-analyst', 'support-specialist', 'provenance')).toBe(
      'stated',
    );
  });

  it('accepts a bare list of roles and a byte-order mark', () => {
    const p = parseCatalog('\uFEFF[{"title": "A", "summary": "x"}]');
    expect(p.roles.map((r) => r.title)).toEqual(['A']);
  });

  it('warns about a duplicate title naming both lines, and keeps the first', () => {
    const p = parseJsonCatalog(
      '{"roles": [\n{"title": "A", "summary": "first"},\n{"title": "B", "summary": "b"},\n{"title": " a ", "summary": "second"}\n]}',
    );
    expect(p.roles.map((r) => [r.title, r.summary])).toEqual([
      ['A', 'first'],
      ['B', 'b'],
    ]);
    expect(warningsOf(p.diagnostics)).toEqual([
      [4, 'duplicate role "a" (first at line 2); this definition is ignored'],
    ]);
  });

  it('keeps a role with no summary, with a warning', () => {
    const p = parseJsonCatalog('{"roles": [\n{"title": "A"},\n{"title": "B", "summary": "  "}]}');
    expect(p.roles.map((r) => r.title)).toEqual(['A', 'B']);
    expect(warningsOf(p.diagnostics)).toEqual([
      [2, 'role "A" has no summary'],
      [3, 'role "B" has no summary'],
    ]);
  });

  it('skips entries that are not roles and bad list items, with a warning each', () => {
    const p = parseJsonCatalog(
      JSON.stringify({
        roles: [
          'Support Analyst',
          { summary: 'no title' },
          { title: 42 },
          { title: 'A', summary: 'x', skills: 'SQL', kpis: ['CSAT', 7, ''] },
        ],
      }),
    );
    expect(p.roles).toHaveLength(1);
    expect(p.roles[0]).toMatchObject({ title: 'A', skills: [], kpis: ['CSAT'] });
    const messages = p.diagnostics.map((d) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'roles[0] is not an object; ignored',
        'roles[1] has no "title" string; ignored',
        'roles[2] has no "title" string; ignored',
        'role "A": "skills" must be a list of strings; ignored',
        'role "A": an item of "kpis" is not a non-empty string; ignored',
      ]),
    );
    expect(p.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('warns about a stated move to an unknown role', () => {
    const { diagnostics } = loadCatalog(
      { text: '{"roles": [\n{"title": "A", "summary": "x", "next": ["Nobody"]}]}' },
      { model: defaultModel },
    );
    expect(warningsOf(diagnostics)).toEqual([
      [2, 'role "A" names a move to unknown role "Nobody"; the move is ignored'],
    ]);
  });

  it.each([
    [
      'invalid JSON, at its line',
      '{"roles": [\n{"title": "A",\n"summary": "x" "oops"}]}',
      3,
      /invalid JSON/,
    ],
    ['no roles list', '{"role": []}', 1, /needs a "roles" list/],
    ['an empty bare list', '[]', 0, /no roles found/],
    ['an empty list', '{"roles": []}', 0, /no roles found/],
    ['only unusable entries', '{"roles": [1, {"title": ""}]}', 0, /no roles found/],
  ])('throws CatalogError for %s', (_what, text, line, message) => {
    let error: unknown;
    try {
      parseCatalog(text, 'roles.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    const d = (error as CatalogError).diagnostics.find((x) => x.severity === 'error')!;
    expect(d.line).toBe(line);
    expect(d.message).toMatch(message);
    expect((error as CatalogError).message).toMatch(/^roles\.json/);
  });
});
