import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/default-model';
import { defaultLexicon } from '../../src/model/default-lexicon';
import {
  CatalogError,
  compareRoles,
  competenciesOf,
  extractCompetencies,
  findPath,
  gapAlongPath,
  graphCompetencies,
  loadCatalog,
  readLexicon,
  suggestMoves,
  type Lexicon,
} from '../../src/model/index';
import { readRepoFile, roleNode, tinyGraph } from './helpers';

const seed = loadCatalog(readRepoFile('data/role-blueprints.txt'), defaultModel).graph;
const ids = (id: string) => competenciesOf(seed, defaultLexicon, id).map((c) => c.id);
const evidence = (id: string) =>
  Object.fromEntries(competenciesOf(seed, defaultLexicon, id).map((c) => [c.id, c.evidence]));

describe('the lexicon', () => {
  it('is data/competencies.json, read and validated, with 15 to 20 competencies', () => {
    const json = JSON.parse(readRepoFile('data/competencies.json')) as unknown;
    expect(readLexicon(json)).toEqual(defaultLexicon);
    expect(defaultLexicon.competencies.length).toBeGreaterThanOrEqual(15);
    expect(defaultLexicon.competencies.length).toBeLessThanOrEqual(20);
  });

  it('names only competencies that some seed role shows', () => {
    const seen = new Set(
      [...graphCompetencies(seed, defaultLexicon).values()].flat().map((c) => c.id),
    );
    expect(defaultLexicon.competencies.filter((c) => !seen.has(c.id))).toEqual([]);
  });
});

/*
 * Expected competencies of seed roles, written out by reading each summary (data/role-blueprints.txt).
 * The quoted words are the summary's; each line of a list says why the competency is there.
 */
describe('extraction on the seed summaries', () => {
  const cases: [string, string[]][] = [
    [
      'technical-support-engineer',
      [
        'troubleshooting', // "diagnosing root causes"
        'incident-response', // "restoring service quickly"
        'root-cause-analysis', // "diagnosing root causes"
        'customer-communication', // "reliable communication"
        'customer-experience', // "customer-facing support"
        'engineering-handoff', // "routed effectively to engineering", "actionable technical findings"
      ],
    ],
    [
      'technical-account-manager',
      [
        'troubleshooting', // "deep troubleshooting"
        'customer-experience', // "customer-facing technical leader"
        'stakeholder-management', // "stakeholder management", "technical relationship"
        'continuous-improvement', // "operational rigor"
        'reliability-and-risk', // "product stability", "reduce customer risk"
        'mentoring-and-leadership', // "technical leader"
        'account-management', // "a portfolio of customers", "successful adoption"
      ],
    ],
    [
      'support-engineer',
      [
        'troubleshooting', // "diagnosing issues", "technical troubleshooting"
        'incident-response', // "restoring service", "incident response"
        'problem-management', // "durable fixes", "disciplined problem management"
        'customer-experience', // "customer experience"
        'reliability-and-risk', // "improve product reliability"
      ],
    ],
    [
      'field-service-engineer',
      [
        'incident-response', // "break/fix support"
        'customer-experience', // "customer-facing technical specialist"
        'on-site-installation', // "on-site installation, break/fix support, upgrades", "hardware"
        'reliability-and-risk', // "operational assurance"
      ],
    ],
    [
      'enterprise-support-engineer',
      [
        'troubleshooting', // "disciplined troubleshooting"
        'incident-response', // "resolves escalated incidents"
        'root-cause-analysis', // "drives root-cause analysis"
        'customer-communication', // "clear communication"
        'customer-experience', // "customer-facing technical support"
        'escalation-handling', // "escalated incidents"
        'continuous-improvement', // "operational rigor"
      ],
    ],
    [
      'support-specialist',
      [
        'troubleshooting', // "troubleshooting"
        'incident-response', // "restoring service quickly", "resolve incidents"
        'it-service-management', // "within defined SLAs"
        'triage', // "structured ticket handling"
        'knowledge-management', // "documentation"
        'customer-communication', // "clear communication"
        'cross-functional-collaboration', // "cross-functional coordination"
        'end-user-support', // "incidents and service requests"
      ],
    ],
    [
      'associate-support-specialist',
      [
        'troubleshooting', // "high-quality diagnostic context", "troubleshooting"
        'it-service-management', // "IT service management practices"
        'triage', // "triaging issues"
        'knowledge-management', // "documenting outcomes"
        'customer-communication', // "customer communication"
        'escalation-handling', // "escalating complex problems"
        'end-user-support', // "end users (external customers and/or internal employees)"
      ],
    ],
    [
      'service-desk-analyst',
      [
        'troubleshooting', // "structured troubleshooting"
        'incident-response', // "restoring normal service quickly"
        'it-service-management', // "IT service management (ITSM) processes"
        'knowledge-management', // "documentation"
        'customer-communication', // "customer-facing communication"
        'customer-experience', // "a consistent support experience"
        'end-user-support', // "fulfilling service requests", "endpoints, productivity tools"
      ],
    ],
    [
      'senior-support-analyst',
      [
        'troubleshooting', // "deep technical troubleshooting"
        'incident-response', // "restoring service quickly", "internal incidents"
        'problem-management', // "recurring issues through robust problem management"
        'it-service-management', // "IT service management practices"
        'knowledge-management', // "knowledge-centered service (KCS) behaviors"
        'customer-communication', // "stakeholder communication"
        'stakeholder-management', // "stakeholder communication"
        'continuous-improvement', // "operational improvement"
      ],
    ],
    [
      'principal-service-desk-analyst',
      [
        'incident-response', // "resolves complex incidents, leads major incident response"
        'root-cause-analysis', // "root-cause analysis"
        'triage', // "reduces ticket volume"
        'knowledge-management', // "knowledge management"
        'end-user-support', // "high-quality end-user support"
        'automation', // "and automation"
        'mentoring-and-leadership', // "leads major incident response"
      ],
    ],
    [
      'lead-service-desk-analyst',
      [
        'troubleshooting', // "hands-on troubleshooting capability"
        'it-service-management', // "protecting service levels"
        'triage', // "managing queue health"
        'cross-functional-collaboration', // "coordinating day-to-day service desk operations"
        'escalation-handling', // "escalations"
        'end-user-support', // "end-user support"
        'continuous-improvement', // "continuous improvement"
        'mentoring-and-leadership', // "“shift lead” accountability", "guiding analysts"
      ],
    ],
    [
      'junior-service-desk-analyst',
      [
        'troubleshooting', // "diagnosing common technical issues"
        'incident-response', // "escalating incidents", "restoring service quickly"
        'triage', // "first-contact assistance", "high-quality ticket data"
        'customer-communication', // "communicating clearly"
        'escalation-handling', // "escalating incidents appropriately"
        'end-user-support', // "employees and/or customers", "standard service requests"
      ],
    ],
  ];

  it.each(cases)('%s', (id, expected) => {
    expect(ids(id)).toEqual(expected);
  });

  it('keeps the matched phrase as it appears in the summary', () => {
    expect(evidence('senior-support-analyst')).toMatchObject({
      'knowledge-management': 'knowledge-centered service',
      'problem-management': 'recurring issues',
    });
    expect(evidence('service-desk-analyst')['it-service-management']).toBe('IT service management');
    expect(evidence('enterprise-support-engineer')['root-cause-analysis']).toBe(
      'root-cause analysis',
    );
    expect(evidence('support-specialist')['it-service-management']).toBe('SLAs');
    for (const [id, comps] of graphCompetencies(seed, defaultLexicon)) {
      const summary = seed.getNodeAttribute(id, 'summary');
      for (const c of comps) {
        expect(c.source).toBe('summary');
        expect(summary).toContain(c.evidence);
      }
    }
  });
});

describe('matching', () => {
  const extract = (summary: string, skills: string[] = []) =>
    extractCompetencies({ summary, skills }, defaultLexicon).map((c) => [
      c.id,
      c.evidence,
      c.source,
    ]);

  it('is case-insensitive and treats spaces and hyphens alike', () => {
    expect(extract('Owns Root Cause work.')).toEqual([
      ['root-cause-analysis', 'Root Cause', 'summary'],
    ]);
    expect(extract('Knowledge Centered Service and itsm.')).toEqual([
      ['it-service-management', 'itsm', 'summary'],
      ['knowledge-management', 'Knowledge Centered Service', 'summary'],
    ]);
    expect(extract('Writes KCS articles.')[0]).toEqual(['knowledge-management', 'KCS', 'summary']);
  });

  it('matches whole words, a plural, and the continuations of a phrase ending in *', () => {
    expect(extract('A brisk, incidental pace.')).toEqual([]);
    expect(extract('Within SLAs.')).toEqual([['it-service-management', 'SLAs', 'summary']]);
    expect(extract('Escalating, escalations.')).toEqual([
      ['escalation-handling', 'Escalating', 'summary'],
    ]);
  });

  it('reads the Skills section when the summary does not show a competency', () => {
    expect(extract('Helps people.', ['incident response', 'root-cause analysis'])).toEqual([
      ['incident-response', 'incident response', 'skills'],
      ['root-cause-analysis', 'root-cause analysis', 'skills'],
    ]);
    const g = loadCatalog(
      'Support Analyst: Role Blueprint\nHelps people with incidents.\nSkills: KCS; mentoring\n',
      defaultModel,
    ).graph;
    expect(competenciesOf(g, defaultLexicon, 'support-analyst')).toEqual([
      {
        id: 'incident-response',
        label: 'Incident response',
        evidence: 'incidents',
        source: 'summary',
      },
      {
        id: 'knowledge-management',
        label: 'Knowledge management (KCS)',
        evidence: 'KCS',
        source: 'skills',
      },
      {
        id: 'mentoring-and-leadership',
        label: 'Mentoring and leadership',
        evidence: 'mentoring',
        source: 'skills',
      },
    ]);
  });

  it('finds every competency whose phrases start at the same place', () => {
    const lex = readLexicon({
      competencies: [
        { id: 'a', label: 'A', phrases: ['service desk'] },
        { id: 'b', label: 'B', phrases: ['service'] },
      ],
    });
    expect(extractCompetencies({ summary: 'The service desk.', skills: [] }, lex)).toEqual([
      { id: 'a', label: 'A', evidence: 'service desk', source: 'summary' },
      { id: 'b', label: 'B', evidence: 'service', source: 'summary' },
    ]);
  });
});

describe('compareRoles', () => {
  it('compares two seed roles: facts, shared, only in one, and the shortest path', () => {
    const c = compareRoles(
      seed,
      defaultLexicon,
      'Associate Service Desk Analyst',
      'technical-account-manager',
    );
    expect(c.a).toEqual({
      id: 'associate-service-desk-analyst',
      title: 'Associate Service Desk Analyst',
      level: 'Associate',
      rank: 0,
      track: 'service-desk',
    });
    expect(c.b).toMatchObject({ id: 'technical-account-manager', track: 'account-management' });
    expect(c.shared.map((s) => s.id)).toEqual(['troubleshooting', 'customer-experience']);
    expect(c.shared[0]).toEqual({
      id: 'troubleshooting',
      label: 'Troubleshooting and diagnosis',
      a: { evidence: 'diagnosing', source: 'summary' },
      b: { evidence: 'troubleshooting', source: 'summary' },
    });
    expect(c.onlyA.map((s) => s.id)).toEqual([
      'incident-response',
      'escalation-handling',
      'end-user-support',
    ]);
    expect(c.onlyB.map((s) => s.id)).toEqual([
      'stakeholder-management',
      'continuous-improvement',
      'reliability-and-risk',
      'mentoring-and-leadership',
      'account-management',
    ]);
    expect(c.similarity).toBeCloseTo(2 / 10);
    const best = findPath(seed, c.a.id, c.b.id);
    expect(best.found).toBe(true);
    if (best.found) expect(c.path).toEqual({ path: best.path, moves: best.moves, cost: best.cost });
  });

  it('gives a null path when the second role cannot be reached', () => {
    const c = compareRoles(seed, defaultLexicon, 'technical-account-manager', 'support-analyst');
    expect(c.path).toBeNull();
    expect(c.onlyB.map((s) => s.id)).toContain('it-service-management');
  });

  it('throws on an unknown role', () => {
    expect(() => compareRoles(seed, defaultLexicon, 'nobody', 'support-analyst')).toThrow(
      'unknown role "nobody"',
    );
  });
});

describe('gapAlongPath', () => {
  const path = [
    'associate-service-desk-analyst',
    'associate-support-specialist',
    'support-specialist',
    'senior-support-specialist',
    'technical-support-engineer',
    'senior-technical-support-engineer',
    'technical-account-manager',
  ];

  it('lists, per step of the seed path, the competencies no earlier role asks for', () => {
    const steps = gapAlongPath(seed, defaultLexicon, path);
    expect(steps.map((s) => [s.id, s.new.map((c) => c.id)])).toEqual([
      [
        'associate-service-desk-analyst',
        [
          'troubleshooting',
          'incident-response',
          'customer-experience',
          'escalation-handling',
          'end-user-support',
        ],
      ],
      [
        'associate-support-specialist',
        ['it-service-management', 'triage', 'knowledge-management', 'customer-communication'],
      ],
      ['support-specialist', ['cross-functional-collaboration']],
      [
        'senior-support-specialist',
        [
          'root-cause-analysis',
          'problem-management',
          'engineering-handoff',
          'continuous-improvement',
          'reliability-and-risk',
          'mentoring-and-leadership',
        ],
      ],
      ['technical-support-engineer', []],
      ['senior-technical-support-engineer', []],
      ['technical-account-manager', ['stakeholder-management', 'account-management']],
    ]);
    expect(steps[0]!.move).toBeNull();
    expect(steps[6]!.title).toBe('Technical Account Manager');
  });

  it('on the path findPath gives: each competency is new exactly once, at its first role', () => {
    const found = findPath(seed, path[0]!, path[path.length - 1]!);
    if (!found.found) throw new Error(found.message);
    const steps = gapAlongPath(seed, defaultLexicon, found.path);
    expect(steps.map((s) => s.move)).toEqual([null, ...found.moves]);
    const seen = new Set<string>();
    steps.forEach((s) => {
      const held = ids(s.id);
      for (const c of s.new) {
        expect(seen.has(c.id)).toBe(false);
        expect(held).toContain(c.id);
        seen.add(c.id);
      }
      for (const h of held) expect(seen.has(h)).toBe(true);
    });
  });

  it('throws on an unknown role', () => {
    expect(() => gapAlongPath(seed, defaultLexicon, ['support-analyst', 'x'])).toThrow(
      'unknown role "x"',
    );
  });
});

describe('suggestMoves', () => {
  it('on the seed: suggestions only, never an existing edge, similar, same or adjacent rank', () => {
    const all = suggestMoves(seed, defaultLexicon, {
      minSimilarity: 0.5,
      minShared: 2,
      limit: 500,
    });
    expect(all.length).toBeGreaterThan(0);
    let prev = Infinity;
    for (const s of all) {
      expect(s.kind).toBe('suggestion');
      expect(seed.hasEdge(s.from, s.to) || seed.hasEdge(s.to, s.from)).toBe(false);
      const a = new Set(ids(s.from));
      const b = new Set(ids(s.to));
      const shared = [...a].filter((x) => b.has(x));
      expect(s.shared.map((c) => c.id)).toEqual(shared);
      expect(s.similarity).toBeCloseTo(shared.length / new Set([...a, ...b]).size);
      expect(s.similarity).toBeGreaterThanOrEqual(0.5);
      expect(s.similarity).toBeLessThanOrEqual(prev);
      prev = s.similarity;
      const gap = seed.getNodeAttribute(s.to, 'rank') - seed.getNodeAttribute(s.from, 'rank');
      expect(gap).toBe(s.as === 'lateral' ? 0 : 1);
    }
    expect(
      suggestMoves(seed, defaultLexicon, { minSimilarity: 0.5, minShared: 2, limit: 3 }),
    ).toEqual(all.slice(0, 3));
  });

  it('on a hand-built graph: suggests unconnected look-alikes, not connected or distant ones', () => {
    const lex: Lexicon = readLexicon({
      competencies: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id, phrases: [id] })),
    });
    const g = tinyGraph(['p', 'q', 'r', 's'], [{ from: 'p', to: 'r' }]);
    const set = (id: string, summary: string, rank: number, track = 'other') =>
      g.replaceNodeAttributes(id, roleNode(id, rank, track, { summary }));
    set('p', 'a b c', 1);
    set('q', 'a b c', 1);
    set('r', 'a b c', 2);
    set('s', 'a b c d', 3, 'elsewhere');
    const pairs = (o = {}) =>
      suggestMoves(g, lex, { minShared: 2, ...o }).map((s) => [s.from, s.to, s.as, s.similarity]);
    expect(pairs()).toEqual([
      ['p', 'q', 'lateral', 1],
      ['q', 'r', 'promotion', 1],
      ['r', 's', 'promotion', 0.75],
    ]);
    expect(pairs({ sameTrack: true })).toEqual([
      ['p', 'q', 'lateral', 1],
      ['q', 'r', 'promotion', 1],
    ]);
    expect(pairs({ minSimilarity: 0.8, limit: 1 })).toEqual([['p', 'q', 'lateral', 1]]);
    expect(pairs({ minShared: 4 })).toEqual([]);
  });
});

describe('readLexicon', () => {
  const bad = (data: unknown) => {
    try {
      readLexicon(data, 'lex.json');
    } catch (e) {
      expect(e).toBeInstanceOf(CatalogError);
      return (e as Error).message.split('\n');
    }
    throw new Error('expected a CatalogError');
  };

  it('refuses what is not a lexicon', () => {
    expect(bad([])).toEqual(['lex.json: lexicon: must be an object with a "competencies" list']);
    expect(bad({})).toEqual(['lex.json: competencies: must be a list']);
    expect(bad({ competencies: [] })).toEqual(['lex.json: competencies: must not be empty']);
  });

  it('lists every problem with its place', () => {
    expect(
      bad({
        competencies: [
          { id: 'ok', label: 'OK', phrases: ['root cause'] },
          { id: 'Bad Id', label: '', phrases: [] },
          { id: 'ok', label: 'Again', phrases: ['Root-Cause', 'a*b', '--', 3], phrase: 'x' },
          'text',
        ],
      }),
    ).toEqual([
      'lex.json: competencies[1].id: "Bad Id" must be lower-case letters, digits and dashes',
      'lex.json: competencies[1].label: must be a non-empty string',
      'lex.json: competencies[1].phrases: must be a non-empty list of strings',
      'lex.json: competencies[2].phrase: unknown key (expected id, label, phrases)',
      'lex.json: competencies[2].id: "ok" is used twice (first at competencies[0])',
      'lex.json: competencies[2].phrases[0]: "Root-Cause" is also a phrase of competencies[0]; a phrase signals one competency',
      'lex.json: competencies[2].phrases[1]: "a*b": "*" may only end a phrase',
      'lex.json: competencies[2].phrases[2]: "--" has no letter or digit',
      'lex.json: competencies[2].phrases[3]: must be a string',
      'lex.json: competencies[3]: must be an object with id, label and phrases',
    ]);
  });
});
