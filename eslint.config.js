import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'bench-results', 'src/i18n/paraglide'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
    rules: {
      // Our Sets and URLs are built fresh inside $derived and never mutated afterwards, so the
      // reactive Svelte versions would only add overhead.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // The model is framework-free: it runs in Node (CLI, tests, benchmarks), the page and a worker.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*'], message: 'src/model must not import Svelte.' },
            {
              group: ['cytoscape', 'cytoscape-*'],
              message: 'src/model must not import Cytoscape.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'src/model must not import Node modules.' },
            { group: ['../state/*', '../ui/*'], message: 'src/model must not depend on the UI.' },
          ],
        },
      ],
    },
  },
);
