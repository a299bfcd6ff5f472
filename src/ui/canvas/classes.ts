import type { CareerGraph } from '../../model/graph';
import { canvasEdgeId } from './canvas-elements';

/*
 * Which state classes each role and move of the lattice carries, from what the page shows: the
 * selection, the hovered role, the keyboard's role, the shown path and the filters. Plain data,
 * no Cytoscape: the adapter applies the answer, and tests read it in Node.
 */

/** What the canvas shows besides the graph itself. */
export interface CanvasState {
  selected: string | null;
  hovered: string | null;
  /** The role the keyboard is on (arrow keys on the canvas): drawn with a focus ring. */
  focused?: string | null;
  /** Role ids of the shown path, in order. */
  path: readonly string[];
  visibleRoles: ReadonlySet<string>;
  visibleMoves: ReadonlySet<string>;
  filterMode: 'hide' | 'fade';
}

/** The classes every element can be given (styled in `styles.ts`). */
export const STATE_CLASSES = [
  'filtered-out',
  'filtered-faded',
  'selected',
  'on-path',
  'hovered',
  'neighbor',
  'faded',
  'incident',
  'off-path',
  'key-focus',
] as const;
export type StateClass = (typeof STATE_CLASSES)[number];

/** The elements of each state class, by canvas id, and each path role's step number. */
export interface CanvasClasses {
  classes: Record<StateClass, Set<string>>;
  /** Step numbers (1 for the start) of the roles of a shown path of two roles or more. */
  steps: Map<string, number>;
}

/** No element with any state class. */
export function noClasses(): CanvasClasses {
  return {
    classes: Object.fromEntries(STATE_CLASSES.map((c) => [c, new Set<string>()])) as Record<
      StateClass,
      Set<string>
    >,
    steps: new Map(),
  };
}

/**
 * The state classes of a drawing's elements.
 * @param graph - the graph drawn (its moves give the canvas ids of the path's moves).
 * @param nodeIds - the roles on the canvas (or about to be added).
 * @param edgeIds - the moves on the canvas, by canvas id (`canvasEdgeId`).
 * @param state - what the page shows.
 * @returns the elements of each class, and the path's step numbers.
 */
export function classesFor(
  graph: CareerGraph,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
  state: CanvasState,
): CanvasClasses {
  const pathNodes = new Set(state.path);
  const pathEdges = new Set<string>();
  for (let i = 1; i < state.path.length; i++) {
    const a = state.path[i - 1]!;
    const b = state.path[i]!;
    // In a focus view the path can arrive before the view that holds it.
    if (!graph.hasNode(a) || !graph.hasNode(b)) continue;
    const e = graph.edge(a, b);
    if (e) pathEdges.add(canvasEdgeId(graph, e));
  }
  const visibleEdges = new Set<string>();
  for (const e of state.visibleMoves) visibleEdges.add(canvasEdgeId(graph, e));
  const focus = state.hovered && graph.hasNode(state.hovered) ? state.hovered : null;
  const neighborhood = new Set<string>();
  const incident = new Set<string>();
  if (focus) {
    neighborhood.add(focus);
    graph.forEachEdge(focus, (e, _a, s, t) => {
      neighborhood.add(s);
      neighborhood.add(t);
      incident.add(canvasEdgeId(graph, e));
    });
  }
  const filterClass = state.filterMode === 'hide' ? 'filtered-out' : 'filtered-faded';
  const { classes } = noClasses();
  // A shown path dims everything off it.
  const dim = pathNodes.size > 1;
  for (const id of nodeIds) {
    // A role on the shown path stays visible whatever the filters say.
    if (!state.visibleRoles.has(id) && !pathNodes.has(id)) classes[filterClass].add(id);
    if (id === state.selected) classes['selected'].add(id);
    if (id === state.focused) classes['key-focus'].add(id);
    if (pathNodes.has(id)) classes['on-path'].add(id);
    else if (dim) classes['off-path'].add(id);
    if (focus) {
      if (id === focus) classes['hovered'].add(id);
      else if (neighborhood.has(id)) classes['neighbor'].add(id);
      else classes['faded'].add(id);
    }
  }
  for (const id of edgeIds) {
    if (!visibleEdges.has(id) && !pathEdges.has(id)) classes[filterClass].add(id);
    if (pathEdges.has(id)) classes['on-path'].add(id);
    else if (dim) classes['off-path'].add(id);
    if (focus) classes[incident.has(id) ? 'incident' : 'faded'].add(id);
  }
  const steps = new Map(dim ? state.path.map((id, i) => [id, i + 1]) : []);
  return { classes, steps };
}
