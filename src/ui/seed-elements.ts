/**
 * The bundled catalog's lattice as canvas elements, computed at build time (see `vite.config.ts`,
 * module `virtual:seed-canvas`) with the same functions the app uses at run time, so the page can
 * draw the lattice before the app's code has loaded and the app then takes it over unchanged.
 */
import type { ElementDefinition } from 'cytoscape';
import type { CareerGraph } from '../model/build-graph';
import { rankSizeScale, trackColorScale, tracksOf } from '../model/encoding';
import { latticeLayout, type Lattice } from '../model/layout';
import { drawingElements, type GraphDrawing } from './canvas-elements';

/**
 * How the app draws a graph: lattice positions, color by track, size stepped by rank.
 * @param graph - the career graph.
 * @param lattice - its lattice layout.
 * @param color - track → color (the legend's scale).
 * @returns what the canvas adapter draws.
 */
export function latticeDrawing(
  graph: CareerGraph,
  lattice: Lattice,
  color: (track: string) => string,
): GraphDrawing {
  const size = rankSizeScale(lattice.minRank, lattice.maxRank);
  return { graph, lattice, color, size: (r) => size(r) };
}

/**
 * The elements of a catalog's lattice, as the app would draw them.
 * @param graph - the catalog's career graph (its tracks carry their colours).
 * @returns Cytoscape element definitions.
 */
export function seedElements(graph: CareerGraph): ElementDefinition[] {
  const scale = trackColorScale(tracksOf(graph));
  return drawingElements(latticeDrawing(graph, latticeLayout(graph), (t) => scale(t)));
}
