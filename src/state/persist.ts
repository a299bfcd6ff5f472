/**
 * Keeps the last imported catalog across reloads, in IndexedDB (catalogs can be tens of
 * megabytes, beyond localStorage's few). Every call fails soft: private browsing or a blocked
 * database just means nothing is remembered.
 */
export interface SavedCatalog {
  name: string;
  text: string;
  savedAt: string;
}

const DB = 'career-path-explorer';
const STORE = 'catalogs';
const KEY = 'imported';

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

/** A flag in localStorage, read synchronously: opening IndexedDB on every visit delayed the first graph (~0.4 s measured) for people who never imported anything. */
const FLAG = 'career-path-explorer:imported';

function flag(on: boolean | null): boolean {
  try {
    if (on === true) localStorage.setItem(FLAG, '1');
    else if (on === false) localStorage.removeItem(FLAG);
    return localStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

/** Whether an imported catalog may be waiting in IndexedDB (cheap; no database is opened). */
export function hasSavedCatalog(): boolean {
  return flag(null);
}

/**
 * Stores an imported catalog.
 * @returns whether it was stored: false when the browser refused (private browsing, storage
 *   blocked or full); then nothing earlier is left to come back on a reload either.
 */
export async function saveCatalog(name: string, text: string): Promise<boolean> {
  const r = await run('readwrite', (s) =>
    s.put({ name, text, savedAt: new Date().toISOString() }, KEY),
  );
  if (!r.ok) {
    await forgetCatalog();
    return false;
  }
  flag(true);
  return true;
}

export async function loadSavedCatalog(): Promise<SavedCatalog | null> {
  const v = (await run<unknown>('readonly', (s) => s.get(KEY))).value;
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  return typeof o['name'] === 'string' && typeof o['text'] === 'string'
    ? { name: o['name'], text: o['text'], savedAt: String(o['savedAt'] ?? '') }
    : null;
}

export async function forgetCatalog(): Promise<void> {
  flag(false);
  await run('readwrite', (s) => s.delete(KEY));
}
