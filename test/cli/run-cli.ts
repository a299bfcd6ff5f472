import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository root: the CLI runs from there, as a user runs it. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED = 'data/role-blueprints.txt';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `src/cli/graph.ts` compiled once per test worker, by the esbuild that `npm run graph` (tsx) runs
 * it with: a child process then starts in about half the time tsx takes to compile it each run.
 * One file per worker, written over by the next run (test files share their worker's modules),
 * under the checkout's own `test-results/`: checkouts that share one `node_modules` do not
 * overwrite each other's build.
 */
let compiled: Promise<string> | undefined;
function compiledCli(): Promise<string> {
  compiled ??= (async () => {
    const dir = join(ROOT, 'test-results/cli-test');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, `graph-${process.env['VITEST_POOL_ID'] ?? process.pid}.cjs`);
    await build({
      entryPoints: [join(ROOT, 'src/cli/graph.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile,
      logLevel: 'warning',
    });
    return outfile;
  })();
  return compiled;
}

/** Runs `src/cli/graph.ts` in a child process and collects its exit status and output. */
export async function graphCli(...args: string[]): Promise<Run> {
  const cli = await compiledCli();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
