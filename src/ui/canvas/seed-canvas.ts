/**
 * Loaded at build time only (by the `virtual:seed-canvas` plugin in vite.config.ts): the bundled
 * catalog's lattice elements, from the same catalog, model and functions the app uses.
 */
import seedText from '../../../data/role-blueprints.txt?raw';
import { defaultModel } from '../../model/career/default-model';
import { seedOverlay } from '../../model/career/default-overlay';
import { loadCatalog } from '../../model/load/load';
import { latticeElements } from './lattice-elements';

/** @public Read by the `virtual:seed-canvas` plugin in vite.config.ts, at build time. */
export const elements = latticeElements(
  loadCatalog(seedText, defaultModel, 'role-blueprints.txt', 'text', seedOverlay).graph,
);
