import type { SerializedGraph } from 'graphology-types';
import type { CatalogFormat, Diagnostic, MoveEdge, RoleNode } from '../model/graph';
import type { OverlayFile, Progress as ModelProgress } from '../model/load';
import type { CatalogFacts, FocusSpec, PathOptions, PathResult } from '../model/query';
import type { ExportId } from '../model/export';
import type { CatalogLevel, Overlay } from '../model/career';

/** One entry of the role index the page keeps for search (all roles, even when large). */
export interface IndexEntry {
  id: string;
  title: string;
  track: string;
  rank: number;
}

/** A focus view: which roles (`focusNodes`), and the roles it must hold (path, selection). */
export interface ViewRequest {
  spec: FocusSpec;
  include: string[];
}

/** Tells two view requests apart (the same key: the same view). */
export const viewKey = (v: ViewRequest): string => JSON.stringify(v);

export type WorkerRequest =
  | {
      type: 'load';
      text?: string;
      url?: string;
      name: string;
      format?: CatalogFormat;
      /** The catalog's overlay (its `<catalog>.model.json`, already read), if it has one. */
      overlay?: Overlay;
      /**
       * The catalog's overlay as a file, read in the worker (one stored with an import, or
       * named by the element); a URL's sibling `<catalog>.model.json` is fetched when neither
       * is given.
       */
      overlayFile?: OverlayFile;
      /** Origins a fetched catalog may come from after redirects (besides the URL's own). */
      allowedOrigins?: string[];
      /** The page's own URL, for messages that say what to configure where. */
      page?: string;
      /**
       * The focus view the page will show first, if the catalog is large: the preview and the
       * result carry it, so the page needs no second round trip to draw.
       */
      view?: ViewRequest;
    }
  | { type: 'export'; format: ExportId }
  /** The catalog as a published framework, in a catalog format (`publishFramework`). */
  | { type: 'publish'; format: CatalogFormat }
  | ({ type: 'view' } & ViewRequest)
  | { type: 'path'; from: string; to: string; options: PathOptions };

/**
 * What the page posts to the worker: a request, or the cancellation of a request it no longer
 * wants (a load that another one superseded).
 */
export type PageMessage = { id: number; req: WorkerRequest } | { id: number; cancel: true };

export interface LoadResult {
  /** The catalog's format (what its file name or content said). */
  format: CatalogFormat;
  total: number;
  moves: number;
  /** The catalog's warnings and findings, at most the first `MAX_LISTED_DIAGNOSTICS`. */
  diagnostics: Diagnostic[];
  /** How many warnings and findings the catalog has, listed or not. */
  problems: number;
  /** The whole graph, when it is small enough to draw whole. */
  whole: SerializedGraph<RoleNode, MoveEdge> | null;
  /**
   * Every role, for search, sorted by title; empty when `whole` is given, and in the preview and
   * the result of a load that sent it on its own after the preview (see `WorkerResponse`).
   */
  index: IndexEntry[];
  /** Which role facts the whole catalog states (a focus view may hold none of them). */
  facts: CatalogFacts;
  /** The levels the whole catalog's roles use (a focus view may hold some of them). */
  levels: CatalogLevel[];
  /** The focus view the load request asked for, when the catalog is large. */
  view?: ViewResult;
}

export interface ViewResult {
  graph: SerializedGraph<RoleNode, MoveEdge>;
  truncated: boolean;
  wanted: number;
}

/** A file's text in a registered format. */
export type ExportResult = string;

/**
 * How far a load has come, as data: what is being done and its figures. The page writes the words
 * in its own language (`src/state/catalog/progress.ts`); the worker has none.
 */
export type LoadProgress = Pick<ModelProgress, 'stage' | 'fraction'> &
  (
    | { step: 'loading' | 'downloading'; name: string }
    | { step: 'reading' }
    | { step: 'building' | 'checking' | 'indexing'; roles: number }
  );

/**
 * A load's progress as the worker posts it: its own steps as data, the model's as the model
 * reports them (data beside an English sentence), which {@link progressData} makes one.
 */
export type Progress = LoadProgress | ModelProgress;

/**
 * A load's progress as data, whichever way it was reported: the model's progress carries its
 * step and figures beside its English sentence (the command line's), which the page does not read.
 * @param p - the progress.
 * @returns it as data.
 */
export function progressData(p: Progress): LoadProgress {
  if (!('message' in p)) return p;
  const at = { stage: p.stage, fraction: p.fraction };
  return p.step === 'reading'
    ? { ...at, step: 'reading' }
    : { ...at, step: p.step, roles: p.roles ?? 0 };
}

export type WorkerResponse =
  | { id: number; ok: true; result: LoadResult | ViewResult | PathResult | ExportResult }
  | { id: number; ok: false; error: string; diagnostics?: Diagnostic[] }
  | { id: number; progress: Progress }
  /**
   * A large catalog's first view, before the build's second phase (the moves between families
   * with similar work) and the checks: every role and its place are final, some moves are not
   * there yet and the diagnostics hold no findings. The load's result follows.
   */
  | { id: number; preview: LoadResult }
  /** Then, still before the result, the large catalog's role index (the preview's is empty). */
  | { id: number; index: IndexEntry[] };
