import type { MoveKind } from '../model/types';

/**
 * Everything the explorer keeps in its query string, as plain data. Defaults are left out of the
 * URL so links stay short; parsing ignores what it does not understand rather than failing.
 */
export interface ExplorerQuery {
  catalog: string;
  role: string;
  from: string;
  to: string;
  weighted: boolean;
  promotionsOnly: boolean;
  avoid: string[];
  /** Which path is shown: 0 the best, 1.. the alternatives. */
  alt: number;
  tracks: string[];
  minLevel: number | null;
  maxLevel: number | null;
  kinds: MoveKind[];
  text: string;
  /** "Within N moves of the selected role" (null: off). */
  within: number | null;
  /** "Roles that lead into the selected role". */
  feeders: boolean;
  filterMode: 'hide' | 'fade';
  view: 'graph' | 'list';
  /** Two role ids to compare side by side ([] when off). */
  compare: string[];
  /** Only roles with this competency ('' for all). */
  competency: string;
}

export const DEFAULT_QUERY: ExplorerQuery = {
  catalog: '',
  role: '',
  from: '',
  to: '',
  weighted: false,
  promotionsOnly: false,
  avoid: [],
  alt: 0,
  tracks: [],
  minLevel: null,
  maxLevel: null,
  kinds: [],
  text: '',
  within: null,
  feeders: false,
  filterMode: 'hide',
  view: 'graph',
  compare: [],
  competency: '',
};

/**
 * The query parameters this module reads and writes; any other parameter of the page (e.g.
 * `embed`, `parentOrigin`) belongs to someone else and is carried along untouched.
 */
export const OWNED_PARAMS: ReadonlySet<string> = new Set([
  'catalog',
  'role',
  'from',
  'to',
  'weighted',
  'promotions',
  'avoid',
  'alt',
  'tracks',
  'levels',
  'kinds',
  'q',
  'within',
  'feeders',
  'mode',
  'view',
  'compare',
  'comp',
]);

/** The query fields the "Clear all filters" control resets. */
export const FILTER_KEYS = [
  'tracks',
  'minLevel',
  'maxLevel',
  'kinds',
  'text',
  'within',
  'feeders',
  'competency',
] as const satisfies readonly (keyof ExplorerQuery)[];

/** Fresh default values for the filter fields (new arrays, so state never shares them). */
export function filterDefaults(): Pick<ExplorerQuery, (typeof FILTER_KEYS)[number]> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, structuredClone(DEFAULT_QUERY[k])])) as Pick<
    ExplorerQuery,
    (typeof FILTER_KEYS)[number]
  >;
}

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const int = (v: string | null, min: number, max: number): number | null => {
  if (v === null || !/^\d+$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
};

/**
 * Reads the explorer's state from a query string.
 * @param search - `location.search` or any query string.
 * @returns a complete query, with defaults for what is missing or malformed.
 */
export function parseQuery(search: string | URLSearchParams): ExplorerQuery {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const levels = /^(\d+)?-(\d+)?$/.exec(p.get('levels') ?? '');
  const kinds = list(p.get('kinds')).filter(
    (k): k is MoveKind => k === 'promotion' || k === 'lateral',
  );
  return {
    catalog: p.get('catalog') ?? '',
    role: p.get('role') ?? '',
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    weighted: p.get('weighted') === '1',
    promotionsOnly: p.get('promotions') === '1',
    avoid: list(p.get('avoid')),
    alt: int(p.get('alt'), 0, 3) ?? 0,
    tracks: list(p.get('tracks')),
    minLevel: levels ? int(levels[1] ?? null, 0, 99) : null,
    maxLevel: levels ? int(levels[2] ?? null, 0, 99) : null,
    kinds,
    text: p.get('q') ?? '',
    within: int(p.get('within'), 1, 99),
    feeders: p.get('feeders') === '1',
    filterMode: p.get('mode') === 'fade' ? 'fade' : 'hide',
    view: p.get('view') === 'list' ? 'list' : 'graph',
    compare: ((c) => (c.length === 2 ? c : []))(list(p.get('compare'))),
    competency: p.get('comp') ?? '',
  };
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
  set('alt', q.alt);
  set('tracks', q.tracks.join(','));
  if (q.minLevel !== null || q.maxLevel !== null)
    p.set('levels', `${q.minLevel ?? ''}-${q.maxLevel ?? ''}`);
  set('kinds', q.kinds.join(','));
  set('q', q.text);
  set('within', q.within);
  set('feeders', q.feeders);
  if (q.filterMode === 'fade') p.set('mode', 'fade');
  if (q.view === 'list') p.set('view', 'list');
  if (q.compare.length === 2) p.set('compare', q.compare.join(','));
  set('comp', q.competency);
  if (keep) for (const [k, v] of keep) if (!p.has(k)) p.set(k, v);
  return p;
}
