import type { Explorer } from '../state/explorer.svelte';
import { watchExplorer } from './events.svelte';

/** Prefix of every message the explorer posts or accepts, so hosts can tell them apart. */
export const MESSAGE_PREFIX = 'career-path-explorer:';

/** Commands a host page may post to the iframe. */
export type ExplorerCommand =
  | { type: 'career-path-explorer:showPath'; from: string; to: string }
  | { type: 'career-path-explorer:select'; id: string };

/** Returns the origin when `value` is exactly an http(s) origin, else null. */
export function parseOrigin(value: string | null): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value
      ? u.origin
      : null;
  } catch {
    return null;
  }
}

/**
 * Iframe mode: posts `pathchange` and `roleselect` to the parent, to `parentOrigin` only, and
 * accepts commands only from the parent window at that origin. Without a valid origin nothing is
 * posted and nothing accepted.
 * @param ex - the explorer state.
 * @param win - the iframe's window.
 * @param parentOrigin - the `parentOrigin` query parameter.
 * @returns a function that stops the bridge.
 */
export function connectParent(ex: Explorer, win: Window, parentOrigin: string | null): () => void {
  const origin = parseOrigin(parentOrigin);
  if (!origin || win.parent === win) return () => {};
  const stop = watchExplorer(ex, (type, detail) => {
    win.parent.postMessage({ type: MESSAGE_PREFIX + type, detail }, origin);
  });
  const onMessage = (e: MessageEvent) => {
    if (e.origin !== origin || e.source !== win.parent) return;
    const data = e.data as Partial<Record<string, unknown>> | null;
    if (!data || typeof data !== 'object') return;
    if (data['type'] === `${MESSAGE_PREFIX}showPath`) {
      const from = data['from'];
      const to = data['to'];
      if (typeof from === 'string' && typeof to === 'string')
        ex.setPath(ex.resolve(from), ex.resolve(to));
    } else if (data['type'] === `${MESSAGE_PREFIX}select`) {
      const id = data['id'];
      if (typeof id === 'string') ex.select(ex.resolve(id));
    }
  };
  win.addEventListener('message', onMessage);
  return () => {
    stop();
    win.removeEventListener('message', onMessage);
  };
}
