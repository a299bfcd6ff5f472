import seedText from '../../data/role-blueprints.txt?raw';
import { allowedCatalogOrigins, checkCatalogUrl, fetchCatalogText, safeDecode } from '../config';
import type { CareerModel } from '../model/career-model';
import { CatalogError, formatDiagnostic, type Diagnostic } from '../model/diagnostics';
import { forgetCatalog, saveCatalog } from './persist';
import { MAX_CATALOG_BYTES, formatMegabytes } from '../model/limits';
import { formatFromFileName } from '../model/formats';
import { decodeCatalog } from '../model/decode';
import type { CatalogFormat } from '../model/types';
import type { GraphFormat } from '../model/export';
import { applyFilter, type FilteredView, type RoleFilter } from '../model/filters';
import { latticeLayout, type Lattice } from '../model/layout';
import { loadWith, type LoadedCatalog } from '../model/loaded';
import { seedOverlay } from '../model/default-overlay';
import { tracksOf } from '../model/encoding';
import type { TrackInfo } from '../model/tracks';
import { parseBlueprintText } from '../model/parse-text';
import { findPath, resolveRole, type CareerPath, type PathResult } from '../model/paths';
import type { MoveEdge, RoleNode } from '../model/types';
import { FILTERS, filterActive, filterDefaults, roleFilterOf, scopeOf } from './filters';
import { DEFAULT_QUERY, parseQuery, toSearchParams, type ExplorerQuery } from './url';
import Graph from 'graphology';
import type { CareerGraph } from '../model/build-graph';
import type { FocusSpec } from '../model/views';
import type {
  GapStep,
  Lexicon,
  MoveSuggestion,
  RoleCompetency,
  RoleComparison,
} from '../model/competencies';

type CompetencyApi = typeof import('../model/competencies');
import type { CatalogBackend } from '../worker/client';
import type { IndexEntry, Progress } from '../worker/protocol';

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
 * @param limit - the most roles to return.
 * @returns the matching roles.
 */
export function rankRoles(
  options: readonly RoleOption[],
  text: string,
  limit = Infinity,
): RoleOption[] {
  const t = text.trim().toLowerCase();
  const words = t.split(/\s+/).filter(Boolean);
  if (!words.length) return options.slice(0, limit);
  const scored: { o: RoleOption; score: number }[] = [];
  for (const o of options) {
    const title = o.title.toLowerCase();
    if (!words.every((w) => title.includes(w))) continue;
    const score = title === t ? 0 : title.startsWith(t) ? 1 : 2 + title.indexOf(words[0]!) / 1000;
    scored.push({ o, score });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.o);
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

  /** Large-catalog mode: the worker keeps the whole graph, the page draws a focus view of it. */
  large = $state(false);
  /** Roles in the whole catalog (in large mode, more than the view holds). */
  total = $state(0);
  /** Every role of a large catalog, for search. */
  index = $state.raw<IndexEntry[]>([]);
  /** What the focus view shows in large mode. */
  focus = $state<{ kind: 'auto' | 'track'; radius: number; track: string }>({
    kind: 'auto',
    radius: 2,
    track: '',
  });
  /** How many roles the current focus wanted, and whether the cap cut it. */
  viewWanted = $state(0);
  viewTruncated = $state(false);
  /** Loading progress of a catalog parsed in the worker. */
  progress = $state<Progress | null>(null);
  /** Every warning about the current catalog, in line order. */
  diagnostics = $state.raw<Diagnostic[]>([]);
  /** What the last import changed in the view (choices it cleared), shown in the Catalog panel. */
  notice = $state('');
  /** False when the browser did not store the imported catalog shown (it will not survive a reload). */
  stored = $state(true);
  /** A stored import this version refuses: shown no more, but kept so it can be downloaded. */
  refusedStored = $state.raw<{ name: string; text: string } | null>(null);
  /** True while an imported catalog (not the bundled one, not a URL) is shown. */
  imported = $state(false);
  /** Set by the canvas: renders the current view as a PNG. */
  renderPng: (() => Promise<Blob>) | null = null;
  /** Path answered by the worker in large mode. */
  remotePath = $state.raw<PathResult | null>(null);

  graph = $derived(this.loaded?.graph ?? null);
  roles: RoleOption[] = $derived.by(() => {
    // The worker sends the index sorted by title.
    if (this.large) return this.index;
    const g = this.graph;
    if (!g) return [];
    return g
      .mapNodes((id, a) => ({ id, title: a.title }))
      .sort((a, b) => a.title.localeCompare(b.title));
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
   * True when the worker holds the whole graph (a catalog loaded by URL or imported): the page then
   * asks it for the alternatives, whose search can take long, and finds only the best path itself.
   */
  workerHasGraph = $state(false);
  /** Alternatives the worker answered for the current question (see `start`). */
  remoteAlternatives = $state.raw<{
    key: string;
    alternatives: CareerPath[];
    cutShort: boolean;
  } | null>(null);

  /** The question the path tool asks, as a key: stale answers are recognised by it. */
  pathKey = $derived(
    JSON.stringify([this.q.from, this.q.to, this.q.weighted, this.q.promotionsOnly, this.q.avoid]),
  );

  pathResult: PathResult | null = $derived.by(() => {
    if (this.large) return this.remotePath;
    const g = this.graph;
    const { from, to } = this.q;
    if (!g || !from || !to) return null;
    const offPage = this.workerHasGraph && !!this.backend;
    const r = findPath(g, from, to, {
      weighted: this.q.weighted,
      promotionsOnly: this.q.promotionsOnly,
      avoid: this.q.avoid.filter((a) => g.hasNode(a)),
      // The bundled catalog's 30 roles answer at once; a budget keeps the page responsive anyway.
      alternatives: offPage ? 0 : MAX_ALTERNATIVES,
      budgetMs: 100,
    });
    const remote = this.remoteAlternatives;
    if (!offPage || !r.found || remote?.key !== this.pathKey) return r;
    return { ...r, alternatives: remote.alternatives, alternativesCutShort: remote.cutShort };
  });
  paths: CareerPath[] = $derived(
    this.pathResult?.found ? [this.pathResult, ...this.pathResult.alternatives] : [],
  );
  activePath: CareerPath | null = $derived(
    this.paths[Math.min(this.q.alt, this.paths.length - 1)] ?? null,
  );

  /** The attribute filters (by role and by move), as the model's `applyFilter` takes them. */
  filter: RoleFilter = $derived(roleFilterOf(this.q));
  /** Roles the scope filters allow (see `filters.ts`), or null when none is on. */
  scope: Set<string> | null = $derived.by(() => {
    const g = this.graph;
    if (!g) return null;
    return scopeOf(this.q, {
      graph: g,
      selected: this.q.role,
      competencies: this.roleCompetencies,
    });
  });

  /** The competency engine and lexicon, loaded after the first paint (not in the first download). */
  skills = $state.raw<{ api: CompetencyApi; lexicon: Lexicon } | null>(null);
  /** Every role's competencies, with the phrase that shows each. */
  roleCompetencies: ReadonlyMap<string, RoleCompetency[]> | null = $derived.by(() => {
    const s = this.skills;
    const g = this.graph;
    return s && g ? s.api.graphCompetencies(g, s.lexicon) : null;
  });
  /** The side-by-side comparison asked for by ?compare=a,b. */
  comparison: RoleComparison | null = $derived.by(() => {
    const s = this.skills;
    const g = this.graph;
    const [a, b] = this.q.compare;
    if (!s || !g || !a || !b || !g.hasNode(a) || !g.hasNode(b)) return null;
    return s.api.compareRoles(g, s.lexicon, a, b);
  });
  /** For each step of the shown path, the competencies new at that step. */
  gap: GapStep[] | null = $derived.by(() => {
    const s = this.skills;
    const g = this.graph;
    const p = this.activePath?.path;
    if (!s || !g || !p || !p.every((id) => g.hasNode(id))) return null;
    return s.api.gapAlongPath(g, s.lexicon, p);
  });
  /** Pairs of roles with very similar competencies that no move connects: hints, not moves. */
  suggestions: MoveSuggestion[] = $derived.by(() => {
    const s = this.skills;
    const g = this.graph;
    return s && g ? s.api.suggestMoves(g, s.lexicon, { limit: 200 }) : [];
  });

  #markDrawn: () => void = () => {};
  /** Resolves once the canvas has drawn its first graph (the canvas calls markDrawn). */
  readonly drawn: Promise<void> = new Promise((resolve) => (this.#markDrawn = resolve));

  markDrawn(): void {
    this.#markDrawn();
  }

  /** Loads the competency engine (a separate chunk) once. */
  async loadCompetencies(): Promise<void> {
    if (this.skills) return;
    const [api, lex] = await Promise.all([
      import('../model/competencies'),
      import('../model/default-lexicon'),
    ]);
    this.skills = { api, lexicon: lex.defaultLexicon };
  }

  /** Opens the comparison of two roles. */
  compare(a: string, b: string): void {
    this.q.compare = [a, b];
    this.announce(`Comparing ${this.title(a)} with ${this.title(b)}.`);
  }

  view: FilteredView = $derived(
    this.graph
      ? applyFilter(this.graph, this.filter, this.scope ?? undefined)
      : { roles: new Set(), moves: new Set() },
  );
  filtersActive = $derived(FILTERS.some((f) => filterActive(f, this.q)));

  constructor(
    readonly model: CareerModel,
    /** Where large catalogs are parsed and queried (a worker in the browser); none: in-page. */
    readonly backend: CatalogBackend | null = null,
  ) {}

  /**
   * In large mode, keeps the focus view and the path in step with the state, asking the
   * backend. Stale answers (to a question since replaced) are dropped.
   * @returns a function that stops it.
   */
  start(): () => void {
    let pathAsk = 0;
    let viewAsk = 0;
    let altAsk = 0;
    return $effect.root(() => {
      // The alternatives of a whole graph the worker holds: asked off the page's thread; a new
      // question makes the answer to the last one stale.
      $effect(() => {
        const b = this.backend;
        if (!b || this.large || !this.workerHasGraph) return;
        const { from, to, weighted, promotionsOnly } = this.q;
        const avoid = [...this.q.avoid];
        const key = this.pathKey;
        const ask = ++altAsk;
        if (!from || !to) return;
        void b
          .path({
            type: 'path',
            from,
            to,
            options: { weighted, promotionsOnly, avoid, alternatives: MAX_ALTERNATIVES },
          })
          .then((r) => {
            if (ask !== altAsk || !r.found) return;
            this.remoteAlternatives = {
              key,
              alternatives: r.alternatives,
              cutShort: r.alternativesCutShort,
            };
          })
          .catch(() => {});
      });
      $effect(() => {
        const b = this.backend;
        if (!b || !this.large) return;
        const { from, to, weighted, promotionsOnly } = this.q;
        const avoid = [...this.q.avoid];
        const ask = ++pathAsk;
        if (!from || !to) {
          this.remotePath = null;
          return;
        }
        void b
          .path({
            type: 'path',
            from,
            to,
            options: { weighted, promotionsOnly, avoid, alternatives: MAX_ALTERNATIVES },
          })
          .then((r) => {
            if (ask !== pathAsk) return;
            this.remotePath = r;
            this.announcePath();
          });
      });
      $effect(() => {
        const b = this.backend;
        if (!b || !this.large) return;
        const role = this.q.role;
        const r = this.remotePath;
        const include = [
          ...(r?.found ? [r.path, ...r.alternatives.map((a) => a.path)].flat() : []),
          ...(role ? [role] : []),
          ...this.q.compare,
        ];
        const { kind, radius, track } = this.focus;
        const spec: FocusSpec =
          kind === 'track' && track
            ? { kind: 'track', track }
            : role
              ? { kind: 'around', role, radius }
              : r?.found
                ? { kind: 'around', role: r.path[0]!, radius: 1 }
                : { kind: 'entry' };
        const ask = ++viewAsk;
        void b.view({ type: 'view', spec, include }).then((v) => {
          if (ask !== viewAsk) return;
          this.viewWanted = v.wanted;
          this.viewTruncated = v.truncated;
          this.loaded = {
            format: this.loaded?.format ?? 'text',
            graph: Graph.from(v.graph) as CareerGraph,
            diagnostics: this.loaded?.diagnostics ?? [],
            findings: this.loaded?.findings ?? [],
          };
          this.status = 'ready';
        });
      });
    });
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
    Object.assign(this.q, filterDefaults());
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
    if (!url) return this.open({ text: seedText }, SEED_NAME, 'seed');
    const checked = checkCatalogUrl(url, base ?? 'http://localhost/', allowedCatalogOrigins());
    if (!checked.ok) return this.fail(checked.message);
    const last = new URL(checked.url).pathname.split('/').pop() || 'catalog';
    const name = safeDecode(last) ?? last;
    // With a worker, it fetches and parses: tens of megabytes never touch this thread.
    if (this.backend) return this.open({ url: checked.url }, name, 'url');
    let text: string;
    try {
      text = await fetchCatalogText(checked.url, name, fetchImpl);
    } catch (e) {
      return this.fail((e as Error).message);
    }
    return this.open({ text }, name, 'url');
  }

  /**
   * Opens a catalog the user imported (file picker, drag and drop, or one remembered from an
   * earlier visit). It is remembered until the user returns to the bundled catalog; a catalog
   * with errors is refused and the current one stays.
   * @param name - the file's name.
   * @param text - its content.
   * @param remember - keep it across reloads.
   * @param format - the format the file's extension names; the content decides otherwise.
   */
  async importText(
    name: string,
    text: string,
    remember = true,
    format?: CatalogFormat,
  ): Promise<void> {
    this.status = 'loading';
    this.error = '';
    this.notice = '';
    const before = this.chosenRoles();
    await this.open({ text }, name, 'import', format);
    if (this.error || this.catalogName !== name) return;
    this.q.catalog = '';
    this.clearMissingChoices(before, name);
    // "imported" shows once the catalog is safely stored, so a reload right after keeps it; when
    // the browser refuses to store it, the panel says so instead.
    this.stored = remember ? await saveCatalog(name, text) : true;
    if (!this.stored)
      this.notice = `${name} is shown, but this browser did not store it (storage is blocked or full): after a reload the bundled catalog returns.`;
    this.imported = true;
  }

  /**
   * Opens the catalog imported on an earlier visit. One this version refuses (after an upgrade,
   * say) is not shown and not deleted: the bundled catalog is shown, with a message, and the
   * Catalog panel offers the stored one for download.
   * @param saved - the stored catalog.
   */
  async restoreSaved(saved: { name: string; text: string }): Promise<void> {
    await this.importText(saved.name, saved.text, false);
    if (this.imported && this.catalogName === saved.name) return;
    this.refusedStored = saved;
    this.error = `The catalog imported earlier, ${saved.name}, could not be read by this version:\n${this.error.replace(/^[^\n]*\n/, '')}\nIt is still stored in this browser: download it or forget it in the Catalog panel.`;
  }

  /** Forgets a stored import that this version refuses. */
  async forgetRefused(): Promise<void> {
    this.refusedStored = null;
    await forgetCatalog();
  }

  /** The roles the view names (From, To, the selected role, those compared or avoided), by title. */
  private chosenRoles(): { what: string; id: string; title: string }[] {
    const q = this.q;
    const named = [
      ['From', q.from],
      ['To', q.to],
      ['the selected role', q.role],
      ...q.compare.map((id) => ['the comparison', id]),
      ...q.avoid.map((id) => ['the roles to avoid', id]),
    ] as const;
    return named
      .filter(([, id]) => !!id)
      .map(([what, id]) => ({ what, id: id!, title: this.title(id!) }));
  }

  /**
   * After an import, clears every choice whose role the new catalog lacks, and says which.
   * @param before - the choices before the import, with the titles they had.
   * @param name - the imported catalog's name.
   */
  private clearMissingChoices(before: { what: string; id: string; title: string }[], name: string) {
    const gone = before.filter((c) => !this.titles.has(c.id));
    if (!gone.length) return;
    const q = this.q;
    const has = (id: string) => this.titles.has(id);
    if (q.from && !has(q.from)) q.from = '';
    if (q.to && !has(q.to)) q.to = '';
    if (q.role && !has(q.role)) q.role = '';
    if (q.compare.some((id) => !has(id))) q.compare = [];
    q.avoid = q.avoid.filter(has);
    const list = gone.map((c) => `${c.what} (${c.title})`).join(', ');
    this.notice = `${name} has no role for ${list}: cleared.`;
    this.announce(this.notice);
  }

  /**
   * Reads a file the user picked or dropped, then imports it.
   * @param file - the file.
   * @param format - its format; by default the one its extension names, else the content decides.
   */
  async importFile(file: File, format = formatFromFileName(file.name)): Promise<void> {
    if (file.size > MAX_CATALOG_BYTES) {
      this.error = `${file.name}: catalog is ${formatMegabytes(file.size)}; the limit is ${formatMegabytes(MAX_CATALOG_BYTES)}. The current catalog stays.`;
      return;
    }
    // One decoder for the app and the command-line tool: UTF-8, or UTF-16 by its byte-order mark.
    const text = decodeCatalog(new Uint8Array(await file.arrayBuffer()));
    await this.importText(file.name, text, true, format);
  }

  /** The whole graph in an exchange format (from the worker when the catalog is large). */
  async exportGraph(format: GraphFormat): Promise<string> {
    if (this.large && this.backend) return this.backend.exportGraph(format);
    const g = this.graph;
    if (!g) throw new Error('no catalog loaded');
    // Loaded on demand: the exporters are not part of the first paint.
    return (await import('../model/export')).exportGraphAs(g, format);
  }

  /** Roles and moves as CSV. */
  async exportCsv(): Promise<{ roles: string; moves: string }> {
    if (this.large && this.backend) return this.backend.exportCsv();
    const g = this.graph;
    if (!g) throw new Error('no catalog loaded');
    return (await import('../model/export')).exportCSV(g);
  }

  /** The shown path as Markdown. */
  async pathMarkdown(): Promise<string> {
    const p = this.activePath;
    const g = this.graph;
    if (!p || !g) throw new Error('no path shown');
    return (await import('../model/export')).pathMarkdown(g, p.path);
  }

  /** Forgets an imported catalog and goes back to the bundled one. */
  async useBundled(): Promise<void> {
    this.imported = false;
    this.q.catalog = '';
    await forgetCatalog();
    await this.load('');
  }

  private async open(
    source: { text: string } | { url: string },
    name: string,
    kind: 'seed' | 'url' | 'import',
    format?: CatalogFormat,
  ): Promise<void> {
    try {
      if (kind === 'seed' || !this.backend) {
        const loaded =
          kind === 'seed' && 'text' in source
            ? this.openSeed(source.text)
            : // Without a worker (tests in Node) the full parser is loaded on demand.
              (await import('../model/load')).loadCatalog(
                'text' in source ? source.text : '',
                this.model,
                name,
                format,
                undefined,
                (p) => (this.progress = p),
              );
        this.large = false;
        this.workerHasGraph = false;
        this.index = [];
        this.loaded = loaded;
        this.diagnostics = [...loaded.diagnostics, ...loaded.findings].sort(
          (a, b) => a.line - b.line,
        );
        this.total = loaded.graph.order;
        this.status = 'ready';
      } else {
        await this.loadInBackend(source, name, format);
      }
      this.catalogName = name;
      if (kind !== 'import') this.imported = false;
    } catch (e) {
      if (e instanceof CatalogError)
        return this.fail(
          `The catalog ${name} could not be read; the ${this.loaded ? 'current catalog stays' : 'page has no catalog'}:\n` +
            e.diagnostics
              .filter((d) => d.severity === 'error')
              .map((d) => formatDiagnostic(name, d))
              .join('\n'),
        );
      if (e instanceof Error) return this.fail(e.message);
      throw e;
    } finally {
      this.progress = null;
    }
  }

  /**
   * The bundled seed is blueprint text, parsed here so the first graph needs no worker; every
   * other catalog goes to the worker, which keeps the CSV parser and the limits checks out of
   * the page's first download (measured: 13 KB gzip).
   */
  private openSeed(text: string): LoadedCatalog {
    return loadWith(parseBlueprintText, text, this.model, {
      file: SEED_NAME,
      format: 'text',
      overlay: seedOverlay,
    });
  }

  private async loadInBackend(
    source: { text: string } | { url: string },
    name: string,
    format?: CatalogFormat,
  ): Promise<void> {
    const b = this.backend!;
    this.progress = { stage: 'parsing', fraction: 0, message: `Loading ${name}…` };
    const r = await b.load(source, name, (p) => (this.progress = p), format);
    this.workerHasGraph = true;
    this.remoteAlternatives = null;
    this.total = r.total;
    this.diagnostics = r.diagnostics;
    if (r.whole) {
      this.large = false;
      this.index = [];
      this.loaded = {
        format: 'text',
        graph: Graph.from(r.whole) as CareerGraph,
        diagnostics: r.diagnostics,
        findings: [],
      };
      this.status = 'ready';
    } else {
      // The focus view (start()) fills `loaded`; until then the page shows the loading state.
      this.loaded = null;
      this.index = r.index;
      this.remotePath = null;
      this.large = true;
    }
  }

  /**
   * Reports a catalog that could not be opened. The page is never left without a catalog: with
   * none shown yet, the bundled one is, so the Catalog panel (import, return) is always there.
   */
  private fail(message: string): void {
    if (!this.loaded) {
      const seed = this.openSeed(seedText);
      this.loaded = seed;
      this.large = false;
      this.workerHasGraph = false;
      this.index = [];
      this.diagnostics = [...seed.diagnostics, ...seed.findings].sort((a, b) => a.line - b.line);
      this.total = seed.graph.order;
      this.catalogName = SEED_NAME;
      this.imported = false;
      this.q.catalog = '';
      message = `${message.replace(/the page has no catalog/, 'the bundled catalog is shown')}${/bundled catalog/.test(message) ? '' : '\nThe bundled catalog is shown instead.'}`;
    }
    this.error = message;
    this.status = 'ready';
  }
}

export { parseQuery, toSearchParams };
