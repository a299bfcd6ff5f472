import { describe, expect, it } from 'vitest';
import { graphCli, SEED } from './run-cli';

/*
 * The CLI, run as a user runs it: a child process from the repository root. Each run costs about a
 * second, so the runs are few and go concurrently.
 */

const PROBLEMS = 'test/fixtures/problems.txt';

interface Exported {
  attributes: { tracks?: { id: string; label: string; color: string }[] };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}
interface PathOut {
  alternativesCutShort?: boolean;
  path: string[];
  moves: {
    from: string;
    to: string;
    kind: string;
    reason: string;
    summary: string;
    strength: string;
  }[];
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
  expect(Object.keys(out).sort()).toEqual([
    'alternatives',
    'alternativesCutShort',
    'moves',
    'path',
  ]);
  expect(out.alternativesCutShort).toBe(false);
  for (const p of [out, ...out.alternatives]) {
    expect(p.moves).toHaveLength(p.path.length - 1);
    p.moves.forEach((m, i) => {
      expect(Object.keys(m).sort()).toEqual([
        'from',
        'kind',
        'reason',
        'strength',
        'summary',
        'to',
        'why',
      ]);
      expect([m.from, m.to]).toEqual([p.path[i], p.path[i + 1]]);
      const e = edges.get(`${m.from} ${m.to}`);
      expect(e, `${m.from} -> ${m.to} is not an edge`).toBeDefined();
      expect([m.kind, m.reason, m.summary, m.strength]).toEqual([
        e!['kind'],
        e!['reason'],
        e!['summary'],
        e!['strength'],
      ]);
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

  it('--export writes a registered format as a file, and refuses an unknown one or one with --check', async () => {
    const gexf = await graphCli(SEED, '--export', 'gexf');
    expect(gexf.status).toBe(0);
    expect(gexf.stdout.startsWith('<?xml')).toBe(true);
    expect(gexf.stdout.match(/<node /g)).toHaveLength(30);
    const roles = await graphCli(SEED, '--export', 'csv-roles');
    expect(roles.stdout.split('\r\n')[0]).toMatch(/^id,title,family,level,track,rank,/);
    const unknown = await graphCli(SEED, '--export', 'xlsx');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(
      '--export takes one of json, gexf, graphml, csv-roles, csv-moves (given: xlsx)',
    );
    const both = await graphCli(SEED, '--export', 'json', '--check');
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--export goes without --from, --to, --check and --compare');
  });

  it('--competencies prints each role with its competencies, evidence and source', async () => {
    const out = await graphCli(SEED, '--competencies');
    expect(out.status).toBe(0);
    const data = JSON.parse(out.stdout) as {
      roles: {
        id: string;
        title: string;
        competencies: { id: string; label: string; evidence: string; source: string }[];
      }[];
    };
    expect(data.roles).toHaveLength(30);
    const tam = data.roles.find((r) => r.id === 'technical-account-manager')!;
    expect(tam.title).toBe('Technical Account Manager');
    expect(tam.competencies.length).toBeGreaterThan(2);
    for (const r of data.roles)
      for (const c of r.competencies) {
        expect(Object.keys(c)).toEqual(['id', 'label', 'evidence', 'source']);
        expect(['summary', 'skills', 'responsibilities', 'kpis']).toContain(c.source);
        expect(c.evidence.length).toBeGreaterThan(0);
      }
    const both = await graphCli(SEED, '--competencies', '--check');
    expect(both.status).toBe(2);
  });

  it('--publish writes the catalog with every decision stated, and goes with no other output', async () => {
    const out = await graphCli(SEED, '--publish');
    expect(out.status).toBe(0);
    const text = out.stdout;
    // The bundled catalog's own format, a role per title line, each stating its place.
    expect(text.match(/: Role Blueprint$/gm)).toHaveLength(30);
    expect(text.match(/^Inference: none$/gm)).toHaveLength(30);
    // Its overlay's track names are stated, so the published file needs no overlay.
    expect(text).toMatch(/^Track: Service Desk #[0-9a-fA-F]{6}$/m);
    expect(text).toMatch(/^Next: Support Analyst — .+$/m);
    const both = await graphCli(SEED, '--publish', '--check');
    expect(both.status).toBe(2);
    expect(both.stderr).toContain(
      '--publish goes without --export, --from, --to, --check and --compare',
    );
  });

  it('reads the overlay beside the catalog and exports every rank with its reason', async () => {
    const out = JSON.parse((await seedExport).stdout) as Exported;
    // data/role-blueprints.model.json names the tracks as the organization runs them.
    expect(out.attributes.tracks!.map((t) => t.label)).toEqual(
      expect.arrayContaining(['Service Desk', 'Support Analysis', 'Account Management']),
    );
    for (const n of out.nodes)
      expect((n.attributes['rankReason'] as string).length, n.key).toBeGreaterThan(10);
    const principal = out.nodes.find((n) => n.key === 'principal-support-analyst')!;
    expect(principal.attributes['rankReason']).toBe('the level words “Principal” in its title');
  });

  it('refuses an overlay that is not one, with exit 2 and its problems', async () => {
    const r = await graphCli(SEED, '--overlay', 'test/fixtures/staff-model.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('test/fixtures/staff-model.json: scale: unknown key');
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
      'Data Analyst',
      '--to',
      'Staff Data Engineer',
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as PathOut;
    expect(out.path).toEqual([
      'data-analyst',
      'data-engineer',
      'senior-data-engineer',
      'staff-data-engineer',
    ]);
    // The custom model's own mention pattern ("hands over to") and its own level names (Mid).
    expect(out.moves[0]!.reason).toBe(
      'Lateral move at the same level (Mid), named in a blueprint. The Data Analyst blueprint says “…dashboards and automates their pipelines, and hands over to the Data Engineer” (relation: reporting line). Strength: moderate, a blueprint names the other role, not the move.',
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

  it('--check prints the catalog’s warnings and the graph’s findings as file:line: message, then a summary', async () => {
    const r = await graphCli(PROBLEMS, '--check');
    expect(r.status).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(4);
    const out = r.stdout.trimEnd().split('\n');
    expect(out.at(-1)).toBe('4 roles, 2 moves; 4 catalog warnings, 8 graph findings');
    const listed = out.slice(0, -1);
    // The same list as the app's Catalog panel, in line order. The catalog states the moves of
    // the Support Analyst family (a circle), so no ladder is inferred into it from its Associate.
    expect(listed).toEqual([
      `${PROBLEMS}:1: text before the first role title is ignored (a role starts with "<Title>: Role Blueprint")`,
      `${PROBLEMS}:2: dead end: no move leads out of "Associate Support Analyst"`,
      `${PROBLEMS}:4: role "Support Analyst" cannot be reached from an entry-level role (only from Senior Support Analyst, which is not reachable either)`,
      `${PROBLEMS}:6: role "Support Analyst" names a move to unknown role "Chief Wizard"; the move is ignored`,
      `${PROBLEMS}:7: role "Senior Support Analyst" cannot be reached from an entry-level role (only from Support Analyst, which is not reachable either)`,
      `${PROBLEMS}:7: rank inversion: the promotion from "Senior Support Analyst" (rank 4) to "Support Analyst" (rank 3) does not raise the rank`,
      `${PROBLEMS}:7: cycle of promotions: Senior Support Analyst → Support Analyst can each be promoted into the other`,
      `${PROBLEMS}:10: duplicate role "Support Analyst" (first at line 4); this definition is ignored`,
      `${PROBLEMS}:12: role "Widget Wrangler" has no summary`,
      `${PROBLEMS}:12: role "Widget Wrangler" cannot be reached from an entry-level role: no move leads into it`,
      `${PROBLEMS}:12: dead end: no move leads out of "Widget Wrangler"`,
      `${PROBLEMS}:12: no evidence for the rank of "Widget Wrangler": no evidence of standing in the catalog: a title with no level word sits at Professional`,
    ]);
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
