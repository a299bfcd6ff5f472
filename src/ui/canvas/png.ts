/**
 * The lattice as a PNG for an exported picture, rendered by Cytoscape from the adapter's
 * instance (passed in: the adapter stays its one owner). Apart from the adapter because it is a
 * job of its own, run only when a picture is asked for.
 */
import type { BoundingBox12, BoundingBoxWH, Core, NodeCollection } from 'cytoscape';
import type { LatticePicture } from './picture';

/** The longest side of a lattice image for a picture, in pixels (browsers cap a canvas's size). */
const PICTURE_MAX_PX = 12_000;

/**
 * The lattice as an image for a picture, cropped to what is drawn: every role shown or, with a
 * path, the part of the lattice the path crosses (the roles within its rows and columns and
 * the moves between them), at `scale` image pixels per canvas unit (less for a lattice too
 * large for one image).
 * @param cy - the adapter's Cytoscape instance.
 * @param background - the image's background colour.
 * @param path - the path's roles, in order; none for the whole lattice.
 * @param scale - image pixels per canvas unit.
 * @returns the PNG, the part of the canvas it shows and its scale.
 */
export async function latticePng(
  cy: Core,
  background: string,
  path: readonly string[],
  scale: number,
): Promise<LatticePicture> {
  const on = new Set(path);
  const steps: NodeCollection = cy.nodes().filter((n) => on.has(n.id()));
  let out = cy.collection();
  if (steps.nonempty()) {
    const xs = steps.map((n) => n.position('x'));
    const ys = steps.map((n) => n.position('y'));
    const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const inside = cy.nodes().filter((n) => {
      const p = n.position();
      return p.x >= x1 - 1 && p.x <= x2 + 1 && p.y >= y1 - 1 && p.y <= y2 + 1;
    });
    const outside = cy.nodes().not(inside);
    out = outside.union(outside.connectedEdges());
  }
  // Left out of this one image only: Cytoscape draws it at once, before the screen's next
  // frame, which draws them again.
  cy.batch(() => out.addClass('export-out'));
  let png: Promise<Blob>;
  let box: BoundingBox12 & BoundingBoxWH;
  let s: number;
  try {
    box = cy.elements().boundingBox();
    s = Math.min(scale, PICTURE_MAX_PX / box.w, PICTURE_MAX_PX / box.h);
    // Cytoscape multiplies the scale by the screen's pixel ratio.
    const ratio = globalThis.devicePixelRatio || 1;
    png = cy.png({ output: 'blob-promise', full: true, scale: s / ratio, bg: background });
  } finally {
    cy.batch(() => out.removeClass('export-out'));
  }
  return { png: await png, box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 }, scale: s };
}
