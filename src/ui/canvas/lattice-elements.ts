/**
 * How the app draws any catalog's lattice: lattice positions, track colors, routed moves. The canvas
 * draws every catalog with these, and the build computes the bundled catalog's elements with the
 * same functions (see `vite.config.ts`, module `virtual:seed-canvas`), so the page can draw that
 * lattice before the app's code has loaded and the app then takes it over unchanged.
 */
import type { ElementDefinition } from 'cytoscape';
import type { CareerGraph } from '../../model/graph';
import { type Lattice, latticeLayout, trackColorScale, tracksOf } from '../../model/present';
import { drawingElements, type GraphDrawing } from './canvas-elements';

/**
 * How the app draws a graph: lattice positions (rows are levels), color by track.
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
  return { graph, lattice, color };
}

/**
 * The elements of a catalog's lattice, as the app would draw them.
 * @param graph - the catalog's career graph (its tracks carry their colours).
 * @returns Cytoscape element definitions.
 */
export function latticeElements(graph: CareerGraph): ElementDefinition[] {
  const scale = trackColorScale(tracksOf(graph));
  return drawingElements(latticeDrawing(graph, latticeLayout(graph), (t) => scale(t)));
}
