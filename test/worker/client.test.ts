import { describe, expect, it } from 'vitest';
import { NO_FACTS } from '../../src/model/query/catalog-facts';
import { isAbort, workerBackend } from '../../src/worker/client';
import type { LoadResult, PageMessage, WorkerResponse } from '../../src/worker/protocol';

/** A stand-in for the catalog worker: records what the page posts, answers when told. */
class FakeWorker extends EventTarget {
  posted: PageMessage[] = [];
  postMessage(m: PageMessage): void {
    this.posted.push(m);
  }
  terminated = false;
  terminate(): void {
    this.terminated = true;
  }
  reply(m: WorkerResponse): void {
    this.dispatchEvent(new MessageEvent('message', { data: m }));
  }
}

const RESULT: LoadResult = {
  format: 'text',
  total: 0,
  moves: 0,
  diagnostics: [],
  problems: 0,
  whole: null,
  index: [],
  facts: NO_FACTS,
  levels: [],
};

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('workerBackend: a load the page no longer wants', () => {
  it('rejects at once when its signal is aborted, and tells the worker to drop it', async () => {
    const w = new FakeWorker();
    const backend = workerBackend(() => w as unknown as Worker);
    const c = new AbortController();
    const load = backend.load(
      { url: 'http://intranet.test/c.json' },
      'c.json',
      undefined,
      undefined,
      undefined,
      c.signal,
    );
    await tick();
    expect(w.posted).toHaveLength(1);
    c.abort();
    await expect(load).rejects.toMatchObject({ name: 'AbortError' });
    expect(w.posted[1]).toEqual({ id: 1, cancel: true });
    // Its answer, if the worker had already sent it, is ignored.
    w.reply({ id: 1, ok: true, result: RESULT });
  });

  it('is never posted when its signal was aborted before it was asked', async () => {
    const w = new FakeWorker();
    let started = 0;
    const backend = workerBackend(() => (started++, w as unknown as Worker));
    const c = new AbortController();
    c.abort();
    const load = backend.load({ text: 'x' }, 'x.txt', undefined, undefined, undefined, c.signal);
    await expect(load).rejects.toMatchObject({ name: 'AbortError' });
    await tick();
    expect(started).toBe(0);
    expect(w.posted).toEqual([]);
  });

  it('answers a load that was not aborted as before', async () => {
    const w = new FakeWorker();
    const backend = workerBackend(() => w as unknown as Worker);
    const c = new AbortController();
    const load = backend.load({ text: 'x' }, 'x.txt', undefined, undefined, undefined, c.signal);
    await tick();
    w.reply({ id: 1, ok: true, result: RESULT });
    await expect(load).resolves.toEqual(RESULT);
    // Aborting afterwards changes nothing, and posts nothing.
    c.abort();
    await tick();
    expect(w.posted).toHaveLength(1);
  });
});

describe('workerBackend: stop (an element that left the page)', () => {
  it('ends the worker, fails what was under way as aborted, and starts another worker when asked again', async () => {
    const workers: FakeWorker[] = [];
    const backend = workerBackend(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const failed = backend.load({ text: 'x' }, 'x.txt').catch((e: unknown) => e);
    await tick();
    backend.stop();
    expect(workers).toHaveLength(1);
    await tick();
    expect(workers[0]!.terminated).toBe(true);
    expect(isAbort(await failed)).toBe(true);
    // Asked again, it works again, in a new worker.
    const again = backend.load({ text: 'x' }, 'x.txt');
    await tick();
    expect(workers).toHaveLength(2);
    const id = (workers[1]!.posted[0] as { id: number }).id;
    workers[1]!.reply({ id, ok: true, result: RESULT });
    await expect(again).resolves.toEqual(RESULT);
  });

  it('stops a worker still starting (its code still loading)', async () => {
    const w = new FakeWorker();
    let loaded: (w: Worker) => void = () => {};
    const backend = workerBackend(() => new Promise<Worker>((ok) => (loaded = ok)));
    const failed = backend.load({ text: 'x' }, 'x.txt').catch((e: unknown) => e);
    backend.stop();
    loaded(w as unknown as Worker);
    await tick();
    expect(w.terminated).toBe(true);
    expect(isAbort(await failed)).toBe(true);
  });
});
