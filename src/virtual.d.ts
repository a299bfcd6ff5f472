/** The bundled catalog's lattice as canvas elements, computed at build time (vite.config.ts). */
declare module 'virtual:seed-canvas' {
  import type { ElementDefinition } from 'cytoscape';
  const elements: ElementDefinition[];
  export default elements;
}
