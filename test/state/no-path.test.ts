import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import { noPathAdvice, type NoPathQuestion } from '../../src/state/no-path';
import { tinyGraph } from '../model/helpers';

// a → b (promotion), b → c (lateral), c → d (promotion); e stands alone. Ranks are 0–4 in order.
const graph = tinyGraph(
  ['a', 'b', 'c', 'd', 'e'],
  [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c', kind: 'lateral' },
    { from: 'c', to: 'd' },
  ],
);

function ask(
  query: Partial<NoPathQuestion['query']>,
  g: NoPathQuestion['graph'] = graph,
): { message: string; help: string } {
  return noPathAdvice({
    graph: g,
    model: defaultModel,
    query: { from: 'a', to: 'd', promotionsOnly: false, avoid: [], ...query },
    message: 'no path',
    known: (id) => graph.hasNode(id),
    title: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'title') : id),
    role: (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined),
  });
}

describe('advice when there is no path', () => {
  it('says a role is unknown, and nothing about options', () => {
    expect(ask({ from: 'zz' })).toEqual({
      message: 'this catalog has no role “zz” (From)',
      help: 'Choose From from the list.',
    });
  });

  it('suggests lateral moves only when they would find a path', () => {
    expect(ask({ promotionsOnly: true }).help).toBe('Try allowing lateral moves.');
    // d → e: no move at all, so allowing lateral moves would not help.
    expect(ask({ from: 'd', to: 'e', promotionsOnly: true }).help).not.toMatch(/lateral/);
  });

  it('names the avoided role a path would go through', () => {
    expect(ask({ avoid: ['b'] }).help).toBe('Try avoiding fewer roles (a path goes through B).');
    expect(ask({ avoid: ['d'] }).help).toBe('Remove D from the roles to avoid.');
  });

  it('says what stands in the way when no option does', () => {
    expect(ask({ from: 'd', to: 'a' }).help).toMatch(/^Nobody moves down a level: A \(/);
    expect(ask({ from: 'd', to: 'e' }).help).toBe('No move leads out of D in this catalog.');
    expect(ask({ from: 'a', to: 'e' }).help).toBe('No move leads into E: it is an entry point.');
  });

  it('without the graph at hand, names the options that are on', () => {
    expect(ask({ promotionsOnly: true, avoid: ['c'] }, null).help).toBe(
      'Try allowing lateral moves, or avoiding fewer roles.',
    );
    expect(ask({ from: 'a', to: 'e' }, null).help).toMatch(/^No option stands in the way/);
  });
});
