import { PATH_ORDERS } from '../model/query';
import { FILTERS, filterActive, filterDefaults } from './filters';
import type { ExplorerQuery } from './query';
import { int, list, MAX_ALTERNATIVES } from './query-values';

export type { ExplorerQuery } from './query';

/** The query of a page opened with no parameters (filters: their declared defaults). */
export const DEFAULT_QUERY: ExplorerQuery = {
  catalog: '',
  role: '',
  from: '',
  to: '',
  weighted: false,
  promotionsOnly: false,
  avoid: [],
  by: '',
  alt: 0,
  filterMode: 'hide',
  view: 'graph',
  compare: [],
  ...filterDefaults(),
};

/** The parameters of the query that are not filters (those are declared in `filters.ts`). */
const OWN = [
  'catalog',
  'role',
  'from',
  'to',
  'weighted',
  'promotions',
  'avoid',
  'by',
  'alt',
  'mode',
  'view',
  'compare',
] as const;

/**
 * The query parameters this module reads and writes; any other parameter of the page (e.g.
 * `embed`, `parentOrigin`) belongs to someone else and is carried along untouched.
 */
export const OWNED_PARAMS: ReadonlySet<string> = new Set([...OWN, ...FILTERS.map((f) => f.param)]);

export { filterDefaults };

/**
 * Reads the explorer's state from a query string.
 * @param search - `location.search` or any query string.
 * @returns a complete query, with defaults for what is missing or malformed.
 */
export function parseQuery(search: string | URLSearchParams): ExplorerQuery {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q: ExplorerQuery = {
    ...DEFAULT_QUERY,
    catalog: p.get('catalog') ?? '',
    role: p.get('role') ?? '',
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    weighted: p.get('weighted') === '1',
    promotionsOnly: p.get('promotions') === '1',
    avoid: list(p.get('avoid')),
    by: PATH_ORDERS.find((o) => o === p.get('by')) ?? '',
    alt: int(p.get('alt'), 0, MAX_ALTERNATIVES) ?? 0,
    filterMode: p.get('mode') === 'fade' ? 'fade' : 'hide',
    view: p.get('view') === 'list' ? 'list' : 'graph',
    compare: ((c) => (c.length === 2 ? c : []))(list(p.get('compare'))),
  };
  for (const f of FILTERS) Object.assign(q, { [f.key]: f.parse(p) });
  return q;
}

/**
 * Writes the explorer's state as query parameters, leaving defaults out.
 * @param q - the state.
 * @param keep - parameters of the page to carry over unchanged (e.g. `embed`).
 * @returns the parameters, in a stable order.
 */
export function toSearchParams(q: ExplorerQuery, keep?: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams();
  const set = (k: string, v: string | number | null | boolean) => {
    if (v === null || v === '' || v === false || v === 0) return;
    p.set(k, v === true ? '1' : String(v));
  };
  set('catalog', q.catalog);
  set('role', q.role);
  set('from', q.from);
  set('to', q.to);
  set('weighted', q.weighted);
  set('promotions', q.promotionsOnly);
  set('avoid', q.avoid.join(','));
  set('by', q.by);
  set('alt', q.alt);
  for (const f of FILTERS) if (filterActive(f, q)) f.write(q[f.key] as never, p);
  if (q.filterMode === 'fade') p.set('mode', 'fade');
  if (q.view === 'list') p.set('view', 'list');
  if (q.compare.length === 2) p.set('compare', q.compare.join(','));
  if (keep) for (const [k, v] of keep) if (!p.has(k)) p.set(k, v);
  return p;
}
