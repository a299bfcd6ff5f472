import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import { seedOverlay } from '../../src/model/career/default-overlay';
import { applyFilter, loadCatalog } from '../../src/model/index';
import { FILTERS, FILTER_KEYS, filterActive, roleFilterOf, scopeOf } from '../../src/state/filters';
import { DEFAULT_QUERY, OWNED_PARAMS, parseQuery, toSearchParams } from '../../src/state/url';
import { readRepoFile } from '../model/helpers';

const { graph } = loadCatalog(
  {
    text: readRepoFile('data/role-blueprints.txt'),
    file: 'role-blueprints.txt',
    format: 'text',
    overlay: seedOverlay,
  },
  { model: defaultModel },
);

/** A value for each filter that is not its default. */
const SET: Record<string, unknown> = {
  text: 'escalation',
  tracks: ['service-desk'],
  levels: [1, 4],
  kinds: ['promotion'],
  hideWeak: true,
  competency: 'triage',
  within: 2,
  feeders: true,
};

describe('the filter table', () => {
  it('declares every filter once, each with its own URL parameter', () => {
    expect(FILTER_KEYS.sort()).toEqual(Object.keys(SET).sort());
    const params = FILTERS.map((f) => f.param);
    expect(new Set(params).size).toBe(params.length);
    for (const p of params) expect(OWNED_PARAMS.has(p)).toBe(true);
  });

  it('round-trips each filter through the URL, and leaves defaults out of it', () => {
    expect(toSearchParams(DEFAULT_QUERY).toString()).toBe('');
    for (const f of FILTERS) {
      const q = { ...DEFAULT_QUERY, [f.key]: SET[f.key] };
      const p = toSearchParams(q);
      expect([...p.keys()], f.key).toEqual([f.param]);
      expect(parseQuery(p)[f.key], f.key).toEqual(SET[f.key]);
      expect(filterActive(f, q), f.key).toBe(true);
      expect(filterActive(f, DEFAULT_QUERY), f.key).toBe(false);
    }
  });

  it('narrows by attribute through the model, and by scope to the selected role’s neighbourhood', () => {
    const q = {
      ...DEFAULT_QUERY,
      tracks: ['support-engineering'],
      role: 'escalation-engineer',
      within: 1,
    };
    const view = applyFilter(
      graph,
      roleFilterOf(q),
      scopeOf(q, {
        graph,
        selected: q.role,
        competencies: null,
      }) ?? undefined,
    );
    expect(view.roles.size).toBeGreaterThan(0);
    for (const id of view.roles) {
      expect(graph.getNodeAttribute(id, 'track')).toBe('support-engineering');
      expect(
        id === 'escalation-engineer' ||
          graph.hasEdge(id, 'escalation-engineer') ||
          graph.hasEdge('escalation-engineer', id),
        id,
      ).toBe(true);
    }
    // Hiding weak moves keeps every role and every other move.
    const strong = applyFilter(graph, roleFilterOf({ ...DEFAULT_QUERY, hideWeak: true }));
    expect(strong.roles.size).toBe(graph.order);
    const weak = graph.filterEdges((_e, a) => a.strength === 'weak');
    expect(weak.length).toBeGreaterThan(0);
    expect(strong.moves.size).toBe(graph.size - weak.length);
    for (const e of weak) expect(strong.moves.has(e)).toBe(false);
    // Without a selected role, the scope filters allow everything.
    expect(scopeOf({ ...q, role: '' }, { graph, selected: '', competencies: null })).toBeNull();
  });
});
