/**
 * The lattice as Cytoscape elements, from a career graph and its layout. Plain data only (no
 * Cytoscape runtime): the canvas adapter draws these, and the build computes the bundled
 * catalog's elements with the same function so the page can draw them before the app loads.
 */
import type { ElementDefinition } from 'cytoscape';
import type { CareerGraph } from '../../model/build-graph';
import type { Lattice } from '../../model/layout';
import { Occupancy, routeMove, segmentData } from './routes';

export interface GraphDrawing {
  graph: CareerGraph;
  lattice: Lattice;
  color(track: string): string;
}

/** A lateral move exists both ways; the canvas draws one dashed line per pair. */
export function canvasEdgeId(graph: CareerGraph, edge: string): string {
  const s = graph.source(edge);
  const t = graph.target(edge);
  if (graph.getEdgeAttribute(edge, 'kind') === 'lateral' && graph.hasEdge(t, s)) {
    return s < t ? `lat:${s}|${t}` : `lat:${t}|${s}`;
  }
  return `mv:${edge}`;
}

/**
 * Every role as a card at its lattice position (label, track color) and every move as an edge
 * classed by its kind, a lateral pair as one edge. A move that a straight line would draw over
 * other roles is routed around them (class `routed`, its bends in `weights` and `distances`).
 * @param drawing - the graph, its lattice and the encodings.
 * @returns Cytoscape element definitions, nodes first.
 */
export function drawingElements(drawing: GraphDrawing): ElementDefinition[] {
  const { graph, lattice } = drawing;
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, a) => {
    elements.push({
      group: 'nodes',
      data: {
        id,
        label: isolate(a.title),
        color: drawing.color(a.track),
      },
      position: { ...(lattice.positions.get(id) ?? { x: 0, y: 0 }) },
    });
  });
  const seen = new Set<string>();
  const cells = new Occupancy(lattice.positions.values());
  const at = (id: string) => lattice.positions.get(id) ?? { x: 0, y: 0 };
  graph.forEachEdge((e, a, s, t) => {
    const id = canvasEdgeId(graph, e);
    if (seen.has(id)) return;
    seen.add(id);
    const bends = routeMove(at(s), at(t), lattice, cells);
    if (!bends.length) {
      elements.push({ group: 'edges', data: { id, source: s, target: t }, classes: a.kind });
      return;
    }
    const data = { id, source: s, target: t, ...segmentData(at(s), at(t), bends) };
    elements.push({ group: 'edges', data, classes: `${a.kind} routed` });
  });
  return elements;
}

/**
 * A catalog title as a canvas label: between Unicode isolates (FSI … PDI), so a direction override
 * left open in a title (U+202E) cannot reverse the text drawn after it.
 * @param text - catalog text.
 * @returns the text isolated.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
