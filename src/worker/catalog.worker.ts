/// <reference lib="webworker" />
import { CatalogError } from '../model/diagnostics';
import { defaultModel } from '../model/default-model';
import { fetchCatalogText } from '../config';
import { CatalogEngine } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

// Parsing, building and queries of large catalogs run here, so the page never freezes.
const engine = new CatalogEngine(defaultModel);
const post = (m: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

/** A macrotask: lets the page's messages queue up and the preview go out before the rest runs. */
const yieldTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function answer(id: number, request: WorkerRequest): Promise<void> {
  let req = request;
  try {
    if (req.type === 'load' && req.url !== undefined && req.text === undefined) {
      post({
        id,
        progress: { stage: 'parsing', fraction: 0.05, message: `Downloading ${req.name}…` },
      });
      const options = req.allowedOrigins ? { allowedOrigins: req.allowedOrigins } : {};
      req = { ...req, text: await fetchCatalogText(req.url, req.name, fetch, options) };
    }
    if (req.type === 'load') {
      const steps = engine.startLoad(req, (progress) => post({ id, progress }));
      if (steps.preview) {
        post({ id, preview: steps.preview });
        post({ id, index: steps.index() });
        await yieldTask();
      }
      post({ id, ok: true, result: steps.finish(steps.preview !== null) });
    } else post({ id, ok: true, result: engine.handle(req) });
  } catch (err) {
    if (err instanceof CatalogError)
      post({ id, ok: false, error: err.message, diagnostics: err.diagnostics });
    else post({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
}

// One request at a time, in the order they came: a question asked while a catalog loads (while
// it downloads, or after its preview) is answered from the finished graph.
let queue = Promise.resolve();
self.addEventListener('message', (e: MessageEvent<{ id: number; req: WorkerRequest }>) => {
  const { id, req } = e.data;
  queue = queue.then(() => answer(id, req));
});
