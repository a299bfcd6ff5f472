import { describe, expect, it } from 'vitest';
import { adviceOf } from '../../../src/model/present/advice';
import { defaultModel } from '../../../src/model/career/default-model';
import { loadCatalog, type CatalogFormat } from '../../../src/model/index';
import { readFixture, readRepoFile } from '../helpers';

/** Every graph finding of a catalog as its author reads it: `line: meaning fix`. */
function advice(text: string, format: CatalogFormat): string[] {
  const { findings } = loadCatalog({ text, file: 'catalog', format }, { model: defaultModel });
  return findings.map((d) => {
    const a = adviceOf(d, format)!;
    return `${d.line}: ${a.meaning} ${a.fix}`;
  });
}

/** The roles placed at the default level for want of evidence. */
const unplaced = (text: string, format: CatalogFormat) =>
  loadCatalog({ text, file: 'catalog', format }, { model: defaultModel })
    .findings.filter((d) => d.finding?.kind === 'unplaced')
    .map((d) => d.finding!.kind === 'unplaced' && d.finding!.title);

/**
 * One catalog in the three formats: a circle of promotions (the analysts), a role nobody reaches
 * with the one that leads into it (the mechanic and the fleet supervisor), and a role on its own
 * (the archivist).
 */
const TEXT = [
  'Associate Data Analyst: Role Blueprint',
  'Prepares weekly reports.',
  'Next: Data Analyst',
  'Data Analyst: Role Blueprint',
  'Owns dashboards.',
  'Next: Associate Data Analyst',
  'Mechanic: Role Blueprint',
  'Repairs trucks.',
  'Next: Fleet Supervisor',
  'Fleet Supervisor: Role Blueprint',
  'Schedules the repair crews.',
  'Archivist: Role Blueprint',
  'Keeps the records of the company.',
  '',
].join('\n');
const CSV = [
  'title,summary,level,next',
  'Associate Data Analyst,Prepares weekly reports.,,Data Analyst',
  'Data Analyst,Owns dashboards.,,Associate Data Analyst',
  'Mechanic,Repairs trucks.,,Fleet Supervisor',
  'Fleet Supervisor,Schedules the repair crews.,,',
  'Archivist,Keeps the records of the company.,,',
].join('\n');
const JSON_CATALOG = JSON.stringify(
  {
    roles: [
      {
        title: 'Associate Data Analyst',
        summary: 'Prepares weekly reports.',
        next: ['Data Analyst'],
      },
      { title: 'Data Analyst', summary: 'Owns dashboards.', next: ['Associate Data Analyst'] },
      { title: 'Mechanic', summary: 'Repairs trucks.', next: ['Fleet Supervisor'] },
      { title: 'Fleet Supervisor', summary: 'Schedules the repair crews.' },
      { title: 'Archivist', summary: 'Keeps the records of the company.' },
    ],
  },
  null,
  2,
);

describe('advice on the graph findings, in the catalog author’s terms', () => {
  it('says why a role of the bundled catalog is at Professional and which line places it', () => {
    const field = advice(readRepoFile('data/role-blueprints.txt'), 'text').find((a) =>
      a.startsWith('13:'),
    );
    expect(field).toBe(
      '13: Field Service Engineer is placed at the Professional level only because its title has no level word and nothing else in the catalog says where it stands. ' +
        "To place it yourself, add the line “Next: Enterprise Support Engineer” to Field Service Engineer's blueprint if people move up from it to Enterprise Support Engineer, " +
        'or add the line “Level: Senior” to its blueprint, or start its title with a level word, as in “Senior Field Service Engineer”.',
    );
  });

  it('follows the advice: the line it suggests places the role', () => {
    const seed = readRepoFile('data/role-blueprints.txt');
    expect(unplaced(seed, 'text')).toContain('Field Service Engineer');
    const lines = seed.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Field Service Engineer:'));
    lines.splice(at + 2, 0, 'Next: Enterprise Support Engineer');
    expect(unplaced(lines.join('\n'), 'text')).not.toContain('Field Service Engineer');
    // So does the other line it suggests.
    lines.splice(at + 2, 1, 'Level: Senior');
    expect(unplaced(lines.join('\n'), 'text')).not.toContain('Field Service Engineer');
  });

  it('names a CSV column and a JSON field, and what they place', () => {
    expect(advice(CSV, 'csv')).toContain(
      '6: Archivist is placed at the Professional level only because its title has no level word and nothing else in the catalog says where it stands. ' +
        "To place it yourself, write the role people move up to in the “next” column of Archivist's row, " +
        'or write its level in the “level” column of its row (for example Senior).',
    );
    // What the CSV advice says to write places the role.
    expect(unplaced(CSV, 'csv')).toEqual(['Archivist']);
    const levelled = CSV.replace('company.,,', 'company.,Senior,');
    expect(unplaced(levelled, 'csv')).toEqual([]);

    expect(advice(JSON_CATALOG, 'json').find((a) => a.includes('Archivist is placed'))).toContain(
      'To place it yourself, list the role people move up to in the “next” list of Archivist, or give it a “level” (for example “Senior”), or start its “title” with a level word, as in “Senior Archivist”.',
    );
    // So does what the JSON advice says.
    expect(unplaced(JSON_CATALOG.replace('"Archivist"', '"Senior Archivist"'), 'json')).toEqual([]);
  });

  it('explains a role nobody reaches, and the move that would lead into it, in each format', () => {
    const meaning =
      'No path on the lattice leads to Fleet Supervisor from an entry-level role: only Mechanic leads into it, and no path reaches it either.';
    const fixes: Record<CatalogFormat, string> = {
      text: "If people move into it from another role, add the line “Next: Fleet Supervisor” to that role's blueprint. If people are hired into it, add the line “Level: Associate” to its blueprint, or start its title with a level word, as in “Associate Fleet Supervisor”.",
      csv: "If people move into it from another role, write “Fleet Supervisor” in the “next” column of that role's row. If people are hired into it, write its level in the “level” column of its row (for example Associate).",
      json: 'If people move into it from another role, add “Fleet Supervisor” to the “next” list of that role. If people are hired into it, give it a “level” (for example “Associate”), or start its “title” with a level word, as in “Associate Fleet Supervisor”.',
    };
    for (const [format, text] of [
      ['text', TEXT],
      ['csv', CSV],
      ['json', JSON_CATALOG],
    ] as const) {
      const found = advice(text, format).find((a) => a.includes(meaning));
      expect(found, format).toContain(fixes[format]);
    }
  });

  it('explains a dead end without asking to change a role at the top of its ladder', () => {
    expect(advice(TEXT, 'text')).toContain(
      '10: No move leads out of Fleet Supervisor: paths on the lattice end there. ' +
        "Nothing to do if it is the top of its ladder. Otherwise add a line “Next: …” to Fleet Supervisor's blueprint naming the role people move on to (“Lateral: …” for a sideways move).",
    );
  });

  it('explains a promotion that goes down, and a circle of promotions, with the line to change', () => {
    const found = advice(readFixture('problems.txt'), 'text');
    expect(found).toContain(
      '7: The promotion from Senior Support Analyst to Support Analyst does not lead up the lattice: Support Analyst is at the Professional level, below Senior Support Analyst (Senior). ' +
        'If Support Analyst is the more senior role, add the line “Level: Staff” to its blueprint, or start its title with a level word, as in “Staff Support Analyst”; ' +
        "if the move is sideways, change “Next: Support Analyst” in Senior Support Analyst's blueprint to “Lateral: Support Analyst”.",
    );
    expect(found).toContain(
      '7: Senior Support Analyst and Support Analyst are promoted into one another in a circle (Senior Support Analyst → Support Analyst → Senior Support Analyst), so the lattice cannot put one above the other. ' +
        'Decide which is the most senior. The move to look at is Senior Support Analyst → Support Analyst: ' +
        "if it is sideways, change “Next: Support Analyst” in Senior Support Analyst's blueprint to “Lateral: Support Analyst”; if nobody makes it, remove it.",
    );
    // The same circle in a JSON catalog: the lists to change.
    const json = advice(JSON_CATALOG, 'json').find((a) => a.includes('in a circle'));
    expect(json).toContain(
      'move “Associate Data Analyst” from the “next” list of Data Analyst to its “lateral” list',
    );
  });

  it('gives parser warnings no advice: they already speak of the catalog’s text', () => {
    const { diagnostics } = loadCatalog(
      { text: readFixture('problems.txt'), file: 'p.txt' },
      { model: defaultModel },
    );
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.map((d) => adviceOf(d, 'text'))).toEqual(diagnostics.map(() => null));
  });
});
