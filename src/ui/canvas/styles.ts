/** How the canvas looks: its colors and the Cytoscape stylesheet drawn with them. */
import type { StylesheetJson } from 'cytoscape';
import { CARD } from './routes';

/** Label size on a card, in canvas units: at least 11 px on screen at the first view. */
export const CARD_FONT = 17;

/** The canvas colors (read from the theme's custom properties: `readCanvasTheme`). */
export interface CanvasTheme {
  fg: string;
  bg: string;
  muted: string;
  accent: string;
  path: string;
}

/**
 * The canvas's Cytoscape stylesheet.
 * @param theme - the colors.
 * @param reducedMotion - no fade transitions.
 * @param large - a large view: labels too small to read are not drawn.
 * @returns the stylesheet.
 */
export function canvasStyles(
  theme: CanvasTheme,
  reducedMotion: boolean,
  large: boolean,
): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        // A card in its level's row: the title inside, tinted and edged in its track's color.
        shape: 'round-rectangle',
        width: CARD.width,
        height: CARD.height,
        'background-color': 'data(color)',
        'background-opacity': 0.16,
        'border-width': 2,
        'border-color': 'data(color)',
        label: 'data(label)',
        color: theme.fg,
        'font-size': CARD_FONT,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'text-wrap': 'wrap',
        'text-max-width': `${CARD.width - 12}px`,
        'text-valign': 'center',
        'text-halign': 'center',
        'transition-property': reducedMotion ? 'none' : 'opacity',
        'transition-duration': reducedMotion ? 0 : 150,
        // Large views: skip labels too small to read (label layout and text drawing dominate).
        'min-zoomed-font-size': large ? 7 : 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': theme.muted,
        'target-arrow-color': theme.muted,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'straight',
        opacity: 0.75,
      },
    },
    {
      // Routed around other roles (see routes.ts): bends relative to the roles' centres.
      selector: 'edge.routed',
      style: {
        'curve-style': 'round-segments',
        'segment-weights': 'data(weights)',
        'segment-distances': 'data(distances)',
        'segment-radii': 6,
        'edge-distances': 'node-position',
      },
    },
    {
      selector: 'edge.lateral',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': [5, 4],
        'target-arrow-shape': 'none',
        width: 1.1,
        opacity: 0.5,
      },
    },
    { selector: 'node.hovered, node.neighbor', style: { 'font-weight': 'bold' } },
    {
      selector: 'edge.incident',
      style: { width: 2.6, opacity: 1, 'line-color': theme.fg, 'target-arrow-color': theme.fg },
    },
    {
      selector: 'node.selected',
      style: {
        'outline-width': 4,
        'outline-color': theme.accent,
        'outline-offset': 2,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'node.on-path',
      style: { 'border-width': 4, 'border-color': theme.path, 'font-weight': 'bold' },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: 4.5,
        opacity: 1,
        'line-color': theme.path,
        'target-arrow-color': theme.path,
        'z-index': 10,
      },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: '.filtered-out', style: { display: 'none' } },
    { selector: '.filtered-faded', style: { opacity: 0.1 } },
  ] as StylesheetJson;
}
