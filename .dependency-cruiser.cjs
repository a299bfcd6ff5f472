/**
 * The layers of src/ and no import circles (type-only imports included), checked in `npm test`
 * (`npm run deps`). See the README's "Code layout".
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle, type-only imports included: one side should not need the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-framework-free',
      severity: 'error',
      comment: 'src/model/ reaches nothing outside the model and its packages.',
      from: { path: '^src/model/' },
      to: { path: '^src/(state|ui|worker|embed|cli)/|^src/[^/]+$' },
    },
    {
      name: 'model-through-its-faces',
      severity: 'error',
      comment:
        "Outside the model, code imports a model folder's index.ts (its public face), never a file behind it.",
      from: { path: '^src/', pathNot: '^src/model/' },
      to: { path: '^src/model/', pathNot: '^src/model/[a-z-]*/?index[.]ts$' },
    },
    {
      name: 'worker-and-cli-have-no-ui',
      severity: 'error',
      comment: 'The worker and the command line reach no state and no interface.',
      from: { path: '^src/(worker|cli)/' },
      to: { path: '^src/(state|ui|embed)/' },
    },
    {
      name: 'state-has-no-ui',
      severity: 'error',
      comment: 'State classes do not reach into components.',
      from: { path: '^src/state/' },
      to: { path: '^src/ui/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte', '.json'] },
    exclude: { path: '\\.d\\.ts$' },
  },
};
