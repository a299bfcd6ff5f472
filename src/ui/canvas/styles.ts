/** How the canvas looks: its colors and the Cytoscape stylesheet drawn with them. */
import type { StylesheetJson } from 'cytoscape';

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
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        color: theme.fg,
        'font-size': 12,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'text-wrap': 'wrap',
        'text-max-width': '100px',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-background-color': theme.bg,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'border-width': 2,
        'border-color': theme.bg,
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
        'curve-style': 'bezier',
        opacity: 0.75,
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
      style: { 'border-width': 4, 'border-color': theme.accent, 'font-weight': 'bold' },
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
