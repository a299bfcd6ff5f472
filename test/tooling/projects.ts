/**
 * Test files that replace modules (`vi.mock`) or stub globals: they run in the "mocks" project,
 * each in a module graph of its own. Every other Node-only file shares its worker's modules
 * (vite.config.ts), where a mock would reach the files after it or miss modules already loaded.
 */
export const MOCKING = ['test/state/catalog/store.test.ts', 'test/state/config.test.ts'];
