/**
 * Building the graph from parsed roles under a career model: ranks on one scale, tracks,
 * promotions and lateral moves with their reasons, in phases so a large catalog can draw early.
 * Callers outside the model go through `load/`, which parses, builds and checks in one call.
 */
export * from './build-graph';
