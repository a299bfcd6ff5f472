/**
 * The lattice as the canvas rendered it for an exported picture: what the explorer hands from the
 * canvas (which renders it) to the Catalog panel (which draws the picture around it).
 */
export interface LatticePicture {
  png: Blob;
  /** The part of the canvas the image shows, in canvas units. */
  box: { x1: number; y1: number; x2: number; y2: number };
  /** Image pixels per canvas unit. */
  scale: number;
}
