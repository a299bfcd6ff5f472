import type { CareerPath, FocusSpec, PathResult } from '../model/query';
import { isAbort } from '../worker/client';
import { viewKey, type ViewRequest, type WorkerRequest } from '../worker/protocol';
import type { CatalogState } from './catalog/catalog.svelte';
import type { ExplorerQuery, FocusChoice } from './query';
import { MAX_ALTERNATIVES } from './query-values';

/** Alternatives the worker answered, for the path question of `key`. */
export interface RemoteAlternatives {
  key: string;
  alternatives: CareerPath[];
  cutShort: boolean;
}

/**
 * What the worker sync reads and sets of the explorer: its question, the focus bar, the catalog
 * and the answers the worker gives (not the whole explorer).
 */
export interface WorkerSyncHost {
  readonly q: ExplorerQuery;
  readonly focus: FocusChoice;
  readonly catalog: CatalogState;
  /** The path question's key: an answer to another question is stale. */
  readonly pathKey: string;
  remotePath: PathResult | null;
  remoteAlternatives: RemoteAlternatives | null;
  announcePath(): void;
}

/** The path question the path tool asks, as a worker request; null when From or To is empty. */
function pathRequest(ex: WorkerSyncHost): Extract<WorkerRequest, { type: 'path' }> | null {
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
 * The focus view the page shows of a large catalog: the focus bar's choice, around the selected
 * role, or around the shown path; it always holds the path, its alternatives, the selected role
 * and the roles compared.
 * @param ex - the explorer.
 * @param path - the worker's answer to the path question, if any.
 * @returns the view to ask the worker for.
 */
export function focusRequest(ex: WorkerSyncHost, path: PathResult | null): ViewRequest {
  const role = ex.q.role;
  const include = [
    ...(path?.found ? [path.path, ...path.alternatives.map((a) => a.path)].flat() : []),
    ...(role ? [role] : []),
    ...ex.q.compare,
  ];
  const { kind, radius, track } = ex.focus;
  const spec: FocusSpec =
    kind === 'track' && track
      ? { kind: 'track', track }
      : role
        ? { kind: 'around', role, radius }
        : path?.found
          ? { kind: 'around', role: path.path[0]!, radius: 1 }
          : { kind: 'entry' };
  return { spec, include };
}

/** Lets a request fail quietly when the worker was stopped (an element that left the page). */
function unlessStopped(e: unknown): void {
  if (!isAbort(e)) throw e;
}

/**
 * Keeps the page in step with the worker for catalogs it holds: the alternatives of a whole graph
 * (asked off the page's thread), and in large mode the path and the focus view. A new question
 * makes the answer to the last one stale, and it is dropped.
 * @param ex - the explorer.
 * @returns a function that stops it.
 */
export function syncWithWorker(ex: WorkerSyncHost): () => void {
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
      void b
        .path(req)
        .then((r) => {
          if (ask !== pathAsk) return;
          ex.remotePath = r;
          ex.announcePath();
        })
        .catch(unlessStopped);
    });
    $effect(() => {
      const b = c.backend;
      if (!b || !c.large) return;
      const req = focusRequest(ex, ex.remotePath);
      const key = viewKey(req);
      // The view shown or asked for already (a large catalog's load brings its first view). Only
      // a new question makes an answer on its way stale: the same question asked again must not.
      if (key === c.viewKey) return;
      c.viewKey = key;
      const ask = ++viewAsk;
      void b
        .view({ type: 'view', ...req })
        .then((v) => {
          if (ask !== viewAsk) return;
          c.showView(v);
        })
        .catch(unlessStopped);
    });
  });
}
