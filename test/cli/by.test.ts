import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphCli, SEED } from './run-cli';

/* `--by fastest|travelled|pay`: paths ordered by role facts, and the catalogs that lack them. */

const EXAMPLE = 'public/examples/support-with-facts.txt';
const ROUTE = ['--from', 'Associate Service Desk Analyst', '--to', 'technical-account-manager'];

describe('graph --by', () => {
  it.each([
    [
      'fastest',
      'associate-technical-support-specialist',
      'technical-support-engineer',
      '51 months in the roles passed through',
    ],
    [
      'travelled',
      'associate-support-specialist',
      'support-engineer',
      'least-travelled move: 8 people',
    ],
    [
      'pay',
      'associate-technical-support-specialist',
      'support-engineer',
      'average pay midpoint of the roles moved into: 78,750 USD',
    ],
  ])(
    '--by %s gives its own path with the figure it is ordered by',
    async (by, first, second, figure) => {
      const r = await graphCli(EXAMPLE, ...ROUTE, '--by', by, '--alternatives', '1');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as {
        path: string[];
        figure: string;
        alternatives: { figure?: string }[];
      };
      expect(out.path.slice(1, 3)).toEqual([first, second]);
      expect(out.figure).toBe(figure);
      for (const alt of out.alternatives) expect(alt.figure).toEqual(expect.any(String));
    },
  );

  it('without --by gives the fewest moves and no figure', async () => {
    const r = await graphCli(EXAMPLE, ...ROUTE);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { path: string[]; figure?: string };
    expect(out.path).toHaveLength(5);
    expect(out.figure).toBeUndefined();
  });

  it.each([
    ['fastest', 'this catalog states no time in role, so there is no fastest path'],
    [
      'travelled',
      'this catalog states no counts of people on its moves, so there is no most travelled path',
    ],
    ['pay', 'this catalog states no pay bands, so there is no best-paid path'],
  ])('exits 2 when the catalog lacks the facts --by %s needs', async (by, message) => {
    const r = await graphCli(SEED, ...ROUTE, '--by', by);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${SEED}: ${message} (--by ${by})\n`);
  });

  it('exits 2 on an unknown order, and on --by without a path', async () => {
    const bad = await graphCli(EXAMPLE, ...ROUTE, '--by', 'cheapest');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^--by takes fastest, travelled or pay, not "cheapest"/);
    const alone = await graphCli(EXAMPLE, '--by', 'pay');
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/^--by only applies to a path: use it with --from and --to/);
    const check = await graphCli(EXAMPLE, '--check', '--by', 'pay');
    expect(check.status).toBe(2);
    expect(check.stderr).toMatch(/--check goes without .*--by/);
  });
});

describe('graph --by with huge role facts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-cli-by-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const huge = '179' + '0'.repeat(306); // 1.79e308: each value valid, their sum is Infinity
  const catalog = join(dir, 'huge-pay.txt');
  writeFileSync(
    catalog,
    [
      'Support Analyst: Role Blueprint',
      'Resolves tickets.',
      'Pay band: 50,000–60,000 USD',
      'Time in role: 18 months',
      'Next: Senior Support Analyst',
      'Next: Support Team Lead',
      'Senior Support Analyst: Role Blueprint',
      'Resolves hard tickets.',
      'Pay band: 70,000–80,000 USD',
      'Time in role: 24 months',
      'Next: Support Manager',
      'Support Team Lead: Role Blueprint',
      'Leads the queue.',
      `Pay band: ${huge}–${huge} USD`,
      `Time in role: ${huge} months`,
      'Next: Support Manager',
      'Support Manager: Role Blueprint',
      'Manages the support team.',
      'Pay band: 90,000–110,000 USD',
      '',
    ].join('\n'),
  );
  const route = ['--from', 'support-analyst', '--to', 'support-manager'];

  it.each([
    ['pay', []],
    ['pay', ['--avoid', 'support-team-lead']],
    ['fastest', []],
    ['fastest', ['--avoid', 'support-team-lead']],
  ])('--by %s %j finds a path with a finite figure', async (by, avoid) => {
    const r = await graphCli(catalog, ...route, '--by', by, ...avoid);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { path: string[]; figure: string };
    expect(out.path[0]).toBe('support-analyst');
    expect(out.path.at(-1)).toBe('support-manager');
    expect(out.figure).not.toMatch(/∞|Infinity|NaN|e\+/);
    expect(r.stderr).toContain(`${catalog}:14: role "Support Team Lead": pay band "`);
    expect(r.stderr).toContain(`${catalog}:15: role "Support Team Lead": time in role "`);
  });
});
