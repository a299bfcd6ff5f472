import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { formatFromFileName, loadCatalog } from '../../../src/model/index';
import type { CareerGraph } from '../../../src/model/graph/career-graph';
import { readRepoFile } from '../helpers';

/** Similar work (the `similar` rule): what a move may rest on, and how many a role keeps. */

const graphOf = (path: string): CareerGraph => {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return loadCatalog(
    { text: readRepoFile(path), file, format: formatFromFileName(file) },
    { model: defaultModel },
  ).graph;
};
const text = (t: string) => loadCatalog({ text: t }, { model: defaultModel }).graph;
const CATALOGS = [
  'data/role-blueprints.txt',
  ...readdirSync('test/corpus')
    .filter((f) => /\.(txt|csv|json)$/.test(f) && !f.includes('.expect.') && !f.includes('.model.'))
    .map((f) => `test/corpus/${f}`),
];
const WEAK = 'the nearest work to a role no other move reaches or leaves';
const similar = (g: CareerGraph) =>
  g.filterEdges((_e, a) => a.rule === 'similar').map((e) => g.getEdgeAttributes(e));

describe('a similar-work move', () => {
  it.each(CATALOGS)(
    'rests on at least three terms distinctive in the catalog, or says it is weak: %s',
    (path) => {
      for (const m of similar(graphOf(path)))
        if (!m.reason.includes(WEAK))
          expect(m.terms?.length ?? 0, m.reason).toBeGreaterThanOrEqual(
            Math.min(defaultModel.moves.minTerms, 4),
          );
    },
  );

  it.each(CATALOGS)('leaves a role at most its nearest few, weak moves aside: %s', (path) => {
    const g = graphOf(path);
    g.forEachNode((n) => {
      const pairs = new Set<string>();
      g.forEachEdge(n, (_e, a, s, t) => {
        if (a.rule === 'similar' && !a.reason.includes(WEAK)) pairs.add([s, t].sort().join(' '));
      });
      expect(pairs.size, n).toBeLessThanOrEqual(defaultModel.moves.maxPerRole);
    });
  });

  it('never rests on a sentence about a reporting line', () => {
    // Both managers report to the Plant Manager, in the same words; their work has nothing else
    // in common with the plant manager's.
    const g = text(
      [
        'Plant Manager: Role Blueprint',
        'Owns the budget, safety record and output of the whole site and sets its yearly targets.',
        'Production Manager: Role Blueprint',
        'Runs the assembly lines, schedules shifts and meets daily output. Reports to the Plant Manager, who approves the weekly production plan and the overtime budget.',
        'Maintenance Manager: Role Blueprint',
        'Keeps presses and conveyors running, plans preventive work orders. Reports to the Plant Manager, who approves the weekly production plan and the overtime budget.',
      ].join('\n'),
    );
    const moves = similar(g).map((m) => m.reason);
    for (const r of moves) expect(r).not.toMatch(/approv|weekly|overtime|reports/i);
    expect(g.hasEdge('production-manager', 'maintenance-manager')).toBe(false);
  });

  it('in a German catalog never rests on "und", "der", "für"', () => {
    for (const m of similar(graphOf('test/corpus/manufacturing-de.csv')))
      for (const t of m.terms ?? []) expect(['und', 'der', 'die', 'für', 'fur']).not.toContain(t);
  });
});
