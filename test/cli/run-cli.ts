import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLI runs from there, as a user runs it. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED = 'data/role-blueprints.txt';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `src/cli/graph.ts` in a child process and collects its exit status and output. */
export function graphCli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/graph.ts', ...args], {
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
