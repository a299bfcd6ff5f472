import { describe, expect, it } from 'vitest';
import { RoleIntake, readStatedMove } from '../../../src/model/catalog/intake';
import { parseBlueprintText } from '../../../src/model/catalog/parse-text';
import { parseCsvCatalog } from '../../../src/model/catalog/parse-csv';
import { parseJsonCatalog } from '../../../src/model/catalog/parse-json';
import type { ParsedCatalog } from '../../../src/model/graph/types';

const messages = (p: ParsedCatalog) => p.diagnostics.map((d) => `${d.severity}: ${d.message}`);

describe('the role intake shared by the parsers', () => {
  it('keeps the first of a duplicate title (case-insensitive) and points at it', () => {
    const intake = new RoleIntake();
    expect(intake.admit('Support Analyst', 'Support Analyst', 3)).toBe(true);
    expect(intake.admit('support analyst', 'support analyst', 9)).toBe(false);
    expect(intake.done('text').diagnostics).toEqual([
      {
        severity: 'warning',
        line: 9,
        message: 'duplicate role "support analyst" (first at line 3); this definition is ignored',
      },
    ]);
  });

  it('lists problems by line, in the order noticed within a line, and fails with no roles', () => {
    const intake = new RoleIntake();
    intake.warn(5, 'second on line 5');
    intake.summary('A', '', 2);
    intake.warn(5, 'third on line 5');
    intake.warnFor('A', 5)('fourth on line 5');
    const done = intake.done('csv', 'no roles');
    expect(done.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [0, 'no roles'],
      [2, 'role "A" has no summary'],
      [5, 'second on line 5'],
      [5, 'third on line 5'],
      [5, 'role "A": fourth on line 5'],
    ]);
    expect(done.diagnostics[0]!.severity).toBe('error');
  });

  it('reads a stated move: its count, a count given apart, and an unreadable count', () => {
    expect(readStatedMove('Senior Analyst (14 people)', 4)).toEqual({
      move: { title: 'Senior Analyst', line: 4, count: 14 },
    });
    expect(readStatedMove('Senior Analyst', 4, { ok: true, value: 2 }).move?.count).toBe(2);
    const bad = readStatedMove('Senior Analyst (2000000000 people)', 4);
    expect(bad.move).toEqual({ title: 'Senior Analyst', line: 4 });
    expect(bad.badCount).toMatch(/more than/);
    expect(readStatedMove('   ', 4).move).toBeNull();
  });

  it('gives the same warnings for the same role in all three formats', () => {
    const text = [
      'Analyst: Role Blueprint',
      'Next: Senior Analyst (1.5 people)',
      'Analyst: Role Blueprint',
      'Is a duplicate.',
    ].join('\n');
    const json = JSON.stringify({
      roles: [
        { title: 'Analyst', next: ['Senior Analyst (1.5 people)'] },
        { title: 'Analyst', summary: 'Is a duplicate.' },
      ],
    });
    const csv =
      'title,summary,next\nAnalyst,,Senior Analyst (1.5 people)\nAnalyst,Is a duplicate.,\n';
    const duplicate =
      'warning: duplicate role "Analyst" (first at line 1); this definition is ignored';
    const csvDuplicate = duplicate.replace('line 1', 'line 2');
    const noSummary = 'warning: role "Analyst" has no summary';
    expect(messages(parseBlueprintText(text))).toEqual([
      noSummary,
      'warning: role "Analyst": the count of people in "Senior Analyst (1.5 people)" cannot be read (it is not a whole number of zero or more); the move is kept without it',
      duplicate,
    ]);
    expect(messages(parseCsvCatalog(csv))).toEqual([
      noSummary,
      'warning: role "Analyst": the count of people in "Senior Analyst (1.5 people)" cannot be read (it is not a whole number of zero or more); the move is kept without it',
      csvDuplicate,
    ]);
    expect(messages(parseJsonCatalog(json))).toEqual([
      noSummary,
      'warning: role "Analyst": the count of the move to "Senior Analyst" in "next" cannot be read (it is not a whole number of zero or more); the move is kept without it',
      duplicate,
    ]);
  });
});
