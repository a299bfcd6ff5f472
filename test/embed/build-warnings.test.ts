import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { describe, expect, it } from 'vitest';

describe('the build', () => {
  // A warning printed on every build is one nobody reads, until it hides one that matters.
  it.each(['production', 'embed'])(
    'builds the %s bundle with no warning',
    { timeout: 120_000 },
    async (mode) => {
      const warnings: string[] = [];
      const logger = createLogger('warn', { allowClearScreen: false });
      logger.warn = (msg) => warnings.push(msg);
      logger.warnOnce = (msg) => warnings.push(msg);
      const out = mkdtempSync(join(tmpdir(), 'cpe-embed-'));
      try {
        await build({
          mode,
          logLevel: 'warn',
          customLogger: logger,
          build: { outDir: out, emptyOutDir: true },
        });
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
      expect(warnings).toEqual([]);
    },
  );
});
