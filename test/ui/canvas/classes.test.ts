import { describe, expect, it } from 'vitest';
import { canvasEdgeId } from '../../../src/ui/canvas/canvas-elements';
import { classesFor, STATE_CLASSES, type CanvasState } from '../../../src/ui/canvas/classes';
import { tinyGraph } from '../../model/helpers';

/*
 * The lattice's state classes, read in Node from the pure function the canvas adapter applies:
 * what a user sees dimmed, hidden, ringed or numbered for a selection, a hover, a path and filters.
 */

// a → b → c, a lateral b ↔ d, and e alone.
const g = tinyGraph(
  ['a', 'b', 'c', 'd', 'e'],
  [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'b', to: 'd', kind: 'lateral' },
    { from: 'd', to: 'b', kind: 'lateral' },
  ],
);
const nodes = g.nodes();
const edges = [...new Set(g.edges().map((e) => canvasEdgeId(g, e)))];
const ab = canvasEdgeId(g, 'a->b');
const bc = canvasEdgeId(g, 'b->c');
const bd = canvasEdgeId(g, 'b->d');
const all: CanvasState = {
  selected: null,
  hovered: null,
  path: [],
  visibleRoles: new Set(nodes),
  visibleMoves: new Set(g.edges()),
  filterMode: 'hide',
};
/** The classes of one element, in STATE_CLASSES order. */
const of = (state: CanvasState, id: string) => {
  const { classes } = classesFor(g, nodes, edges, state);
  return STATE_CLASSES.filter((c) => classes[c].has(id));
};

describe('the lattice state classes', () => {
  it('gives nothing a class when nothing is chosen, hovered, filtered or on a path', () => {
    const { classes, steps } = classesFor(g, nodes, edges, all);
    expect(STATE_CLASSES.filter((c) => classes[c].size)).toEqual([]);
    expect(steps.size).toBe(0);
    // Both directions of a lateral move are one element on the canvas.
    expect(edges).toHaveLength(3);
  });

  it('numbers a path of two roles or more and dims everything off it', () => {
    const state = { ...all, path: ['a', 'b', 'c'] };
    const { steps } = classesFor(g, nodes, edges, state);
    expect([...steps]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(of(state, 'b')).toEqual(['on-path']);
    expect(of(state, ab)).toEqual(['on-path']);
    expect(of(state, bc)).toEqual(['on-path']);
    expect(of(state, 'd')).toEqual(['off-path']);
    expect(of(state, bd)).toEqual(['off-path']);
    // A path of one role (From = To) dims nothing and numbers nothing.
    const one = classesFor(g, nodes, edges, { ...all, path: ['a'] });
    expect(one.steps.size).toBe(0);
    expect(one.classes['off-path'].size).toBe(0);
  });

  it('hides or fades what the filters leave out, but never a role or move of the shown path', () => {
    const filtered = { ...all, visibleRoles: new Set(['a', 'b']), visibleMoves: new Set(['a->b']) };
    expect(of(filtered, 'c')).toEqual(['filtered-out']);
    expect(of(filtered, bc)).toEqual(['filtered-out']);
    expect(of({ ...filtered, filterMode: 'fade' }, 'c')).toEqual(['filtered-faded']);
    const onPath = { ...filtered, path: ['a', 'b', 'c'] };
    expect(of(onPath, 'c')).toEqual(['on-path']);
    expect(of(onPath, bc)).toEqual(['on-path']);
    expect(of(onPath, 'e')).toEqual(['filtered-out', 'off-path']);
  });

  it('rings the hovered role, lights its neighbours and moves, and fades the rest', () => {
    const state = { ...all, hovered: 'b' };
    expect(of(state, 'b')).toEqual(['hovered']);
    expect(of(state, 'a')).toEqual(['neighbor']);
    expect(of(state, 'd')).toEqual(['neighbor']);
    expect(of(state, 'e')).toEqual(['faded']);
    expect(of(state, ab)).toEqual(['incident']);
    expect(of(state, bd)).toEqual(['incident']);
    // A hovered id the drawing does not hold (a large view not loaded yet) fades nothing.
    expect(of({ ...all, hovered: 'zz' }, 'e')).toEqual([]);
  });

  it('marks the selected role and the keyboard’s role', () => {
    const state = { ...all, selected: 'c', focused: 'd' };
    expect(of(state, 'c')).toEqual(['selected']);
    expect(of(state, 'd')).toEqual(['key-focus']);
  });
});
