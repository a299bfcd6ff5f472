/**
 * Putting the state classes and step numbers `classesFor` computes (classes.ts) on the canvas:
 * on the elements drawn, on element definitions a large view adds later, and the step badges'
 * size as the view zooms. Apart from the adapter because changing them cheaply is a job of its
 * own; `markElements` is plain data, tested in Node.
 */
import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import type { CareerGraph } from '../../model/graph';
import { classesFor, STATE_CLASSES, type CanvasClasses, type CanvasState } from './classes';

/**
 * The state classes and step numbers for the elements drawn and those still to be added.
 * @param cy - the adapter's Cytoscape instance.
 * @param graph - the graph drawn.
 * @param waiting - the elements of a large view not added yet (pacing.ts).
 * @param state - the selection, hover, path and filters.
 * @returns the classes and steps, by element id.
 */
export function marksFor(
  cy: Core,
  graph: CareerGraph,
  waiting: readonly ElementDefinition[],
  state: CanvasState,
): CanvasClasses {
  // Roles and moves of a large view not added yet get their classes when they are.
  const [nodeIds, edgeIds] = [cy.nodes().map((n) => n.id()), cy.edges().map((e) => e.id())];
  for (const e of waiting) (e.group === 'edges' ? edgeIds : nodeIds).push(e.data.id!);
  return classesFor(graph, nodeIds, edgeIds, state);
}

/**
 * Element definitions carrying the state classes and step numbers given (for elements added
 * after an update).
 * @param elements - the definitions, with their own classes.
 * @param marks - the state classes and steps last applied.
 * @returns the definitions, those marked copied with the classes and step added.
 */
export function markElements(
  elements: ElementDefinition[],
  marks: CanvasClasses,
): ElementDefinition[] {
  const { classes, steps } = marks;
  if (!STATE_CLASSES.some((c) => classes[c].size) && !steps.size) return elements;
  return elements.map((e) => {
    const id = e.data.id!;
    const cls = STATE_CLASSES.filter((c) => classes[c].has(id));
    const step = steps.get(id);
    if (!cls.length && step === undefined) return e;
    const own = typeof e.classes === 'string' ? e.classes : (e.classes ?? []).join(' ');
    return {
      ...e,
      data: step === undefined ? e.data : { ...e.data, step },
      classes: [own, ...cls].filter(Boolean).join(' '),
    };
  });
}

/**
 * Gives the elements drawn these state classes and step numbers, in one batch.
 * @param cy - the adapter's Cytoscape instance.
 * @param marks - the state classes and steps to show.
 */
export function applyMarks(cy: Core, marks: CanvasClasses): void {
  const { classes, steps } = marks;
  // Only elements whose classes change are touched: Cytoscape restyles every element it is
  // asked to add or remove a class on, whether or not it had the class, so clearing every
  // class from every element restyled the whole view on each update, even one that changes
  // nothing (such as the first, when the app takes the pre-drawn lattice over).
  cy.batch(() => {
    // Each role on a shown path carries its step's number, drawn as a badge on its card.
    cy.nodes('[step]').forEach((n) => {
      if (!steps.has(n.id())) n.removeData('step');
    });
    steps.forEach((step, id) => {
      const n = cy.getElementById(id);
      if (n.nonempty() && n.data('step') !== step) n.data('step', step);
    });
    // Classes are changed per class on whole collections: per-element addClass made a
    // 1,200-role view spend a quarter of a second building collections.
    for (const cls of STATE_CLASSES) {
      const wanted = classes[cls];
      cy.elements(`.${cls}`)
        .filter((e) => !wanted.has(e.id()))
        .removeClass(cls);
      if (!wanted.size) continue;
      cy.elements()
        .filter((e) => wanted.has(e.id()) && !e.hasClass(cls))
        .addClass(cls);
    }
  });
}

/** Recomputes elements' styles (Cytoscape's `updateStyle`, not in its typings): for mappers. */
function restyle(eles: NodeCollection): void {
  if (eles.nonempty()) (eles as unknown as { updateStyle(): void }).updateStyle();
}

/**
 * Keeps a path step's badge the same size on screen as the view zooms (its size depends on the
 * zoom).
 * @param cy - the adapter's Cytoscape instance.
 * @param marks - the state classes and steps shown now.
 */
export function keepBadgesSized(cy: Core, marks: () => CanvasClasses): void {
  // Only when a path is shown: the selector alone visits every role, on every frame of a zoom.
  cy.on('zoom', () => {
    if (marks().steps.size) restyle(cy.nodes('.on-path[step]'));
  });
}
