/**
 * An in-memory Storage for tests. `refuse` makes it throw as a browser that refuses storage does:
 * on every call (`all`, private browsing) or on writes only (`writes`, a full quota).
 */
export function memoryStorage(refuse: 'none' | 'all' | 'writes' = 'none'): Storage {
  const m = new Map<string, string>();
  const guard = (write: boolean) => {
    if (refuse === 'all' || (refuse === 'writes' && write))
      throw new DOMException('refused', write ? 'QuotaExceededError' : 'SecurityError');
  };
  return {
    get length() {
      return m.size;
    },
    clear: () => (guard(true), m.clear()),
    getItem: (k) => (guard(false), m.get(k) ?? null),
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => (guard(true), void m.delete(k)),
    setItem: (k, v) => (guard(true), void m.set(k, v)),
  };
}
