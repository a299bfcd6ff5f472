import { describe, expect, it } from 'vitest';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { defaultModel } from '../../../src/model/career/default-model';
import { levelAt } from '../../../src/model/career/career-model';
import {
  DECIDED,
  EMPTY_OVERLAY,
  readOverlay,
  type Overlay,
} from '../../../src/model/career/overlay';
import { loadCatalog } from '../../../src/model/index';
import { readFixture, readRepoFile } from '../helpers';

/**
 * An overlay is what the people who own a framework decided: levels, families, moves accepted,
 * added or rejected. It wins over inference, and outlives edits of its catalog.
 */
const LAW = readFixture('law-firm.csv');
const load = (overlay: Overlay) =>
  loadCatalog({ text: LAW, file: 'law-firm.csv', format: 'csv', overlay }, { model: defaultModel });
const band = (g: ReturnType<typeof load>['graph'], id: string) =>
  levelAt(defaultModel, g.getNodeAttribute(id, 'rank')).band;

/** The corrections an HR author makes to the law firm's draft lattice. */
const CORRECTED = readOverlay({
  roles: [
    {
      role: 'Legal Secretary',
      level: 'Entry',
      because: 'the firm hires secretaries at entry level',
    },
    { role: 'Counsel', level: 'Principal' },
    { role: 'General Counsel', level: 'Chief' },
    { role: 'Trainee Solicitor', family: 'Associate' },
  ],
  moves: [
    { from: 'Trainee Solicitor', to: 'Associate', kind: 'promotion', because: 'qualification' },
    { from: 'Senior Associate', to: 'Partner', kind: 'promotion' },
  ],
  rejected: [{ from: 'Senior Paralegal', to: 'Counsel', because: 'counsel is a qualified lawyer' }],
  tracks: [
    {
      label: 'Lawyers',
      families: ['Associate', 'Counsel', 'Partner', 'General Counsel'],
      because: 'fee earners',
    },
  ],
});

describe('an overlay’s decisions', () => {
  const draft = load(EMPTY_OVERLAY).graph;
  const { graph, diagnostics } = load(CORRECTED);

  it('starts from a draft with the defects an HR reviewer finds', () => {
    expect(draft.hasEdge('senior-paralegal', 'counsel')).toBe(true);
    expect(bidirectional(draft, 'trainee-solicitor', 'managing-partner')).toBeNull();
    expect(band(draft, 'legal-secretary')).toBe('professional');
  });

  it('pins the levels it states, as a catalog’s own level does', () => {
    expect(diagnostics).toEqual([]);
    expect(band(graph, 'legal-secretary')).toBe('entry');
    expect(band(graph, 'counsel')).toBe('principal');
    expect(band(graph, 'general-counsel')).toBe('chief');
    expect(graph.getNodeAttribute('counsel', 'rankEvidence')).toBe('level');
  });

  it('moves a role into another family', () => {
    expect(graph.getNodeAttribute('trainee-solicitor', 'family')).toBe('Associate');
    expect(graph.getNodeAttribute('trainee-solicitor', 'track')).toBe(
      graph.getNodeAttribute('partner', 'track'),
    );
  });

  it('adds the moves it states, with their reason or the author’s word for it', () => {
    expect(graph.getEdgeAttributes('trainee-solicitor', 'associate')).toMatchObject({
      provenance: 'stated',
      rule: 'overlay',
    });
    expect(graph.getEdgeAttribute('trainee-solicitor', 'associate', 'reason')).toContain(
      'qualification',
    );
    expect(graph.getEdgeAttribute('senior-associate', 'partner', 'reason')).toContain(DECIDED);
    expect(bidirectional(graph, 'trainee-solicitor', 'managing-partner')).toEqual([
      'trainee-solicitor',
      'associate',
      'senior-associate',
      'partner',
      'managing-partner',
    ]);
  });

  it('never draws a move it rejects, however it was found, and a lateral one neither way', () => {
    expect(graph.hasEdge('senior-paralegal', 'counsel')).toBe(false);
    const seed = (overlay: Overlay) =>
      loadCatalog(
        { text: readRepoFile('data/role-blueprints.txt'), overlay },
        { model: defaultModel },
      ).graph;
    const [s, t] = ['support-analyst', 'service-desk-analyst'];
    expect(seed(EMPTY_OVERLAY).getEdgeAttribute(t, s, 'kind')).toBe('lateral');
    const without = seed({ ...EMPTY_OVERLAY, rejected: [{ from: s, to: t }] });
    expect(without.hasEdge(s, t) || without.hasEdge(t, s)).toBe(false);
    // A move the overlay both rejects and states is the one it states.
    const both = load({
      ...EMPTY_OVERLAY,
      rejected: [{ from: 'senior-paralegal', to: 'counsel' }],
      moves: [{ from: 'Senior Paralegal', to: 'Counsel', kind: 'lateral', because: 'kept' }],
    }).graph;
    expect(both.getEdgeAttribute('senior-paralegal', 'counsel', 'kind')).toBe('lateral');
  });

  it('warns, never fails, when it names a role the catalog no longer has', () => {
    const stale = load({
      ...CORRECTED,
      roles: [...CORRECTED.roles, { role: 'Of Counsel', level: 'Senior' }],
      rejected: [{ from: 'Clerk', to: 'Partner' }],
    });
    expect(stale.diagnostics.map((d) => d.message)).toEqual([
      'the overlay states the level of unknown role "Of Counsel"; it is ignored',
      'the overlay rejects a move between unknown roles "Clerk" and "Partner"; it is ignored',
    ]);
    expect(band(stale.graph, 'counsel')).toBe('principal');
  });
});

describe('reading an overlay', () => {
  it('reads levels, families and rejections, each reason optional', () => {
    expect(
      readOverlay({
        roles: [{ role: 'Counsel', level: 'Principal', family: 'Lawyer' }],
        rejected: [{ from: 'a', to: 'b' }],
        moves: [{ from: 'a', to: 'c', kind: 'lateral' }],
      }),
    ).toEqual({
      tracks: [],
      moves: [{ from: 'a', to: 'c', kind: 'lateral', because: DECIDED }],
      roles: [{ role: 'Counsel', level: 'Principal', family: 'Lawyer' }],
      rejected: [{ from: 'a', to: 'b' }],
    });
  });

  it('names each problem by its JSON path', () => {
    expect(() =>
      readOverlay(
        { roles: [{ role: 'x' }, { level: 'Senior' }], rejected: [{ from: 'a' }], notes: [] },
        'o.json',
      ),
    ).toThrow(
      [
        'o.json: notes: unknown key (expected tracks, moves, roles, rejected, packs)',
        'o.json: roles[0]: needs "level" or "family"',
        'o.json: roles[1].role: must be a non-empty string',
        'o.json: rejected[0].to: must be a non-empty string',
      ].join('\n'),
    );
  });
});
