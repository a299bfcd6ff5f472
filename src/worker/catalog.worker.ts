/// <reference lib="webworker" />
import { CatalogError } from '../model/diagnostics';
import { defaultModel } from '../model/default-model';
import { CatalogEngine } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

// Parsing, building and queries of large catalogs run here, so the page never freezes.
const engine = new CatalogEngine(defaultModel);
const post = (m: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.addEventListener('message', (e: MessageEvent<{ id: number; req: WorkerRequest }>) => {
  const { id, req } = e.data;
  try {
    const result = engine.handle(req, (progress) => post({ id, progress }));
    post({ id, ok: true, result });
  } catch (err) {
    if (err instanceof CatalogError)
      post({ id, ok: false, error: err.message, diagnostics: err.diagnostics });
    else post({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
