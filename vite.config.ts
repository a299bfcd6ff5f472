import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// A relative base lets the built dist/ be served from any sub-path (e.g. /tools/careers/).
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
