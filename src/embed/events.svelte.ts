import type { Explorer } from '../state/explorer.svelte';

/** Detail of the `pathchange` event: the ends asked for and the path shown ([] when none). */
export interface PathChangeDetail {
  from: string;
  to: string;
  path: string[];
}

/** Detail of the `roleselect` event. */
export interface RoleSelectDetail {
  id: string;
  title: string;
}

export interface ExplorerEvents {
  pathchange: PathChangeDetail;
  roleselect: RoleSelectDetail;
}

/**
 * Calls `emit` whenever the shown path or the selected role changes. Shared by the custom
 * element (DOM events) and the iframe mode (postMessage), so both report the same things.
 * @param ex - the explorer state.
 * @param emit - receives each event.
 * @returns a function that stops watching.
 */
export function watchExplorer(
  ex: Explorer,
  emit: <K extends keyof ExplorerEvents>(type: K, detail: ExplorerEvents[K]) => void,
): () => void {
  let lastPath = '';
  let lastRole = '';
  return $effect.root(() => {
    $effect(() => {
      const { from, to } = ex.q;
      const path = ex.activePath?.path ?? [];
      const ready = ex.catalog.status === 'ready';
      const key = JSON.stringify([from, to, path]);
      if (!ready || !from || !to || key === lastPath) return;
      lastPath = key;
      emit('pathchange', { from, to, path: [...path] });
    });
    $effect(() => {
      const id = ex.q.role;
      const title = ex.role(id)?.title;
      if (!id || !title || id === lastRole) return;
      lastRole = id;
      emit('roleselect', { id, title });
    });
  });
}
