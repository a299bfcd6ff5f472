import { describe, expect, it } from 'vitest';
import {
  checkPayBand,
  readMonths,
  readPayBand,
  splitMoveCount,
} from '../../../src/model/catalog/facts';
import { formatMonths, formatPay, formatPeople } from '../../../src/model/present/facts-text';
import { median } from '../../../src/model/query/catalog-facts';
import {
  parseBlueprintText,
  parseCsvCatalog,
  parseJsonCatalog,
  type CatalogRole,
  type Diagnostic,
  type ParsedCatalog,
} from '../../../src/model/index';

/*
 * Role facts (README "Role facts (optional)"): pay band, time in role, headcount and counts of
 * people on stated moves, in the three catalog formats.
 */

const lines = (...ls: string[]) => ls.join('\n') + '\n';
const warningsOf = (ds: Diagnostic[]) =>
  ds.filter((d) => d.severity === 'warning').map((d) => [d.line, d.message] as const);
const role = (p: ParsedCatalog, title: string): CatalogRole => {
  const r = p.roles.find((x) => x.title === title);
  if (!r) throw new Error(`no role "${title}"`);
  return r;
};

describe('reading fact values', () => {
  it.each([
    ['55,000–70,000 USD', 55000, 70000, 'USD'],
    ['55,000 - 70,000 usd', 55000, 70000, 'USD'],
    ['USD 55000 to 70000', 55000, 70000, 'USD'],
    ['$55,000–$70,000', 55000, 70000, 'USD'],
    ['€40k—52.5k a year', 40000, 52500, 'EUR'],
    ['£30 000 to 38 000', 30000, 38000, 'GBP'],
    ['60,000-60,000 CHF', 60000, 60000, 'CHF'],
  ])('reads the pay band %j', (text, min, max, currency) => {
    expect(readPayBand(text)).toEqual({ ok: true, value: { min, max, currency } });
  });

  it.each([
    ['70,000–55,000 USD', /minimum \(70,000\) is above its maximum \(55,000\)/],
    ['55,000–70,000', /names no currency/],
    ['60,000 USD', /as a range/],
    ['$55,000–70,000 EUR', /symbol says USD but its code says EUR/],
    ['$50–£60', /mixes currency symbols/],
    ['about fifty thousand', /as a range/],
  ])('refuses the pay band %j, saying why', (text, why) => {
    const r = readPayBand(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toMatch(why);
  });

  it('reads times in months or years, and refuses a number with no unit', () => {
    expect(readMonths('18 months')).toEqual({ ok: true, value: 18 });
    expect(readMonths('1 month')).toEqual({ ok: true, value: 1 });
    expect(readMonths('2 years')).toEqual({ ok: true, value: 24 });
    expect(readMonths('1.5 yrs')).toEqual({ ok: true, value: 18 });
    expect(readMonths('18').ok).toBe(false);
    expect(readMonths('0 months').ok).toBe(false);
  });

  it('splits a count of people off a stated move, and only that kind of bracket', () => {
    expect(splitMoveCount('Senior Support Analyst (14 people)')).toEqual({
      title: 'Senior Support Analyst',
      count: { ok: true, value: 14 },
    });
    expect(splitMoveCount('Lead (1 person)').count).toEqual({ ok: true, value: 1 });
    expect(splitMoveCount('Lead (1,200 people)').count).toEqual({ ok: true, value: 1200 });
    expect(splitMoveCount('Support Engineer (L3)')).toEqual({ title: 'Support Engineer (L3)' });
    expect(splitMoveCount('(14 people)')).toEqual({ title: '(14 people)' });
  });

  it('checks a band given as separate values', () => {
    expect(checkPayBand(1, 2, '$')).toEqual({
      ok: true,
      value: { min: 1, max: 2, currency: 'USD' },
    });
    expect(checkPayBand(1, 2, 'dollars').ok).toBe(false);
    expect(checkPayBand('1', 2, 'USD').ok).toBe(false);
  });

  it('formats facts for people to read', () => {
    expect(formatPay(55000, 70000, 'USD')).toBe('55,000–70,000 USD');
    expect(formatMonths(18)).toBe('18 months');
    expect(formatMonths(1)).toBe('1 month');
    expect(formatPeople(14)).toBe('14 people');
    expect(formatPeople(1)).toBe('1 person');
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

describe('blueprint text: role facts', () => {
  const text = lines(
    '<!-- The figures in this catalog are invented for illustration. -->', // 1
    'Support Analyst: Role Blueprint', // 2
    'Restores service quickly.', // 3
    'Pay band: 55,000–70,000 USD', // 4
    'Time in role: 18 months', // 5
    '**Headcount:** 12', // 6
    'Documents fixes.', // 7
    'Skills: triage; ITSM', // 8
    'Career Path:', // 9
    'Next: Senior Support Analyst (14 people); Support Specialist', // 10
    'Lateral: Service Desk Analyst (1 person)', // 11
    '- Escalation Engineer (3 people)', // 12
    'Senior Support Analyst: Role Blueprint', // 13
    'Leads analysts.', // 14
    'Pay band: 80,000–70,000 USD', // 15
    'Time in role: soon', // 16
    'Headcount: twelve', // 17
    'Time in role: 3 years', // 18
    'Time in role: 4 years', // 19
    'Next: Support Lead (many people)', // 20
    'Pay band:', // 21
  );
  const p = parseBlueprintText(text);

  it('reads pay band, time in role and headcount into the role, out of its summary', () => {
    const r = role(p, 'Support Analyst');
    expect(r.payBand).toEqual({ min: 55000, max: 70000, currency: 'USD' });
    expect(r.monthsInRole).toBe(18);
    expect(r.headcount).toBe(12);
    expect(r.summary).toBe('Restores service quickly. Documents fixes.');
    expect(r.skills).toEqual(['triage', 'ITSM']);
  });

  it('reads the count after a stated move and strips it from the title', () => {
    const r = role(p, 'Support Analyst');
    expect(r.next).toEqual([
      { title: 'Senior Support Analyst', line: 10, count: 14 },
      { title: 'Support Specialist', line: 10 },
    ]);
    // A bullet under `Lateral:` belongs to that section.
    expect(r.lateral).toEqual([
      { title: 'Service Desk Analyst', line: 11, count: 1 },
      { title: 'Escalation Engineer', line: 12, count: 3 },
    ]);
  });

  it('reads bullets of moves with their counts', () => {
    const q = parseBlueprintText(
      lines('A: Role Blueprint', 'Sum.', 'Career Path:', '- B (3 people)', '- C'),
    );
    expect(q.roles[0]!.next).toEqual([
      { title: 'B', line: 4, count: 3 },
      { title: 'C', line: 5 },
    ]);
  });

  it('warns about each value it cannot read, at its line, and keeps everything valid', () => {
    expect(warningsOf(p.diagnostics)).toEqual([
      [
        15,
        'role "Senior Support Analyst": pay band "80,000–70,000 USD" cannot be read (its minimum (80,000) is above its maximum (70,000)); it is ignored',
      ],
      [
        16,
        'role "Senior Support Analyst": time in role "soon" cannot be read (write it as a number of months or years, like "18 months"); it is ignored',
      ],
      [
        17,
        'role "Senior Support Analyst": headcount "twelve" cannot be read (it is not a whole number of zero or more); it is ignored',
      ],
      [
        19,
        'role "Senior Support Analyst": time in role is stated again (first at line 18); the first is kept',
      ],
      [21, 'role "Senior Support Analyst": pay band has no value; it is ignored'],
    ]);
    const r = role(p, 'Senior Support Analyst');
    expect(r.payBand).toBeUndefined();
    expect(r.headcount).toBeUndefined();
    expect(r.monthsInRole).toBe(36);
    expect(r.summary).toBe('Leads analysts.');
    // Not a count: the bracket stays in the title, which then names no role.
    expect(r.next).toEqual([{ title: 'Support Lead (many people)', line: 20 }]);
  });

  it('ignores a one-line comment before the first title without a warning', () => {
    expect(p.diagnostics.some((d) => d.line === 1)).toBe(false);
    const q = parseBlueprintText(lines('Figures invented.', 'A: Role Blueprint', 'Sum.'));
    expect(warningsOf(q.diagnostics)[0]?.[0]).toBe(1);
  });

  it('keeps a comma inside a count with items split on commas', () => {
    const q = parseBlueprintText(
      lines('A: Role Blueprint', 'Sum.', 'Next: B (1,200 people), C (2 people)'),
    );
    expect(q.roles[0]!.next.map((m) => [m.title, m.count])).toEqual([
      ['B', 1200],
      ['C', 2],
    ]);
  });
});

describe('JSON: role facts', () => {
  const text = `{
  "roles": [
    {
      "title": "Support Analyst",
      "summary": "Restores service.",
      "payBand": { "min": 55000, "max": 70000, "currency": "usd" },
      "monthsInRole": 18,
      "headcount": 12,
      "next": [{ "title": "Senior Support Analyst", "count": 14 }, "Support Specialist (2 people)"],
      "lateral": [{ "title": "Service Desk Analyst" }]
    },
    {
      "title": "Senior Support Analyst",
      "summary": "Leads.",
      "payBand": { "min": 90000, "max": 80000, "currency": "USD" },
      "monthsInRole": -3,
      "headcount": 2.5,
      "next": [{ "title": "Lead", "count": "many" }, { "count": 3 }]
    }
  ]
}`;
  const p = parseJsonCatalog(text);

  it('reads payBand, monthsInRole, headcount, and counts of moves given as objects or text', () => {
    const r = role(p, 'Support Analyst');
    expect(r.payBand).toEqual({ min: 55000, max: 70000, currency: 'USD' });
    expect(r.monthsInRole).toBe(18);
    expect(r.headcount).toBe(12);
    expect(r.next).toEqual([
      { title: 'Senior Support Analyst', line: 4, count: 14 },
      { title: 'Support Specialist', line: 4, count: 2 },
    ]);
    expect(r.lateral).toEqual([{ title: 'Service Desk Analyst', line: 4 }]);
  });

  it('warns about bad values at the role, and keeps the rest', () => {
    const r = role(p, 'Senior Support Analyst');
    expect(r.payBand).toBeUndefined();
    expect(r.monthsInRole).toBeUndefined();
    expect(r.headcount).toBeUndefined();
    expect(r.next).toEqual([{ title: 'Lead', line: 13 }]);
    expect(warningsOf(p.diagnostics)).toEqual([
      [
        13,
        'role "Senior Support Analyst": the count of the move to "Lead" in "next" cannot be read (it is not a whole number of zero or more); the move is kept without it',
      ],
      [13, 'role "Senior Support Analyst": an item of "next" has no "title" string; ignored'],
      [
        13,
        'role "Senior Support Analyst": "payBand" cannot be read (its minimum (90,000) is above its maximum (80,000)); it is ignored',
      ],
      [
        13,
        'role "Senior Support Analyst": "monthsInRole" cannot be read (it is not a number of months above zero); it is ignored',
      ],
      [
        13,
        'role "Senior Support Analyst": "headcount" cannot be read (it is not a whole number of zero or more); it is ignored',
      ],
    ]);
  });
});

describe('CSV: role facts', () => {
  const p = parseCsvCatalog(
    lines(
      'title,summary,pay_min,pay_max,currency,months_in_role,headcount,next,lateral',
      'Support Analyst,Restores service.,"55,000",70000,USD,18,12,Senior Support Analyst (14 people); Support Specialist,Service Desk Analyst (1 person)',
      'Senior Support Analyst,Leads.,80000,70000,USD,soon,-1,Lead (x people),',
      'Lead,Leads more.,90000,,,,,,',
    ),
  );

  it('reads the fact columns and the counts in move cells', () => {
    const r = role(p, 'Support Analyst');
    expect(r.payBand).toEqual({ min: 55000, max: 70000, currency: 'USD' });
    expect(r.monthsInRole).toBe(18);
    expect(r.headcount).toBe(12);
    expect(r.next).toEqual([
      { title: 'Senior Support Analyst', line: 2, count: 14 },
      { title: 'Support Specialist', line: 2 },
    ]);
    expect(r.lateral).toEqual([{ title: 'Service Desk Analyst', line: 2, count: 1 }]);
  });

  it('warns about each cell it cannot read, at the row', () => {
    expect(warningsOf(p.diagnostics)).toEqual([
      [
        3,
        'role "Senior Support Analyst": the pay band "80000", "70000", "USD" cannot be read (its minimum (80,000) is above its maximum (70,000)); it is ignored',
      ],
      [
        3,
        'role "Senior Support Analyst": months_in_role "soon" cannot be read (it is not a number of months above zero); it is ignored',
      ],
      [
        3,
        'role "Senior Support Analyst": headcount "-1" cannot be read (it is not a whole number of zero or more); it is ignored',
      ],
      [
        4,
        'role "Lead": the pay band "90000", "", "" cannot be read (its maximum is not a number of zero or more); it is ignored',
      ],
    ]);
    expect(role(p, 'Senior Support Analyst').next).toEqual([{ title: 'Lead (x people)', line: 3 }]);
    expect(role(p, 'Lead').payBand).toBeUndefined();
  });
});
