import { catalogOriginsHere } from '../config';
import { CatalogError, type CatalogFormat } from '../model/graph';
import type { Overlay } from '../model/career';
import type { OverlayFile } from '../model/load';
import type { PathResult } from '../model/query';
import type { ExportId } from '../model/export';
import type {
  IndexEntry,
  LoadResult,
  PageMessage,
  Progress,
  ViewRequest,
  ViewResult,
  WorkerRequest,
  WorkerResponse,
} from './protocol';

/** The first view a large catalog's load should carry, and who receives its preview. */
export interface FirstView {
  view: ViewRequest;
  /** Receives the preview (roles final, some moves still missing) before the load's result. */
  onPreview: (preview: LoadResult) => void;
  /** Receives a previewed catalog's role index, after the preview and before the result. */
  onIndex: (index: IndexEntry[]) => void;
}

/** What the page needs from the engine, wherever it runs (a worker in the browser). */
export interface CatalogBackend {
  /**
   * Loads a catalog given as text, or fetched (same-origin credentials) from a checked URL. With
   * `first`, a large catalog's preview and result carry that view (no second round trip). Once
   * `signal` is aborted, the load rejects with an AbortError and the worker drops it: it stops
   * the download, or skips the load if it has not begun, and leaves the catalog it holds alone.
   */
  load(
    source: ({ text: string } | { url: string }) & { overlay?: Overlay; overlayFile?: OverlayFile },
    name: string,
    onProgress?: (p: Progress) => void,
    format?: CatalogFormat,
    first?: FirstView,
    signal?: AbortSignal,
  ): Promise<LoadResult>;
  /** The whole graph in a registered format. */
  exportAs(format: ExportId): Promise<string>;
  /** The catalog as a published framework, in a catalog format. */
  publish(format: CatalogFormat): Promise<string>;
  view(req: Extract<WorkerRequest, { type: 'view' }>): Promise<ViewResult>;
  path(req: Extract<WorkerRequest, { type: 'path' }>): Promise<PathResult>;
  /**
   * Stops the worker, and with it the catalog it holds: requests under way reject with an
   * AbortError. The next request starts another worker.
   */
  stop(): void;
}

/** Whether a request failed only because the page stopped wanting it (no error to report). */
export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

/**
 * Why a worker did not start, in words a site admin can act on: the directive a
 * Content-Security-Policy violation names, or (none seen) what the policy would need.
 * @param violation - the violation the document reported while the worker started, if any.
 * @param workerSrc - the CSP source the worker needs (`'self'`, `blob:`).
 * @returns the message.
 */
export function workerStartFailure(
  violation: Pick<SecurityPolicyViolationEvent, 'effectiveDirective'> | null,
  workerSrc: string,
): string {
  if (violation)
    return `the browser blocked the catalog worker (Content-Security-Policy ${violation.effectiveDirective}); allow worker-src ${workerSrc} for this page`;
  return `the browser did not start the catalog worker (its script did not load); if this page has a Content-Security-Policy, it needs worker-src ${workerSrc}`;
}

const noop = () => {};

/** The error a request rejects with once its signal is aborted. */
function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The catalog load is no longer wanted.', 'AbortError');
}

/**
 * Talks to the catalog worker with promises; progress messages go to the caller's callback.
 * The worker starts on the first request, so the bundled seed never waits for it.
 * @param create - starts a worker running `catalog.worker.ts`; may first load the code that
 *   starts it (the custom element loads its inlined worker only when a catalog needs it).
 * @param workerSrc - the CSP source that allows that worker, for the message when it is blocked.
 * @returns the backend.
 */
export function workerBackend(
  create: () => Worker | Promise<Worker>,
  workerSrc = "'self'",
): CatalogBackend {
  let next = 1;
  /** The worker, once asked for: starting, or started. */
  let worker: Promise<Worker> | null = null;
  /** The worker last started (to tell whether a failing one is still the current one). */
  let started: Worker | null = null;
  const pending = new Map<
    number,
    {
      ok: (v: unknown) => void;
      fail: (e: Error) => void;
      progress?: (p: Progress) => void;
      first?: FirstView;
    }
  >();
  /** Stops watching for the policy violation that would say why the worker starting now failed. */
  let unwatch = noop;
  const failAll = (message: string | Error) => {
    for (const p of pending.values())
      p.fail(message instanceof Error ? message : new Error(message));
    pending.clear();
  };
  const onMessage = (e: MessageEvent<WorkerResponse>) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    if ('progress' in m) {
      p.progress?.(m.progress);
      return;
    }
    if ('preview' in m) {
      p.first?.onPreview(m.preview);
      return;
    }
    if ('index' in m) {
      p.first?.onIndex(m.index);
      return;
    }
    pending.delete(m.id);
    if (m.ok) p.ok(m.result);
    else p.fail(m.diagnostics ? new CatalogError(m.diagnostics) : new Error(m.error));
  };
  const start = async (): Promise<Worker> => {
    // A worker the page's Content-Security-Policy blocks fires a bare `error` (no message); the
    // document reports the violation, which says which directive blocked it.
    let violation: SecurityPolicyViolationEvent | null = null;
    const doc = globalThis.document;
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      if (e.effectiveDirective === 'worker-src' || e.effectiveDirective === 'script-src')
        violation = e;
    };
    doc?.addEventListener('securitypolicyviolation', onViolation);
    const stopWatching = () => doc?.removeEventListener('securitypolicyviolation', onViolation);
    unwatch = stopWatching;
    let w: Worker;
    try {
      w = await create();
    } catch (e) {
      // The code that starts the worker did not load (offline, or a policy that allows the
      // module but not the files beside it): the next request tries again.
      stopWatching();
      worker = null;
      throw new Error(
        `the catalog worker's code did not load (${e instanceof Error ? e.message : String(e)}); if this page has a Content-Security-Policy, its script-src needs the folder the explorer's module is served from`,
        { cause: e },
      );
    }
    w.addEventListener('message', stopWatching, { once: true });
    w.addEventListener('message', onMessage);
    w.addEventListener('error', (e) => {
      if (e instanceof ErrorEvent && e.message) {
        failAll(`the catalog worker failed: ${e.message}`);
        return;
      }
      // The script did not load: this worker is gone, the next request starts another one.
      if (started === w) {
        started = null;
        worker = null;
      }
      w.terminate();
      // The violation is reported with the error; wait a task in case it comes just after.
      setTimeout(() => {
        stopWatching();
        failAll(workerStartFailure(violation, workerSrc));
      }, 0);
    });
    started = w;
    return w;
  };
  const call = <T>(
    req: WorkerRequest,
    progress?: (p: Progress) => void,
    first?: FirstView,
    signal?: AbortSignal,
  ) =>
    new Promise<T>((ok, fail) => {
      if (signal?.aborted) return fail(abortError(signal));
      const id = next++;
      const onAbort = () => {
        if (!pending.delete(id)) return;
        fail(abortError(signal!));
        // The worker stops the download, or skips the request if it has not begun it.
        void asked.then((w) => w.postMessage({ id, cancel: true } satisfies PageMessage), noop);
      };
      const settle =
        <A>(f: (a: A) => void) =>
        (a: A) => {
          signal?.removeEventListener('abort', onAbort);
          f(a);
        };
      pending.set(id, {
        ok: settle(ok as (v: unknown) => void),
        fail: settle(fail),
        progress,
        first,
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      const asked = (worker ??= start());
      // Requests made while the worker starts are posted in the order they were made.
      asked.then(
        (w) => w.postMessage({ id, req } satisfies PageMessage),
        (e: Error) => {
          const p = pending.get(id);
          if (pending.delete(id)) p?.fail(e);
        },
      );
    });
  return {
    load: (source, name, onProgress, format, first, signal) =>
      call<LoadResult>(
        // A worker has no document to read the configured origins from: they go with the request,
        // so it can check where redirects took the catalog.
        'url' in source
          ? {
              type: 'load',
              ...source,
              name,
              format,
              allowedOrigins: catalogOriginsHere(),
              ...(globalThis.location ? { page: globalThis.location.href } : {}),
              view: first?.view,
            }
          : { type: 'load', ...source, name, format, view: first?.view },
        onProgress,
        first,
        signal,
      ),
    exportAs: (format) => call<string>({ type: 'export', format }),
    publish: (format) => call<string>({ type: 'publish', format }),
    view: (req) => call<ViewResult>(req),
    path: (req) => call<PathResult>(req),
    stop() {
      const stopping = worker;
      worker = null;
      started = null;
      unwatch();
      failAll(new DOMException('The catalog worker was stopped.', 'AbortError'));
      void stopping?.then((w) => w.terminate(), noop);
    },
  };
}

/** The page's backend: the catalog worker, bundled by Vite as its own file (CSP `worker-src 'self'`). */
export function startWorkerBackend(): CatalogBackend {
  return workerBackend(
    () => new Worker(new URL('./catalog.worker.ts', import.meta.url), { type: 'module' }),
  );
}
