import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  CatalogError,
  detectFormat,
  loadCatalog,
  parseBlueprintText,
  parseCatalog,
  type Diagnostic,
} from '../../../src/model/index';

const lines = (...ls: string[]) => ls.join('\n') + '\n';
const warningsOf = (ds: Diagnostic[]) =>
  ds.filter((d) => d.severity === 'warning').map((d) => [d.line, d.message] as const);

describe('blueprint text: sections', () => {
  const text = lines(
    'Support Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path', // 1
    'The Support Analyst restores service quickly.', // 2
    'It also documents fixes.', // 3
    'Skills: incident response; root-cause analysis', // 4
    'Responsibilities:', // 5
    '- Own the incident queue, including triage and escalation', // 6
    '* Write knowledge articles', // 7
    '• Coach new analysts', // 8
    'KPIs: first-contact resolution, CSAT', // 9
    'Career Path:', // 10
    '- Senior Support Analyst', // 11
    'Next: Support Specialist; Escalation Engineer', // 12
    'Lateral: Service Desk Analyst', // 13
    '',
    'Senior Support Analyst: Role Blueprint', // 15
    'Owns complex incidents.', // 16
    'Support Specialist: Role Blueprint', // 17
    'Handles tickets.', // 18
    'Escalation Engineer: Role Blueprint', // 19
    'Owns escalations.', // 20
    'Service Desk Analyst: Role Blueprint', // 21
    'Answers the desk.', // 22
  );
  const parsed = parseBlueprintText(text);
  const role = parsed.roles[0]!;

  it('reads the summary lines up to the first section', () => {
    expect(parsed.format).toBe('text');
    expect(role.title).toBe('Support Analyst');
    expect(role.line).toBe(1);
    expect(role.summary).toBe(
      'The Support Analyst restores service quickly. It also documents fixes.',
    );
  });

  it('splits an inline section on semicolons, or else on commas', () => {
    expect(role.skills).toEqual(['incident response', 'root-cause analysis']);
    expect(role.kpis).toEqual(['first-contact resolution', 'CSAT']);
  });

  it('takes each bullet (-, * or •) as one item, commas and all', () => {
    expect(role.responsibilities).toEqual([
      'Own the incident queue, including triage and escalation',
      'Write knowledge articles',
      'Coach new analysts',
    ]);
  });

  it('reads Career Path bullets and Next: lines as next roles and Lateral: lines as lateral moves, with their lines', () => {
    expect(role.next).toEqual([
      { title: 'Senior Support Analyst', line: 11 },
      { title: 'Support Specialist', line: 12 },
      { title: 'Escalation Engineer', line: 12 },
    ]);
    expect(role.lateral).toEqual([{ title: 'Service Desk Analyst', line: 13 }]);
  });

  it('reads the roles that follow, with no warning', () => {
    expect(parsed.roles.map((r) => [r.title, r.line, r.summary])).toEqual([
      ['Support Analyst', 1, role.summary],
      ['Senior Support Analyst', 15, 'Owns complex incidents.'],
      ['Support Specialist', 17, 'Handles tickets.'],
      ['Escalation Engineer', 19, 'Owns escalations.'],
      ['Service Desk Analyst', 21, 'Answers the desk.'],
    ]);
    expect(parsed.diagnostics).toEqual([]);
  });

  it('accepts bold, bulleted and lower-case section headers', () => {
    const p = parseBlueprintText(
      lines(
        'Support Analyst: Role Blueprint',
        'Summary.',
        '**Skills:** triage; SQL',
        '- kpis: MTTR',
        'career path:',
        '1. Support Specialist',
        'LATERAL MOVES: Service Desk Analyst',
      ),
    );
    expect(p.roles[0]).toMatchObject({
      skills: ['triage', 'SQL'],
      kpis: ['MTTR'],
      next: [{ title: 'Support Specialist', line: 6 }],
      lateral: [{ title: 'Service Desk Analyst', line: 7 }],
    });
  });

  it('still splits a Career Path bullet on commas: role titles have none', () => {
    const p = parseBlueprintText(
      lines('A: Role Blueprint', 'x', 'Career Path:', '- B, C', 'Lateral:', '* D; E'),
    );
    expect(p.roles[0]!.next.map((m) => m.title)).toEqual(['B', 'C']);
    expect(p.roles[0]!.lateral.map((m) => m.title)).toEqual(['D', 'E']);
  });

  it('keeps paragraphs of a summary apart', () => {
    const p = parseBlueprintText(lines('A: Role Blueprint', 'First.', '', '', 'Second.'));
    expect(p.roles[0]!.summary).toBe('First.\n\nSecond.');
  });
});

describe('blueprint text: stated moves in the graph', () => {
  const text = lines(
    'Support Analyst: Role Blueprint', // 1
    'Front-line problem solver.', // 2
    'Career Path:', // 3
    'Next: Senior Support Analyst; Support Specialist', // 4
    'Lateral: Service Desk Analyst', // 5
    'Next: Chief Wizard', // 6
    'Senior Support Analyst: Role Blueprint', // 7
    'Owns complex incidents.', // 8
    'Support Specialist: Role Blueprint', // 9
    'Handles tickets.', // 10
    'Service Desk Analyst: Role Blueprint', // 11
    'Answers the desk.', // 12
  );
  const { graph, diagnostics } = loadCatalog({ text }, { model: defaultModel });

  it('keeps one edge for a move the model would also infer: the stated one, a fact', () => {
    // Support Analyst → Senior Support Analyst is a ladder step of the model and is also stated.
    const e = graph.getEdgeAttributes('support-analyst', 'senior-support-analyst');
    expect(e).toMatchObject({ kind: 'promotion', provenance: 'stated', rule: 'stated' });
    expect(graph.edges('support-analyst', 'senior-support-analyst')).toHaveLength(1);
  });

  it('adds a stated move the model does not infer, with a reason naming the blueprint', () => {
    // Support Analyst → Support Specialist: nothing in the two one-line summaries links them.
    const e = graph.getEdgeAttributes('support-analyst', 'support-specialist');
    expect(e).toMatchObject({ kind: 'promotion', provenance: 'stated', rule: 'stated' });
    expect(e.reason).toContain('Support Analyst blueprint');
    expect(e.reason).toContain('Support Specialist');
  });

  it('adds a stated lateral move in both directions', () => {
    for (const [s, t] of [
      ['support-analyst', 'service-desk-analyst'],
      ['service-desk-analyst', 'support-analyst'],
    ] as const)
      expect(graph.getEdgeAttributes(s, t)).toMatchObject({
        kind: 'lateral',
        provenance: 'stated',
      });
  });

  it('warns about a stated move to an unknown role, at the line that names it', () => {
    expect(warningsOf(diagnostics)).toEqual([
      [
        6,
        'role "Support Analyst" names a move to unknown role "Chief Wizard"; the move is ignored',
      ],
    ]);
    expect(diagnostics[0]!.roleId).toBe('support-analyst');
    expect(graph.hasNode('chief-wizard')).toBe(false);
  });

  it('resolves a stated move by title case-insensitively or by id', () => {
    const g = loadCatalog(
      {
        text: lines(
          'A Role: Role Blueprint',
          'x',
          'Next: b role',
          'Lateral: c-role',
          'B Role: Role Blueprint',
          'y',
          'C Role: Role Blueprint',
          'z',
        ),
      },
      { model: defaultModel },
    );
    expect(g.diagnostics).toEqual([]);
    expect(g.graph.getEdgeAttribute('a-role', 'b-role', 'provenance')).toBe('stated');
    expect(g.graph.getEdgeAttribute('c-role', 'a-role', 'kind')).toBe('lateral');
  });
});

describe('blueprint text: warnings keep every valid role', () => {
  it('warns about a duplicate title naming both lines, and keeps the first definition', () => {
    const p = parseBlueprintText(
      lines(
        'Support Analyst: Role Blueprint', // 1
        'First definition.', // 2
        'Skills: triage', // 3
        'Other Role: Role Blueprint', // 4
        'Other.', // 5
        'support analyst: Role Blueprint', // 6
        'Second definition.', // 7
        'Skills: juggling', // 8
      ),
    );
    expect(p.roles.map((r) => r.title)).toEqual(['Support Analyst', 'Other Role']);
    expect(p.roles[0]).toMatchObject({ summary: 'First definition.', skills: ['triage'] });
    // The duplicate's lines do not leak into the role before it either.
    expect(p.roles[1]).toMatchObject({ summary: 'Other.', skills: [] });
    expect(warningsOf(p.diagnostics)).toEqual([
      [6, 'duplicate role "support analyst" (first at line 1); this definition is ignored'],
    ]);
  });

  it('warns about a title with no summary and keeps the role', () => {
    const p = parseBlueprintText(
      lines(
        'Support Analyst: Role Blueprint',
        'Skills: triage',
        'Other Role: Role Blueprint',
        'Other.',
      ),
    );
    expect(p.roles.map((r) => r.title)).toEqual(['Support Analyst', 'Other Role']);
    expect(p.roles[0]!.skills).toEqual(['triage']);
    expect(warningsOf(p.diagnostics)).toEqual([[1, 'role "Support Analyst" has no summary']]);
  });

  it('warns about text before the first title, at its first line', () => {
    const p = parseBlueprintText(
      lines('', '# Our support roles', 'Draft 3', 'Support Analyst: Role Blueprint', 'Summary.'),
    );
    expect(p.roles.map((r) => r.title)).toEqual(['Support Analyst']);
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]).toMatchObject({ severity: 'warning', line: 2 });
    expect(p.diagnostics[0]!.message).toMatch(/before the first role title/);
  });

  it('skips a title line with no title, with one warning, and the lines under it with it', () => {
    const p = parseBlueprintText(
      lines(
        'A: Role Blueprint',
        'Summary A.',
        ': Role Blueprint',
        'orphan text',
        'B: Role Blueprint',
        'Summary B.',
      ),
    );
    expect(p.roles.map((r) => [r.title, r.summary])).toEqual([
      ['A', 'Summary A.'],
      ['B', 'Summary B.'],
    ]);
    expect(warningsOf(p.diagnostics)).toEqual([[3, 'title line has no role title; skipped']]);
  });

  it('lists diagnostics in line order', () => {
    const p = parseBlueprintText(
      lines('junk', 'A: Role Blueprint', 'A: Role Blueprint', 'x', 'B: Role Blueprint'),
    );
    const ls = p.diagnostics.map((d) => d.line);
    expect(ls).toEqual([...ls].sort((a, b) => a - b));
    expect(ls).toEqual([1, 2, 3, 5]);
  });
});

describe('blueprint text: tolerated formatting', () => {
  const plain = lines(
    'Support Analyst: Role Blueprint, Responsibilities',
    'Restores service.',
    'Skills: triage; SQL',
    'Senior Support Analyst: Role Blueprint',
    'Owns incidents.',
  );
  const expected = parseBlueprintText(plain);

  it('reads the same roles from CRLF, a BOM, blank lines, trailing spaces and **bold** titles', () => {
    const messy =
      '\uFEFF' +
      [
        '',
        '**Support Analyst**: Role Blueprint, Responsibilities   ',
        'Restores   service.  ',
        'Skills: triage ;  SQL  ',
        '   ',
        '**Senior Support Analyst: Role Blueprint**\t',
        '',
        'Owns incidents.',
        '',
      ].join('\r\n');
    const p = parseCatalog(messy);
    expect(p.format).toBe('text');
    expect(p.diagnostics).toEqual([]);
    expect(p.roles.map((r) => [r.title, r.summary, r.skills])).toEqual(
      expected.roles.map((r) => [r.title, r.summary, r.skills]),
    );
    // Lines are counted the same way with CRLF as with LF.
    expect(p.roles.map((r) => r.line)).toEqual([2, 6]);
  });

  it('reads old Mac CR line ends and Markdown headings', () => {
    const p = parseBlueprintText('## Support Analyst: Role Blueprint\rRestores service.\r');
    expect(p.roles.map((r) => [r.title, r.summary])).toEqual([
      ['Support Analyst', 'Restores service.'],
    ]);
  });

  it('parses a long line of white space quickly', () => {
    const t0 = performance.now();
    parseBlueprintText(
      lines('A: Role Blueprint', 'Summary.', ' '.repeat(20_000) + 'x', '\t'.repeat(20_000)),
    );
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('blueprint text: empty catalogs', () => {
  it.each([
    ['an empty string', ''],
    ['blank lines', '\n \r\n\t\n'],
    ['text with no title line', 'Support Analyst\nRestores service.\n'],
    ['only a title line with no title', ': Role Blueprint\n'],
  ])('throws CatalogError for %s', (_what, text) => {
    expect(() => parseCatalog(text, 'roles.txt')).toThrow(CatalogError);
    try {
      parseCatalog(text, 'roles.txt');
    } catch (e) {
      expect((e as CatalogError).message).toMatch(/^roles\.txt: no roles found/);
      expect((e as CatalogError).diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it('throws from loadCatalog too', () => {
    expect(() => loadCatalog({ text: '' }, { model: defaultModel })).toThrow(CatalogError);
  });

  it('picks the format from the content', () => {
    expect(detectFormat('A: Role Blueprint\nx')).toBe('text');
    expect(detectFormat('\uFEFF  \n {"roles": []}')).toBe('json');
    expect(detectFormat('[]')).toBe('json');
  });
});
