/** The box Cytoscape draws in, and the colors it draws with; shared by the page and the element. */
import type { CanvasTheme } from './styles';

/** The canvas colors, from the theme's custom properties where the canvas sits. */
export function readCanvasTheme(el: HTMLElement): CanvasTheme {
  const s = getComputedStyle(el);
  const v = (name: string, fallback: string) => s.getPropertyValue(name).trim() || fallback;
  return {
    fg: v('--cpe-fg', '#1b1f24'),
    bg: v('--cpe-bg', '#ffffff'),
    muted: v('--cpe-edge', '#8a94a3'),
    accent: v('--cpe-accent', '#0b5cad'),
    path: v('--cpe-path', '#c2410c'),
  };
}

/**
 * Cytoscape's container inside a host box that fills the canvas area. The host is what moves:
 * Cytoscape tears its renderer down when its container leaves its parent.
 * @param doc - the document.
 * @param hostClass - the host's class (where it sits).
 * @returns the host and Cytoscape's container in it.
 */
export function canvasContainer(doc: Document, hostClass = 'cpe-cy-host') {
  const host = doc.createElement('div');
  host.className = hostClass;
  const container = doc.createElement('div');
  container.className = 'cpe-cy';
  host.append(container);
  return { host, container };
}
