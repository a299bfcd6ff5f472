import { describe, expect, it } from 'vitest';
import { parseCsvCatalog, type CatalogRole, type ParsedCatalog } from '../../../src/model/index';

/*
 * The CSV catalog format as README.md "CSV" documents it, through parseCsvCatalog alone: the
 * roles it reads and the diagnostics it reports (`line N: severity: message`).
 */

const lines = (...ls: string[]) => ls.join('\n') + '\n';
const titles = (p: ParsedCatalog) => p.roles.map((r) => r.title);
const problems = (p: ParsedCatalog) =>
  p.diagnostics.map((d) => `line ${d.line}: ${d.severity}: ${d.message}`);
const role = (p: ParsedCatalog, title: string): CatalogRole => {
  const r = p.roles.find((x) => x.title === title);
  if (!r) throw new Error(`no role "${title}" among ${JSON.stringify(titles(p))}`);
  return r;
};
const moveTitles = (ms: readonly { title: string }[]) => ms.map((m) => m.title);
const UNKNOWN_COLUMN = (name: string) =>
  `unknown column "${name}" is ignored (columns: title, summary, family, level, track, inference, skills, responsibilities, kpis, next, lateral, pay_min, pay_max, currency, months_in_role, headcount)`;

describe('parseCsvCatalog: the header', () => {
  it('reads every documented column', () => {
    const p = parseCsvCatalog(
      lines(
        'title,summary,family,level,skills,responsibilities,kpis,next,lateral',
        'Support Analyst,Restores service.,,,triage; ITSM,Own the queue,CSAT; MTTR,Senior Support Analyst,Service Desk Analyst',
      ),
    );
    expect(p.format).toBe('csv');
    expect(p.roles).toEqual([
      {
        title: 'Support Analyst',
        summary: 'Restores service.',
        skills: ['triage', 'ITSM'],
        responsibilities: ['Own the queue'],
        kpis: ['CSAT', 'MTTR'],
        next: [{ title: 'Senior Support Analyst', line: 2 }],
        lateral: [{ title: 'Service Desk Analyst', line: 2 }],
        line: 2,
      },
    ]);
    expect(problems(p)).toEqual([]);
  });

  it('needs only a title column', () => {
    const p = parseCsvCatalog(lines('title', 'Support Analyst', 'Senior Support Analyst'));
    expect(titles(p)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    // A role with no summary is kept, with a warning.
    expect(problems(p)).toEqual([
      'line 2: warning: role "Support Analyst" has no summary',
      'line 3: warning: role "Senior Support Analyst" has no summary',
    ]);
  });

  it('is refused without a title column, naming the columns it found', () => {
    const p = parseCsvCatalog(lines('name,summary', 'Support Analyst,Restores service.'));
    expect(p.roles).toEqual([]);
    expect(problems(p)).toEqual([
      `line 1: warning: ${UNKNOWN_COLUMN('name')}`,
      'line 1: error: the CSV header needs a "title" column (found "name", "summary")',
    ]);
  });

  it('is refused when empty or when no row has a title', () => {
    expect(problems(parseCsvCatalog(''))).toEqual([
      'line 0: error: no roles found: the CSV file is empty (it needs a header row)',
    ]);
    expect(problems(parseCsvCatalog('\n  \n'))[0]).toMatch(/^line 0: error: no roles found/);
    expect(problems(parseCsvCatalog(lines('title,summary')))).toEqual([
      'line 0: error: no roles found: the CSV has a header but no row with a title',
    ]);
    expect(problems(parseCsvCatalog(lines('title,summary', ',orphan summary')))).toEqual([
      'line 0: error: no roles found: the CSV has a header but no row with a title',
      'line 2: warning: row has no title; ignored',
    ]);
  });

  it('reads headers case-insensitively, with spaces around them, and with their aliases', () => {
    const p = parseCsvCatalog(
      lines(
        ' Title ,SUMMARY,Skills,Next Roles,LATERAL MOVES',
        'Support Analyst,Restores service.,triage,Senior Support Analyst,Service Desk Analyst',
      ),
    );
    const r = role(p, 'Support Analyst');
    expect(r.summary).toBe('Restores service.');
    expect(r.skills).toEqual(['triage']);
    expect(moveTitles(r.next)).toEqual(['Senior Support Analyst']);
    expect(moveTitles(r.lateral)).toEqual(['Service Desk Analyst']);
    expect(problems(p)).toEqual([]);
  });

  it('accepts the aliases with the same meaning as next and lateral', () => {
    const plain = parseCsvCatalog(lines('title,next,lateral', 'A,B,C'));
    const alias = parseCsvCatalog(lines('title,next roles,lateral moves', 'A,B,C'));
    expect(alias.roles).toEqual(plain.roles);
  });

  it("ignores the export's own columns (id, rank, line) and reads its track as stated", () => {
    const p = parseCsvCatalog(
      lines(
        'id,title,track,rank,line,summary',
        'not-this-id,Support Analyst,Engineers,9,42,Restores service.',
      ),
    );
    expect(p.roles).toEqual([
      {
        title: 'Support Analyst',
        summary: 'Restores service.',
        skills: [],
        responsibilities: [],
        kpis: [],
        next: [],
        lateral: [],
        track: { label: 'Engineers' },
        line: 2,
      },
    ]);
    expect(problems(p)).toEqual([]);
  });

  it('warns about an unknown column and reads the rest', () => {
    const p = parseCsvCatalog(
      lines('title,Salary,summary', 'Support Analyst,100,Restores service.'),
    );
    expect(role(p, 'Support Analyst').summary).toBe('Restores service.');
    expect(problems(p)).toEqual([`line 1: warning: ${UNKNOWN_COLUMN('Salary')}`]);
    // Nothing of the unknown column ends up in the role.
    expect(JSON.stringify(p.roles)).not.toContain('100');
  });

  it('warns about a repeated column and reads the first', () => {
    const p = parseCsvCatalog(lines('title,summary,Summary', 'A,first,second'));
    expect(role(p, 'A').summary).toBe('first');
    expect(problems(p)).toEqual([
      'line 1: warning: column "Summary" appears twice; the first one is read',
    ]);
  });

  it('points header warnings to the header line, even after blank lines', () => {
    const p = parseCsvCatalog('\n\ntitle,bogus,summary\n\nA,x,a\n');
    expect(problems(p)).toEqual([`line 3: warning: ${UNKNOWN_COLUMN('bogus')}`]);
    expect(role(p, 'A').line).toBe(5);
  });
});

describe('parseCsvCatalog: the delimiter', () => {
  it('is a comma when the header uses commas', () => {
    const p = parseCsvCatalog(lines('title,summary,skills', 'A,Does a; and b.,x; y'));
    expect(role(p, 'A').summary).toBe('Does a; and b.');
    expect(role(p, 'A').skills).toEqual(['x', 'y']);
  });

  it('is a semicolon when the header uses semicolons (commas are then text)', () => {
    const p = parseCsvCatalog(lines('title;summary;skills', 'A;Does a, b and c.;"x; y"', 'B;b;'));
    expect(titles(p)).toEqual(['A', 'B']);
    expect(role(p, 'A').summary).toBe('Does a, b and c.');
    expect(role(p, 'A').skills).toEqual(['x', 'y']);
    expect(problems(p)).toEqual([]);
  });

  it('is a tab when the header uses tabs (commas and semicolons are then text)', () => {
    const p = parseCsvCatalog(lines('title\tsummary\tskills', 'A\tDoes a, b; c.\tx; y'));
    expect(role(p, 'A').summary).toBe('Does a, b; c.');
    expect(role(p, 'A').skills).toEqual(['x', 'y']);
    expect(problems(p)).toEqual([]);
  });

  it('is whichever the header uses most', () => {
    // Two semicolons, one comma (inside a column name that is then unknown).
    const p = parseCsvCatalog(lines('title;summary;notes, misc', 'A;a, with a comma;x'));
    expect(role(p, 'A').summary).toBe('a, with a comma');
    expect(problems(p)).toEqual([`line 1: warning: ${UNKNOWN_COLUMN('notes, misc')}`]);
  });
});

describe('parseCsvCatalog: RFC 4180 quoting', () => {
  it('reads a quoted delimiter, a doubled quote and a line break as text', () => {
    const p = parseCsvCatalog(
      lines('title,summary', '"Analyst, Support","He said ""fix it"", then', 'left."', 'B,b'),
    );
    expect(titles(p)).toEqual(['Analyst, Support', 'B']);
    expect(role(p, 'Analyst, Support').summary).toBe('He said "fix it", then\nleft.');
    expect(problems(p)).toEqual([]);
  });

  it('reads quoted header cells', () => {
    const p = parseCsvCatalog(lines('"title","summary"', '"A","a"'));
    expect(p.roles.map((r) => [r.title, r.summary])).toEqual([['A', 'a']]);
  });

  it('quotes a tab-delimited cell that holds a tab', () => {
    const p = parseCsvCatalog(lines('title\tsummary', 'A\t"one\ttwo"'));
    expect(role(p, 'A').summary).toBe('one\ttwo');
  });

  it('keeps a quote in the middle of an unquoted cell as text', () => {
    const p = parseCsvCatalog(lines('title,summary', 'A,he said "hi"', 'B,b'));
    expect(role(p, 'A').summary).toBe('he said "hi"');
    expect(titles(p)).toEqual(['A', 'B']);
    expect(problems(p)).toEqual([]);
  });
});

describe('parseCsvCatalog: list cells', () => {
  it('splits skills, responsibilities, kpis, next and lateral on ";" and on line breaks', () => {
    const p = parseCsvCatalog(
      lines(
        'title,skills,responsibilities,kpis,next,lateral',
        'A,"triage; ITSM',
        'root-cause analysis","Own the queue',
        'Write articles","CSAT;',
        'MTTR","B; C',
        'D","E',
        'F"',
      ),
    );
    const a = role(p, 'A');
    expect(a.skills).toEqual(['triage', 'ITSM', 'root-cause analysis']);
    expect(a.responsibilities).toEqual(['Own the queue', 'Write articles']);
    expect(a.kpis).toEqual(['CSAT', 'MTTR']);
    expect(moveTitles(a.next)).toEqual(['B', 'C', 'D']);
    expect(moveTitles(a.lateral)).toEqual(['E', 'F']);
  });

  it('does not split on commas, and drops empty items and spaces around items', () => {
    const p = parseCsvCatalog(lines('title,skills', 'A," a, b ;; c ;"'));
    expect(role(p, 'A').skills).toEqual(['a, b', 'c']);
  });

  it('does not split the summary', () => {
    const p = parseCsvCatalog(lines('title,summary', 'A,"one; two"'));
    expect(role(p, 'A').summary).toBe('one; two');
  });
});

describe('parseCsvCatalog: family and level', () => {
  it('override what the title says when given, and are absent when empty', () => {
    const p = parseCsvCatalog(
      lines(
        'title,summary,family,level',
        'Staff Support Analyst,Leads.,Support Analyst,Lead',
        'Senior Support Analyst,Owns.,,',
      ),
    );
    const staff = role(p, 'Staff Support Analyst');
    expect(staff.family).toBe('Support Analyst');
    expect(staff.level).toBe('Lead');
    const senior = role(p, 'Senior Support Analyst');
    expect(senior.family).toBeUndefined();
    expect(senior.level).toBeUndefined();
    expect(problems(p)).toEqual([]);
  });
});

describe('parseCsvCatalog: rows', () => {
  it('warns about a row with no title, at its line, and keeps the others', () => {
    const p = parseCsvCatalog(lines('title,summary', 'A,a', ',orphan', '   ,blank title', 'B,b'));
    expect(titles(p)).toEqual(['A', 'B']);
    expect(problems(p)).toEqual([
      'line 3: warning: row has no title; ignored',
      'line 4: warning: row has no title; ignored',
    ]);
  });

  it('skips blank lines and rows of empty cells silently', () => {
    const p = parseCsvCatalog(lines('title,summary', '', 'A,a', ',', '', 'B,b'));
    expect(titles(p)).toEqual(['A', 'B']);
    expect(problems(p)).toEqual([]);
  });

  it('keeps the first of two rows with the same title', () => {
    const p = parseCsvCatalog(lines('title,summary', 'A,first', 'a,second'));
    expect(p.roles.map((r) => r.summary)).toEqual(['first']);
    expect(problems(p)).toEqual([
      'line 3: warning: duplicate role "a" (first at line 2); this definition is ignored',
    ]);
  });

  it('warns about extra cells and ignores them', () => {
    const p = parseCsvCatalog(lines('title,summary', 'A,a,extra,more'));
    expect(role(p, 'A').summary).toBe('a');
    expect(problems(p)).toEqual([
      'line 2: warning: row has 4 cells but the header has 2; the extra cells are ignored',
    ]);
  });

  it("removes the export's ' guard from formula cells", () => {
    const p = parseCsvCatalog(lines('title,summary,skills', "'=A,'+b,'@home; '-x"));
    const r = role(p, '=A');
    expect(r.summary).toBe('+b');
    // Only a whole cell's guard is removed.
    expect(r.skills).toEqual(['@home', "'-x"]);
  });
});

describe('parseCsvCatalog: line numbers', () => {
  it('points each role and its stated moves to the CSV line its row starts on', () => {
    const p = parseCsvCatalog(
      lines(
        'title,summary,next', // 1
        'A,"one', // 2
        'two', // 3
        'three",B', // 4
        'B,b,C', // 5
        '', // 6
        'C,"x', // 7
        '', // 8
        'y",', // 9
        'D,d,', // 10
      ),
    );
    expect(p.roles.map((r) => [r.title, r.line])).toEqual([
      ['A', 2],
      ['B', 5],
      ['C', 7],
      ['D', 10],
    ]);
    expect(role(p, 'A').next).toEqual([{ title: 'B', line: 2 }]);
    expect(role(p, 'B').next).toEqual([{ title: 'C', line: 5 }]);
    expect(role(p, 'C').summary).toBe('x\n\ny');
  });

  it('puts a row warning at the line its row starts on, after multi-line cells', () => {
    const p = parseCsvCatalog(lines('title,summary', 'A,"x', 'y"', ',no title', 'B,', 'C,c'));
    expect(problems(p)).toEqual([
      'line 4: warning: row has no title; ignored',
      'line 5: warning: role "B" has no summary',
    ]);
  });
});

describe('parseCsvCatalog: malformed quoting', () => {
  it('re-reads a line with a stray quote literally, warns at it, and keeps every other row', () => {
    const p = parseCsvCatalog(
      lines(
        'title,summary',
        'A,"multi', // 2
        'line"', // 3
        'B,"owns "complex" work', // 4
        'C,fine', // 5
      ),
    );
    expect(titles(p)).toEqual(['A', 'B', 'C']);
    expect(role(p, 'A').summary).toBe('multi\nline');
    expect(role(p, 'B').summary).toBe('"owns "complex" work');
    expect(role(p, 'B').line).toBe(4);
    expect(role(p, 'C').summary).toBe('fine');
    expect(role(p, 'C').line).toBe(5);
    expect(problems(p)).toEqual([
      'line 4: warning: malformed CSV quoting (trailing quote on quoted field is malformed); this line is read as one row with quotes taken literally',
    ]);
  });

  it('does not let a quote that is never closed swallow the rows after it', () => {
    const p = parseCsvCatalog(lines('title,summary', 'A,a', 'B,"never closed', 'C,c', 'D,"d"'));
    expect(titles(p)).toEqual(['A', 'B', 'C', 'D']);
    expect(role(p, 'B').summary).toBe('"never closed');
    expect(role(p, 'C').summary).toBe('c');
    expect(role(p, 'D').summary).toBe('d');
    expect(role(p, 'D').line).toBe(5);
    // (papaparse's reason depends on the quote it finds further on; the line does not.)
    expect(problems(p)).toHaveLength(1);
    expect(problems(p)[0]).toMatch(
      /^line 3: warning: malformed CSV quoting \(.+\); this line is read as one row with quotes taken literally$/,
    );
  });

  it('reads a row that spans lines before its bad cell as one row, naming its lines', () => {
    const p = parseCsvCatalog(lines('title,summary,skills', 'A,"x', 'y","bad"q"', 'B,b'));
    expect(titles(p)).toEqual(['A', 'B']);
    expect(role(p, 'A').summary).toBe('x\ny');
    expect(role(p, 'B').line).toBe(4);
    expect(problems(p)).toEqual([
      'line 3: warning: malformed CSV quoting (trailing quote on quoted field is malformed); lines 2–3 are read as one row with quotes taken literally',
    ]);
  });

  it('reports several malformed lines, each at its own line', () => {
    const p = parseCsvCatalog(lines('title,summary', 'A,"a"x', 'B,b', 'C,"c', 'D,d'));
    expect(titles(p)).toEqual(['A', 'B', 'C', 'D']);
    expect(p.diagnostics.map((d) => d.line)).toEqual([2, 4]);
    expect(p.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('a malformed last line with no line end', () => {
    const p = parseCsvCatalog('title,summary\nA,a\nB,"bad');
    expect(titles(p)).toEqual(['A', 'B']);
    expect(problems(p)).toEqual([
      'line 3: warning: malformed CSV quoting (quoted field unterminated); this line is read as one row with quotes taken literally',
    ]);
  });
});

describe('parseCsvCatalog: byte-order mark and line ends', () => {
  const plain = lines('title,summary,skills', 'A,"one', 'two","x', 'y"', 'B,b,');

  it('reads a file with a BOM and CRLF line ends like the plain one', () => {
    const p = parseCsvCatalog('\uFEFF' + plain.replace(/\n/g, '\r\n'));
    expect(p.roles).toEqual(parseCsvCatalog(plain).roles);
    expect(role(p, 'A').summary).toBe('one\ntwo');
    expect(role(p, 'B').line).toBe(5);
    expect(problems(p)).toEqual([]);
  });

  it('reads a BOM before a quoted title header', () => {
    const p = parseCsvCatalog('\uFEFF"title",summary\r\nA,a\r\n');
    expect(titles(p)).toEqual(['A']);
    expect(problems(p)).toEqual([]);
  });

  it('reads old Mac line ends (CR alone)', () => {
    const p = parseCsvCatalog(plain.replace(/\n/g, '\r'));
    expect(p.roles).toEqual(parseCsvCatalog(plain).roles);
  });

  it('keeps line numbers right with CRLF and a malformed line', () => {
    const p = parseCsvCatalog('title,summary\r\nA,"x\r\ny"\r\nB,"bad"q\r\nC,c\r\n');
    expect(p.roles.map((r) => [r.title, r.line])).toEqual([
      ['A', 2],
      ['B', 4],
      ['C', 5],
    ]);
    expect(p.diagnostics.map((d) => d.line)).toEqual([4]);
  });
});
