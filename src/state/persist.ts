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
): Promise<T | null> {
  const db = await openDb();
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const req = op(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
    } catch {
      resolve(null);
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

export async function saveCatalog(name: string, text: string): Promise<void> {
  await run('readwrite', (s) => s.put({ name, text, savedAt: new Date().toISOString() }, KEY));
  flag(true);
}

export async function loadSavedCatalog(): Promise<SavedCatalog | null> {
  const v = await run<unknown>('readonly', (s) => s.get(KEY));
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
