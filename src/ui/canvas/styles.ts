/** How the canvas looks: its colors and the Cytoscape stylesheet drawn with them. */
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { CARD } from './routes';

/** Label size on a card, in canvas units: at least 11 px on screen at the first view. */
export const CARD_FONT = 17;

/**
 * The smallest card text drawn, in pixels on screen: zoomed out further, cards show no text
 * rather than text nobody can read (the canvas then says to zoom in: Canvas.svelte).
 */
export const READABLE_PX = 9;

/**
 * Whether card text is drawn at a zoom.
 * @param zoom - the canvas's zoom.
 */
export function labelsReadable(zoom: number): boolean {
  return zoom * CARD_FONT >= READABLE_PX - 1e-9;
}

/** The canvas colors (read from the theme's custom properties: `readCanvasTheme`). */
export interface CanvasTheme {
  fg: string;
  bg: string;
  muted: string;
  accent: string;
  path: string;
}

/** Diameter of a path step's number badge, in pixels on screen (kept at any usual zoom). */
export const BADGE_PX = 22;

/** A color as an SVG attribute value (a host page sets the theme's colors). */
const svgColor = (c: string) => c.replace(/["'<>&]/g, '');

/**
 * A path step's number badge as an SVG image: a disc in the path color with the number in the
 * background color (the pair the theme already keeps apart: the path is drawn on the background),
 * ringed in the background color so it stands off the card it sits on.
 * @param step - the step's number, from 1.
 * @param theme - the colors.
 * @returns a data: URL.
 */
export function badgeImage(step: number, theme: CanvasTheme): string {
  const text = String(step);
  const size = text.length > 1 ? 17 : 21;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">` +
    `<circle cx="20" cy="20" r="18" fill="${svgColor(theme.path)}" stroke="${svgColor(theme.bg)}" stroke-width="3"/>` +
    `<text x="20" y="20" dy="0.36em" text-anchor="middle" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" ` +
    `font-size="${size}" font-weight="700" fill="${svgColor(theme.bg)}">${text}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * How far a step badge reaches into its card, in canvas units: it hangs off the card's top-left
 * corner, clear of the title (a card keeps a margin around its title).
 */
const BADGE_OVERLAP = 7;

/** A step badge's diameter in canvas units: {@link BADGE_PX} on screen, within limits. */
function badgeSize(ele: NodeSingular): number {
  return Math.min(48, Math.max(12, BADGE_PX / ele.cy().zoom()));
}

/**
 * The canvas's Cytoscape stylesheet.
 * @param theme - the colors.
 * @param reducedMotion - no fade transitions.
 * @returns the stylesheet.
 */
export function canvasStyles(theme: CanvasTheme, reducedMotion: boolean): StylesheetJson {
  const badges = new Map<number, string>();
  const badge = (step: number) => {
    let url = badges.get(step);
    if (!url) badges.set(step, (url = badgeImage(step, theme)));
    return url;
  };
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
        // No text too small to read (in large views this also skips most label layout).
        'min-zoomed-font-size': READABLE_PX,
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
    {
      // A move whose evidence is weak (similar work on few terms): thin and faint.
      selector: 'edge.weak',
      style: { width: 0.9, opacity: 0.35 },
    },
    // Drawing order by z-index alone (not Cytoscape's "every edge under every node"): a shown
    // path's moves and roles are drawn over the rest.
    { selector: 'node', style: { 'z-index-compare': 'manual', 'z-index': 1 } },
    { selector: 'edge', style: { 'z-index-compare': 'manual', 'z-index': 0 } },
    // A shown path: every role and move off it is dimmed (the selected role stays readable).
    { selector: 'node.off-path', style: { opacity: 0.35 } },
    { selector: 'edge.off-path', style: { opacity: 0.25 } },
    { selector: 'node.selected', style: { opacity: 1, 'z-index': 20 } },
    {
      // The keyboard's role on the canvas: a focus ring, dashed so it differs from selection.
      selector: 'node.key-focus',
      style: {
        'outline-width': 3,
        'outline-color': theme.accent,
        'outline-style': 'dashed',
        'outline-offset': 4,
      },
    },
    { selector: 'node.hovered, node.neighbor', style: { 'font-weight': 'bold', opacity: 1 } },
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
    { selector: 'node.on-path', style: { 'z-index': 20 } },
    {
      // The step's number off the card's top-left corner, the same size on screen at any zoom
      // (the adapter restyles the path's roles when the zoom changes).
      selector: 'node.on-path[step]',
      style: {
        'background-image': (n: NodeSingular) => badge(n.data('step') as number),
        'background-fit': 'none',
        'background-clip': 'none',
        'background-image-containment': 'over',
        'background-image-smoothing': 'yes',
        'background-width': badgeSize,
        'background-height': badgeSize,
        'background-position-x': 0,
        'background-position-y': 0,
        'background-offset-x': (n: NodeSingular) => BADGE_OVERLAP - badgeSize(n),
        'background-offset-y': (n: NodeSingular) => BADGE_OVERLAP - badgeSize(n),
        // The node's bounds take the badge in (top and left), so it is redrawn with the node.
        'bounds-expansion': (n: NodeSingular) => {
          const out = badgeSize(n) - BADGE_OVERLAP + 1;
          return `${out} 0 0 ${out}`;
        },
      },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: '.filtered-out', style: { display: 'none' } },
    // Roles and moves outside an exported picture's part of the lattice (while it is drawn).
    { selector: '.export-out', style: { display: 'none' } },
    { selector: '.filtered-faded', style: { opacity: 0.1 } },
  ] as StylesheetJson;
}
