import { CatalogError } from '../model/graph';
import { fetchCatalogText, fetchSiblingOverlay } from '../catalog-fetch';
import type { CatalogEngine } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** What answering needs from its surroundings (the worker's, or a test's). */
export interface AnswerContext {
  engine: CatalogEngine;
  post: (m: WorkerResponse) => void;
  /** A macrotask: lets the page's messages (a cancellation) arrive before the next step. */
  yieldTask: () => Promise<void>;
  fetch?: typeof fetch;
}

/**
 * Answers one request. Once `cancelled` is aborted (the page no longer wants this load), nothing
 * more is posted and the download stops. A load cancelled at any step before its result is posted
 * leaves the catalog held as it was, so the page's later questions are answered about the catalog
 * it shows: the build's second phase replaces the catalog held in one task, and a cancellation
 * posted during it is read only after it, so the catalog held before is put back then.
 * @param ctx - the engine, how to post, how to yield.
 * @param id - the request's id.
 * @param request - the request.
 * @param cancelled - aborted when the page cancels this request.
 */
export async function answer(
  ctx: AnswerContext,
  id: number,
  request: WorkerRequest,
  cancelled: AbortSignal,
): Promise<void> {
  const { engine, post, yieldTask } = ctx;
  let req = request;
  try {
    if (cancelled.aborted) return;
    if (req.type === 'load' && req.url !== undefined && req.text === undefined) {
      post({
        id,
        progress: { stage: 'parsing', fraction: 0.05, step: 'downloading', name: req.name },
      });
      const options = {
        ...(req.allowedOrigins ? { allowedOrigins: req.allowedOrigins } : {}),
        ...(req.page ? { page: req.page } : {}),
      };
      const fetchImpl = ctx.fetch ?? fetch;
      const text = await fetchCatalogText(req.url, req.name, fetchImpl, {
        ...options,
        signal: cancelled,
      });
      // The organization's overlay beside the catalog, unless the page brings one.
      const overlayFile =
        req.overlay || req.overlayFile
          ? req.overlayFile
          : await fetchSiblingOverlay(req.url, fetchImpl, { ...options, signal: cancelled });
      req = { ...req, text, ...(overlayFile ? { overlayFile } : {}) };
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
      const before = engine.held;
      const result = steps.finish(steps.preview !== null);
      // And once more after it, before the result goes out: cancelled, the catalog held before
      // is put back.
      await yieldTask();
      if (cancelled.aborted) {
        engine.restore(before);
        return;
      }
      post({ id, ok: true, result });
    } else post({ id, ok: true, result: engine.handle(req) });
  } catch (err) {
    if (cancelled.aborted) return;
    if (err instanceof CatalogError)
      post({ id, ok: false, error: err.message, diagnostics: err.diagnostics });
    else post({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
}
