/**
 * Questions asked of a built graph: shortest paths and their orders, what is reachable and what
 * feeds a role, filters, focus views of a large graph, role search, and which facts a catalog
 * states. Pure functions of a graph; the UI and the worker call them, nothing here draws.
 */
export { catalogFacts, type CatalogFacts } from './catalog-facts';
export * from './filters';
export {
  PATH_ORDERS,
  pathFigures,
  pathOrderProblem,
  type PathFigure,
  type PathOrder,
  type PathOrderIssue,
} from './path-orders';
export * from './paths';
export * from './reach';
export { matchRoles, type RoleOption } from './search';
export { focusNodes, subgraphExport, type FocusSpec } from './views';
