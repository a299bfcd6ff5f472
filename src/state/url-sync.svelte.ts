import type { Explorer } from './explorer.svelte';
import { OWNED_PARAMS, parseQuery, toSearchParams } from './url';

/**
 * Keeps the explorer's state and the query string in step: every change pushes a history entry
 * (typing in the text filter replaces it instead), and back/forward restore the state.
 * @param ex - the explorer state.
 * @param win - the window whose location and history are used.
 * @returns a function that stops syncing.
 */
export function syncWithUrl(ex: Explorer, win: Window): () => void {
  ex.setQuery(parseQuery(win.location.search));
  let lastText = ex.q.text;
  const stop = $effect.root(() => {
    $effect(() => {
      const current = new URLSearchParams(win.location.search);
      const keep = new URLSearchParams();
      for (const [k, v] of current) if (!OWNED_PARAMS.has(k)) keep.set(k, v);
      const next = toSearchParams(ex.q, keep).toString();
      if (next === current.toString()) return;
      const url = `${win.location.pathname}${next ? `?${next}` : ''}${win.location.hash}`;
      const typing = ex.q.text !== lastText;
      lastText = ex.q.text;
      if (typing) win.history.replaceState(null, '', url);
      else win.history.pushState(null, '', url);
    });
  });
  const onPop = () => {
    const q = parseQuery(win.location.search);
    lastText = q.text;
    const catalogChanged = q.catalog !== ex.q.catalog;
    ex.setQuery(q);
    if (catalogChanged) void ex.catalog.load(q.catalog);
    ex.announcePath();
  };
  win.addEventListener('popstate', onPop);
  return () => {
    stop();
    win.removeEventListener('popstate', onPop);
  };
}
