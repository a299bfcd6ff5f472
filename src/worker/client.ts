import { CatalogError } from '../model/diagnostics';
import type { PathResult } from '../model/paths';
import type { CatalogFormat } from '../model/types';
import type { GraphFormat } from '../model/export';
import type { LoadResult, Progress, ViewResult, WorkerRequest, WorkerResponse } from './protocol';

/** What the page needs from the engine, wherever it runs (a worker in the browser). */
export interface CatalogBackend {
  /** Loads a catalog given as text, or fetched (same-origin credentials) from a checked URL. */
  load(
    source: { text: string } | { url: string },
    name: string,
    onProgress?: (p: Progress) => void,
    format?: CatalogFormat,
  ): Promise<LoadResult>;
  exportGraph(format: GraphFormat): Promise<string>;
  exportCsv(): Promise<{ roles: string; moves: string }>;
  view(req: Extract<WorkerRequest, { type: 'view' }>): Promise<ViewResult>;
  path(req: Extract<WorkerRequest, { type: 'path' }>): Promise<PathResult>;
}

/**
 * Talks to the catalog worker with promises; progress messages go to the caller's callback.
 * The worker starts on the first request, so the bundled seed never waits for it.
 * @param create - starts a worker running `catalog.worker.ts`.
 * @returns the backend.
 */
export function workerBackend(create: () => Worker): CatalogBackend {
  let next = 1;
  let worker: Worker | null = null;
  const pending = new Map<
    number,
    { ok: (v: unknown) => void; fail: (e: Error) => void; progress?: (p: Progress) => void }
  >();
  const onMessage = (e: MessageEvent<WorkerResponse>) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    if ('progress' in m) {
      p.progress?.(m.progress);
      return;
    }
    pending.delete(m.id);
    if (m.ok) p.ok(m.result);
    else p.fail(m.diagnostics ? new CatalogError(m.diagnostics) : new Error(m.error));
  };
  const call = <T>(req: WorkerRequest, progress?: (p: Progress) => void) =>
    new Promise<T>((ok, fail) => {
      const id = next++;
      pending.set(id, { ok: ok as (v: unknown) => void, fail, progress });
      if (!worker) {
        worker = create();
        worker.addEventListener('message', onMessage);
        worker.addEventListener('error', (e) => {
          for (const p of pending.values())
            p.fail(new Error(`the catalog worker failed: ${e.message}`));
          pending.clear();
        });
      }
      worker.postMessage({ id, req });
    });
  return {
    load: (source, name, onProgress, format) =>
      call<LoadResult>({ type: 'load', ...source, name, format }, onProgress),
    exportGraph: (format) => call<string>({ type: 'export', format }),
    exportCsv: () => call<{ roles: string; moves: string }>({ type: 'export', format: 'csv' }),
    view: (req) => call<ViewResult>(req),
    path: (req) => call<PathResult>(req),
  };
}

/** The page's backend: the catalog worker, bundled by Vite as its own file (CSP `worker-src 'self'`). */
export function startWorkerBackend(): CatalogBackend {
  return workerBackend(
    () => new Worker(new URL('./catalog.worker.ts', import.meta.url), { type: 'module' }),
  );
}
