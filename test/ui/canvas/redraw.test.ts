import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { rolesSoFar } from '../../../src/ui/canvas/redraw';

const node = (id: string, x: number, label = id): ElementDefinition => ({
  group: 'nodes',
  data: { id, label },
  position: { x, y: 0 },
});
const edge = (s: string, t: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `${s}->${t}`, source: s, target: t },
});

/** A canvas that has added the first `drawn` roles of a view and waits to add the rest. */
function partlyDrawn(drawn: number) {
  const view = [node('a', 0), node('b', 100), node('c', 200), edge('a', 'b')];
  const cy = cytoscape({
    headless: true,
    elements: view.slice(0, drawn),
    layout: { name: 'preset' },
  });
  return { cy, waiting: view.slice(drawn) };
}

describe('the roles of a view still being added a part per frame', () => {
  it('are kept when the same roles come back with other moves: the rest are still to add', () => {
    const { cy, waiting } = partlyDrawn(1);
    const next = [node('a', 0), node('b', 100), node('c', 200), edge('b', 'c'), edge('a', 'c')];
    expect(rolesSoFar(cy, next, waiting)?.map((e) => e.data.id)).toEqual(['b', 'c']);
  });

  it('are kept, with nothing left to add, once all are on the canvas', () => {
    const { cy } = partlyDrawn(3);
    expect(rolesSoFar(cy, [node('a', 0), node('b', 100), node('c', 200)], [])).toEqual([]);
  });

  it('are not kept when a role moved, was renamed, or is no longer in the view', () => {
    const { cy, waiting } = partlyDrawn(1);
    expect(rolesSoFar(cy, [node('a', 5), node('b', 100), node('c', 200)], waiting)).toBeNull();
    expect(rolesSoFar(cy, [node('a', 0), node('b', 100, 'B'), node('c', 200)], waiting)).toBeNull();
    expect(rolesSoFar(cy, [node('b', 100), node('c', 200)], waiting)).toBeNull();
    expect(
      rolesSoFar(cy, [node('a', 0), node('b', 100), node('c', 200), node('d', 300)], waiting),
    ).toBeNull();
  });
});
