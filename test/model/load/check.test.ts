import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  checkGraph,
  entryRoles,
  formatDiagnostic,
  loadCatalog,
  type Diagnostic,
} from '../../../src/model/index';
import { readRepoFile } from '../helpers';

const lines = (...ls: string[]) => ls.join('\n') + '\n';
const check = (text: string) =>
  checkGraph(loadCatalog({ text }, { model: defaultModel }).graph, defaultModel);
/** The titles a cycle finding lists, sorted: `cycle of promotions: A → B → C can each …`. */
const cycleTitles = (message: string) =>
  /^cycle of promotions: (.*) can each be promoted into the other$/
    .exec(message)![1]!
    .split(' → ')
    .sort();
const brief = (ds: Diagnostic[]) => ds.map((d) => [d.severity, d.line, d.roleId, d.message]);

describe('checkGraph', () => {
  it('finds no unreachable role in the seed, three ranks without evidence, and its top two roles as its only dead ends', () => {
    const findings = check(readRepoFile('data/role-blueprints.txt'));
    // Support Engineer, Field Service Engineer and Customer Support Engineer: no level word,
    // and nothing in their summaries or the others' says where they stand.
    expect(brief(findings)).toEqual([
      ...[
        [5, 'support-engineer', 'Support Engineer'],
        [13, 'field-service-engineer', 'Field Service Engineer'],
        [19, 'customer-support-engineer', 'Customer Support Engineer'],
      ].map(([line, id, title]) => [
        'info',
        line,
        id,
        `no evidence for the rank of "${title}": no evidence of standing in the catalog: a title with no level word sits at Professional`,
      ]),
      // The two Principals rank highest of all: nothing is above them to move to.
      ...[
        [45, 'principal-support-analyst', 'Principal Support Analyst'],
        [47, 'principal-service-desk-analyst', 'Principal Service Desk Analyst'],
      ].map(([line, id, title]) => ['info', line, id, `dead end: no move leads out of "${title}"`]),
    ]);
  });

  it('finds roles no entry-level role can reach, and dead ends', () => {
    const findings = check(
      lines(
        'Associate Support Analyst: Role Blueprint', // 1 (entry level, rank 0)
        'Learns.',
        'Support Analyst: Role Blueprint', // 3
        'Works.',
        'Widget Wrangler: Role Blueprint', // 5 (unknown family, rank 2, nothing leads in)
        'Wrangles.',
        'Senior Widget Wrangler: Role Blueprint', // 7
        'Wrangles more.',
      ),
    );
    expect(brief(findings)).toEqual([
      ['info', 3, 'support-analyst', 'dead end: no move leads out of "Support Analyst"'],
      [
        'warning',
        5,
        'widget-wrangler',
        'role "Widget Wrangler" cannot be reached from an entry-level role: no move leads into it',
      ],
      [
        'warning',
        7,
        'senior-widget-wrangler',
        'role "Senior Widget Wrangler" cannot be reached from an entry-level role (only from Widget Wrangler, which is not reachable either)',
      ],
      [
        'info',
        7,
        'senior-widget-wrangler',
        'dead end: no move leads out of "Senior Widget Wrangler"',
      ],
    ]);
  });

  it('finds stated promotions that lower the rank; the ladder the statement contradicts is gone', () => {
    const findings = check(
      lines(
        'Support Analyst: Role Blueprint', // 1 (rank 3, Professional)
        'Works.',
        'Senior Support Analyst: Role Blueprint', // 3 (rank 4, Senior)
        'Works more.',
        'Next: Support Analyst',
      ),
    );
    const warnings = findings.filter((d) => d.severity === 'warning');
    // The family's ladder up (Support Analyst → Senior) is the way back of the stated move, so it
    // is not inferred, and no cycle forms: the Senior is left with no way in, which is said.
    expect(brief(warnings)).toEqual([
      [
        'warning',
        3,
        'senior-support-analyst',
        'role "Senior Support Analyst" cannot be reached from an entry-level role: no move leads into it',
      ],
      [
        'warning',
        3,
        'senior-support-analyst',
        'rank inversion: the promotion from "Senior Support Analyst" (rank 4) to "Support Analyst" (rank 3) does not raise the rank',
      ],
    ]);
  });

  it('reports one cycle for a ring of stated promotions', () => {
    const findings = check(
      lines(
        'Alpha Role: Role Blueprint',
        'a',
        'Next: Beta Role',
        'Beta Role: Role Blueprint',
        'b',
        'Next: Gamma Role',
        'Gamma Role: Role Blueprint',
        'c',
        'Next: Alpha Role',
        'Delta Role: Role Blueprint',
        'd',
        'Lateral: Alpha Role',
      ),
    );
    const cycles = findings.filter((d) => d.message.startsWith('cycle of promotions'));
    expect(cycles).toHaveLength(1);
    // A lateral move back and forth (Delta ⇄ Alpha) is not a cycle of promotions.
    expect(cycleTitles(cycles[0]!.message)).toEqual(['Alpha Role', 'Beta Role', 'Gamma Role']);
    // The ranks follow the stated moves that do not close the ring (Alpha < Beta < Gamma): the
    // one that does is the inversion; the lateral moves are not.
    expect(
      findings.filter((d) => d.message.startsWith('rank inversion')).map((d) => d.roleId),
    ).toEqual(['gamma-role']);
  });

  it('lists findings in line order', () => {
    const findings = check(
      lines(
        'Zeta Wrangler: Role Blueprint',
        'z',
        'Associate Alpha: Role Blueprint',
        'a',
        'Beta Wrangler: Role Blueprint',
        'b',
      ),
    );
    const ls = findings.map((d) => d.line);
    expect(ls.length).toBeGreaterThan(1);
    expect(ls).toEqual([...ls].sort((x, y) => x - y));
  });
});

describe('entryRoles', () => {
  it('takes the entry levels of the model, or the lowest rank when there are none', () => {
    const { graph } = loadCatalog(
      {
        text: lines(
          'Junior Support Analyst: Role Blueprint',
          'j',
          'Associate Support Specialist: Role Blueprint',
          'a',
          'Support Engineer: Role Blueprint',
          'e',
        ),
      },
      { model: defaultModel },
    );
    expect(entryRoles(graph, defaultModel).sort()).toEqual([
      'associate-support-specialist',
      'junior-support-analyst',
    ]);
    const g2 = loadCatalog(
      {
        text: lines(
          'Lead Support Engineer: Role Blueprint',
          'l',
          'Support Engineer: Role Blueprint',
          'e',
        ),
      },
      { model: defaultModel },
    ).graph;
    expect(entryRoles(g2, defaultModel)).toEqual(['support-engineer']);
  });
});

describe('formatDiagnostic', () => {
  it('writes file:line: message, or file: message when there is no line', () => {
    expect(formatDiagnostic('roles.txt', { severity: 'warning', line: 12, message: 'oops' })).toBe(
      'roles.txt:12: oops',
    );
    expect(formatDiagnostic('roles.txt', { severity: 'error', line: 0, message: 'empty' })).toBe(
      'roles.txt: empty',
    );
  });
});
