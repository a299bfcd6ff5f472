import type Graph from 'graphology';
import type { MoveEdge, RoleNode } from './types';

/*
 * The career graph's type and its graph-level attributes: what every part of the model reads,
 * declared apart from the builder so that reading a graph does not depend on building one.
 */

/** A track found in a catalog. */
export interface TrackInfo {
  id: string;
  label: string;
  color: string;
  /** Why the track exists (its head word, or the overlay's reason). */
  reason: string;
}

/** Graph attributes: the tracks found, lowest first (ids, labels, colours and why). */
export interface CareerGraphAttributes {
  [key: string]: unknown;
  tracks?: TrackInfo[];
  /** Competency packs the catalog's overlay names (only set when it names some). */
  packs?: string[];
}

/** The career graph: directed, one edge per move (a lateral move is two edges, one each way). */
export type CareerGraph = Graph<RoleNode, MoveEdge, CareerGraphAttributes>;
