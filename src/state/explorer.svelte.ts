import seedText from '../../data/role-blueprints.txt?raw';
import { allowedCatalogOrigins, checkCatalogUrl } from '../config';
import type { CareerModel } from '../model/career-model';
import { CatalogError, formatDiagnostic } from '../model/diagnostics';
import { applyFilter, type FilteredView, type RoleFilter } from '../model/filters';
import { latticeLayout, type Lattice } from '../model/layout';
import { loadCatalog, type LoadedCatalog } from '../model/load';
import { findPath, resolveRole, type CareerPath, type PathResult } from '../model/paths';
import { feedersOf, reachFrom } from '../model/reach';
import type { MoveEdge, RoleNode } from '../model/types';
import { DEFAULT_QUERY, parseQuery, toSearchParams, type ExplorerQuery } from './url';

export const SEED_NAME = 'role-blueprints.txt';
/** How many alternatives are offered besides the best path. */
export const MAX_ALTERNATIVES = 3;

export interface RoleOption {
  id: string;
  title: string;
}

/**
 * Roles matching what a person typed, best first: the exact title, then titles starting with the
 * text, then titles containing every word (earlier matches first), alphabetical within each.
 * @param options - the roles.
 * @param text - what was typed.
 * @returns the matching roles.
 */
export function rankRoles(options: readonly RoleOption[], text: string): RoleOption[] {
  const t = text.trim().toLowerCase();
  const words = t.split(/\s+/).filter(Boolean);
  if (!words.length) return [...options];
  const scored: { o: RoleOption; score: number }[] = [];
  for (const o of options) {
    const title = o.title.toLowerCase();
    if (!words.every((w) => title.includes(w))) continue;
    const score = title === t ? 0 : title.startsWith(t) ? 1 : 2 + title.indexOf(words[0]!) / 1000;
    scored.push({ o, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.o);
}

/**
 * The explorer's state: inputs (the catalog, the query string state, hover) in, `$derived`
 * answers (path, filtered view, layout) out. Components read it and call its methods; the
 * algorithms stay in src/model.
 */
export class Explorer {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  /** Message shown when loading or parsing failed (lines `file:line: message`). */
  error = $state('');
  catalogName = $state(SEED_NAME);
  loaded = $state.raw<LoadedCatalog | null>(null);
  q = $state<ExplorerQuery>({ ...DEFAULT_QUERY });
  /** Role under the pointer or keyboard focus, highlighted with its moves. */
  hovered = $state<string | null>(null);
  /** Text for the aria-live region. */
  announcement = $state('');
  /** Bumped to ask the canvas to center on the selected role. */
  focusRequest = $state(0);

  graph = $derived(this.loaded?.graph ?? null);
  roles: RoleOption[] = $derived.by(() => {
    const g = this.graph;
    if (!g) return [];
    return g
      .mapNodes((id, a) => ({ id, title: a.title }))
      .sort((a, b) => a.title.localeCompare(b.title));
  });
  lattice: Lattice | null = $derived.by(() =>
    this.graph ? latticeLayout(this.graph, this.model) : null,
  );

  pathResult: PathResult | null = $derived.by(() => {
    const g = this.graph;
    const { from, to } = this.q;
    if (!g || !from || !to) return null;
    return findPath(g, from, to, {
      weighted: this.q.weighted,
      promotionsOnly: this.q.promotionsOnly,
      avoid: this.q.avoid.filter((a) => g.hasNode(a)),
      alternatives: MAX_ALTERNATIVES,
    });
  });
  paths: CareerPath[] = $derived(
    this.pathResult?.found ? [this.pathResult, ...this.pathResult.alternatives] : [],
  );
  activePath: CareerPath | null = $derived(
    this.paths[Math.min(this.q.alt, this.paths.length - 1)] ?? null,
  );

  filter: RoleFilter = $derived({
    tracks: this.q.tracks,
    minLevel: this.q.minLevel ?? undefined,
    maxLevel: this.q.maxLevel ?? undefined,
    kinds: this.q.kinds,
    text: this.q.text,
  });
  /** Roles allowed by the "within N moves" and "feeders" tools, or null when neither is on. */
  scope: Set<string> | null = $derived.by(() => {
    const g = this.graph;
    const sel = this.q.role;
    if (!g || !sel || !g.hasNode(sel) || (this.q.within === null && !this.q.feeders)) return null;
    let set: Set<string> | null = null;
    if (this.q.within !== null)
      set = new Set([sel, ...reachFrom(g, sel, this.q.within).map((r) => r.id)]);
    if (this.q.feeders) {
      const f = new Set([sel, ...feedersOf(g, sel).map((r) => r.id)]);
      set = set ? new Set([...set].filter((x) => f.has(x))) : f;
    }
    return set;
  });
  view: FilteredView = $derived(
    this.graph
      ? applyFilter(this.graph, this.filter, this.scope ?? undefined)
      : { roles: new Set(), moves: new Set() },
  );
  filtersActive = $derived(
    this.q.tracks.length > 0 ||
      this.q.minLevel !== null ||
      this.q.maxLevel !== null ||
      this.q.kinds.length > 0 ||
      this.q.text.trim() !== '' ||
      this.scope !== null,
  );

  constructor(readonly model: CareerModel) {}

  role(id: string | null | undefined): RoleNode | null {
    const g = this.graph;
    return id && g?.hasNode(id) ? g.getNodeAttributes(id) : null;
  }

  /** A role id for an id or an exact title (case-insensitive); the input itself when unknown. */
  resolve(name: string): string {
    const g = this.graph;
    return (g && resolveRole(g, name)) || name;
  }

  title(id: string): string {
    return this.role(id)?.title ?? id;
  }

  movesOut(id: string): { id: string; move: MoveEdge }[] {
    const g = this.graph;
    if (!g?.hasNode(id)) return [];
    return g.mapOutEdges(id, (_e, move, _s, t) => ({ id: t, move }));
  }

  movesIn(id: string): { id: string; move: MoveEdge }[] {
    const g = this.graph;
    if (!g?.hasNode(id)) return [];
    return g.mapInEdges(id, (_e, move, s) => ({ id: s, move }));
  }

  /** Replaces the whole query state (from the URL, or a reset). */
  setQuery(q: ExplorerQuery): void {
    this.q = q;
  }

  select(id: string | null, center = true): void {
    this.q.role = id ?? '';
    if (id && center) this.focusRequest++;
    if (id) this.announce(`Selected ${this.title(id)}.`);
  }

  setPath(from: string, to: string): void {
    this.q.from = from;
    this.q.to = to;
    this.q.alt = 0;
    this.announcePath();
  }

  swap(): void {
    this.setPath(this.q.to, this.q.from);
  }

  chooseAlternative(i: number): void {
    this.q.alt = i;
    this.announcePath();
  }

  clearFilters(): void {
    Object.assign(this.q, {
      tracks: [],
      minLevel: null,
      maxLevel: null,
      kinds: [],
      text: '',
      within: null,
      feeders: false,
    });
  }

  announce(text: string): void {
    // Re-setting the same text would not be read again; a trailing space forces a change.
    this.announcement = this.announcement === text ? text + ' ' : text;
  }

  announcePath(): void {
    const r = this.pathResult;
    if (!r) return;
    if (!r.found) {
      this.announce(r.message.charAt(0).toUpperCase() + r.message.slice(1) + '.');
      return;
    }
    const p = this.activePath ?? r;
    const n = p.path.length - 1;
    const which = this.q.alt > 0 ? `Alternative ${this.q.alt}: ` : '';
    this.announce(
      `${which}Path from ${this.title(p.path[0]!)} to ${this.title(p.path[n]!)}: ${n} move${n === 1 ? '' : 's'}, through ${p.path.map((id) => this.title(id)).join(', ')}.`,
    );
  }

  /**
   * Loads the bundled seed catalog, or the catalog at `url` (same origin or an allowed origin).
   * A failed load keeps the previous catalog, if there was one.
   */
  async load(
    url: string,
    fetchImpl: typeof fetch = fetch,
    base = globalThis.location?.href,
  ): Promise<void> {
    this.status = 'loading';
    this.error = '';
    let text = seedText;
    let name = SEED_NAME;
    if (url) {
      const checked = checkCatalogUrl(url, base ?? 'http://localhost/', allowedCatalogOrigins());
      if (!checked.ok) return this.fail(checked.message);
      name = decodeURIComponent(new URL(checked.url).pathname.split('/').pop() || 'catalog');
      try {
        const res = await fetchImpl(checked.url, { credentials: 'same-origin' });
        if (!res.ok) return this.fail(`Could not load the catalog ${name}: HTTP ${res.status}.`);
        text = await res.text();
      } catch (e) {
        return this.fail(`Could not load the catalog ${name}: ${(e as Error).message}.`);
      }
    }
    try {
      this.loaded = loadCatalog(text, this.model, name);
      this.catalogName = name;
      this.status = 'ready';
    } catch (e) {
      if (e instanceof CatalogError)
        return this.fail(
          `The catalog ${name} could not be read:\n` +
            e.diagnostics
              .filter((d) => d.severity === 'error')
              .map((d) => formatDiagnostic(name, d))
              .join('\n'),
        );
      throw e;
    }
  }

  private fail(message: string): void {
    this.error = message;
    this.status = this.loaded ? 'ready' : 'error';
  }
}

export { parseQuery, toSearchParams };
