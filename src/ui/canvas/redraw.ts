/**
 * Comparing what the canvas shows with a new drawing, so as to keep what is already there: a
 * pre-drawn lattice taken over as it is, or the same roles with other moves. Apart from the
 * adapter because deciding what to keep is a job of its own; the adapter passes its Cytoscape
 * instance in.
 */
import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Whether the canvas shows these roles, or is still adding them: each is on the canvas or waiting
 * to be added (a large view goes in a part per frame), with the same id, data and position, and
 * no other role is there.
 * @param cy - the adapter's Cytoscape instance.
 * @param elements - a drawing's elements (its moves are not compared).
 * @param waiting - the elements still to be added to the canvas, in order.
 * @returns the roles still to be added, in the drawing's order, or null when the roles differ.
 */
export function rolesSoFar(
  cy: Core,
  elements: ElementDefinition[],
  waiting: readonly ElementDefinition[] = [],
): ElementDefinition[] | null {
  const nodes = elements.filter((e) => e.group === 'nodes');
  const pending = new Map(
    waiting.filter((e) => e.group === 'nodes').map((e) => [e.data.id!, e] as const),
  );
  if (nodes.length !== cy.nodes().length + pending.size) return null;
  const same = (a: ElementDefinition, data: (k: string) => unknown, x: number, y: number) =>
    x === a.position?.x &&
    y === a.position?.y &&
    Object.keys(a.data).every((k) => data(k) === a.data[k]);
  const rest: ElementDefinition[] = [];
  for (const e of nodes) {
    const el = cy.getElementById(e.data.id!);
    if (!el.empty()) {
      if (!el.isNode() || !same(e, (k) => el.data(k), el.position().x, el.position().y))
        return null;
      continue;
    }
    const w = pending.get(e.data.id!);
    if (!w || !same(e, (k) => w.data[k], w.position!.x, w.position!.y)) return null;
    rest.push(e);
  }
  return rest;
}

/**
 * Whether the canvas shows exactly this drawing: the same roles with the same labels, colors,
 * sizes and positions, and the same moves.
 * @param cy - the adapter's Cytoscape instance.
 * @param elements - the drawing's elements.
 */
export function showsDrawing(cy: Core, elements: ElementDefinition[]): boolean {
  return (
    cy.elements().length === elements.length &&
    elements.every((e) => {
      const el = cy.getElementById(e.data.id!);
      if (el.empty()) return false;
      const keys = Object.keys(e.data);
      if (keys.some((k) => el.data(k) !== e.data[k])) return false;
      if (e.group === 'edges') return el.classes().join(' ') === (e.classes ?? '');
      const p = el.position();
      return p.x === e.position!.x && p.y === e.position!.y;
    })
  );
}

/**
 * Brings the moves drawn to these moves, keeping the roles: moves gone are removed and changed
 * ones updated, in one batch; new ones are returned, for the caller to add.
 * @param cy - the adapter's Cytoscape instance.
 * @param edges - the moves wanted.
 * @param mark - gives definitions the state classes shown (marks.ts).
 * @returns the moves not drawn yet, unmarked, in order.
 */
export function patchMoves(
  cy: Core,
  edges: ElementDefinition[],
  mark: (elements: ElementDefinition[]) => ElementDefinition[],
): ElementDefinition[] {
  const marked = mark(edges);
  const wanted = new Set(edges.map((e) => e.data.id!));
  const added: ElementDefinition[] = [];
  cy.batch(() => {
    cy.edges().forEach((el) => {
      if (!wanted.has(el.id())) el.remove();
    });
    edges.forEach((raw, i) => {
      const e = marked[i]!;
      const el = cy.getElementById(e.data.id!);
      if (el.empty()) {
        added.push(raw);
        return;
      }
      if (Object.keys(e.data).some((k) => el.data(k) !== e.data[k])) el.data(e.data);
      const classes = typeof e.classes === 'string' ? e.classes : (e.classes ?? []).join(' ');
      if (el.classes().join(' ') !== classes) el.classes(classes);
    });
  });
  return added;
}
