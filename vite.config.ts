import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { messageProblems } from './src/i18n/check-messages.ts';
import { MOCKING } from './test/tooling/projects.ts';

/**
 * The bundled catalog, loaded once at build time by `src/ui/canvas/seed-canvas.ts` (the app's own
 * catalog, model, overlay and pipeline), as two modules: `virtual:seed-canvas`, its lattice as
 * canvas elements, so the page draws the lattice before the app's code has loaded; and
 * `virtual:seed-graph`, the checked graph (`graph.export()`), which the app reads instead of
 * parsing and building the catalog again in the page.
 */
function seedModules(): Plugin {
  const ids = { 'virtual:seed-canvas': 'elements', 'virtual:seed-graph': 'seed' } as const;
  const file = (f: string) => fileURLToPath(new URL(f, import.meta.url));
  const isSeed = (id: string): id is keyof typeof ids => Object.hasOwn(ids, id);
  const importSeed = () =>
    runnerImport<typeof import('./src/ui/canvas/seed-canvas')>(
      file('./src/ui/canvas/seed-canvas.ts'),
      { configFile: false, logLevel: 'silent' },
    );
  // Both modules come from one load of the catalog (about 3 s), redone when a file it read changes.
  let seed: ReturnType<typeof importSeed> | undefined;
  return {
    name: 'seed-modules',
    watchChange() {
      seed = undefined;
    },
    resolveId: (source) => (isSeed(source) ? `\0${source}` : null),
    async load(resolved) {
      const id = resolved.slice(1);
      if (!resolved.startsWith('\0') || !isSeed(id)) return null;
      this.addWatchFile(file('./data/role-blueprints.txt'));
      this.addWatchFile(file('./data/career-model.json'));
      this.addWatchFile(file('./data/role-blueprints.model.json'));
      const { module } = await (seed ??= importSeed());
      return `export default ${JSON.stringify(module[ids[id]])};`;
    },
  };
}

/**
 * The interface's messages (`src/i18n/messages/`), compiled by Paraglide into typed functions, one
 * module a message, so a bundle holds only the messages its code calls. The locale is the app's
 * (`src/i18n/language.svelte.ts` overrides the runtime's `getLocale`): no cookie, no URL rewriting,
 * no reload. A message missing in one language stops the build, where Paraglide would show the
 * English one.
 */
function messages(): Plugin[] {
  const project = './src/i18n/project.inlang';
  const settings = JSON.parse(
    readFileSync(new URL(`${project}/settings.json`, import.meta.url), 'utf8'),
  ) as {
    locales: string[];
  };
  return [
    {
      name: 'cpe-messages-complete',
      buildStart() {
        const problems = messageProblems(
          fileURLToPath(new URL('./src/i18n/messages', import.meta.url)),
          settings.locales,
        );
        if (problems.length) this.error(`messages incomplete:\n${problems.join('\n')}`);
      },
    },
    ...[
      paraglideVitePlugin({
        project,
        outdir: './src/i18n/paraglide',
        strategy: ['baseLocale'],
        emitTsDeclarations: true,
      }),
    ].flat(),
  ];
}

/**
 * Rolldown's checks, less its timing report: `seed-modules` runs the model on the bundled catalog
 * at build time on purpose (about 3 s), and a warning printed on every build is one nobody reads.
 */
const checks = { bundlerTimings: false };

/**
 * The model (framework-free, it only declares) and papaparse have no side effects when imported:
 * a module of theirs whose exports go unused is left out. The model's folders each re-export their
 * modules from an `index.ts`; without this, importing one helper from `model/catalog` brought all
 * three parsers and papaparse into the page's first download.
 */
const treeshake = {
  moduleSideEffects: [
    { test: /[\\/]src[\\/]model[\\/]/, sideEffects: false },
    { test: /[\\/]node_modules[\\/]papaparse[\\/]/, sideEffects: false },
  ],
};

/** Pixels per `rem` in the page (the browsers' default root font size). */
const REM_PX = 16;

/**
 * PostCSS plugin for the custom element's build: `rem` follows the root font size of the *host*
 * page, which a shadow root does not shield (`html { font-size: 31px }` doubled the widget's
 * text and squeezed its canvas), so each `<n>rem` in a declaration becomes `<n × 16>px`, what it
 * is on the app's own page. Media queries are left alone (their `rem` is the browser's default).
 */
const remToPx = {
  postcssPlugin: 'cpe-rem-to-px',
  Declaration(decl: { value: string }) {
    if (!decl.value.includes('rem')) return;
    decl.value = decl.value.replace(
      /(?<![\w.#])(\d*\.\d+|\d+)rem\b/g,
      (_, n: string) => `${+(Number(n) * REM_PX).toFixed(4)}px`,
    );
  },
};

export default defineConfig(({ mode }) =>
  mode === 'embed'
    ? {
        // The custom element: an ES module that draws the bundled catalog's lattice and then
        // imports the rest from its chunks (dist/embed/chunks/), component CSS injected into its
        // shadow root (Svelte's "injected" CSS goes to the shadow root a component mounts in).
        // `base: './'`: chunks are imported relative to the module that imports them, never to
        // the host page, so dist/embed/ works from any origin and sub-path.
        base: './',
        plugins: [
          svelte({ emitCss: false, compilerOptions: { css: 'injected' } }),
          seedModules(),
          ...messages(),
        ],
        css: { postcss: { plugins: [remToPx] } },
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          target: 'es2022',
          outDir: 'dist/embed',
          emptyOutDir: false,
          copyPublicDir: false,
          minify: true,
          // Library mode keeps white space by default; this module is for browsers only.
          // What the first lattice does not need (the App, the model, the panels, the catalog
          // worker, the competency engine, the exporters) is split into chunks loaded later.
          rolldownOptions: {
            checks,
            output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
            treeshake,
          },
          lib: {
            entry: 'src/embed/element.ts',
            formats: ['es'],
            fileName: () => 'career-path-explorer.js',
          },
        },
      }
    : {
        // A relative base lets the built dist/ be served from any sub-path (e.g. /tools/careers/).
        base: './',
        plugins: [svelte(), seedModules(), ...messages()],
        // The manifest lets `npm run bench` add up the code the page loads at start.
        build: { target: 'es2022', manifest: true, rolldownOptions: { checks, treeshake } },
        test: {
          // A Node-only file beside a browser file: the machines have two cores, and a browser
          // file is busy in Chromium more than in its own worker.
          maxWorkers: 2,
          projects: [
            {
              extends: true,
              test: {
                // Node-only files share their worker's modules (imported once, not once a file):
                // 35% less time in all. A file that mocks modules is in "mocks" below.
                name: 'unit',
                include: ['test/**/*.test.ts'],
                exclude: ['test/browser/**', ...MOCKING],
                isolate: false,
                setupFiles: ['test/tooling/english.ts'],
                testTimeout: 30_000,
              },
            },
            {
              extends: true,
              test: {
                // Files that replace modules (vi.mock) or globals: each in its own module graph.
                name: 'mocks',
                include: MOCKING,
                setupFiles: ['test/tooling/english.ts'],
                testTimeout: 30_000,
              },
            },
            {
              extends: true,
              test: {
                name: 'browser',
                include: ['test/browser/**/*.test.ts'],
                // One worker imports playwright-core and the helpers once for every file, after
                // the Node-only files (a group of its own: one worker, not two).
                isolate: false,
                sequence: { groupOrder: 1 },
                exclude: ['test/browser/large.test.ts'],
                globalSetup: ['test/browser/global-setup.ts'],
                // One browser file at a time: pages are CPU-bound, and two at once on two cores
                // took longer in all than one after the other.
                fileParallelism: false,
                testTimeout: 60_000,
                hookTimeout: 60_000,
                // Pages load catalogs in a worker: give polled expectations time on a busy machine.
                expect: { poll: { timeout: 10_000 } },
              },
            },
            {
              extends: true,
              test: {
                // Catalogs of thousands of roles: alone, after the rest, so that they neither
                // slow the others down nor are slowed down by them.
                name: 'large',
                include: ['test/browser/large.test.ts'],
                globalSetup: ['test/browser/global-setup.ts'],
                fileParallelism: false,
                sequence: { groupOrder: 2 },
                testTimeout: 120_000,
                hookTimeout: 60_000,
                expect: { poll: { timeout: 20_000 } },
              },
            },
          ],
        },
      },
);
