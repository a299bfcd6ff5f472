import { describe, expect, it } from 'vitest';
import { readArgs, UsageError } from '../../src/cli/args';

describe('reading the command line', () => {
  it('takes the second --compare role from the positionals, leaving the catalog file', () => {
    const args = readArgs(['roles.txt', '--compare', 'a', 'b']);
    expect(args).toMatchObject({ file: 'roles.txt', compare: ['a', 'b'] });
  });

  it('fills in the path defaults', () => {
    expect(readArgs(['roles.txt', '--from', 'a', '--to', 'b'])).toMatchObject({
      weighted: false,
      promotionsOnly: false,
      avoid: [],
      alternatives: 0,
      by: undefined,
    });
  });

  it('refuses options that would do nothing, before any file is read', () => {
    expect(() => readArgs(['missing.txt', '--weighted'])).toThrow(UsageError);
    expect(() => readArgs(['missing.txt', '--weighted'])).toThrow(
      /^--weighted only applies to a path: use it with --from and --to\nusage:/,
    );
    expect(() => readArgs(['missing.txt', '--from', 'a'])).toThrow(/--from and --to go together/);
  });

  it('answers help without needing a catalog', () => {
    expect(readArgs(['--help'])).toBe('help');
  });
});
