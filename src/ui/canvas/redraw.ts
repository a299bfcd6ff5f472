/**
 * Comparing what the canvas shows with a new drawing, so as to keep what is already there: a
 * pre-drawn lattice taken over as it is, or the same roles with other moves. Apart from the
 * adapter because deciding what to keep is a job of its own; the adapter passes its Cytoscape
 * instance in.
 */
import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Whether the canvas shows exactly these roles: the same ids, data and positions.
 * @param cy - the adapter's Cytoscape instance.
 * @param elements - a drawing's elements (its moves are not compared).
 */
export function showsRoles(cy: Core, elements: ElementDefinition[]): boolean {
  const nodes = elements.filter((e) => e.group === 'nodes');
  if (nodes.length !== cy.nodes().length) return false;
  return nodes.every((e) => {
    const el = cy.getElementById(e.data.id!);
    if (el.empty() || !el.isNode()) return false;
    const p = el.position();
    if (p.x !== e.position?.x || p.y !== e.position?.y) return false;
    return Object.keys(e.data).every((k) => el.data(k) === e.data[k]);
  });
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
