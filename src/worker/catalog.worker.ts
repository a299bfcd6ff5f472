/// <reference lib="webworker" />
import { defaultModel } from '../model/career';
import { CatalogEngine } from './handler';
import { answer } from './answer';
import type { PageMessage, WorkerResponse } from './protocol';

// Parsing, building and queries of large catalogs run here, so the page never freezes.
const engine = new CatalogEngine(defaultModel);
const post = (m: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

/** A macrotask: lets the page's messages queue up and the preview go out before the rest runs. */
const yieldTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const ctx = { engine, post, yieldTask };

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
    await answer(ctx, m.id, m.req, cancel.signal);
    cancels.delete(m.id);
  });
});
