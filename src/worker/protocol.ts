import type { SerializedGraph } from 'graphology-types';
import type { Diagnostic } from '../model/diagnostics';
import type { Progress } from '../model/loaded';
import type { PathOptions, PathResult } from '../model/paths';
import type { CatalogFormat, MoveEdge, RoleNode } from '../model/types';
import type { GraphFormat } from '../model/export';
import type { CatalogFacts } from '../model/facts';
import type { FocusSpec } from '../model/views';

/** Catalogs up to this many roles are handed to the page whole and drawn whole. */
export const WHOLE_GRAPH_LIMIT = 2000;
/** The most roles a focus view hands to the canvas. */
export const FOCUS_CAP = 600;

/** One entry of the role index the page keeps for search (all roles, even when large). */
export interface IndexEntry {
  id: string;
  title: string;
  track: string;
  rank: number;
}

export type WorkerRequest =
  | {
      type: 'load';
      text?: string;
      url?: string;
      name: string;
      format?: CatalogFormat;
      /** Origins a fetched catalog may come from after redirects (besides the URL's own). */
      allowedOrigins?: string[];
    }
  | { type: 'export'; format: GraphFormat | 'csv' }
  | { type: 'view'; spec: FocusSpec; include: string[] }
  | { type: 'path'; from: string; to: string; options: PathOptions };

export interface LoadResult {
  total: number;
  moves: number;
  diagnostics: Diagnostic[];
  /** The whole graph, when it is small enough to draw whole. */
  whole: SerializedGraph<RoleNode, MoveEdge> | null;
  /** Every role, for search; empty when `whole` is given. */
  index: IndexEntry[];
  /** Which role facts the whole catalog states (a focus view may hold none of them). */
  facts: CatalogFacts;
}

export interface ViewResult {
  graph: SerializedGraph<RoleNode, MoveEdge>;
  truncated: boolean;
  wanted: number;
}

export type ExportResult = string | { roles: string; moves: string };

export type { Progress } from '../model/loaded';

export type WorkerResponse =
  | { id: number; ok: true; result: LoadResult | ViewResult | PathResult | ExportResult }
  | { id: number; ok: false; error: string; diagnostics?: Diagnostic[] }
  | { id: number; progress: Progress };
