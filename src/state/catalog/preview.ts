/**
 * The pacing of a large catalog's preview: what waits for a drawn frame or an idle moment, and
 * search readied over the titles while the page is idle. Apart from the load route because it is
 * about the page's frames, measured, not about which catalog is shown.
 */
import { matchRoles } from '../../model/query';
import type { IndexEntry } from '../../worker/protocol';

/**
 * Runs `fn` after the page has drawn a frame (at once where there are no frames: Node).
 * @param fn - what to run.
 */
export function afterFrame(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return fn();
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/**
 * Runs `fn` when the page is idle (at once where it cannot tell: Node).
 * @param fn - what to run.
 */
export function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback !== 'function') return fn();
  requestIdleCallback(fn, { timeout: 500 });
}

/** Titles indexed for search per step of {@link warmSearch}. */
const WARM_STEP = 200;

/**
 * Readies search over a large catalog's titles while the page is idle: search indexes each title
 * the first time it looks at it (its words, initials and abbreviations), and the first search of
 * a 20,000-role catalog otherwise did all of them on one keystroke (a 240–300 ms frame).
 * @param index - every role of the catalog.
 * @param current - false once another catalog is shown (the rest is then left alone).
 */
export function warmSearch(index: readonly IndexEntry[], current: () => boolean): void {
  if (typeof requestIdleCallback !== 'function') return;
  let i = 0;
  const step = (deadline: IdleDeadline) => {
    if (!current()) return;
    while (i < index.length && deadline.timeRemaining() > 2) {
      // Any query looks at every title it is given, and so indexes it.
      matchRoles(index.slice(i, i + WARM_STEP), 'e', 0);
      i += WARM_STEP;
    }
    if (i < index.length) requestIdleCallback(step);
  };
  requestIdleCallback(step);
}
