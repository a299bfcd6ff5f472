/**
 * The lattice as Cytoscape elements, from a career graph and its layout. Plain data only (no
 * Cytoscape runtime): the canvas adapter draws these, and the build computes the bundled
 * catalog's elements with the same function so the page can draw them before the app loads.
 */
import type { ElementDefinition } from 'cytoscape';
import type { CareerGraph } from '../../model/graph';
import type { Lattice } from '../../model/present';
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
    const label = cardLabel(a.title);
    elements.push({
      group: 'nodes',
      // A shortened label keeps the full title, shown on hover.
      data: {
        id,
        label: isolate(label),
        color: drawing.color(a.track),
        ...(label === a.title ? {} : { title: a.title }),
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
    // A weak move is drawn faint (`edge.weak` in styles.ts).
    const kind = a.strength === 'weak' ? `${a.kind} weak` : a.kind;
    if (!bends.length) {
      elements.push({ group: 'edges', data: { id, source: s, target: t }, classes: kind });
      return;
    }
    const data = { id, source: s, target: t, ...segmentData(at(s), at(t), bends) };
    elements.push({ group: 'edges', data, classes: `${kind} routed` });
  });
  return elements;
}

/** Characters a card's line holds at least (its width over a wide average character). */
const LINE_CHARS = 11;
/** Lines a card holds. */
const CARD_LINES = 4;
const BREAK = '\u200b';

/** A word's pieces of about equal length, each fitting a line with a hyphen after it. */
function pieces(word: string): string[] {
  const chars = [...word];
  if (chars.length <= LINE_CHARS) return [word];
  const n = Math.ceil(chars.length / (LINE_CHARS - 1));
  const size = Math.ceil(chars.length / n);
  return Array.from({ length: n }, (_, i) => chars.slice(i * size, (i + 1) * size).join(''));
}

/**
 * A title as its card shows it: a word too long for a line is hyphenated into pieces that fit
 * (joined by a zero-width space, where Cytoscape may wrap), and a title longer than the card holds is cut after its last
 * whole word that fits, with an ellipsis. Either way the label stays inside its card, so no move
 * crosses it and no two labels overlap.
 * @param title - the role's title.
 * @returns the label.
 */
export function cardLabel(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  // Fill lines greedily, as the canvas wraps; a long word fills whole lines of its own pieces.
  let lines = 1;
  let used = 0;
  let fits = 0;
  for (const word of words) {
    pieces(word).forEach((p, i) => {
      const piece = p.length + (i ? 1 : 0);
      const glue = used && i === 0 ? 1 : 0;
      if (used && used + glue + piece > LINE_CHARS) {
        lines++;
        used = piece;
      } else used += glue + piece;
    });
    if (lines > CARD_LINES) break;
    fits++;
  }
  const breakable = (w: string) => pieces(w).join(`-${BREAK}`);
  if (fits === words.length) return words.map(breakable).join(' ');
  // Cut after the last whole word that fits (or inside a first word too long for the card).
  const kept = fits
    ? words.slice(0, fits)
    : [[...words[0]!].slice(0, CARD_LINES * LINE_CHARS - 1).join('')];
  return `${kept.map(breakable).join(' ')}\u2026`;
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
