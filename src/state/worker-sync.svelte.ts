import Graph from 'graphology';
import type { CareerGraph } from '../model/build-graph';
import type { FocusSpec } from '../model/views';
import type { WorkerRequest } from '../worker/protocol';
import type { Explorer } from './explorer.svelte';
import { MAX_ALTERNATIVES } from './explorer.svelte';

/** The path question the path tool asks, as a worker request; null when From or To is empty. */
function pathRequest(ex: Explorer): Extract<WorkerRequest, { type: 'path' }> | null {
  const { from, to, weighted, promotionsOnly, by } = ex.q;
  if (!from || !to) return null;
  const avoid = [...ex.q.avoid];
  return {
    type: 'path',
    from,
    to,
    options: {
      weighted,
      promotionsOnly,
      avoid,
      alternatives: MAX_ALTERNATIVES,
      ...(by ? { by } : {}),
    },
  };
}

/**
 * Keeps the page in step with the worker for catalogs it holds: the alternatives of a whole graph
 * (asked off the page's thread), and in large mode the path and the focus view. A new question
 * makes the answer to the last one stale, and it is dropped.
 * @param ex - the explorer.
 * @returns a function that stops it.
 */
export function syncWithWorker(ex: Explorer): () => void {
  let pathAsk = 0;
  let viewAsk = 0;
  let altAsk = 0;
  const c = ex.catalog;
  return $effect.root(() => {
    $effect(() => {
      const b = c.backend;
      if (!b || c.large || !c.workerHasGraph) return;
      const req = pathRequest(ex);
      const key = ex.pathKey;
      const ask = ++altAsk;
      if (!req) return;
      void b
        .path(req)
        .then((r) => {
          if (ask !== altAsk || !r.found) return;
          ex.remoteAlternatives = {
            key,
            alternatives: r.alternatives,
            cutShort: r.alternativesCutShort,
          };
        })
        .catch(() => {});
    });
    $effect(() => {
      const b = c.backend;
      if (!b || !c.large) return;
      const req = pathRequest(ex);
      const ask = ++pathAsk;
      if (!req) {
        ex.remotePath = null;
        return;
      }
      void b.path(req).then((r) => {
        if (ask !== pathAsk) return;
        ex.remotePath = r;
        ex.announcePath();
      });
    });
    $effect(() => {
      const b = c.backend;
      if (!b || !c.large) return;
      const role = ex.q.role;
      const r = ex.remotePath;
      const include = [
        ...(r?.found ? [r.path, ...r.alternatives.map((a) => a.path)].flat() : []),
        ...(role ? [role] : []),
        ...ex.q.compare,
      ];
      const { kind, radius, track } = ex.focus;
      const spec: FocusSpec =
        kind === 'track' && track
          ? { kind: 'track', track }
          : role
            ? { kind: 'around', role, radius }
            : r?.found
              ? { kind: 'around', role: r.path[0]!, radius: 1 }
              : { kind: 'entry' };
      const ask = ++viewAsk;
      void b.view({ type: 'view', spec, include }).then((v) => {
        if (ask !== viewAsk) return;
        ex.viewWanted = v.wanted;
        ex.viewTruncated = v.truncated;
        c.loaded = {
          format: c.loaded?.format ?? 'text',
          graph: Graph.from(v.graph) as CareerGraph,
          diagnostics: c.loaded?.diagnostics ?? [],
          findings: c.loaded?.findings ?? [],
        };
        c.status = 'ready';
      });
    });
  });
}
