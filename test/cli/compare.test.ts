import { describe, expect, it } from 'vitest';
import { graphCli, SEED } from './run-cli';

/* `--compare <role> <role>`, run as a user runs it: a child process from the repository root. */

interface Compared {
  a: { id: string; title: string; level: string; rank: number; track: string };
  b: Compared['a'];
  shared: { id: string }[];
  onlyA: { id: string }[];
  onlyB: { id: string; evidence: string; source: string }[];
  path: { path: string[]; moves: { from: string; to: string }[] } | null;
  gapAlongPath: { id: string; new: { id: string }[] }[];
}

// Started together: each run costs about a second.
const forward = graphCli(
  SEED,
  '--compare',
  'associate service desk analyst',
  'technical-account-manager',
);
const repeated = graphCli(
  SEED,
  '--compare',
  'technical-account-manager',
  '--compare',
  'Associate Service Desk Analyst',
);
const unknown = graphCli(SEED, '--compare', 'support-analyst', 'Chief Happiness Officer');
const lonely = graphCli(SEED, '--compare', 'support-analyst');

describe('graph --compare', () => {
  it('prints the comparison, the shortest path and the gap along it (exit 0)', async () => {
    const run = await forward;
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Compared;
    expect(Object.keys(out)).toEqual([
      'a',
      'b',
      'shared',
      'onlyA',
      'onlyB',
      'path',
      'gapAlongPath',
    ]);
    expect(out.a).toEqual({
      id: 'associate-service-desk-analyst',
      title: 'Associate Service Desk Analyst',
      level: 'Associate',
      rank: 1,
      track: 'service-desk',
    });
    expect(out.b.id).toBe('technical-account-manager');
    expect(out.shared.map((c) => c.id)).toEqual(['troubleshooting', 'customer-experience']);
    expect(out.onlyB.map((c) => c.id)).toContain('account-management');
    expect(out.onlyB[0]).toMatchObject({ evidence: expect.any(String), source: 'summary' });
    expect(out.path!.path[0]).toBe(out.a.id);
    expect(out.path!.path.at(-1)).toBe(out.b.id);
    expect(out.path!.moves).toHaveLength(out.path!.path.length - 1);
    expect(out.gapAlongPath.map((s) => s.id)).toEqual(out.path!.path);
    expect(out.gapAlongPath.at(-1)!.new.map((c) => c.id)).toContain('account-management');
  });

  it('takes --compare twice too, and exits 0 with path null when there is no path', async () => {
    const run = await repeated;
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Compared;
    expect([out.a.id, out.b.id]).toEqual([
      'technical-account-manager',
      'associate-service-desk-analyst',
    ]);
    expect(out.path).toBeNull();
    expect(out.gapAlongPath).toEqual([]);
  });

  it('exits 2 with a clear message for an unknown role or a missing second role', async () => {
    const u = await unknown;
    expect(u.status).toBe(2);
    expect(u.stdout).toBe('');
    expect(u.stderr).toContain(`${SEED}: unknown role "Chief Happiness Officer"`);
    const l = await lonely;
    expect(l.status).toBe(2);
    expect(l.stdout).toBe('');
    expect(l.stderr).toContain('--compare takes two roles: --compare <role> <role>');
  });
});
