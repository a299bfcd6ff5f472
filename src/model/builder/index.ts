/**
 * Building the graph from parsed roles under a career model: ranks on one scale, tracks,
 * promotions and lateral moves with their reasons, in phases so a large catalog can draw early.
 * Callers outside the model go through `load/`, which parses, builds and checks in one call.
 * Named `builder/`, not `build/`: tools and ignore-file templates take a `build/` folder for
 * generated output, and one structure tool left it out of its picture of the code.
 */
export * from './build-graph';
