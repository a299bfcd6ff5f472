import type { CareerGraph, MoveKind } from '../model/graph';
import type { RoleCompetency } from '../model/competencies';
import { feedersOf, reachFrom, type RoleFilter } from '../model/query';
import { int, list, WITHIN } from './query-values';
import type { ExplorerQuery } from './query';

/**
 * Every filter of the explorer, declared once: its query field, its URL parameter, its default,
 * how it is read from and written to the URL, and how it narrows the lattice. The URL code,
 * "Clear all filters", `filtersActive` and the filtered view all derive from this table. Adding a
 * filter takes three files: an entry here, its field in `ExplorerQuery` (`query.ts`) and its
 * control in `src/ui/Filters.svelte`; a fourth, `src/model/query/filters.ts`, only when it reads a
 * role attribute `RoleFilter` does not know yet. "Clear all filters" also resets the fields of
 * `CLEARED_WITH_FILTERS` (below), which show filtered-out roles rather than narrow the lattice.
 *
 * How each narrows:
 * - `role`: by the role's own attributes (its track, level, words), through the model's
 *   `applyFilter` (`src/model/query/filters.ts`);
 * - `move`: by the move's attributes (its kind, its strength), through the same;
 * - `scope`: by the role's place in the graph (within N moves of the selected role, the roles
 *   that lead into it, the roles with a competency): a set of roles, intersected with the others.
 */

/** What a scope filter looks at besides its own value. */
export interface ScopeContext {
  graph: CareerGraph;
  /** The selected role's id, or ''. */
  selected: string;
  /** Every role's competencies, once loaded (null before). */
  competencies: ReadonlyMap<string, RoleCompetency[]> | null;
}

interface Base<K extends keyof ExplorerQuery> {
  key: K;
  /** The URL parameter that carries it. */
  param: string;
  /** A fresh default value (arrays are new each time, so state never shares them). */
  initial: () => ExplorerQuery[K];
  parse: (p: URLSearchParams) => ExplorerQuery[K];
  /** Writes a value that is not the default. */
  write: (v: ExplorerQuery[K], p: URLSearchParams) => void;
}
type RoleDef<K extends keyof ExplorerQuery> = Base<K> & {
  narrows: 'role' | 'move';
  toRoleFilter: (v: ExplorerQuery[K]) => RoleFilter;
};
type ScopeDef<K extends keyof ExplorerQuery> = Base<K> & {
  narrows: 'scope';
  scope: (v: ExplorerQuery[K], ctx: ScopeContext) => Set<string> | null;
};
export type FilterDef<K extends keyof ExplorerQuery = keyof ExplorerQuery> =
  RoleDef<K> | ScopeDef<K>;

const setIf = (p: URLSearchParams, k: string, v: string) => {
  if (v) p.set(k, v);
};

/** A filter that is on or off, on as `<param>=1` in the URL. */
const flag = (param: string) => ({
  param,
  initial: () => false,
  parse: (p: URLSearchParams) => p.get(param) === '1',
  write: (v: boolean, p: URLSearchParams) => setIf(p, param, v ? '1' : ''),
});

/** Declares one filter with its own key's types. */
const def = <K extends keyof ExplorerQuery>(d: FilterDef<K>) => d as unknown as FilterDef;

export const FILTERS: readonly FilterDef[] = [
  def({
    key: 'text',
    param: 'q',
    initial: () => '',
    parse: (p) => p.get('q') ?? '',
    write: (v, p) => setIf(p, 'q', v),
    narrows: 'role',
    toRoleFilter: (v) => ({ text: v }),
  }),
  def({
    key: 'tracks',
    param: 'tracks',
    initial: () => [],
    parse: (p) => list(p.get('tracks')),
    write: (v, p) => setIf(p, 'tracks', v.join(',')),
    narrows: 'role',
    toRoleFilter: (v) => ({ tracks: v }),
  }),
  def({
    key: 'levels',
    param: 'levels',
    initial: () => [null, null],
    parse: (p) => {
      const m = /^(\d+)?-(\d+)?$/.exec(p.get('levels') ?? '');
      return m ? [int(m[1] ?? null, 0, 99), int(m[2] ?? null, 0, 99)] : [null, null];
    },
    write: ([min, max], p) => {
      if (min !== null || max !== null) p.set('levels', `${min ?? ''}-${max ?? ''}`);
    },
    narrows: 'role',
    toRoleFilter: ([min, max]) => ({ minLevel: min ?? undefined, maxLevel: max ?? undefined }),
  }),
  def({
    key: 'kinds',
    param: 'kinds',
    initial: () => [],
    parse: (p) =>
      list(p.get('kinds')).filter((k): k is MoveKind => k === 'promotion' || k === 'lateral'),
    write: (v, p) => setIf(p, 'kinds', v.join(',')),
    narrows: 'move',
    toRoleFilter: (v) => ({ kinds: v }),
  }),
  def({
    key: 'hideWeak',
    ...flag('hideweak'),
    narrows: 'move',
    toRoleFilter: (v) => ({ hideWeak: v }),
  }),
  def({
    key: 'competency',
    param: 'comp',
    initial: () => '',
    parse: (p) => p.get('comp') ?? '',
    write: (v, p) => setIf(p, 'comp', v),
    narrows: 'scope',
    scope: (v, { competencies }) =>
      v && competencies
        ? new Set([...competencies].filter(([, l]) => l.some((c) => c.id === v)).map(([id]) => id))
        : null,
  }),
  def({
    key: 'within',
    param: 'within',
    initial: () => null,
    parse: (p) => int(p.get('within'), WITHIN.min, WITHIN.max),
    write: (v, p) => setIf(p, 'within', v === null ? '' : String(v)),
    narrows: 'scope',
    scope: (v, { graph, selected }) =>
      v !== null && selected && graph.hasNode(selected)
        ? new Set([selected, ...reachFrom(graph, selected, v).map((r) => r.id)])
        : null,
  }),
  def({
    key: 'feeders',
    ...flag('feeders'),
    narrows: 'scope',
    scope: (v, { graph, selected }) =>
      v && selected && graph.hasNode(selected)
        ? new Set([selected, ...feedersOf(graph, selected).map((r) => r.id)])
        : null,
  }),
];

/** The query fields the filters own. */
export type FilterKey =
  'text' | 'tracks' | 'levels' | 'kinds' | 'hideWeak' | 'competency' | 'within' | 'feeders';

/** The query fields the filters own (what "Clear all filters" resets). */
export const FILTER_KEYS = FILTERS.map((f) => f.key) as FilterKey[];

/**
 * Query fields that are not filters but belong with them in the filter panel: "Clear all
 * filters" resets them too, to the query's own defaults (`DEFAULT_QUERY` in `url.ts`).
 * `filterMode`: whether filtered-out roles are hidden or faded.
 */
export const CLEARED_WITH_FILTERS = [
  'filterMode',
] as const satisfies readonly (keyof ExplorerQuery)[];

/** Fresh default values of every filter field. */
export function filterDefaults(): Pick<ExplorerQuery, FilterKey> {
  return Object.fromEntries(FILTERS.map((f) => [f.key, f.initial()])) as Pick<
    ExplorerQuery,
    FilterKey
  >;
}

/** True when a filter's value differs from its default. */
export function filterActive(f: FilterDef, q: ExplorerQuery): boolean {
  return JSON.stringify(q[f.key]) !== JSON.stringify(f.initial());
}

/**
 * The attribute filters of a query, as the model's `applyFilter` takes them.
 * @param q - the query.
 * @returns the role and move filters, merged.
 */
export function roleFilterOf(q: ExplorerQuery): RoleFilter {
  const out: RoleFilter = {};
  for (const f of FILTERS)
    if (f.narrows !== 'scope') Object.assign(out, f.toRoleFilter(q[f.key] as never));
  return out;
}

/**
 * The roles the scope filters allow (their intersection), or null when none is on.
 * @param q - the query.
 * @param ctx - the graph, the selected role and the competencies.
 * @returns the roles allowed, or null.
 */
export function scopeOf(q: ExplorerQuery, ctx: ScopeContext): Set<string> | null {
  const sets: Set<string>[] = [];
  for (const f of FILTERS) {
    if (f.narrows !== 'scope') continue;
    const s: Set<string> | null = f.scope(q[f.key] as never, ctx);
    if (s) sets.push(s);
  }
  const [first, ...rest] = sets;
  if (!first) return null;
  return new Set([...first].filter((id) => rest.every((s) => s.has(id))));
}
