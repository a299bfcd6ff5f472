import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  applyFilter,
  feedersOf,
  loadCatalog,
  reachFrom,
  readOverlay,
} from '../../../src/model/index';
import { tinyGraph } from '../helpers';

/*
 *   a -promotion-> b -promotion-> c -promotion-> d -promotion-> a   (a ring)
 *   a -lateral-> c
 */
const ring = tinyGraph(
  ['a', 'b', 'c', 'd'],
  [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'a' },
    { from: 'a', to: 'c', kind: 'lateral' },
  ],
);
const pairs = (rs: { id: string; moves: number }[]) => rs.map((r) => [r.id, r.moves]);
const sorted = (rs: { id: string; moves: number }[]) =>
  pairs(rs).sort((x, y) => Number(x[1]) - Number(y[1]) || String(x[0]).localeCompare(String(y[0])));

describe('reachFrom', () => {
  it('lists the roles within N moves, each at its fewest moves, never the start itself', () => {
    expect(reachFrom(ring, 'a', 0)).toEqual([]);
    expect(sorted(reachFrom(ring, 'a', 1))).toEqual([
      ['b', 1],
      ['c', 1],
    ]);
    expect(sorted(reachFrom(ring, 'a', 2))).toEqual([
      ['b', 1],
      ['c', 1],
      ['d', 2],
    ]);
    expect(sorted(reachFrom(ring, 'a', 10))).toEqual(sorted(reachFrom(ring, 'a', 2)));
  });

  it('lists nearest first', () => {
    const r = reachFrom(ring, 'a', Infinity);
    expect(r.map((x) => x.moves)).toEqual([1, 1, 2]);
  });

  it('follows only the move kinds asked for', () => {
    expect(pairs(reachFrom(ring, 'a', 2, ['promotion']))).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
    expect(pairs(reachFrom(ring, 'a', Infinity, ['lateral']))).toEqual([['c', 1]]);
    expect(pairs(reachFrom(ring, 'b', Infinity, ['promotion']))).toEqual([
      ['c', 1],
      ['d', 2],
      ['a', 3],
    ]);
  });

  it('returns nothing for an unknown role', () => {
    expect(reachFrom(ring, 'nope', 3)).toEqual([]);
  });
});

describe('feedersOf', () => {
  it('lists the roles that lead into a role, by fewest moves', () => {
    expect(pairs(feedersOf(ring, 'd', 1))).toEqual([['c', 1]]);
    expect(sorted(feedersOf(ring, 'd'))).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 2],
    ]);
  });

  it('follows only the move kinds asked for', () => {
    expect(pairs(feedersOf(ring, 'd', Infinity, ['promotion']))).toEqual([
      ['c', 1],
      ['b', 2],
      ['a', 3],
    ]);
    expect(pairs(feedersOf(ring, 'c', Infinity, ['lateral']))).toEqual([['a', 1]]);
  });
});

describe('applyFilter', () => {
  const text = [
    'Associate Support Analyst: Role Blueprint',
    'Learns the ropes.',
    'Support Analyst: Role Blueprint',
    'Owns the queue.',
    'Skills: SQL',
    'Senior Support Analyst: Role Blueprint',
    'Runs the Queue with sql reports.',
    'Service Desk Analyst: Role Blueprint',
    'Answers the desk.',
    'Senior Service Desk Analyst: Role Blueprint',
    'Leads the desk.',
    'Support Engineer: Role Blueprint',
    'Fixes the product; also writes SQL.',
  ].join('\n');
  // The organization's overlay names the tracks, so the track filter has stable ids to use.
  const overlay = readOverlay({
    tracks: [
      { label: 'Service Desk', families: ['Service Desk Analyst'], because: 'its own desk' },
      { label: 'Support Analysis', families: ['Support Analyst'], because: 'its own queues' },
      { label: 'Support Engineering', families: ['Support Engineer'], because: 'engineers' },
    ],
  });
  const { graph } = loadCatalog(
    { text, file: 'filter.txt', format: 'text', overlay },
    { model: defaultModel },
  );
  const all = new Set(graph.nodes());
  const edge = (s: string, t: string) => graph.edge(s, t)!;
  const between = (roles: Set<string>) =>
    new Set(graph.filterEdges((_e, _a, s, t) => roles.has(s) && roles.has(t)));

  it('starts from the graph the model builds for this catalog', () => {
    // Ladders in both analyst families (the model may add moves between similar families too).
    expect(graph.mapEdges((_e, a, s, t) => `${s} ${a.kind} ${t}`)).toEqual(
      expect.arrayContaining([
        'associate-support-analyst promotion support-analyst',
        'service-desk-analyst promotion senior-service-desk-analyst',
        'support-analyst promotion senior-support-analyst',
      ]),
    );
  });

  it('keeps everything with an empty filter', () => {
    const v = applyFilter(graph, {});
    expect(v.roles).toEqual(all);
    expect(v.moves).toEqual(new Set(graph.edges()));
  });

  it('filters by track, keeping only moves between kept roles', () => {
    const v = applyFilter(graph, { tracks: ['service-desk'] });
    expect(v.roles).toEqual(new Set(['service-desk-analyst', 'senior-service-desk-analyst']));
    expect(v.moves).toEqual(new Set([edge('service-desk-analyst', 'senior-service-desk-analyst')]));
    expect(v.moves).toEqual(between(v.roles));
  });

  it('filters by an inclusive rank range', () => {
    // Ranks on the scale: Associate 1, no level word 3 (Professional), Senior 4.
    const v = applyFilter(graph, { minRank: 4, maxRank: 4 });
    expect([...v.roles].sort()).toEqual(['senior-service-desk-analyst', 'senior-support-analyst']);
    expect(v.moves).toEqual(between(v.roles));
    expect([...applyFilter(graph, { minRank: 3, maxRank: 3 }).roles].sort()).toEqual([
      'service-desk-analyst',
      'support-analyst',
      'support-engineer',
    ]);
    expect(applyFilter(graph, { maxRank: 1 }).roles).toEqual(
      new Set(['associate-support-analyst']),
    );
  });

  it('filters moves by kind, keeping every role', () => {
    const v = applyFilter(graph, { kinds: ['lateral'] });
    expect(v.roles).toEqual(all);
    expect([...v.moves].every((e) => graph.getEdgeAttribute(e, 'kind') === 'lateral')).toBe(true);
    expect(v.moves.size).toBe(graph.filterEdges((_e, a) => a.kind === 'lateral').length);
  });

  it('filters by words that must all appear in the title, summary or skills, in any case', () => {
    expect(applyFilter(graph, { text: 'QUEUE sql' }).roles).toEqual(
      new Set(['support-analyst', 'senior-support-analyst']),
    );
    expect(applyFilter(graph, { text: 'sql' }).roles).toEqual(
      new Set(['support-analyst', 'senior-support-analyst', 'support-engineer']),
    );
    expect(applyFilter(graph, { text: 'service desk' }).roles).toEqual(
      new Set(['service-desk-analyst', 'senior-service-desk-analyst']),
    );
    expect(applyFilter(graph, { text: '   ' }).roles).toEqual(all);
    expect(applyFilter(graph, { text: 'astronaut' }).roles.size).toBe(0);
  });

  it('combines conditions, and keeps roles only within a given set', () => {
    const v = applyFilter(graph, {
      tracks: ['support-analysis'],
      kinds: ['promotion'],
      minRank: 3,
    });
    expect(v.roles).toEqual(new Set(['support-analyst', 'senior-support-analyst']));
    expect(v.moves).toEqual(new Set([edge('support-analyst', 'senior-support-analyst')]));
    const within = new Set(['support-analyst', 'support-engineer']);
    expect(applyFilter(graph, {}, within).roles).toEqual(within);
    expect(applyFilter(graph, {}, within).moves).toEqual(between(within));
  });
});
