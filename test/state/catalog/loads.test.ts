import { graphLevels } from '../../../src/model/career/levels';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { catalogFacts } from '../../../src/model/query/catalog-facts';
import { loadCatalog } from '../../../src/model/load/load';
import { Explorer, SEED_NAME } from '../../../src/state/explorer.svelte';
import type { CatalogBackend } from '../../../src/worker/client';
import type { LoadResult } from '../../../src/worker/protocol';

/*
 * Issue 22, item 11: a catalog load that is no longer wanted never lands. Whatever the user chose
 * last (another catalog, the bundled one, an import) is what stays, however late an earlier load
 * finishes, and whether it succeeds or fails.
 */

const BASE = 'http://intranet.test/app/';
const catalog = (...titles: string[]) =>
  JSON.stringify({ roles: titles.map((title) => ({ title, summary: 'Does the work.' })) });
const SLOW = catalog('Junior Slow Analyst', 'Slow Analyst');
const MINE = 'Mine Role: Role Blueprint\nDoes things.\n';

/** A fetch that answers only when the test releases it, and ignores any abort (the worst case). */
function heldFetch(body: string, status = 200) {
  let release = () => {};
  const gate = new Promise<void>((ok) => (release = ok));
  const fetch = (async () => {
    await gate;
    return new Response(body, { status });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, release };
}

/**
 * A catalog backend whose loads end only when the test releases them, with the catalog's result,
 * whether or not the page still wants it (a worker that finished before it heard of the abort).
 */
function heldBackend() {
  const held = new Map<string, () => void>();
  const backend: CatalogBackend = {
    load(source, name) {
      const text = 'text' in source ? source.text : SLOW;
      return new Promise<LoadResult>((ok, fail) =>
        held.set(name, () => {
          try {
            const g = loadCatalog({ text, file: name }, { model: defaultModel }).graph;
            ok({
              format: 'text',
              total: g.order,
              moves: g.size,
              diagnostics: [],
              problems: 0,
              whole: g.export(),
              index: [],
              facts: catalogFacts(g),
              levels: graphLevels(g, defaultModel),
            });
          } catch (e) {
            fail(e as Error);
          }
        }),
      );
    },
    exportAs: () => Promise.reject(new Error('not here')),
    publish: () => Promise.reject(new Error('not here')),
    view: () => Promise.reject(new Error('not here')),
    path: () => Promise.reject(new Error('not here')),
    stop: () => {},
  };
  return {
    backend,
    /** Waits until a load of `name` was asked for, then lets it end. */
    async release(name: string) {
      await expect.poll(() => held.has(name)).toBe(true);
      held.get(name)!();
    },
  };
}

const titles = (ex: Explorer) => ex.roles.map((r) => r.title);

describe('a slow catalog load in the page', () => {
  it('does not replace the bundled catalog opened after it', async () => {
    const ex = new Explorer(defaultModel);
    const slow = heldFetch(SLOW);
    const loading = ex.catalog.load('/c/slow.json', slow.fetch, BASE);
    await ex.catalog.load('');
    expect(ex.catalog.catalogName).toBe(SEED_NAME);
    slow.release();
    await loading;
    expect(ex.catalog.catalogName).toBe(SEED_NAME);
    expect(ex.roles).toHaveLength(30);
    expect(ex.catalog.status).toBe('ready');
    expect(ex.catalog.error).toBe('');
  });

  it('does not show its error over a catalog chosen after it', async () => {
    const ex = new Explorer(defaultModel);
    await ex.catalog.load('');
    const missing = heldFetch('', 404);
    const loading = ex.catalog.load('/c/missing.json', missing.fetch, BASE);
    await ex.catalog.importText('mine.txt', MINE, false);
    missing.release();
    await loading;
    expect(ex.catalog.catalogName).toBe('mine.txt');
    expect(ex.catalog.error).toBe('');
    expect(ex.catalog.status).toBe('ready');
  });

  it('does not replace an import chosen after it, nor put its own catalog in the URL', async () => {
    const ex = new Explorer(defaultModel);
    await ex.catalog.load('');
    const slow = heldFetch(SLOW);
    ex.q.catalog = '/c/slow.json';
    const loading = ex.catalog.load(ex.q.catalog, slow.fetch, BASE);
    await ex.catalog.importText('mine.txt', MINE, false);
    expect(ex.q.catalog).toBe('');
    slow.release();
    await loading;
    expect(ex.catalog.catalogName).toBe('mine.txt');
    expect(titles(ex)).toEqual(['Mine Role']);
    expect(ex.q.catalog).toBe('');
  });

  it('is superseded by a later load of another catalog, whichever finishes first', async () => {
    const ex = new Explorer(defaultModel);
    const slow = heldFetch(SLOW);
    const fast = heldFetch(catalog('Data Analyst'));
    const first = ex.catalog.load('/c/slow.json', slow.fetch, BASE);
    const second = ex.catalog.load('/c/data.json', fast.fetch, BASE);
    fast.release();
    await second;
    slow.release();
    await first;
    expect(ex.catalog.catalogName).toBe('data.json');
    expect(titles(ex)).toEqual(['Data Analyst']);
  });
});

describe('a slow catalog load in the worker', () => {
  it('does not land after the user returned to the bundled catalog during an import', async () => {
    const { backend, release } = heldBackend();
    const ex = new Explorer(defaultModel, backend);
    await ex.catalog.load('');
    const importing = ex.catalog.importText('mine.txt', MINE, false);
    await ex.catalog.useBundled();
    expect(ex.catalog.catalogName).toBe(SEED_NAME);
    await release('mine.txt');
    await importing;
    expect(ex.catalog.catalogName).toBe(SEED_NAME);
    expect(ex.roles).toHaveLength(30);
    expect(ex.catalog.imported).toBe(false);
    expect(ex.catalog.workerHasGraph).toBe(false);
  });

  it('does not land after the bundled catalog was chosen (a saved view, the element’s attribute removed)', async () => {
    const { backend, release } = heldBackend();
    const ex = new Explorer(defaultModel, backend);
    const loading = ex.catalog.load('/c/slow.json', fetch, BASE);
    await ex.catalog.load('');
    await release('slow.json');
    await loading;
    expect(ex.catalog.catalogName).toBe(SEED_NAME);
    expect(ex.roles).toHaveLength(30);
    expect(ex.catalog.status).toBe('ready');
  });

  it('does not land once cancelled (an element that left the page)', async () => {
    const { backend, release } = heldBackend();
    const ex = new Explorer(defaultModel, backend);
    await ex.catalog.load('');
    const loading = ex.catalog.load('/c/slow.json', fetch, BASE);
    ex.catalog.cancel();
    await release('slow.json');
    await loading;
    expect(ex.catalog.catalogName).toBe(SEED_NAME);
  });

  it('does not report a stored import as refused when a later choice superseded it', async () => {
    const { backend, release } = heldBackend();
    const ex = new Explorer(defaultModel, backend);
    const restoring = ex.catalog.restoreSaved({ name: 'old.txt', text: 'no titles here' });
    await ex.catalog.load('');
    await release('old.txt');
    await restoring;
    expect(ex.catalog.refusedStored).toBeNull();
    expect(ex.catalog.error).toBe('');
    expect(ex.catalog.catalogName).toBe(SEED_NAME);
  });
});
