import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { levelAt } from '../../../src/model/career/career-model';
import { loadCatalog, type CareerGraph } from '../../../src/model/index';
import type { CatalogFormat } from '../../../src/model/graph/types';
import { CORPUS, expectFiles, loadGraphs, readExpectFile } from '../corpus-check';

/** What a catalog states beats what the model infers: levels, moves, and families' ladders. */
const load = (text: string, format: CatalogFormat) =>
  loadCatalog(
    { text, file: `law.${format === 'text' ? 'txt' : format}`, format },
    { model: defaultModel },
  );
const band = (g: CareerGraph, id: string) =>
  levelAt(defaultModel, g.getNodeAttribute(id, 'rank')).label;

/**
 * One small law firm, with the same facts stated in each format: the Paralegal's summary says it
 * works "under the supervision of associates" (which alone would rank it below them), but the
 * catalog states its level as Senior; the Associate states its next role.
 */
const SAID = {
  paralegal:
    'The Paralegal drafts routine documents and organizes disclosure bundles, under the supervision of associates.',
  associate:
    'The Associate is a qualified solicitor who advises clients and runs matters, supervising paralegals.',
  senior: 'The Senior Associate runs complex matters and supervises associates.',
  partner: 'The Partner owns client relationships and supervises senior associates.',
};
const CATALOGS: [CatalogFormat, string][] = [
  [
    'text',
    [
      'Paralegal: Role Blueprint',
      SAID.paralegal,
      'Level: Senior',
      'Associate: Role Blueprint',
      SAID.associate,
      'Next: Partner',
      'Senior Associate: Role Blueprint',
      SAID.senior,
      'Partner: Role Blueprint',
      SAID.partner,
      'Level: Director',
    ].join('\n'),
  ],
  [
    'csv',
    [
      'title,level,summary,next',
      `Paralegal,Senior,"${SAID.paralegal}",`,
      `Associate,,"${SAID.associate}",Partner`,
      `Senior Associate,,"${SAID.senior}",`,
      `Partner,Director,"${SAID.partner}",`,
    ].join('\n'),
  ],
  [
    'json',
    JSON.stringify({
      roles: [
        { title: 'Paralegal', level: 'Senior', summary: SAID.paralegal },
        { title: 'Associate', summary: SAID.associate, next: ['Partner'] },
        { title: 'Senior Associate', summary: SAID.senior },
        { title: 'Partner', level: 'Director', summary: SAID.partner },
      ],
    }),
  ],
];

describe('stated facts beat inference', () => {
  it.each(CATALOGS)('a stated level pins the role’s band (%s)', (format, text) => {
    const { graph, diagnostics } = load(text, format);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(band(graph, 'paralegal')).toBe('Senior');
    expect(graph.getNodeAttribute('paralegal', 'rankEvidence')).toBe('level');
    expect(graph.getNodeAttribute('paralegal', 'rankReason')).toBe(
      'the catalog states its level (“Senior”)',
    );
    expect(band(graph, 'partner')).toBe('Principal');
  });

  it.each(CATALOGS)(
    'a role that states its next roles gets no other inferred promotion (%s)',
    (format, text) => {
      const { graph } = load(text, format);
      expect(graph.getEdgeAttribute('associate', 'partner', 'provenance')).toBe('stated');
      // "supervises associates" would make the Senior Associate a promotion from the Associate.
      expect(graph.outNeighbors('associate').filter((t) => t !== 'paralegal')).toEqual(['partner']);
    },
  );

  it('drops an inferred move that reverses a stated promotion', () => {
    const text = [
      'Night Auditor: Role Blueprint',
      'The night auditor balances the day’s accounts and supervises the front desk agents overnight.',
      'Front Desk Agent: Role Blueprint',
      'The front desk agent checks guests in and out.',
      'Next: Night Auditor',
    ].join('\n');
    const stated = load(text, 'text').graph;
    expect(stated.hasEdge('front-desk-agent', 'night-auditor')).toBe(true);
    expect(stated.hasEdge('night-auditor', 'front-desk-agent')).toBe(false);
    // Stated the other way round, the supervision moves nothing back either.
    const reversed = load(
      text
        .replace('Next: Night Auditor', '')
        .replace('overnight.', 'overnight.\nNext: Front Desk Agent'),
      'text',
    ).graph;
    expect(reversed.getEdgeAttribute('night-auditor', 'front-desk-agent', 'provenance')).toBe(
      'stated',
    );
    expect(reversed.hasEdge('front-desk-agent', 'night-auditor')).toBe(false);
  });

  it('infers no promotion within a family whose moves the catalog states', () => {
    const roles = (stated: boolean) =>
      [
        'Junior Actuary: Role Blueprint',
        'Prices policies under guidance.',
        stated ? 'Next: Actuary' : '',
        'Actuary: Role Blueprint',
        'Prices policies.',
        'Senior Actuary: Role Blueprint',
        'Leads the pricing of the hardest policies.',
      ].join('\n');
    const inferred = load(roles(false), 'text').graph;
    expect(inferred.hasEdge('actuary', 'senior-actuary')).toBe(true);
    const stated = load(roles(true), 'text');
    expect(stated.graph.hasEdge('junior-actuary', 'actuary')).toBe(true);
    expect(stated.graph.hasEdge('actuary', 'senior-actuary')).toBe(false);
    // The author is told what is left unconnected.
    expect(stated.findings.map((d) => d.message)).toContain(
      'dead end: no move leads out of "Actuary"',
    );
  });

  it('reads a stated level equal to the title’s own words as the title’s', () => {
    const { graph } = load('title,level,summary\nSenior Actuary,Senior,Prices policies.', 'csv');
    expect(graph.getNodeAttribute('senior-actuary', 'rankEvidence')).toBe('title');
  });

  it('warns about a level or family stated twice or not as text, and keeps the first', () => {
    const text = load(
      'Actuary: Role Blueprint\nPrices policies.\nLevel: Senior\nLevel: Lead\nFamily:\n',
      'text',
    );
    expect(text.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual(
      expect.arrayContaining([
        '4: role "Actuary": level is stated again (first at line 3); the first is kept',
        '5: role "Actuary": family has no value; it is ignored',
      ]),
    );
    expect(band(text.graph, 'actuary')).toBe('Senior');
    const json = load(
      JSON.stringify({ roles: [{ title: 'Actuary', summary: 'Prices.', level: 3, family: null }] }),
      'json',
    );
    expect(json.diagnostics.map((d) => d.message)).toContain(
      'role "Actuary": "level" is not a string; it is ignored',
    );
    expect(json.graph.getNodeAttribute('actuary', 'rankEvidence')).not.toBe('level');
  });
});

describe('on every corpus catalog', () => {
  for (const f of expectFiles()) {
    const spec = readExpectFile(f);
    it(`${spec.catalog}: no inferred move contradicts a stated one`, () => {
      const { loaded: g } = loadGraphs(`${CORPUS}/${spec.catalog}`);
      const statedOut = new Set<string>();
      const statedFamilies = new Set<string>();
      g.forEachEdge((_e, a, s, t) => {
        if (a.rule !== 'stated') return;
        if (a.kind === 'promotion') statedOut.add(s);
        if (g.getNodeAttribute(s, 'family') === g.getNodeAttribute(t, 'family'))
          statedFamilies.add(g.getNodeAttribute(s, 'family'));
      });
      const wrong: string[] = [];
      g.forEachEdge((_e, a, s, t) => {
        if (a.provenance === 'stated' || a.kind !== 'promotion') return;
        const family = g.getNodeAttribute(s, 'family');
        if (statedOut.has(s)) wrong.push(`${s} -> ${t}: ${s} states its next roles`);
        if (family === g.getNodeAttribute(t, 'family') && statedFamilies.has(family))
          wrong.push(`${s} -> ${t}: the catalog states the moves of ${family}`);
      });
      g.forEachEdge((_e, a, s, t) => {
        if (a.provenance !== 'stated' && g.hasEdge(t, s)) {
          const back = g.getEdgeAttributes(t, s);
          if (back.provenance === 'stated' && back.kind === 'promotion')
            wrong.push(`${s} -> ${t} reverses a stated promotion`);
        }
      });
      expect(wrong).toEqual([]);
    });
  }
});

describe('tracks, reasons and inference a catalog states', () => {
  it('states a move that a reason follows, in each format, and reads it back', () => {
    const reason = 'qualified after two years; the firm’s usual step, or a lateral hire';
    const formats = {
      text: `Associate: Role Blueprint\nAdvises.\nCareer Path:\nNext: Senior Associate — ${reason}\nSenior Associate: Role Blueprint\nLeads matters.\n`,
      json: JSON.stringify({
        roles: [
          {
            title: 'Associate',
            summary: 'Advises.',
            next: [{ title: 'Senior Associate', because: reason }],
          },
          { title: 'Senior Associate', summary: 'Leads matters.' },
        ],
      }),
      csv: `title,summary,next\nAssociate,Advises.,"Senior Associate — ${reason}"\nSenior Associate,Leads matters.,\n`,
    } as const;
    for (const [format, text] of Object.entries(formats)) {
      const { graph, diagnostics } = loadCatalog(
        { text, file: `c.${format === 'text' ? 'txt' : format}`, format: format as CatalogFormat },
        { model: defaultModel },
      );
      expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      const e = graph.getEdgeAttributes('associate->senior-associate');
      expect([e.provenance, e.reason]).toEqual([
        'stated',
        `${reason}. Strength: strong, the catalog states it.`,
      ]);
    }
  });

  it('infers no move from or to a role that states "Inference: none"', () => {
    const text = [
      'Support Analyst: Role Blueprint',
      'Resolves incidents, troubleshooting networks and customer escalations.',
      'Inference: none',
      'Senior Support Analyst: Role Blueprint',
      'Resolves complex incidents, troubleshooting networks and customer escalations.',
      'Support Engineer: Role Blueprint',
      'Resolves incidents, troubleshooting networks and customer escalations for engineers.',
    ].join('\n');
    const open = loadCatalog(
      { text: text.replace('Inference: none', ''), file: 'c.txt', format: 'text' },
      { model: defaultModel },
    ).graph;
    const closed = loadCatalog(
      { text, file: 'c.txt', format: 'text' },
      { model: defaultModel },
    ).graph;
    // Without the statement, the ladder and similar work connect the analyst.
    expect(open.edges().filter((e) => e.includes('support-analyst')).length).toBeGreaterThan(0);
    expect(
      closed.edges().filter((e) => /(^|>)support-analyst($|-)/.test(e) && !e.startsWith('senior')),
    ).toEqual([]);
  });

  it('reads a stated track with its colour, and warns about a family stating two', () => {
    const text = [
      'Paralegal: Role Blueprint',
      'Prepares bundles.',
      'Track: Legal support #7B3294',
      'Senior Paralegal: Role Blueprint',
      'Prepares complex bundles.',
      'Track: Practice',
    ].join('\n');
    const { graph, diagnostics } = loadCatalog(
      { text, file: 'c.txt', format: 'text' },
      { model: defaultModel },
    );
    const [track] = graph.getAttribute('tracks')!;
    expect(track).toMatchObject({ label: 'Legal support', color: '#7B3294' });
    expect(track!.reason).toBe('stated in the catalog');
    expect(graph.getNodeAttribute('senior-paralegal', 'track')).toBe(track!.id);
    expect(diagnostics.map((d) => d.message)).toContain(
      'role "Senior Paralegal": it states track "Practice", but its family Paralegal is in track "Legal support" (stated by role "Paralegal"); the first is kept',
    );
  });
});
