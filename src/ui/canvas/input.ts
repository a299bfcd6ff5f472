/**
 * The pointer on the canvas, turned into the app's handlers: a click or a tap on a role selects
 * it, hovering one reports it and shows its full title. Touch goes through touch.ts, and its taps
 * are matched here to the role under the finger (`roleAt`, on plain boxes, tested in Node).
 * Apart from the adapter because input is a job of its own; the adapter passes its Cytoscape
 * instance in.
 */
import type { Core } from 'cytoscape';
import { listenToTouch, TAP_SLOP } from './touch';
import { nearest, type Point, type ScreenBox } from './viewport';

export interface CanvasHandlers {
  onSelect(id: string): void;
  onHover(id: string | null): void;
}

/** A role as drawn on screen: its box (label included) and its centre, in canvas pixels. */
export interface DrawnRole {
  id: string;
  box: ScreenBox;
  at: Point;
}

/**
 * The role drawn at a point of the canvas: of those whose box (widened by a finger's slop)
 * holds the point, the one whose centre is nearest.
 * @param roles - the roles shown.
 * @param x - the point, in canvas pixels.
 * @param y - the point, in canvas pixels.
 * @returns its id, or null when none is there.
 */
export function roleAt(roles: readonly DrawnRole[], x: number, y: number): string | null {
  return nearest(roles, ({ box: b, at }) => {
    if (x < b.x1 - TAP_SLOP || x > b.x2 + TAP_SLOP || y < b.y1 - TAP_SLOP || y > b.y2 + TAP_SLOP)
      return null;
    return Math.hypot(at.x - x, at.y - y);
  });
}

/**
 * Calls the handlers on a click, tap or hover of a role.
 * @param cy - the adapter's Cytoscape instance.
 * @param container - the element it draws in (its title and cursor follow the hover).
 * @param handlers - the handlers now (the adapter's can be replaced after creation).
 */
export function listenToPointer(
  cy: Core,
  container: HTMLElement,
  handlers: () => CanvasHandlers,
): void {
  cy.on('tap', 'node', (e) => handlers().onSelect(e.target.id()));
  // A card whose label was shortened shows its full title on hover.
  cy.on('mouseover', 'node', (e) => {
    container.title = (e.target.data('title') as string | undefined) ?? '';
    container.style.cursor = 'pointer';
    handlers().onHover(e.target.id());
  });
  cy.on('mouseout', 'node', () => {
    container.title = '';
    container.style.cursor = '';
    handlers().onHover(null);
  });
  listenToTouch(container, cy, (x, y) => {
    const roles = cy.nodes(':visible').map((n) => ({
      id: n.id(),
      box: n.renderedBoundingBox({ includeLabels: true }),
      at: n.renderedPosition(),
    }));
    const id = roleAt(roles, x, y);
    if (id) handlers().onSelect(id);
  });
}
