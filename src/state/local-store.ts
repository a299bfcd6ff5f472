/**
 * localStorage calls that never throw: private browsing, a refused or full storage, or no storage
 * at all (a worker, tests) come back as a value saying so.
 */

/** The stored text (null: none), or `refused` when the browser would not read it. */
export function readItem(storage: Storage | null, key: string): string | null | 'refused' {
  try {
    return storage ? storage.getItem(key) : null;
  } catch {
    return 'refused';
  }
}

/** Stores the text; false when the browser refuses (or there is no storage). */
export function writeItem(storage: Storage | null, key: string, text: string): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the key (nothing reachable is nothing to forget). */
export function removeItem(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing stored that can be reached.
  }
}

/** This browser's localStorage, or null where there is none or reaching it throws. */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
