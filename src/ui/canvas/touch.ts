import type { Core } from 'cytoscape';

/** How far a finger may move, in pixels, and still tap (and how near a role a tap counts). */
export const TAP_SLOP = 10;

/**
 * Touch on the canvas: one finger scrolls the page and taps a role; two fingers pan and zoom the
 * lattice. Cytoscape never sees a touch: its one-finger panning held a phone's page still under a
 * finger that meant to scroll past the canvas. (The container's CSS lets the browser scroll it
 * vertically: `touch-action: pan-y`.) Mouse, wheel and keyboard are Cytoscape's as before.
 * @param el - the element Cytoscape draws in.
 * @param cy - its Cytoscape instance.
 * @param onTap - a one-finger tap, at a point of the canvas (in its pixels).
 */
export function listenToTouch(
  el: HTMLElement,
  cy: Core,
  onTap: (x: number, y: number) => void,
): void {
  /** Where a one-finger touch began, on screen, while it can still be a tap. */
  let tap: { x: number; y: number } | null = null;
  /** A two-finger gesture: the lattice point under the fingers' midpoint, their spread, the zoom. */
  let pinch: { mx: number; my: number; spread: number; zoom: number } | null = null;
  const fingers = (e: TouchEvent) => {
    const r = el.getBoundingClientRect();
    const a = e.touches[0]!;
    const b = e.touches[1]!;
    return {
      x: (a.clientX + b.clientX) / 2 - r.left,
      y: (a.clientY + b.clientY) / 2 - r.top,
      spread: Math.max(1, Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY)),
    };
  };
  const startPinch = (e: TouchEvent) => {
    const f = fingers(e);
    const zoom = cy.zoom();
    const pan = cy.pan();
    pinch = { mx: (f.x - pan.x) / zoom, my: (f.y - pan.y) / zoom, spread: f.spread, zoom };
  };
  const opts = { capture: true, passive: false };
  el.addEventListener(
    'touchstart',
    (e) => {
      e.stopPropagation();
      if (e.touches.length === 1) {
        tap = { x: e.touches[0]!.clientX, y: e.touches[0]!.clientY };
        pinch = null;
      } else {
        tap = null;
        if (e.cancelable) e.preventDefault();
        startPinch(e);
      }
    },
    opts,
  );
  el.addEventListener(
    'touchmove',
    (e) => {
      e.stopPropagation();
      if (e.touches.length >= 2) {
        if (e.cancelable) e.preventDefault();
        if (!pinch) startPinch(e);
        const p = pinch!;
        const f = fingers(e);
        const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), (p.zoom * f.spread) / p.spread));
        cy.viewport({ zoom, pan: { x: f.x - p.mx * zoom, y: f.y - p.my * zoom } });
      } else if (tap) {
        const t = e.touches[0]!;
        if (Math.hypot(t.clientX - tap.x, t.clientY - tap.y) > TAP_SLOP) tap = null;
      }
    },
    opts,
  );
  const end = (e: TouchEvent) => {
    e.stopPropagation();
    if (e.touches.length >= 2) return startPinch(e);
    pinch = null;
    const at = tap;
    tap = null;
    if (e.touches.length || e.type !== 'touchend' || !at) return;
    // A tap: no mouse events after it (they would hover the role).
    if (e.cancelable) e.preventDefault();
    const r = el.getBoundingClientRect();
    onTap(at.x - r.left, at.y - r.top);
  };
  el.addEventListener('touchend', end, opts);
  el.addEventListener('touchcancel', end, opts);
  // Safari's own pinch events: Cytoscape would zoom on them as well.
  for (const type of ['gesturestart', 'gesturechange', 'gestureend'])
    el.addEventListener(
      type,
      (e) => {
        e.stopPropagation();
        e.preventDefault();
      },
      opts,
    );
}
