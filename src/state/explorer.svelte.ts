import type { FocusChoice } from './query';
import type { CareerModel } from '../model/career';
import { type Lattice, latticeLayout, tracksOf } from '../model/present';
import {
  applyFilter,
  type CareerPath,
  catalogFacts,
  type CatalogFacts,
  type FilteredView,
  type PathResult,
  resolveRole,
  type RoleFilter,
  type RoleOption,
} from '../model/query';
import type { MoveEdge, RoleNode, TrackInfo } from '../model/graph';
import type { CatalogBackend } from '../worker/client';
import type { LatticePicture } from './picture';
import type { ViewRequest, ViewResult } from '../worker/protocol';
import { CatalogState, SEED_NAME } from './catalog/catalog.svelte';
import { FrameworkEditor } from './catalog/editor.svelte';
import { CompetencyState } from './competencies.svelte';
import { PlanState } from './plan.svelte';
import { browserStorage } from './local-store';
import {
  CLEARED_WITH_FILTERS,
  FILTERS,
  filterActive,
  filterDefaults,
  roleFilterOf,
  scopeOf,
} from './filters';
import { DEFAULT_QUERY, type ExplorerQuery } from './url';
import { pathInPage, pathKeyOf, pathSentence } from './path-answer';
import { focusRequest, syncWithWorker, type RemoteAlternatives } from './worker-sync.svelte';
import { compareText } from '../i18n/format';
import { m } from '../i18n/paraglide/messages.js';

export { SEED_NAME };
export { matchRoles, type RoleOption } from '../model/query';

/**
 * The explorer's state, composed of smaller states: the catalog shown (`catalog`: loading,
 * import, persistence, the worker), the competencies (`competencies`), and here the question
 * asked (the URL query: path, filters, selection) with its derived answers (path, filtered
 * roles, layout) and what is announced. Components read it and call its methods; the
 * algorithms stay in src/model.
 */
export class Explorer {
  q = $state<ExplorerQuery>({ ...DEFAULT_QUERY });
  /** Role under the pointer or keyboard focus, highlighted with its moves. */
  hovered = $state<string | null>(null);
  /** Text for the aria-live region. */
  announcement = $state('');
  /** Bumped to ask the canvas to center on the selected role. */
  focusRequest = $state(0);
  /** A comparison the user asked for and that has not come into view yet (see Comparison). */
  comparePending = $state(false);
  /** What the focus view shows in large mode. */
  focus = $state<FocusChoice>({
    kind: 'auto',
    radius: 2,
    track: '',
  });
  /** How many roles the current focus wanted, and whether the cap cut it. */
  viewWanted = $state(0);
  viewTruncated = $state(false);
  /**
   * Set by the canvas: renders the lattice for a picture, cropped to what is drawn (to the
   * part the path crosses, given a path).
   */
  renderPicture: ((path: readonly string[]) => Promise<LatticePicture>) | null = null;
  /** Path answered by the worker in large mode. */
  remotePath = $state.raw<PathResult | null>(null);
  /** Alternatives the worker answered for the current question (see `worker-sync`). */
  remoteAlternatives = $state.raw<RemoteAlternatives | null>(null);

  readonly catalog: CatalogState;
  /** Edit mode: an author's corrections of the framework (see `editor.svelte.ts`). */
  readonly editor: FrameworkEditor;
  readonly competencies: CompetencyState;
  /** The user's profile and readiness, saved views and the walkthrough (see `plan.svelte.ts`). */
  readonly plan: PlanState;

  constructor(
    readonly model: CareerModel,
    /** Where catalogs other than the bundled one are parsed and queried; none: in the page. */
    backend: CatalogBackend | null = null,
  ) {
    this.catalog = new CatalogState(model, backend, this);
    this.editor = new FrameworkEditor(this.catalog, (text) => this.announce(text));
    this.competencies = new CompetencyState({
      graph: () => this.graph,
      compare: () => this.q.compare,
      path: () => this.activePath?.path,
    });
    this.plan = new PlanState(this, browserStorage);
  }

  graph = $derived.by(() => this.catalog.graph);
  roles: RoleOption[] = $derived.by(() => {
    // The worker sends the index sorted by title.
    if (this.catalog.large) return this.catalog.index;
    const g = this.graph;
    if (!g) return [];
    return g
      .mapNodes((id, a) => ({ id, title: a.title }))
      .sort((a, b) => compareText(a.title, b.title));
  });
  /** The tracks the graph was built with (labels, colours), lowest first. */
  trackInfo: TrackInfo[] = $derived(tracksOf(this.graph));
  /** Tracks present in the drawn graph: the graph's order first, then any others. */
  tracks: string[] = $derived.by(() => {
    const g = this.graph;
    if (!g) return [];
    const present = new Set(g.mapNodes((_id, a) => a.track));
    const ordered = this.trackInfo.map((t) => t.id);
    return [
      ...ordered.filter((t) => present.has(t)),
      ...[...present].filter((t) => !ordered.includes(t)),
    ];
  });
  titles: Map<string, string> = $derived(new Map(this.roles.map((r) => [r.id, r.title])));
  lattice: Lattice | null = $derived.by(() => (this.graph ? latticeLayout(this.graph) : null));
  /**
   * Which role facts the catalog states (pay, time in role, headcount, move counts): what the
   * path orders and the facts shown are offered for. In large mode, the worker's answer for the
   * whole catalog, not the focus view's.
   */
  facts: CatalogFacts = $derived.by(
    () => (this.catalog.large && this.catalog.wholeFacts) || catalogFacts(this.graph),
  );

  /** The question the path tool asks, as a key: stale answers are recognised by it. */
  pathKey = $derived(pathKeyOf(this.q));

  pathResult: PathResult | null = $derived.by(() => {
    if (this.catalog.large) return this.remotePath;
    const g = this.graph;
    if (!g || !this.q.from || !this.q.to) return null;
    // With the whole graph in the worker, the alternatives are asked of it (see worker-sync).
    const offPage = this.catalog.workerHasGraph && !!this.catalog.backend;
    return pathInPage(g, this.q, offPage, this.remoteAlternatives, this.pathKey);
  });
  paths: CareerPath[] = $derived(
    this.pathResult?.found ? [this.pathResult, ...this.pathResult.alternatives] : [],
  );
  /** Which of `paths` is shown (`q.alt`, within the paths found). */
  activeIndex: number = $derived(Math.min(this.q.alt, this.paths.length - 1));
  activePath: CareerPath | null = $derived(this.paths[this.activeIndex] ?? null);

  /** The attribute filters (by role and by move), as the model's `applyFilter` takes them. */
  filter: RoleFilter = $derived(roleFilterOf(this.q));
  /** Roles the scope filters allow (see `filters.ts`), or null when none is on. */
  scope: Set<string> | null = $derived.by(() => {
    const g = this.graph;
    if (!g) return null;
    return scopeOf(this.q, {
      graph: g,
      selected: this.q.role,
      competencies: this.competencies.roleCompetencies,
    });
  });
  /** The roles and moves the filters keep. */
  visible: FilteredView = $derived(
    this.graph
      ? applyFilter(this.graph, this.filter, this.scope ?? undefined)
      : { roles: new Set(), moves: new Set() },
  );
  filtersActive = $derived(FILTERS.some((f) => filterActive(f, this.q)));
  /** Whether "Clear all filters" has something to reset: a filter, or what goes with them. */
  filtersClearable = $derived(
    this.filtersActive || CLEARED_WITH_FILTERS.some((k) => this.q[k] !== DEFAULT_QUERY[k]),
  );

  #markDrawn: () => void = () => {};
  /** Resolves once the canvas has drawn its first graph (the canvas calls markDrawn). */
  readonly drawn: Promise<void> = new Promise((resolve) => (this.#markDrawn = resolve));

  markDrawn(): void {
    this.#markDrawn();
  }

  /** Keeps the page in step with the worker (see `worker-sync.svelte.ts`); returns a stop function. */
  start(): () => void {
    return syncWithWorker(this);
  }

  /** The focus view a large catalog opens on (no path is known yet; the catalog state asks). */
  firstView(): ViewRequest {
    return focusRequest(this, null);
  }

  /** Keeps a focus view's counts for the focus bar (the catalog state calls it). */
  viewShown(v: ViewResult): void {
    this.viewWanted = v.wanted;
    this.viewTruncated = v.truncated;
  }

  /** Drops what the worker answered about the catalog before (the catalog state calls it). */
  forgetAnswers(): void {
    this.remotePath = null;
    this.remoteAlternatives = null;
  }

  /** Opens the comparison of two roles. */
  compare(a: string, b: string): void {
    this.q.compare = [a, b];
    this.comparePending = true;
    this.announce(m.app_announce_comparing({ a: this.title(a), b: this.title(b) }));
  }

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
    return this.role(id)?.title ?? this.titles.get(id) ?? id;
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
    if (id) this.announce(m.app_announce_selected({ title: this.title(id) }));
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
    Object.assign(this.q, filterDefaults());
    for (const k of CLEARED_WITH_FILTERS) this.q[k] = DEFAULT_QUERY[k];
  }

  /** The shown path as Markdown. */
  async pathMarkdown(): Promise<string> {
    const p = this.activePath;
    const g = this.graph;
    if (!p || !g) throw new Error('no path shown');
    return (await import('../model/export')).pathMarkdown(g, p.path);
  }

  announce(text: string): void {
    // Re-setting the same text would not be read again; a trailing space forces a change.
    this.announcement = this.announcement === text ? text + ' ' : text;
  }

  announcePath(): void {
    const r = this.pathResult;
    if (r) this.announce(pathSentence(r, this.activePath, this.q.alt, (id) => this.title(id)));
  }
}
