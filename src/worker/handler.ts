import type { CareerGraph } from '../model/build-graph';
import type { CareerModel } from '../model/career-model';
import { CatalogError } from '../model/diagnostics';
import { loadCatalog } from '../model/load';
import { findPath, type PathResult } from '../model/paths';
import { focusNodes, subgraphExport } from '../model/views';
import { exportCSV, exportGraphAs } from '../model/export';
import { catalogFacts } from '../model/facts';
import type { CatalogFormat } from '../model/types';
import {
  FOCUS_CAP,
  WHOLE_GRAPH_LIMIT,
  type ExportResult,
  type LoadResult,
  type Progress,
  type ViewResult,
  type WorkerRequest,
} from './protocol';

const collator = new Intl.Collator('en');

/**
 * The catalog engine behind the worker: it keeps the whole graph and answers the page's
 * questions. Plain functions so tests run it in Node without a worker.
 */
export class CatalogEngine {
  private graph: CareerGraph | null = null;

  constructor(private model: CareerModel) {}

  /**
   * Handles one request.
   * @param req - the request.
   * @param progress - receives progress while loading.
   * @returns the answer.
   * @throws CatalogError when a catalog cannot be read; Error for a request before a load.
   */
  handle(
    req: WorkerRequest,
    progress: (p: Progress) => void = () => {},
  ): LoadResult | ViewResult | PathResult | ExportResult {
    if (req.type === 'load') return this.load(req.text ?? '', req.name, progress, req.format);
    const g = this.graph;
    if (!g) throw new Error('career-path-explorer worker: no catalog loaded');
    if (req.type === 'path') return findPath(g, req.from, req.to, req.options);
    if (req.type === 'export') {
      if (req.format === 'csv') return exportCSV(g);
      return exportGraphAs(g, req.format);
    }
    const focus = focusNodes(g, req.spec, FOCUS_CAP, req.include);
    return {
      graph: subgraphExport(g, focus.nodes),
      truncated: focus.truncated,
      wanted: focus.wanted,
    };
  }

  private load(
    text: string,
    name: string,
    progress: (p: Progress) => void,
    format?: CatalogFormat,
  ): LoadResult {
    const loaded = loadCatalog(text, this.model, name, format, undefined, progress);
    this.graph = loaded.graph;
    const g = loaded.graph;
    progress({
      stage: 'indexing',
      fraction: 0.9,
      message: `Indexing ${g.order.toLocaleString('en-US')} roles…`,
    });
    // The page lists the catalog's warnings and the graph's findings together.
    const diagnostics = [...loaded.diagnostics, ...loaded.findings].sort((a, b) => a.line - b.line);
    const small = g.order <= WHOLE_GRAPH_LIMIT;
    return {
      total: g.order,
      moves: g.size,
      diagnostics,
      whole: small ? g.export() : null,
      facts: catalogFacts(g),
      // Sorted here, off the page's thread: sorting 20,000 titles took the page ~0.3 s.
      index: small
        ? []
        : g
            .mapNodes((id, a) => ({ id, title: a.title, track: a.track, rank: a.rank }))
            .sort((a, b) => collator.compare(a.title, b.title)),
    };
  }
}

export { CatalogError };
