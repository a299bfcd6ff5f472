import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  CatalogError,
  checkGraph,
  levelAt,
  loadCatalog,
  readCareerModel,
  readOverlay,
  resolveRole,
  scaleLevels,
} from '../../../src/model/index';
import { readTitle } from '../../../src/model/career/title-grammar';
import { readFixture, readRepoFile } from '../helpers';

const lines = (...ls: string[]) => ls.join('\n') + '\n';

/** A catalog of roles, each with the summary given (or a plain one). */
const catalog = (...roles: (string | [string, string])[]) =>
  lines(
    ...roles.flatMap((r) => {
      const [t, s] = typeof r === 'string' ? [r, `The ${r} does the work.`] : r;
      return [`${t}: Role Blueprint`, s];
    }),
  );

const edgeList = (g: ReturnType<typeof loadCatalog>['graph']) =>
  g.mapEdges((_e, a, s, t) => `${s} -${a.kind}-> ${t}`).sort();

const band = (rank: number) => levelAt(defaultModel, rank).band;

describe('the shipped career model', () => {
  it("is the file data/career-model.json with every language's relation phrases, validated", () => {
    const json = JSON.parse(readRepoFile('data/career-model.json')) as {
      mentions: { patterns: unknown[] };
    };
    const languages = JSON.parse(readRepoFile('data/languages.json')) as {
      languages: Record<string, { relations?: unknown[] }>;
    };
    const relations = Object.values(languages.languages).flatMap((l) => l.relations ?? []);
    expect(relations.length).toBeGreaterThan(0);
    json.mentions.patterns.push(...relations);
    expect(readCareerModel(json)).toEqual(defaultModel);
  });

  it('has one scale for both ladders: Manager beside Staff/Lead, Director beside Principal, VP above, Chief on top', () => {
    const steps = defaultModel.scale.flatMap((b) => b.steps);
    const at = (word: string, ladder: 'ic' | 'management') =>
      scaleLevels(defaultModel)[steps.findIndex((s) => s[ladder].includes(word))]!;
    const ic = (w: string) => at(w, 'ic');
    const m = (w: string) => at(w, 'management');
    expect(m('Manager').rank).toBe(ic('Staff').rank);
    expect(m('Manager').rank).toBe(ic('Lead').rank);
    expect(m('Director').rank).toBe(ic('Principal').rank);
    expect(ic('Principal').rank).toBeGreaterThan(ic('Lead').rank);
    expect(m('Senior Manager').rank).toBeGreaterThan(m('Manager').rank);
    expect(m('VP').rank).toBeGreaterThan(m('Director').rank);
    expect(m('Chief').rank).toBe(scaleLevels(defaultModel).length - 1);
    // Associate and Junior: one band, two steps.
    expect(ic('Associate').band).toBe(ic('Junior').band);
    expect(ic('Junior').rank).toBe(ic('Associate').rank + 1);
  });

  it('names no family of the bundled catalog in any rule', () => {
    const text = readRepoFile('data/career-model.json').toLowerCase();
    const families = new Set(
      loadCatalog(
        { text: readRepoFile('data/role-blueprints.txt') },
        { model: defaultModel },
      ).graph.mapNodes((_id, a) => a.family.toLowerCase()),
    );
    for (const f of families) expect(text, f).not.toContain(f);
  });
});

describe('the title grammar', () => {
  it.each([
    // title, family, level words, band
    ['Senior Support Analyst', 'Support Analyst', 'Senior', 'senior'],
    ['Sr. Support Analyst', 'Support Analyst', 'Sr.', 'senior'],
    ['Support Analyst, Senior', 'Support Analyst', 'Senior', 'senior'],
    ['Support Engineer (L3)', 'Support Engineer', '(L3)', 'senior'],
    ['Tier 2 Support Analyst', 'Support Analyst', 'Tier 2', 'professional'],
    ['Analyst Level 2', 'Analyst', 'Level 2', 'professional'],
    ['Engineer II', 'Engineer', 'II', 'professional'],
    ['Engineer 3', 'Engineer', '3', 'senior'],
    ['QA Engineer I', 'QA Engineer', 'I', 'entry'],
    ['Staff Software Engineer', 'Software Engineer', 'Staff', 'lead'],
    ['Principal Engineer', 'Engineer', 'Principal', 'principal'],
    ['Marketing Intern', 'Marketing', 'Intern', 'trainee'],
    ['Engineering Manager', 'Engineering', 'Manager', 'lead'],
    ['Senior Engineering Manager', 'Engineering', 'Senior Manager', 'senior-manager'],
    [
      'Senior Manager, Support Operations',
      'Support Operations',
      'Senior Manager',
      'senior-manager',
    ],
    ['Director of Nursing', 'Nursing', 'Director of', 'principal'],
    ['Head of Support', 'Support', 'Head of', 'principal'],
    ['Senior Director of Engineering', 'Engineering', 'Senior Director of', 'distinguished'],
    ['VP of Engineering', 'Engineering', 'VP of', 'vp'],
    ['Vice President, Sales', 'Sales', 'Vice President', 'vp'],
    ['SVP Engineering', 'Engineering', 'SVP', 'svp'],
    ['Chief Nursing Officer', 'Nursing', 'Chief', 'chief'],
    ['CTO', 'Technology', 'CTO', 'chief'],
    ['Support Team Lead', 'Support', 'Team Lead', 'senior'],
    ['Assistant Store Manager', 'Store Manager', 'Assistant Manager', 'senior'],
    // A title that is only a level word is that level.
    ['Team Leader', 'Team Leader', 'Team Leader', 'senior'],
    ['Manager', 'Manager', 'Manager', 'lead'],
    // `Chief <noun>` heads its own family; `Chief <area>` of a C-level title is the C-suite.
    ['Chief Concierge', 'Concierge', 'Chief', 'lead'],
    ['Chief Estimator', 'Estimator', 'Chief', 'lead'],
    ['Chief Executive', 'Executive', 'Chief', 'chief'],
    // A numeral after the family is a step of the level in front, not part of the family.
    ['Staff Engineer II', 'Engineer', 'Staff II', 'lead'],
    // A deputy of a C-level role: one step below it, in its family.
    ['Deputy CISO', 'Information Security', 'Deputy CISO', 'svp'],
    ['Deputy Chief Nursing Officer', 'Nursing', 'Deputy Chief', 'svp'],
    // Titles that are a level only as a whole title; within a longer one, a profession.
    ['Partner', 'Partner', 'Partner', 'principal'],
    ['Senior Partner', 'Partner', 'Senior Partner', 'distinguished'],
    ['Managing Partner', 'Partner', 'Managing Partner', 'chief'],
    // A craft's levels: one family from apprentice to master.
    ['Apprentice Electrician', 'Electrician', 'Apprentice', 'trainee'],
    ['Journeyman Electrician', 'Electrician', 'Journeyman', 'professional'],
    ['Master Electrician', 'Electrician', 'Master', 'senior'],
  ])('reads “%s” as family %s, level words %s, band %s', (title, family, level, b) => {
    const r = readTitle(defaultModel, title);
    expect(r.family).toBe(family);
    expect(r.level).toBe(level);
    expect(band(r.rank!)).toBe(b);
  });

  it('reads “Master Data Analyst” as a profession, and “Plant Manager” as a manager of a place', () => {
    expect(readTitle(defaultModel, 'Master Data Analyst')).toMatchObject({
      family: 'Master Data Analyst',
      rank: null,
    });
    expect(readTitle(defaultModel, 'Plant Manager')).toMatchObject({
      family: 'Plant Manager',
      place: true,
    });
  });

  it('reads “HR Business Partner” as a profession, not a partner', () => {
    expect(readTitle(defaultModel, 'HR Business Partner')).toMatchObject({
      family: 'HR Business Partner',
      rank: null,
    });
  });

  it('reads “Red Team Lead” as the lead of the Red Team when the catalog names that team', () => {
    const families = (...titles: string[]) =>
      loadCatalog(
        { text: titles.map((t) => `${t}: Role Blueprint\nDoes the work.\n`).join('') },
        { model: defaultModel },
      ).graph.mapNodes((_id, a) => `${a.title}: ${a.family} / ${a.level}`);
    expect(families('Red Team Operator', 'Red Team Lead')).toContain(
      'Red Team Lead: Red Team / Lead',
    );
    // With no other title naming a "Support Team", "Team Lead" is the level.
    expect(families('Support Analyst', 'Support Team Lead')).toContain(
      'Support Team Lead: Support / Team Lead',
    );
  });

  it('keeps a profession that ends in a management word whole', () => {
    for (const t of ['Technical Account Manager', 'Product Manager', 'Case Manager']) {
      const r = readTitle(defaultModel, t);
      expect(r.family, t).toBe(t);
      expect(r.rank, t).toBeNull();
    }
    expect(readTitle(defaultModel, 'Senior Technical Account Manager (TAM)')).toMatchObject({
      family: 'Technical Account Manager',
      level: 'Senior',
      aliases: ['TAM'],
    });
  });

  it('makes one family of a job whatever its level words, and two of an IC and a management family', () => {
    const key = (t: string) => readTitle(defaultModel, t).familyKey;
    expect(key('QA Engineer I')).toBe(key('QA Engineer III'));
    expect(key('Engineering Manager')).toBe(key('Senior Engineering Manager'));
    expect(key('Engineering Manager')).toBe(key('Director of Engineering'));
    expect(key('Principal Engineer')).not.toBe(key('Director of Engineering'));
    expect(key('Nurse Manager')).toBe(key('Director of Nursing'));
  });
});

describe('bands and moves', () => {
  const { graph } = loadCatalog(
    {
      text: catalog(
        'Associate Widget Wrangler',
        'Junior Widget Wrangler',
        'Widget Wrangler',
        'Senior Widget Wrangler',
        'Lead Widget Wrangler',
        'Associate Gadget Wrangler',
      ),
    },
    { model: defaultModel },
  );

  it('builds each family a ladder, Associate → Junior included', () => {
    expect(edgeList(graph)).toEqual(
      expect.arrayContaining([
        'associate-widget-wrangler -promotion-> junior-widget-wrangler',
        'junior-widget-wrangler -promotion-> widget-wrangler',
        'widget-wrangler -promotion-> senior-widget-wrangler',
        'senior-widget-wrangler -promotion-> lead-widget-wrangler',
      ]),
    );
  });

  it('never makes a move between two families of one band a promotion', () => {
    graph.forEachEdge((_e, a, s, t, sa, ta) => {
      if (sa.family !== ta.family && sa.band === ta.band)
        expect(a.kind, `${s} → ${t}`).toBe('lateral');
      if (a.kind === 'promotion') expect(ta.rank, `${s} → ${t}`).toBeGreaterThan(sa.rank);
    });
    expect(graph.getNodeAttribute('junior-widget-wrangler', 'band')).toBe(
      graph.getNodeAttribute('associate-gadget-wrangler', 'band'),
    );
  });

  it('gives a finite rank to any title, even one named like an object property', () => {
    const g = loadCatalog(
      { text: catalog('Constructor', 'Senior Constructor', 'toString', 'Senior hasOwnProperty') },
      { model: defaultModel },
    ).graph;
    g.forEachNode((id, a) => expect(Number.isFinite(a.rank), `${id} rank ${a.rank}`).toBe(true));
    const constructor = resolveRole(g, 'Constructor')!;
    expect(g.getEdgeAttribute(constructor, 'senior-constructor', 'kind')).toBe('promotion');
  });

  it('can make a role called Constructor the target of a stated move', () => {
    // graphology keeps neighbours in plain objects, where "constructor" is always present.
    const { graph: g, diagnostics } = loadCatalog(
      {
        text:
          catalog('Associate Constructor', 'Constructor', 'Junior Support Analyst') +
          'Next: Constructor\n',
      },
      { model: defaultModel },
    );
    expect(diagnostics).toEqual([]);
    const constructor = resolveRole(g, 'constructor')!;
    expect(g.getEdgeAttribute('associate-constructor', constructor, 'kind')).toBe('promotion');
    expect(g.getEdgeAttribute('junior-support-analyst', constructor, 'provenance')).toBe('stated');
  });
});

describe('ranks of families with no level word come from evidence', () => {
  it('takes stated moves first: a Next role ranks above', () => {
    const g = loadCatalog(
      { text: catalog('Porter', 'Valet') + 'Next: Porter\n' },
      { model: defaultModel },
    ).graph;
    expect(g.getNodeAttribute('porter', 'rank')).toBeGreaterThan(
      g.getNodeAttribute('valet', 'rank'),
    );
    // Neither has evidence of its own: the role that names the other as its next one moves down.
    expect(g.getNodeAttribute('valet', 'rankReason')).toBe('it names Porter as a next role');
    expect(g.getNodeAttribute('valet', 'rankEvidence')).toBe('stated');
    expect(
      checkGraph(g, defaultModel).filter((d) => d.message.startsWith('rank inversion')),
    ).toEqual([]);
  });

  it('reads mentions of other roles, by title, plural and abbreviation', () => {
    const g = loadCatalog(
      {
        text: catalog(
          ['Care Aide', 'The aide works under the supervision of a registered nurse.'],
          ['Registered Nurse', 'The RN plans care.'],
          ['Charge Nurse', 'The charge nurse supervises RNs and care aides on a shift.'],
        ),
      },
      { model: defaultModel },
    ).graph;
    const rank = (id: string) => g.getNodeAttribute(id, 'rank');
    expect(rank('registered-nurse')).toBeGreaterThan(rank('care-aide'));
    expect(rank('charge-nurse')).toBeGreaterThan(rank('registered-nurse'));
    expect(g.getNodeAttribute('charge-nurse', 'rankReason')).toBe(
      '“supervises RNs” (relation: leads the other) — its own summary',
    );
    expect(g.getEdgeAttribute('registered-nurse', 'charge-nurse', 'kind')).toBe('promotion');
  });

  it('reads list items that share the next name’s head: “senior and staff accountants”', () => {
    const g = loadCatalog(
      {
        text: catalog(
          ['Staff Accountant', 'Posts journal entries.'],
          ['Senior Accountant', 'Owns the close of complex accounts.'],
          ['Accounting Manager', 'The manager supervises senior and staff accountants.'],
        ),
      },
      { model: defaultModel },
    ).graph;
    expect(g.getEdgeAttribute('senior-accountant', 'accounting-manager', 'kind')).toBe('promotion');
    expect(g.getEdgeAttribute('senior-accountant', 'accounting-manager', 'reason')).toContain(
      'supervises senior and staff accountants',
    );
  });

  it('reads words of standing in a role’s own summary, and says so when there are none', () => {
    const g = loadCatalog(
      {
        text: catalog(
          ['Greeter', 'This is an entry-level role.'],
          ['Fixer', 'Fixes the most complex problems.'],
          ['Sorter', 'Sorts the mail.'],
          ['Runner', 'The entry point to the kitchen: carries plates to the pass.'],
          ['Auditor', 'A chartered accountant who signs off the accounts.'],
        ),
      },
      { model: defaultModel },
    ).graph;
    expect(band(g.getNodeAttribute('greeter', 'rank'))).toBe('entry');
    expect(band(g.getNodeAttribute('runner', 'rank'))).toBe('entry');
    // A licence or a qualification is the professional band, said as evidence, not the default.
    expect(g.getNodeAttribute('auditor', 'rankReason')).toBe('“chartered” — its own summary');
    expect(band(g.getNodeAttribute('fixer', 'rank'))).toBe('senior');
    expect(g.getNodeAttribute('fixer', 'rankReason')).toBe('“most complex” — its own summary');
    expect(g.getNodeAttribute('sorter', 'rankEvidence')).toBe('default');
    const findings = checkGraph(g, defaultModel).filter((d) => d.message.startsWith('no evidence'));
    expect(findings.map((d) => d.roleId)).toEqual(['sorter']);
  });

  it('counts a Senior from its own family: a Senior Paralegal does not rise above an Associate', () => {
    const g = loadCatalog(
      {
        text: catalog(
          ['Paralegal', 'Prepares bundles and files under the supervision of an associate.'],
          ['Senior Paralegal', 'Runs the bundles of large matters and trains new paralegals.'],
          ['Associate', 'A qualified solicitor who advises clients and drafts contracts.'],
          ['Senior Associate', 'Leads matters and supervises associates.'],
        ),
      },
      { model: defaultModel },
    ).graph;
    const rank = (id: string) => g.getNodeAttribute(id, 'rank');
    expect(rank('paralegal')).toBeLessThan(rank('senior-paralegal'));
    // The scale's Senior is above an Associate; counted from the Paralegal, it is not.
    expect(rank('senior-paralegal')).toBeLessThanOrEqual(rank('associate'));
    expect(g.getNodeAttribute('senior-paralegal', 'rankReason')).toContain(
      "counted from its family's Paralegal",
    );
    // Numbered grades are the organization's own: Tier 2 stays where the scale puts it.
    const tiers = loadCatalog(
      {
        text: catalog(
          ['Support Analyst', 'First-line support: logs and routes tickets.'],
          'Tier 2 Support Analyst',
        ),
      },
      { model: defaultModel },
    ).graph;
    expect(band(tiers.getNodeAttribute('tier-2-support-analyst', 'rank'))).toBe('professional');
  });

  it('reads a soft level word from the evidence: Staff Accountant is no Staff Engineer', () => {
    const g = loadCatalog(
      {
        text: catalog(
          ['Staff Accountant', 'An entry-level accountant who prepares journal entries.'],
          'Senior Accountant',
          'Staff Software Engineer',
          'Senior Software Engineer',
        ),
      },
      { model: defaultModel },
    ).graph;
    const rank = (id: string) => g.getNodeAttribute(id, 'rank');
    expect(rank('staff-accountant')).toBeLessThan(rank('senior-accountant'));
    expect(rank('staff-software-engineer')).toBeGreaterThan(rank('senior-software-engineer'));
  });

  it('puts a deputy of a role in its family, a step below it', () => {
    const g = loadCatalog(
      { text: catalog('Controller', 'Assistant Controller') },
      { model: defaultModel },
    ).graph;
    expect(g.getNodeAttribute('assistant-controller', 'family')).toBe('Controller');
    expect(g.getEdgeAttribute('assistant-controller', 'controller', 'kind')).toBe('promotion');
  });
});

describe('moves between families', () => {
  const summaries: [string, string][] = [
    ['Help Desk Agent', 'Resets passwords, answers tickets and restores service for employees.'],
    ['Desktop Technician', 'Restores service on laptops and answers tickets for employees.'],
    ['Network Engineer', 'Designs routing and firewalls for the data centre.'],
  ];
  const { graph } = loadCatalog({ text: catalog(...summaries) }, { model: defaultModel });
  const text = new Map(summaries.map(([t, s]) => [t, s]));

  it('links families with similar work, quoting only the two roles’ own summaries', () => {
    const e = graph.getEdgeAttributes('help-desk-agent', 'desktop-technician');
    expect(e.kind).toBe('lateral');
    expect(e.rule).toBe('similar');
    for (const q of e.reason.matchAll(/“…?(.*?)…?”/g))
      expect(
        [text.get('Help Desk Agent')!, text.get('Desktop Technician')!].some((s) =>
          s.includes(q[1]!),
        ),
        q[1],
      ).toBe(true);
    expect(graph.hasEdge('help-desk-agent', 'network-engineer')).toBe(false);
  });

  it('gives a reverse lateral move its own reason', () => {
    const there = graph.getEdgeAttribute('help-desk-agent', 'desktop-technician', 'reason');
    const back = graph.getEdgeAttribute('desktop-technician', 'help-desk-agent', 'reason');
    expect(back).not.toBe(there);
    expect(back).toMatch(/^Lateral move .* The Desktop Technician blueprint says/);
  });
});

describe('tracks', () => {
  it('come from the function in the titles, not from words shared across fields', () => {
    const g = loadCatalog(
      {
        text: catalog(
          ['Registered Nurse', 'Plans and delivers patient care on the ward.'],
          ['Charge Nurse', 'Coordinates patient care on the ward for a shift.'],
          ['Clinical Nurse Specialist', 'Improves patient care practice across wards.'],
          ['Support Specialist', 'Resolves software tickets for customers.'],
          ['Support Analyst', 'Analyses software tickets and incidents for customers.'],
        ),
      },
      { model: defaultModel },
    ).graph;
    const track = (id: string) => g.getNodeAttribute(id, 'track');
    expect(track('clinical-nurse-specialist')).toBe(track('registered-nurse'));
    expect(track('clinical-nurse-specialist')).not.toBe(track('support-specialist'));
    const tracks = g.getAttribute('tracks')!;
    expect(new Set(tracks.map((t) => t.color)).size).toBe(tracks.length);
    expect(tracks.find((t) => t.id === track('registered-nurse'))!.label).toBe('Nurses');
  });

  it('follow the catalog’s overlay, which can also add a move with its reason', () => {
    const overlay = readOverlay({
      tracks: [
        {
          label: 'Ward',
          families: ['Charge Nurse'],
          color: '#112233',
          because: 'it runs the ward',
        },
      ],
      moves: [
        {
          from: 'Registered Nurse',
          to: 'Charge Nurse',
          kind: 'promotion',
          because: 'we promote from the ward',
        },
      ],
    });
    const g = loadCatalog(
      { text: catalog('Registered Nurse', 'Charge Nurse'), file: 'x.txt', format: 'text', overlay },
      { model: defaultModel },
    ).graph;
    const ward = g.getAttribute('tracks')!.find((t) => t.label === 'Ward')!;
    expect(ward).toMatchObject({
      color: '#112233',
      reason: "named in the catalog's overlay: it runs the ward",
    });
    expect(g.getNodeAttribute('charge-nurse', 'track')).toBe(ward.id);
    expect(g.getEdgeAttributes('registered-nurse', 'charge-nurse')).toMatchObject({
      kind: 'promotion',
      rule: 'overlay',
      reason:
        "known to the organization (its overlay): we promote from the ward. Strength: strong, the organization's overlay states it.",
      strength: 'strong',
    });
  });

  it('refuses an invalid overlay, naming what is wrong', () => {
    expect(() =>
      readOverlay({ tracks: [{ label: 'x' }], moves: [{ kind: 'up' }] }, 'o.json'),
    ).toThrow(CatalogError);
    try {
      readOverlay({ tracks: [{ label: 'x' }], moves: [{ kind: 'up' }] }, 'o.json');
    } catch (e) {
      expect((e as Error).message).toContain(
        'o.json: tracks[0]: needs "id" (a found track) or "families"',
      );
      expect((e as Error).message).toContain(
        'o.json: moves[0].kind: must be "promotion" or "lateral"',
      );
    }
  });
});

describe('a custom model', () => {
  const staff = readCareerModel(JSON.parse(readFixture('staff-model.json')), 'staff-model.json');
  const { graph } = loadCatalog(
    { text: readFixture('data-roles.json'), file: 'data-roles.json' },
    { model: staff },
  );

  it('uses its own scale and mention patterns', () => {
    expect(scaleLevels(staff).map((l) => l.label)).toEqual(['Junior', 'Mid', 'Senior', 'Staff']);
    expect(graph.getNodeAttributes('staff-data-engineer')).toMatchObject({
      level: 'Staff',
      family: 'Data Engineer',
      rank: 3,
    });
    expect(edgeList(graph)).toEqual(
      expect.arrayContaining([
        'data-engineer -promotion-> senior-data-engineer',
        'senior-data-engineer -promotion-> staff-data-engineer',
        'data-analyst -lateral-> data-engineer',
      ]),
    );
    // costs: lateral 2, no track change (one track of data work).
    expect(graph.getEdgeAttribute('data-analyst', 'data-engineer', 'rule')).toBe('mention');
  });
});

describe('readCareerModel rejects an invalid model', () => {
  const valid = JSON.parse(readFixture('staff-model.json')) as Record<string, unknown>;
  const broken = (patch: Record<string, unknown>) => ({ ...valid, ...patch });

  it.each([
    ['not an object', 42, 'model: must be an object'],
    ['no scale', broken({ scale: undefined }), 'scale: must be a list'],
    [
      'no step for titles without a level word',
      broken({ scale: [{ band: 'x', label: 'X', steps: [{ ic: ['Senior'] }] }] }),
      'scale: needs one step whose ic words include ""',
    ],
    [
      'a level word that is not a string',
      broken({ scale: [{ band: 'x', label: 'X', steps: [{ ic: ['', 1] }] }] }),
      'scale[0].steps[0].ic: must be a list of strings',
    ],
    [
      'a level word twice on one ladder',
      broken({
        scale: [
          { band: 'a', label: 'A', steps: [{ ic: ['', 'Senior'] }] },
          { band: 'b', label: 'B', steps: [{ ic: ['Senior'] }] },
        ],
      }),
      'scale[1].steps[0]: the level word "Senior" is also at scale[0].steps[0]',
    ],
    [
      'a numbered level in an unknown band',
      broken({ grammar: { numbered: ['nope'] } }),
      'grammar.numbered[0]: unknown band "nope"',
    ],
    [
      'a mention pattern with no direction',
      broken({ mentions: { patterns: [{ before: 'x', other: 'beside', move: 'to' }] } }),
      'mentions.patterns[0].other: must be "above" or "below"',
    ],
    [
      'a zero promotion cost',
      broken({ costs: { promotion: 0 } }),
      'costs.promotion: must be greater than 0',
    ],
    [
      'a negative cross-track cost',
      broken({ costs: { crossTrack: -1 } }),
      'costs.crossTrack: must not be negative',
    ],
    [
      'a negative cost of weak moves',
      broken({ strength: { costs: { weak: -1 } } }),
      'strength.costs.weak: must not be negative',
    ],
  ])('%s', (_what, data, message) => {
    let error: unknown;
    try {
      readCareerModel(data, 'my-model.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as Error).message).toContain(`my-model.json: ${message}`);
  });

  it('lists every problem at once', () => {
    try {
      readCareerModel(broken({ scale: 'x', costs: { promotion: -1, lateral: 'two' } }), 'm.json');
      expect.unreachable();
    } catch (e) {
      const m = (e as Error).message.split('\n');
      expect(m).toEqual(
        expect.arrayContaining([
          'm.json: scale: must be a list',
          'm.json: costs.promotion: must be greater than 0',
          'm.json: costs.lateral: must be a finite number',
        ]),
      );
    }
  });
});
