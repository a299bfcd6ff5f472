import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { EMPTY_OVERLAY, withRoleDecision, type Overlay } from '../../../src/model/career';
import { loadCatalog } from '../../../src/model/index';
import { reviewQueue } from '../../../src/model/present';
import { STRENGTHS } from '../../../src/model/graph/types';
import { readFixture } from '../helpers';

const LAW = readFixture('law-firm.csv');
const queueOf = (overlay: Overlay) => {
  const l = loadCatalog({ text: LAW, file: 'law-firm.csv', overlay }, { model: defaultModel });
  return { graph: l.graph, queue: reviewQueue(l.graph, l.findings, overlay) };
};

describe('what to check first', () => {
  const { graph, queue } = queueOf(EMPTY_OVERLAY);

  it('lists inferred moves that are not strong, weakest first, then the other kinds in order', () => {
    const kinds = queue.map((i) => i.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    const strengths = queue.flatMap((i) => (i.kind === 'move' ? [i.strength] : []));
    expect(strengths.length).toBeGreaterThan(0);
    expect(strengths).not.toContain('strong');
    expect(strengths).toEqual(
      [...strengths].sort((a, b) => STRENGTHS.indexOf(b as never) - STRENGTHS.indexOf(a as never)),
    );
    expect(queue).toContainEqual(
      expect.objectContaining({ kind: 'move', from: 'senior-paralegal', to: 'counsel' }),
    );
  });

  it('names each role placed by default and each role with no way in or out', () => {
    const byDefault = graph.filterNodes((_id, a) => a.rankEvidence === 'default');
    expect(byDefault.length).toBeGreaterThan(0);
    expect(queue.filter((i) => i.kind === 'rank').map((i) => 'role' in i && i.role)).toEqual(
      byDefault,
    );
    expect(queue.some((i) => i.kind === 'stranded')).toBe(true);
  });

  it('leaves out what the author decided', () => {
    const role = graph.filterNodes((_id, a) => a.rankEvidence === 'default')[0]!;
    const title = graph.getNodeAttribute(role, 'title');
    const after = queueOf(withRoleDecision(EMPTY_OVERLAY, title, 'level', 'Professional')).queue;
    expect(after.some((i) => i.kind === 'rank' && i.role === role)).toBe(false);
  });
});

const ORDER = ['move', 'rank', 'stranded', 'split'];
