import overlayJson from '../../../data/role-blueprints.model.json';
import { readOverlay, type Overlay } from './overlay';

/** The bundled catalog's overlay, `data/role-blueprints.model.json`, validated once. */
export const seedOverlay: Overlay = readOverlay(overlayJson, 'data/role-blueprints.model.json');
