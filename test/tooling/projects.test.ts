import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MOCKING } from './projects';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? testFiles(join(dir, e.name))
      : e.name.endsWith('.test.ts')
        ? [relative(ROOT, join(dir, e.name))]
        : [],
  );
}

describe('test projects', () => {
  it('runs every Node-only file that mocks modules or stubs globals in the "mocks" project', () => {
    const mocking = testFiles(join(ROOT, 'test'))
      .filter((f) => !f.startsWith('test/browser/'))
      .filter((f) =>
        /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(join(ROOT, f), 'utf8')),
      )
      .sort();
    expect(mocking).toEqual([...MOCKING].sort());
  });
});
