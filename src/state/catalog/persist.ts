/**
 * Keeps the last imported catalog across reloads, in IndexedDB (catalogs can be tens of
 * megabytes, beyond localStorage's few). Every call fails soft: private browsing or a blocked
 * database just means nothing is remembered.
 *
 * An import is written before the page names it, in one of two slots: the slot the stored import
 * is not in. A flag in localStorage says which slot holds the stored import, and naming the new
 * one switches it in one synchronous step, in the task that shows it. So a reload never brings
 * back an older import than the one the page names, and an import that is refused or superseded
 * before it is named leaves the stored one as it was.
 */

/** Where an import is stored: slot 1 (the only key of earlier versions) or slot 2. */
type Slot = '1' | '2';
const KEYS: Record<Slot, string> = { '1': 'imported', '2': 'imported-2' };

export interface SavedCatalog {
  name: string;
  text: string;
  /** Its overlay (the author's corrections), as a file, when one was imported with it. */
  overlay?: { file: string; text: string };
  savedAt: string;
  /** The slot it was read from. */
  slot?: Slot;
}

/** An import written to its slot, not yet the one a reload brings back. */
export interface StagedCatalog {
  slot: Slot;
}

const DB = 'career-path-explorer';
const STORE = 'catalogs';

function openDb(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  op: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<{ ok: boolean; value: T | null }> {
  const db = await openDb();
  if (!db) return { ok: false, value: null };
  return new Promise((resolve) => {
    let value: T | null = null;
    try {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      req.onsuccess = () => (value = req.result);
      // A write is stored only once its transaction commits: a full disk fails there, not at
      // the request.
      tx.oncomplete = () => resolve({ ok: true, value });
      tx.onerror = () => resolve({ ok: false, value: null });
      tx.onabort = () => resolve({ ok: false, value: null });
    } catch {
      resolve({ ok: false, value: null });
    } finally {
      db.close();
    }
  });
}

/**
 * The slot of the stored import, in localStorage, read synchronously: opening IndexedDB on every
 * visit delayed the first graph (~0.4 s measured) for people who never imported anything.
 * Earlier versions wrote "1" for their one key, which is slot 1.
 */
const FLAG = 'career-path-explorer:imported';

function storedSlot(): Slot | null {
  try {
    const v = localStorage.getItem(FLAG);
    return v === '1' || v === '2' ? v : null;
  } catch {
    return null;
  }
}

/** Names the slot a reload brings back (none: null). @returns false when the browser refused. */
function setStoredSlot(slot: Slot | null): boolean {
  try {
    if (slot) localStorage.setItem(FLAG, slot);
    else localStorage.removeItem(FLAG);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the database operations one after another, in the order they were asked for: a write asked
 * for before "forget" never lands after it.
 */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(op: () => Promise<T>): Promise<T> {
  const done = queue.then(op);
  queue = done.catch(() => {});
  return done;
}

/** Whether an imported catalog may be waiting in IndexedDB (cheap; no database is opened). */
export function hasSavedCatalog(): boolean {
  return storedSlot() !== null;
}

/**
 * Writes an imported catalog to the slot the stored import is not in. Until
 * {@link commitCatalog} names it, a reload still brings back the import stored before.
 * @returns the written copy, or null when the browser refused (private browsing, storage
 *   blocked or full).
 */
export function stageCatalog(
  name: string,
  text: string,
  overlay?: SavedCatalog['overlay'],
): Promise<StagedCatalog | null> {
  return serial(async () => {
    const slot: Slot = storedSlot() === '1' ? '2' : '1';
    const r = await run('readwrite', (s) =>
      s.put(
        { name, text, ...(overlay ? { overlay } : {}), savedAt: new Date().toISOString() },
        KEYS[slot],
      ),
    );
    return r.ok ? { slot } : null;
  });
}

/**
 * Makes a written import the one a reload brings back, at once (call it in the task that shows
 * the catalog), and deletes the one stored before.
 * @param staged - the import as {@link stageCatalog} wrote it; null when the browser refused.
 * @returns whether it is stored: when not, nothing earlier is left to come back on a reload.
 */
export function commitCatalog(staged: StagedCatalog | null): boolean {
  const before = storedSlot();
  if (!staged || !setStoredSlot(staged.slot)) {
    void forgetCatalog();
    return false;
  }
  if (before && before !== staged.slot)
    void serial(() => run('readwrite', (s) => s.delete(KEYS[before])));
  return true;
}

/**
 * Deletes a written import that was never named (the catalog was refused), unless a reload
 * would bring it back.
 */
export function discardStaged(staged: StagedCatalog | null): void {
  if (!staged) return;
  void serial(async () => {
    if (storedSlot() !== staged.slot) await run('readwrite', (s) => s.delete(KEYS[staged.slot]));
  });
}

export async function loadSavedCatalog(): Promise<SavedCatalog | null> {
  const slot = storedSlot();
  if (!slot) return null;
  const v = (await serial(() => run<unknown>('readonly', (s) => s.get(KEYS[slot])))).value;
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  // A stored overlay of another shape (an older or tampered copy) is left out, not trusted.
  const ov = o['overlay'] as Record<string, unknown> | undefined;
  const overlay =
    ov && typeof ov === 'object' && typeof ov['file'] === 'string' && typeof ov['text'] === 'string'
      ? { overlay: { file: ov['file'], text: ov['text'] } }
      : {};
  return typeof o['name'] === 'string' && typeof o['text'] === 'string'
    ? { name: o['name'], text: o['text'], ...overlay, savedAt: String(o['savedAt'] ?? ''), slot }
    : null;
}

/** Forgets every stored import: a reload shows the bundled catalog (from this call on). */
export function forgetCatalog(): Promise<void> {
  setStoredSlot(null);
  return serial(async () => {
    await run('readwrite', (s) => s.clear());
  });
}

/**
 * Forgets a stored import that this version refuses, leaving alone an import stored since.
 * @param saved - the refused import, as {@link loadSavedCatalog} read it.
 */
export function forgetSaved(saved: Pick<SavedCatalog, 'slot'>): Promise<void> {
  const slot = saved.slot ?? '1';
  if (storedSlot() === slot) setStoredSlot(null);
  return serial(async () => {
    if (storedSlot() !== slot) await run('readwrite', (s) => s.delete(KEYS[slot]));
  });
}
