import { describe, expect, it, vi } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { Explorer, SEED_NAME } from '../../../src/state/explorer.svelte';

/*
 * Issue 22, item 12: the page names an import only once it is stored, so a reload never brings
 * back an older import than the one the header names. The browser's database is replaced by one
 * whose writes finish when the test says; what a reload would bring back is `reloadBrings`.
 */

const db = vi.hoisted(() => ({
  /** The name a reload would bring back (null: the bundled catalog). */
  reloadBrings: null as string | null,
  /** Writes not finished yet, by catalog name. */
  writing: new Map<string, () => void>(),
  /** The browser refuses every write. */
  refuse: false,
}));

vi.mock('../../../src/state/catalog/persist', () => ({
  stageCatalog: (name: string) =>
    new Promise((ok) => db.writing.set(name, () => ok(db.refuse ? null : { slot: '2', name }))),
  commitCatalog: (staged: { name: string } | null) => {
    db.reloadBrings = staged?.name ?? null;
    return !!staged;
  },
  discardStaged: () => {},
  forgetCatalog: async () => {
    db.reloadBrings = null;
  },
  forgetSaved: async () => {},
}));

/** Lets the write of `name` finish, once it has begun. */
async function written(name: string): Promise<void> {
  await expect.poll(() => db.writing.has(name)).toBe(true);
  db.writing.get(name)!();
  db.writing.delete(name);
}

describe('an import is named only once it is stored', () => {
  it('keeps naming the catalog a reload brings back while the new one is written', async () => {
    db.reloadBrings = null;
    const ex = new Explorer(defaultModel);
    await ex.catalog.load('');
    const first = ex.catalog.importText('first.txt', 'First Role: Role Blueprint\nDoes it.\n');
    await written('first.txt');
    await first;
    expect([ex.catalog.catalogName, db.reloadBrings]).toEqual(['first.txt', 'first.txt']);

    const second = ex.catalog.importText('second.txt', 'Second Role: Role Blueprint\nDoes it.\n');
    // Parsed, but not written yet: the page still names the catalog a reload brings back.
    await new Promise((r) => setTimeout(r, 50));
    expect([ex.catalog.catalogName, db.reloadBrings]).toEqual(['first.txt', 'first.txt']);
    await written('second.txt');
    await second;
    expect([ex.catalog.catalogName, db.reloadBrings]).toEqual(['second.txt', 'second.txt']);
    expect(ex.catalog.stored).toBe(true);
  });

  it('names an import the browser refused to store, says so, and a reload brings back the bundled catalog', async () => {
    db.reloadBrings = 'first.txt';
    db.refuse = true;
    const ex = new Explorer(defaultModel);
    await ex.catalog.load('');
    const importing = ex.catalog.importText(
      'second.txt',
      'Second Role: Role Blueprint\nDoes it.\n',
    );
    await written('second.txt');
    await importing;
    db.refuse = false;
    expect([ex.catalog.catalogName, db.reloadBrings]).toEqual(['second.txt', null]);
    expect(ex.catalog.stored).toBe(false);
    expect(ex.catalog.notice).toMatch(/did not store it/);
  });

  it('stores nothing of an import superseded while it was written', async () => {
    db.reloadBrings = 'first.txt';
    const ex = new Explorer(defaultModel);
    await ex.catalog.load('');
    const importing = ex.catalog.importText(
      'second.txt',
      'Second Role: Role Blueprint\nDoes it.\n',
    );
    await ex.catalog.useBundled();
    await written('second.txt');
    await importing;
    expect([ex.catalog.catalogName, db.reloadBrings]).toEqual([SEED_NAME, null]);
  });
});
