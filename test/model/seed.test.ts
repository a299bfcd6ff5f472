import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import { seedOverlay } from '../../src/model/career/default-overlay';
import { checkGraph, feedersOf, findPath, loadCatalog, parseCatalog } from '../../src/model/index';
import { bfsMoves, isWalkOf, readRepoFile } from './helpers';

const SEED_FILE = 'data/role-blueprints.txt';
const seed = readRepoFile(SEED_FILE);
const loaded = loadCatalog(
  { text: seed, file: SEED_FILE, format: 'text', overlay: seedOverlay },
  { model: defaultModel },
);
const graph = loaded.graph;

/**
 * The 30 roles of the seed, in file order, read from data/role-blueprints.txt by eye, each with
 * the level word it starts with ('' when none) and the family (the rest of the title).
 */
const SEED_ROLES: [title: string, level: string, family: string][] = [
  ['Technical Support Engineer', '', 'Technical Support Engineer'],
  ['Technical Account Manager', '', 'Technical Account Manager'],
  ['Support Engineer', '', 'Support Engineer'],
  ['Senior Technical Support Engineer', 'Senior', 'Technical Support Engineer'],
  ['Senior Technical Account Manager', 'Senior', 'Technical Account Manager'],
  ['Lead Technical Support Engineer', 'Lead', 'Technical Support Engineer'],
  ['Field Service Engineer', '', 'Field Service Engineer'],
  ['Escalation Engineer', '', 'Escalation Engineer'],
  ['Enterprise Support Engineer', '', 'Enterprise Support Engineer'],
  ['Customer Support Engineer', '', 'Customer Support Engineer'],
  ['Technical Support Specialist', '', 'Technical Support Specialist'],
  ['Support Specialist', '', 'Support Specialist'],
  ['Senior Technical Support Specialist', 'Senior', 'Technical Support Specialist'],
  ['Senior Support Specialist', 'Senior', 'Support Specialist'],
  ['Lead Technical Support Specialist', 'Lead', 'Technical Support Specialist'],
  ['Lead Support Specialist', 'Lead', 'Support Specialist'],
  ['Associate Technical Support Specialist', 'Associate', 'Technical Support Specialist'],
  ['Associate Support Specialist', 'Associate', 'Support Specialist'],
  ['Support Analyst', '', 'Support Analyst'],
  ['Service Desk Analyst', '', 'Service Desk Analyst'],
  ['Senior Support Analyst', 'Senior', 'Support Analyst'],
  ['Senior Service Desk Analyst', 'Senior', 'Service Desk Analyst'],
  ['Principal Support Analyst', 'Principal', 'Support Analyst'],
  ['Principal Service Desk Analyst', 'Principal', 'Service Desk Analyst'],
  ['Lead Support Analyst', 'Lead', 'Support Analyst'],
  ['Lead Service Desk Analyst', 'Lead', 'Service Desk Analyst'],
  ['Junior Support Analyst', 'Junior', 'Support Analyst'],
  ['Junior Service Desk Analyst', 'Junior', 'Service Desk Analyst'],
  ['Associate Support Analyst', 'Associate', 'Support Analyst'],
  ['Associate Service Desk Analyst', 'Associate', 'Service Desk Analyst'],
];

/** The seed's titles are letters and spaces only, so the slug is lower case with dashes. */
const idOf = (title: string) => title.toLowerCase().replace(/ /g, '-');

/** Track of each family, as the bundled catalog's overlay (data/role-blueprints.model.json) names it. */
const FAMILY_TRACK: Record<string, string> = {
  'Service Desk Analyst': 'service-desk',
  'Support Analyst': 'support-analysis',
  'Support Specialist': 'technical-support',
  'Technical Support Specialist': 'technical-support',
  'Support Engineer': 'support-engineering',
  'Customer Support Engineer': 'support-engineering',
  'Technical Support Engineer': 'support-engineering',
  'Enterprise Support Engineer': 'support-engineering',
  'Escalation Engineer': 'support-engineering',
  'Field Service Engineer': 'field-service',
  'Technical Account Manager': 'account-management',
};

/** A quotation in a reason: `The <title> blueprint says “<words>”`. */
const QUOTE = /(?:^|[.:;] )[Tt]he ([^;:“”]+?) blueprint says “(.+?)”(?=;|\.$|\. )/g;

const LEVEL_ORDER = ['Associate', 'Junior', '', 'Senior', 'Lead', 'Principal'];

describe('seed catalog: roles', () => {
  it('parses as text with no warnings', () => {
    expect(loaded.format).toBe('text');
    expect(loaded.diagnostics).toEqual([]);
  });

  it('has exactly the 30 roles of the file, with their exact titles, in file order', () => {
    const parsed = parseCatalog(seed, SEED_FILE);
    expect(parsed.roles.map((r) => r.title)).toEqual(SEED_ROLES.map(([t]) => t));
    expect(graph.order).toBe(30);
    // Each title is on an odd line, followed by its summary line.
    parsed.roles.forEach((r, i) => expect(r.line).toBe(2 * i + 1));
  });

  it('keeps each summary as written, bold markers removed', () => {
    const lines = seed.split('\n');
    for (const [title] of SEED_ROLES) {
      const i = lines.findIndex((l) => l.startsWith(`${title}: Role Blueprint`));
      expect(graph.getNodeAttribute(idOf(title), 'summary')).toBe(
        lines[i + 1]!.replaceAll('**', '').trim(),
      );
    }
  });

  it('gives each role a slug id, e.g. associate-service-desk-analyst', () => {
    expect(graph.hasNode('associate-service-desk-analyst')).toBe(true);
    expect(graph.nodes().sort()).toEqual(SEED_ROLES.map(([t]) => idOf(t)).sort());
    for (const [title] of SEED_ROLES)
      expect(graph.getNodeAttribute(idOf(title), 'title')).toBe(title);
  });

  it('reads the level from the leading word and the family from the rest of the title', () => {
    for (const [title, level, family] of SEED_ROLES) {
      const a = graph.getNodeAttributes(idOf(title));
      expect({ title, level: a.level, family: a.family }).toEqual({ title, level, family });
    }
  });

  it('puts each family on the track the overlay names for it', () => {
    for (const [title, , family] of SEED_ROLES)
      expect([title, graph.getNodeAttribute(idOf(title), 'track')]).toEqual([
        title,
        FAMILY_TRACK[family],
      ]);
  });

  it('ranks the levels of a family in the order Associate, Junior, none, Senior, Lead, Principal', () => {
    const families = new Set(SEED_ROLES.map(([, , f]) => f));
    for (const family of families) {
      const members = SEED_ROLES.filter(([, , f]) => f === family).sort(
        ([, a], [, b]) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b),
      );
      const ranks = members.map(([t]) => graph.getNodeAttribute(idOf(t), 'rank'));
      for (let i = 1; i < ranks.length; i++) expect(ranks[i]!).toBeGreaterThan(ranks[i - 1]!);
    }
  });
});

describe('seed catalog: moves', () => {
  it('has moves: every promotion raises the rank, every lateral move stays in its band', () => {
    expect(graph.size).toBeGreaterThan(30);
    let promotions = 0;
    let laterals = 0;
    graph.forEachEdge((_e, a, _s, _t, sa, ta) => {
      const where = `${sa.title} -> ${ta.title}`;
      if (a.kind === 'promotion') {
        promotions++;
        expect(ta.rank, where).toBeGreaterThan(sa.rank);
        // Between two families a promotion climbs a band: Associate and Junior are one.
        if (sa.family !== ta.family) expect(ta.band, where).not.toBe(sa.band);
      } else {
        laterals++;
        expect(a.kind, where).toBe('lateral');
        expect(ta.band, where).toBe(sa.band);
      }
    });
    expect(promotions).toBeGreaterThan(0);
    expect(laterals).toBeGreaterThan(0);
  });

  it('takes the headline path in honest steps, each quoting its own two roles', () => {
    const r = findPath(graph, 'associate-service-desk-analyst', 'technical-account-manager');
    expect(r.found).toBe(true);
    if (!r.found) return;
    const summary = (id: string) => graph.getNodeAttribute(id, 'summary');
    r.moves.forEach((m) => {
      const a = graph.getNodeAttributes(m.from);
      const b = graph.getNodeAttributes(m.to);
      if (a.family === b.family) {
        expect(m.reason).toBe(
          `next level in the ${a.family} family. Strength: strong, the next level of one family.`,
        );
        return;
      }
      if (m.kind === 'promotion') expect(b.band, `${m.from} → ${m.to}`).not.toBe(a.band);
      const quotes = [...m.reason.matchAll(QUOTE)];
      expect(quotes.length, m.reason).toBeGreaterThan(0);
      for (const [, title, quote] of quotes) {
        expect([a.title, b.title], m.reason).toContain(title);
        const inner = quote!.replace(/^…/, '').replace(/…$/, '');
        expect(summary(title === a.title ? m.from : m.to)).toContain(inner);
      }
    });
  });

  it('has the moves the summaries support: Support Analyst ↔ Service Desk Analyst, Customer Support Engineer → Technical Account Manager', () => {
    // Both "structured", "disciplined", "documented": work few other roles of the catalog name.
    expect(graph.hasDirectedEdge('support-analyst', 'service-desk-analyst')).toBe(true);
    expect(graph.hasDirectedEdge('service-desk-analyst', 'support-analyst')).toBe(true);
    expect(graph.hasDirectedEdge('customer-support-engineer', 'technical-account-manager')).toBe(
      true,
    );
  });

  it('ranks Principals above Leads and above every Senior, each with a move in', () => {
    const rank = (id: string) => graph.getNodeAttribute(id, 'rank');
    for (const p of ['principal-support-analyst', 'principal-service-desk-analyst']) {
      expect(rank(p)).toBeGreaterThan(rank('lead-technical-support-engineer'));
      expect(rank(p)).toBeGreaterThan(rank('senior-technical-support-engineer'));
      expect(graph.inDegree(p), p).toBeGreaterThan(0);
    }
  });

  it('lets Associate Service Desk Analyst reach Technical Account Manager', () => {
    const r = findPath(graph, 'associate-service-desk-analyst', 'technical-account-manager');
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(r.path[0]).toBe('associate-service-desk-analyst');
    expect(r.path.at(-1)).toBe('technical-account-manager');
    expect(isWalkOf(graph, r.path)).toBe(true);
    expect(r.moves).toHaveLength(r.path.length - 1);
    expect(r.moves.length).toBe(
      bfsMoves(graph, 'associate-service-desk-analyst', 'technical-account-manager'),
    );
  });

  it('reaches every role from an entry-level (Associate or Junior) role', () => {
    const findings = checkGraph(graph, defaultModel);
    expect(findings.filter((d) => d.message.includes('cannot be reached'))).toEqual([]);
    // The same, by an independent breadth-first search from the Associate and Junior roles.
    const seen = new Set(
      SEED_ROLES.filter(([, l]) => l === 'Associate' || l === 'Junior').map(([t]) => idOf(t)),
    );
    const queue = [...seen];
    while (queue.length)
      for (const u of graph.outNeighbors(queue.shift()!))
        if (!seen.has(u)) {
          seen.add(u);
          queue.push(u);
        }
    expect(seen.size).toBe(30);
  });

  it('makes Senior Technical Account Manager a promotion from Technical Account Manager', () => {
    const e = graph.getEdgeAttributes(
      'technical-account-manager',
      'senior-technical-account-manager',
    );
    expect(e.kind).toBe('promotion');
    expect(e.rule).toBe('ladder');
  });

  it('puts Principal Service Desk Analyst at the top of its family, one step above Lead', () => {
    const rankOf = (id: string) => graph.getNodeAttribute(id, 'rank');
    const family = graph.filterNodes((_, a) => a.family === 'Service Desk Analyst');
    expect(family).toHaveLength(6);
    for (const id of family)
      if (id !== 'principal-service-desk-analyst')
        expect(rankOf(id)).toBeLessThan(rankOf('principal-service-desk-analyst'));
    const e = graph.getEdgeAttributes(
      'lead-service-desk-analyst',
      'principal-service-desk-analyst',
    );
    expect(e).toMatchObject({ kind: 'promotion', rule: 'ladder' });
    // Nothing in its own family is a promotion from it.
    for (const t of graph.outNeighbors('principal-service-desk-analyst'))
      expect(graph.getNodeAttribute(t, 'family')).not.toBe('Service Desk Analyst');
  });

  it('has every lateral move in both directions', () => {
    graph.forEachEdge((_e, a, s, t) => {
      if (a.kind !== 'lateral') return;
      expect(graph.hasDirectedEdge(t, s), `${t} -> ${s}`).toBe(true);
      expect(graph.getEdgeAttribute(t, s, 'kind')).toBe('lateral');
    });
  });

  it('gives every move a reason and marks every move inferred (the seed states none)', () => {
    graph.forEachEdge((e, a) => {
      expect(a.reason.trim().length, e).toBeGreaterThan(10);
      expect(a.provenance, e).toBe('inferred');
    });
  });

  it('quotes the seed word for word on every move across families, from the move’s own two roles', () => {
    const summaryOf = new Map(graph.mapNodes((_, a) => [a.title, a.summary] as const));
    let across = 0;
    graph.forEachEdge((e, a, _s, _t, sa, ta) => {
      if (sa.family === ta.family) return;
      across++;
      const quotes = [...a.reason.matchAll(QUOTE)];
      expect(quotes.length, `${e}: ${a.reason}`).toBeGreaterThan(0);
      for (const [, title, quote] of quotes) {
        expect([sa.title, ta.title], `${e} cites a third role`).toContain(title);
        const summary = summaryOf.get(title!)!;
        const inner = quote!.replace(/^…/, '').replace(/…$/, '');
        const at = summary.indexOf(inner);
        expect(at, `${e}: “${inner}” is not in the ${title} summary`).toBeGreaterThanOrEqual(0);
        // The quote starts and ends on whole words: no clipped letters, no stray spaces.
        expect(inner, e).toBe(inner.trim());
        const before = summary.slice(0, at);
        if (quote!.startsWith('…')) expect(before, e).toMatch(/\s$/);
        else expect(before === '' || before.endsWith('. '), `${e}: “${quote}”`).toBe(true);
        const after = summary.slice(at + inner.length);
        if (quote!.endsWith('…')) expect(after, e).toMatch(/^[\s.,;:”’)]/);
        else expect(after, e).toMatch(/^([.,;:]|$)/);
      }
    });
    expect(across).toBeGreaterThan(0);
  });

  it('gives a reverse lateral move its own reason', () => {
    graph.forEachEdge((_e, a, s, t) => {
      if (a.kind !== 'lateral' || a.rule !== 'similar') return;
      expect(graph.getEdgeAttribute(t, s, 'reason'), `${s} ↔ ${t}`).not.toBe(a.reason);
    });
  });
});

describe('seed catalog: feeders', () => {
  it('lists the roles one move from Escalation Engineer: engineers whose work is alike, one band below or beside it', () => {
    // Escalation Engineer is Senior ("a senior individual contributor", "the most complex … issues").
    const direct = feedersOf(graph, 'escalation-engineer', 1);
    const ids = direct.map((r) => r.id);
    expect(ids).toContain('senior-technical-support-engineer');
    for (const id of ids) expect(id).toMatch(/engineer$/);
    for (const id of ids) {
      const kind = graph.getEdgeAttribute(id, 'escalation-engineer', 'kind');
      const a = graph.getNodeAttributes(id);
      // No entry-level role jumps straight to it.
      expect(a.band, id).not.toBe('entry');
      expect(kind === 'lateral' ? a.band : 'lower', id).not.toBe('principal');
    }
    expect(direct.every((r) => r.moves === 1)).toBe(true);
  });

  it('lists every feeder at its fewest-moves distance', () => {
    const all = feedersOf(graph, 'escalation-engineer');
    expect(all.map((r) => r.id)).toContain('associate-service-desk-analyst');
    expect(all.map((r) => r.id)).not.toContain('senior-technical-account-manager');
    for (const r of all)
      expect([r.id, r.moves]).toEqual([r.id, bfsMoves(graph, r.id, 'escalation-engineer')]);
    // Nearest first.
    for (let i = 1; i < all.length; i++)
      expect(all[i]!.moves).toBeGreaterThanOrEqual(all[i - 1]!.moves);
  });
});
