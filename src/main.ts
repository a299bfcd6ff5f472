import './ui/page.css';
import './ui/theme.css';
import { predrawSeed } from './ui/canvas/predraw';

const target = document.getElementById('app');
if (!target) throw new Error('career-path-explorer: no #app element');

// The bundled catalog's lattice is drawn first, from elements computed at build time; the app
// (Svelte, the model, the tools) loads once that frame is on screen and takes the canvas over.
const predrawn = predrawSeed(target);
const start = () => void import('./app').then(({ startApp }) => startApp(target, predrawn));
if (predrawn) predrawn.adapter.onFirstRender(start);
else start();
