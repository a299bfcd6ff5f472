/** The bundled catalog's lattice as canvas elements, computed at build time (vite.config.ts). */
declare module 'virtual:seed-canvas' {
  import type { ElementDefinition } from 'cytoscape';
  const elements: ElementDefinition[];
  export default elements;
}

/** The bundled catalog, loaded and checked at build time (vite.config.ts). */
declare module 'virtual:seed-graph' {
  import type { SerializedGraph } from 'graphology-types';
  import type {
    CareerGraphAttributes,
    CatalogFormat,
    Diagnostic,
    MoveEdge,
    RoleNode,
  } from './model/graph';
  const seed: {
    format: CatalogFormat;
    graph: SerializedGraph<RoleNode, MoveEdge, CareerGraphAttributes>;
    diagnostics: Diagnostic[];
    findings: Diagnostic[];
  };
  export default seed;
}
