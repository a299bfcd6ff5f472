/// <reference lib="webworker" />
import { CatalogError } from '../model/diagnostics';
import { defaultModel } from '../model/default-model';
import { fetchCatalogText } from '../config';
import { CatalogEngine } from './handler';
import type { PageMessage, WorkerRequest, WorkerResponse } from './protocol';

// Parsing, building and queries of large catalogs run here, so the page never freezes.
const engine = new CatalogEngine(defaultModel);
const post = (m: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

/** A macrotask: lets the page's messages queue up and the preview go out before the rest runs. */
const yieldTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Answers one request. Once `cancelled` is aborted (the page no longer wants this load), nothing
 * more is posted and the download stops; a load cancelled before its build's second phase leaves
 * the catalog held as it was, so the page's later questions are answered about the catalog it
 * shows. (A cancellation read only after that phase, which runs in one task, comes too late.)
 */
async function answer(id: number, request: WorkerRequest, cancelled: AbortSignal): Promise<void> {
  let req = request;
  try {
    if (cancelled.aborted) return;
    if (req.type === 'load' && req.url !== undefined && req.text === undefined) {
      post({
        id,
        progress: { stage: 'parsing', fraction: 0.05, message: `Downloading ${req.name}…` },
      });
      const options = req.allowedOrigins ? { allowedOrigins: req.allowedOrigins } : {};
      req = {
        ...req,
        text: await fetchCatalogText(req.url, req.name, fetch, { ...options, signal: cancelled }),
      };
    }
    if (req.type === 'load') {
      // Cancellations posted while this worker was busy are read before the build starts.
      await yieldTask();
      if (cancelled.aborted) return;
      const steps = engine.startLoad(req, (progress) => post({ id, progress }));
      if (steps.preview) {
        post({ id, preview: steps.preview });
        post({ id, index: steps.index() });
      }
      // And again before the build's second phase, which replaces the catalog held.
      await yieldTask();
      if (cancelled.aborted) return;
      post({ id, ok: true, result: steps.finish(steps.preview !== null) });
    } else post({ id, ok: true, result: engine.handle(req) });
  } catch (err) {
    if (cancelled.aborted) return;
    if (err instanceof CatalogError)
      post({ id, ok: false, error: err.message, diagnostics: err.diagnostics });
    else post({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
}

// One request at a time, in the order they came: a question asked while a catalog loads (while
// it downloads, or after its preview) is answered from the finished graph. A cancellation is
// read at once, not queued.
let queue = Promise.resolve();
const cancels = new Map<number, AbortController>();
self.addEventListener('message', (e: MessageEvent<PageMessage>) => {
  const m = e.data;
  if ('cancel' in m) {
    cancels.get(m.id)?.abort();
    return;
  }
  const cancel = new AbortController();
  cancels.set(m.id, cancel);
  queue = queue.then(async () => {
    await answer(m.id, m.req, cancel.signal);
    cancels.delete(m.id);
  });
});
