import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LISTED_DIAGNOSTICS, MAX_STATED_MOVES_PER_ROLE } from '../../src/model/catalog/limits';
import { graphCli, SEED } from './run-cli';

/*
 * The CLI against hostile catalogs and arguments, run as a user runs it (a child process). The
 * catalogs are written to a temporary directory: they hold control characters, other encodings
 * and a 20 MB line, which are better made here than committed.
 */

const dir = mkdtempSync(join(tmpdir(), 'graph-cli-hardening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Characters a terminal acts on or shows misleadingly: none may reach it raw (line ends aside). */
const rawControls = (s: string) =>
  /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(s.replaceAll('\n', ''));
const expectSafe = (s: string) =>
  expect(rawControls(s), JSON.stringify(s.slice(0, 300))).toBe(false);

const hostile = file(
  'hostile.txt',
  [
    'Support\u001b[31m Analyst: Role Blueprint',
    'Works the queue \u009b2J.',
    'Next: Chief\u001b[2J\u0007 Wizard',
    'Evil \u202eevil\u202c Lead: Role Blueprint',
    'Leads.',
    '',
  ].join('\n'),
);
const escName = file(
  'name\u001b[2J.txt',
  'Support Analyst: Role Blueprint\nWorks.\nNext: Nobody\n',
);

describe.concurrent('graph CLI: control characters never reach the terminal raw', () => {
  it('escapes catalog text in the warnings on stderr', async () => {
    const r = await graphCli(hostile);
    expect(r.status).toBe(0);
    expectSafe(r.stderr);
    expect(r.stderr).toContain(
      'names a move to unknown role "Chief\\u001b[2J\\u0007 Wizard"; the move is ignored',
    );
    expect(r.stderr).toContain(
      'title of role "Evil \\u202eevil\\u202c Lead" contains bidirectional',
    );
  });

  it('escapes catalog text in --check output', async () => {
    const r = await graphCli(hostile, '--check');
    expect(r.status).toBe(0);
    expectSafe(r.stdout);
    expectSafe(r.stderr);
    expect(r.stdout).toContain('dead end: no move leads out of "Support\\u001b[31m Analyst"');
  });

  it('escapes C1 controls and bidirectional controls in JSON output, which stays equivalent', async () => {
    const r = await graphCli(hostile);
    expectSafe(r.stdout);
    const out = JSON.parse(r.stdout) as {
      nodes: { attributes: { title: string; summary: string } }[];
    };
    expect(out.nodes.map((n) => n.attributes.title)).toEqual([
      'Support\u001b[31m Analyst',
      'Evil \u202eevil\u202c Lead',
    ]);
    expect(out.nodes[0]!.attributes.summary).toBe('Works the queue \u009b2J.');
  });

  it('escapes role names and file names in error messages', async () => {
    const r = await graphCli(hostile, '--from', '\u001b[2Jx', '--to', 'support-analyst');
    expect(r.status).toBe(2);
    expectSafe(r.stderr);
    expect(r.stderr).toContain('unknown role "\\u001b[2Jx"');
    const n = await graphCli(escName, '--check');
    expectSafe(n.stdout + n.stderr);
    expect(n.stdout).toContain('name\\u001b[2J.txt:3: role "Support Analyst" names a move');
    const missing = await graphCli(join(dir, 'gone\u001b[2J.txt'));
    expect(missing.status).toBe(2);
    expectSafe(missing.stderr);
    expect(missing.stderr).toContain('gone\\u001b[2J.txt: cannot read the file (ENOENT)');
  });
});

describe.concurrent('graph CLI: encodings', () => {
  const text =
    'Support Analyst: Role Blueprint\nRésout les incidents.\nNext: Senior Support Analyst\nSenior Support Analyst: Role Blueprint\nMène les incidents.\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  be[0] = 0xfe;
  be[1] = 0xff;

  it.each([
    ['UTF-16LE', 'le.txt', le],
    ['UTF-16BE', 'be.txt', be],
    ['UTF-8 with a byte-order mark', 'bom.txt', Buffer.from('\ufeff' + text, 'utf8')],
  ])('reads a %s catalog with a byte-order mark', async (_what, name, bytes) => {
    const r = await graphCli(file(name, bytes));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      nodes: { attributes: { title: string; summary: string } }[];
    };
    expect(out.nodes.map((n) => [n.attributes.title, n.attributes.summary])).toEqual([
      ['Support Analyst', 'Résout les incidents.'],
      ['Senior Support Analyst', 'Mène les incidents.'],
    ]);
  });
});

describe('graph CLI: a 20 MB title line', () => {
  it('shows the line-length warning with the refusal', async () => {
    const big = file(
      'big.txt',
      `${'A'.repeat(20_000_000)} Analyst: Role Blueprint\nDoes things.\n`,
    );
    const r = await graphCli(big);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${big}:1: line is 20,000,024 characters long; only the first 100,000 are read`,
      `${big}:1: this title line is cut before its ": Role Blueprint"; the role is skipped`,
      `${big}: no roles found: a role starts with a line "<Title>: Role Blueprint"; the title line at line 1 is too long to read (20,000,024 characters; the limit is 100,000)`,
    ]);
  }, 30_000);
});

describe.concurrent('graph CLI: flags that do nothing, and numbers that are not', () => {
  const path = [SEED, '--from', 'support-analyst', '--to', 'escalation-engineer'];
  it.each([
    [
      '--alternatives ""',
      [...path, '--alternatives', ''],
      /--alternatives takes a whole number, not ""/,
    ],
    [
      '--alternatives 0x10',
      [...path, '--alternatives', '0x10'],
      /--alternatives takes a whole number, not "0x10"/,
    ],
    [
      '--alternatives 1e1',
      [...path, '--alternatives', '1e1'],
      /--alternatives takes a whole number, not "1e1"/,
    ],
    [
      '--alternatives " 2"',
      [...path, '--alternatives', ' 2'],
      /--alternatives takes a whole number, not " 2"/,
    ],
    [
      '--alternatives 2.0',
      [...path, '--alternatives', '2.0'],
      /--alternatives takes a whole number, not "2.0"/,
    ],
    [
      '--alternatives -1',
      [...path, '--alternatives=-1'],
      /--alternatives takes a whole number, not "-1"/,
    ],
    [
      '--alternatives 11',
      [...path, '--alternatives', '11'],
      /--alternatives takes at most 10, not 11/,
    ],
    [
      '--alternatives 99999999999999999999',
      [...path, '--alternatives', '99999999999999999999'],
      /--alternatives takes at most 10/,
    ],
    [
      '--check --from --to',
      [SEED, '--check', '--from', 'a', '--to', 'b'],
      /--check goes without --from, --to/,
    ],
    ['--check --weighted', [SEED, '--check', '--weighted'], /--check goes without .*--weighted/],
    [
      '--check --promotions-only',
      [SEED, '--check', '--promotions-only'],
      /--check goes without .*--promotions-only/,
    ],
    ['--check --avoid', [SEED, '--check', '--avoid', 'x'], /--check goes without .*--avoid/],
    [
      '--check --alternatives',
      [SEED, '--check', '--alternatives', '1'],
      /--check goes without .*--alternatives/,
    ],
    [
      '--weighted alone',
      [SEED, '--weighted'],
      /--weighted only applies to a path: use it with --from and --to/,
    ],
    [
      '--promotions-only alone',
      [SEED, '--promotions-only'],
      /--promotions-only only applies to a path/,
    ],
    ['--avoid alone', [SEED, '--avoid', 'support-analyst'], /--avoid only applies to a path/],
    [
      '--alternatives alone',
      [SEED, '--alternatives', '2'],
      /--alternatives only applies to a path/,
    ],
    [
      '--compare with --weighted',
      [SEED, '--compare', 'support-analyst', 'escalation-engineer', '--weighted'],
      /--weighted only applies to a path/,
    ],
  ])('exits 2 with a usage error for %s', async (_what, args, message) => {
    const r = await graphCli(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage:');
    expect(r.stderr).not.toMatch(/unexpected error|at .*\.ts:\d+/);
  });

  it('accepts --alternatives 10 and 007', async () => {
    const [ten, seven] = await Promise.all([
      graphCli(...path, '--alternatives', '10'),
      graphCli(...path, '--alternatives', '007'),
    ]);
    expect([ten.status, ten.stderr]).toEqual([0, '']);
    expect([seven.status, seven.stderr]).toEqual([0, '']);
    expect(
      (JSON.parse(seven.stdout) as { alternatives: unknown[] }).alternatives.length,
    ).toBeLessThanOrEqual(7);
  });
});

describe('graph CLI: a catalog that states every role as Next', () => {
  // 1,000 roles, each naming the 999 others as Next roles: 999,000 stated moves.
  const n = 1000;
  const title = (i: number) => `Unit ${i.toString(36)}x Coordinator`;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`${title(i)}: Role Blueprint`, 'Coordinates the unit.', 'Career Path:');
    for (let j = 0; j < n; j++) if (j !== i) out.push(`Next: ${title(j)}`);
  }
  const allNext = file('all-next.txt', out.join('\n') + '\n');
  const max = MAX_LISTED_DIAGNOSTICS.toLocaleString('en-US');

  it('--check lists a bounded number of problems, then how many more there are', async () => {
    const r = await graphCli(allNext, '--check');
    expect(r.status).toBe(0);
    const listed = r.stdout.trimEnd().split('\n');
    const summary =
      /^1000 roles, ([\d]+) moves; 1000 catalog warnings, ([\d]+) graph findings$/.exec(
        listed.at(-1)!,
      );
    expect(summary).not.toBeNull();
    expect(Number(summary![1])).toBeLessThanOrEqual(n * MAX_STATED_MOVES_PER_ROLE + 10 * n);
    const total = 1000 + Number(summary![2]);
    expect(total).toBeGreaterThan(MAX_LISTED_DIAGNOSTICS);
    expect(listed).toHaveLength(MAX_LISTED_DIAGNOSTICS + 2);
    expect(listed.at(-2)).toBe(
      `${allNext}: … and ${(total - MAX_LISTED_DIAGNOSTICS).toLocaleString('en-US')} more (the first ${max} of ${total.toLocaleString('en-US')} are listed)`,
    );
    // One warning a role for the moves it states past the limit, not one a move.
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(n);
    expect(r.stderr).toContain(
      `${allNext}:${4 + MAX_STATED_MOVES_PER_ROLE}: role "${title(0)}" states 999 moves; only the first ${MAX_STATED_MOVES_PER_ROLE} are read`,
    );
  }, 120_000);
});
