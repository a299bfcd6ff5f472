/**
 * Loaded at build time only (by the `virtual:seed-canvas` and `virtual:seed-graph` plugin in
 * vite.config.ts): the bundled catalog, loaded once by the same pipeline, model and overlay the app
 * uses. The page reads the result instead of building the catalog again: its lattice as canvas
 * elements for the first paint, and the checked graph itself for the app.
 */
import seedText from '../../../data/role-blueprints.txt?raw';
import { defaultModel, seedOverlay } from '../../model/career';
import { loadCatalog } from '../../model/load';
import { latticeElements } from './lattice-elements';

const loaded = loadCatalog(
  { text: seedText, file: 'role-blueprints.txt', format: 'text', overlay: seedOverlay },
  { model: defaultModel },
);

/** @public Read by the `virtual:seed-canvas` plugin in vite.config.ts, at build time. */
export const elements = latticeElements(loaded.graph);

/** @public Read by the `virtual:seed-graph` plugin in vite.config.ts, at build time. */
export const seed = {
  format: loaded.format,
  graph: loaded.graph.export(),
  diagnostics: loaded.diagnostics,
  findings: loaded.findings,
};
