import { describe, expect, it } from 'vitest';
import { graphCli, SEED } from './run-cli';

/*
 * The CLI, run as a user runs it: a child process from the repository root. Each run costs about a
 * second, so the runs are few and go concurrently.
 */

const PROBLEMS = 'test/fixtures/problems.txt';

interface Exported {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}
interface PathOut {
  path: string[];
  moves: { from: string; to: string; kind: string; reason: string }[];
  alternatives: { path: string[]; moves: PathOut['moves'] }[];
}

/** The seed graph as the CLI exports it; several tests check path answers against it. */
const seedExport = graphCli(SEED);
const edgesOf = async () => {
  const out = JSON.parse((await seedExport).stdout) as Exported;
  return new Map(out.edges.map((e) => [`${e.source} ${e.target}`, e.attributes]));
};

/** Cheapest cost from one role to another by plain relaxation over the exported edges. */
async function cheapest(from: string, to: string, avoid: string[]): Promise<number> {
  const edges = [...(await edgesOf()).entries()].map(([k, a]) => {
    const [s, t] = k.split(' ') as [string, string];
    return { s, t, cost: a['cost'] as number };
  });
  const dist = new Map([[from, 0]]);
  for (let changed = true; changed;) {
    changed = false;
    for (const { s, t, cost } of edges) {
      const ds = dist.get(s);
      if (ds === undefined || avoid.includes(s) || avoid.includes(t)) continue;
      if (ds + cost < (dist.get(t) ?? Infinity)) {
        dist.set(t, ds + cost);
        changed = true;
      }
    }
  }
  return dist.get(to) ?? Infinity;
}

function checkPathShape(out: PathOut, edges: Map<string, Record<string, unknown>>) {
  expect(Object.keys(out).sort()).toEqual(['alternatives', 'moves', 'path']);
  for (const p of [out, ...out.alternatives]) {
    expect(p.moves).toHaveLength(p.path.length - 1);
    p.moves.forEach((m, i) => {
      expect(Object.keys(m).sort()).toEqual(['from', 'kind', 'reason', 'to']);
      expect([m.from, m.to]).toEqual([p.path[i], p.path[i + 1]]);
      const e = edges.get(`${m.from} ${m.to}`);
      expect(e, `${m.from} -> ${m.to} is not an edge`).toBeDefined();
      expect([m.kind, m.reason]).toEqual([e!['kind'], e!['reason']]);
    });
  }
}

describe.concurrent('graph CLI', () => {
  it('exports the whole graph as JSON: roles with their attributes, moves with kind, reason and provenance', async () => {
    const r = await seedExport;
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Exported;
    expect(out.nodes).toHaveLength(30);
    const tam = out.nodes.find((n) => n.key === 'technical-account-manager')!;
    expect(tam.attributes).toMatchObject({
      title: 'Technical Account Manager',
      family: 'Technical Account Manager',
      level: '',
      track: 'account-management',
    });
    for (const n of out.nodes) {
      for (const k of ['title', 'family', 'level', 'track', 'summary'])
        expect(typeof n.attributes[k], `${n.key}.${k}`).toBe('string');
      expect(Number.isFinite(n.attributes['rank']), n.key).toBe(true);
      expect((n.attributes['summary'] as string).length, n.key).toBeGreaterThan(100);
    }
    expect(out.edges.length).toBeGreaterThan(30);
    for (const e of out.edges) {
      expect(['promotion', 'lateral']).toContain(e.attributes['kind']);
      expect(e.attributes['provenance']).toBe('inferred');
      expect((e.attributes['reason'] as string).length).toBeGreaterThan(10);
    }
  });

  it('answers a path between roles named by title in any case, with alternatives', async () => {
    const r = await graphCli(
      SEED,
      '--from',
      'associate service desk analyst',
      '--to',
      'TECHNICAL ACCOUNT MANAGER',
      '--alternatives',
      '2',
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as PathOut;
    checkPathShape(out, await edgesOf());
    expect(out.path[0]).toBe('associate-service-desk-analyst');
    expect(out.path.at(-1)).toBe('technical-account-manager');
    expect(out.alternatives).toHaveLength(2);
    const all = [out.path, ...out.alternatives.map((a) => a.path)];
    expect(new Set(all.map((p) => p.join(' '))).size).toBe(3);
    // Next-best first: never fewer moves than the one before.
    const lengths = all.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('weighs moves by cost and avoids roles named by id or title', async () => {
    const avoid = ['senior-technical-support-engineer', 'enterprise-support-engineer'];
    const r = await graphCli(
      SEED,
      '--from',
      'associate-service-desk-analyst',
      '--to',
      'technical-account-manager',
      '--weighted',
      '--avoid',
      'Senior Technical Support Engineer',
      '--avoid',
      'enterprise-support-engineer',
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as PathOut;
    const edges = await edgesOf();
    checkPathShape(out, edges);
    for (const id of avoid) expect(out.path).not.toContain(id);
    const cost = out.moves.reduce(
      (c, m) => c + (edges.get(`${m.from} ${m.to}`)!['cost'] as number),
      0,
    );
    expect(cost).toBe(
      await cheapest('associate-service-desk-analyst', 'technical-account-manager', avoid),
    );
  });

  it('exits 1 when there is no path, saying so on stderr', async () => {
    const r = await graphCli(
      SEED,
      '--promotions-only',
      '--from',
      'principal-service-desk-analyst',
      '--to',
      'associate-support-analyst',
    );
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ path: [], moves: [], alternatives: [] });
    expect(r.stderr.trim()).toBe(
      'no path from Principal Service Desk Analyst to Associate Support Analyst (promotions only)',
    );
  });

  it('uses a custom model and reads a JSON catalog', async () => {
    const r = await graphCli(
      'test/fixtures/data-roles.json',
      '--model',
      'test/fixtures/staff-model.json',
      '--from',
      'Junior Data Analyst',
      '--to',
      'Staff Data Engineer',
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as PathOut;
    expect(out.path).toEqual([
      'junior-data-analyst',
      'data-analyst',
      'data-engineer',
      'senior-data-engineer',
      'staff-data-engineer',
    ]);
    expect(out.moves[1]!.reason).toBe(
      'Analysts who automate their pipelines become data engineers. The Data Analyst blueprint says “Builds dashboards and automates their pipelines”.',
    );
  });

  it('writes catalog warnings to stderr as file:line: message and still exits 0', async () => {
    const r = await graphCli(PROBLEMS);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('nodes');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${PROBLEMS}:1: text before the first role title is ignored (a role starts with "<Title>: Role Blueprint")`,
      `${PROBLEMS}:6: role "Support Analyst" names a move to unknown role "Chief Wizard"; the move is ignored`,
      `${PROBLEMS}:10: duplicate role "Support Analyst" (first at line 4); this definition is ignored`,
      `${PROBLEMS}:12: role "Widget Wrangler" has no summary`,
    ]);
  });

  it('--check prints graph findings as file:line: message, then a summary', async () => {
    const r = await graphCli(PROBLEMS, '--check');
    expect(r.status).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(4);
    const out = r.stdout.trimEnd().split('\n');
    expect(out.at(-1)).toBe('4 roles, 3 moves; 4 catalog warnings, 4 graph findings');
    const findings = out.slice(0, -1);
    expect(findings).toEqual(
      expect.arrayContaining([
        `${PROBLEMS}:7: rank inversion: the promotion from "Senior Support Analyst" (rank 3) to "Support Analyst" (rank 2) does not raise the rank`,
        `${PROBLEMS}:12: role "Widget Wrangler" cannot be reached from an entry-level role: no move leads into it`,
        `${PROBLEMS}:12: dead end: no move leads out of "Widget Wrangler"`,
      ]),
    );
    expect(findings).toHaveLength(4);
    expect(findings.find((l) => l.includes('cycle of promotions'))).toMatch(
      new RegExp(`^${PROBLEMS}:(4|7): cycle of promotions: `),
    );
  });

  it.each([
    [
      'an unreadable file',
      ['test/fixtures/no-such-file.txt'],
      /^test\/fixtures\/no-such-file\.txt: cannot read the file \(ENOENT\)$/,
    ],
    [
      'an empty catalog',
      ['test/fixtures/empty.txt'],
      /^test\/fixtures\/empty\.txt: no roles found/,
    ],
    [
      'an unknown role',
      [SEED, '--from', 'Chief Wizard', '--to', 'support-analyst'],
      /unknown role "Chief Wizard"/,
    ],
    [
      '--from without --to',
      [SEED, '--from', 'support-analyst'],
      /--from and --to go together\nusage:/,
    ],
    [
      'avoiding the start role',
      [
        SEED,
        '--from',
        'support-analyst',
        '--to',
        'escalation-engineer',
        '--avoid',
        'Support Analyst',
      ],
      /--avoid cannot name the --from or --to role/,
    ],
    [
      'a bad --alternatives',
      [SEED, '--from', 'a', '--to', 'b', '--alternatives', 'two'],
      /--alternatives takes a whole number, not "two"/,
    ],
  ])('exits 2 with a clear message for %s', async (_what, args, message) => {
    const r = await graphCli(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr).not.toMatch(/unexpected error|at .*\.ts:\d+/);
  });
});
