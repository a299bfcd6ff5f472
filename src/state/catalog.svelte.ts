import Graph from 'graphology';
import seed from 'virtual:seed-graph';
import { fetchCatalogText } from '../catalog-fetch';
import { allowedCatalogOrigins, checkCatalogUrl, safeDecode } from '../config';
import {
  type CareerGraph,
  CatalogError,
  type CatalogFormat,
  type Diagnostic,
  formatDiagnostic,
} from '../model/graph';
import { type CareerModel, type CatalogLevel, graphLevels } from '../model/career';
import {
  decodeCatalog,
  formatFromFileName,
  formatMegabytes,
  MAX_CATALOG_BYTES,
} from '../model/catalog';
import type { ExportId } from '../model/export';
import { type CatalogFacts, matchRoles } from '../model/query';
import type { LoadedCatalog, Progress } from '../model/load';
import type { CatalogBackend, FirstView } from '../worker/client';
import {
  viewKey,
  type IndexEntry,
  type LoadResult,
  type ViewRequest,
  type ViewResult,
} from '../worker/protocol';
import {
  commitCatalog,
  discardStaged,
  forgetCatalog,
  forgetSaved,
  stageCatalog,
  type SavedCatalog,
  type StagedCatalog,
} from './persist';
import type { ExplorerQuery } from './url';

export const SEED_NAME = 'role-blueprints.txt';

/** An import stored by an earlier visit (its slot: where it is stored). */
type StoredImport = Pick<SavedCatalog, 'name' | 'text' | 'slot'>;

/**
 * How an import that is kept across reloads lands: it is stored first, and the stored copy becomes
 * the one a reload brings back in the task that names it (never before, never after).
 */
interface Landing {
  /** Settles once the catalog's copy is written, or the browser refused to write it. */
  ready: Promise<unknown>;
  /** Called in the task that names the catalog (more calls do nothing). */
  named(): void;
}

/** What the catalog state needs from the explorer around it. */
export interface CatalogHost {
  q: ExplorerQuery;
  /** Every role's title, by id, of the catalog shown. */
  readonly titles: ReadonlyMap<string, string>;
  title(id: string): string;
  announce(text: string): void;
  /** Drops answers the worker gave about the catalog before. */
  forgetAnswers(): void;
  /** The focus view to show first when a large catalog opens (no path is known yet). */
  firstView(): ViewRequest;
  /** A large catalog's focus view was shown (how many roles it wanted, whether it was cut). */
  viewShown(v: ViewResult): void;
}

/** Says what the page still waits for while a large catalog's preview is shown. */
export const FINISHING_NOTE = 'Finding moves between similar families…';

/** Runs `fn` after the page has drawn a frame (at once where there are no frames: Node). */
function afterFrame(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return fn();
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Runs `fn` when the page is idle (at once where it cannot tell: Node). */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback !== 'function') return fn();
  requestIdleCallback(fn, { timeout: 500 });
}

/** Titles indexed for search per step of {@link warmSearch}. */
const WARM_STEP = 200;

/**
 * Readies search over a large catalog's titles while the page is idle: search indexes each title
 * the first time it looks at it (its words, initials and abbreviations), and the first search of
 * a 20,000-role catalog otherwise did all of them on one keystroke (a 240–300 ms frame).
 * @param index - every role of the catalog.
 * @param current - false once another catalog is shown (the rest is then left alone).
 */
function warmSearch(index: readonly IndexEntry[], current: () => boolean): void {
  if (typeof requestIdleCallback !== 'function') return;
  let i = 0;
  const step = (deadline: IdleDeadline) => {
    if (!current()) return;
    while (i < index.length && deadline.timeRemaining() > 2) {
      // Any query looks at every title it is given, and so indexes it.
      matchRoles(index.slice(i, i + WARM_STEP), 'e', 0);
      i += WARM_STEP;
    }
    if (i < index.length) requestIdleCallback(step);
  };
  requestIdleCallback(step);
}

/**
 * The catalog shown and how it got there: the bundled one, one loaded by URL, or one imported
 * (and remembered); loading in the page or in the worker; what went wrong and what the panel
 * says. The page is never left without a catalog.
 */
export class CatalogState {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  /** Message shown when loading or parsing failed (lines `file:line: message`). */
  error = $state('');
  /** What the last import changed in the view (choices it cleared), shown in the Catalog panel. */
  notice = $state('');
  catalogName = $state(SEED_NAME);
  loaded = $state.raw<LoadedCatalog | null>(null);
  /** Large-catalog mode: the worker keeps the whole graph, the page draws a focus view of it. */
  large = $state(false);
  /** True when the worker holds the whole graph (a catalog loaded by URL or imported). */
  workerHasGraph = $state(false);
  /** Roles in the whole catalog (in large mode, more than the view holds). */
  total = $state(0);
  /** Every role of a large catalog, for search. */
  index = $state.raw<IndexEntry[]>([]);
  /** Which role facts a large catalog states (the page holds only a focus view of it). */
  wholeFacts = $state.raw<CatalogFacts | null>(null);
  /** The format of the catalog shown: what its problems' advice names (a line, a column, a field). */
  format = $state<CatalogFormat>('text');
  /** The levels the whole catalog's roles use, lowest first, with the catalog's names for them. */
  levels = $state.raw<CatalogLevel[]>([]);
  /** Loading progress of a catalog parsed in the worker. */
  progress = $state<Progress | null>(null);
  /**
   * What a large catalog's load still does while its preview is shown (drawn and searchable,
   * some moves not found yet); empty otherwise.
   */
  finishing = $state('');
  /**
   * The focus view shown or asked for, in large mode (`viewKey` of its request): not reactive,
   * only the worker sync reads it, to ask for a view once.
   */
  viewKey = '';
  /** Every warning and finding about the current catalog, in line order. */
  diagnostics = $state.raw<Diagnostic[]>([]);
  /** How many warnings and findings the catalog has: past the worker's cap, more than are listed. */
  problemCount = $state(0);
  /** True while an imported catalog (not the bundled one, not a URL) is shown. */
  imported = $state(false);
  /** False when the browser did not store the imported catalog shown (it will not survive a reload). */
  stored = $state(true);
  /** A stored import this version refuses: shown no more, but kept so it can be downloaded. */
  refusedStored = $state.raw<StoredImport | null>(null);

  graph: CareerGraph | null = $derived(this.loaded?.graph ?? null);

  /**
   * The load under way (a URL, an import, the bundled catalog): aborted as soon as another one
   * starts, so a load that is no longer wanted never lands. It neither replaces the catalog shown
   * nor touches the URL, the messages or the stored import, however late it finishes.
   */
  #loading: AbortController | null = null;

  constructor(
    readonly model: CareerModel,
    /** Where catalogs other than the bundled one are parsed and queried; none: in the page. */
    readonly backend: CatalogBackend | null,
    private host: CatalogHost,
  ) {}

  /**
   * Loads the bundled seed catalog, or the catalog at `url` (same origin or an allowed origin).
   * A failed load keeps the previous catalog, or shows the bundled one.
   * @param url - the catalog's URL, relative to `base`; empty for the bundled catalog.
   * @param fetchImpl - the fetch to use when there is no worker.
   * @param base - what `url` is relative to (the custom element passes `document.baseURI`).
   * @param page - the page's own URL, whose origin is "same origin": never a `<base href>`'s.
   */
  async load(
    url: string,
    fetchImpl: typeof fetch = fetch,
    base = globalThis.location?.href,
    page = globalThis.location?.href ?? base,
  ): Promise<void> {
    const signal = this.begin();
    this.status = 'loading';
    this.error = '';
    if (!url) return void (await this.open(null, SEED_NAME, 'seed', signal));
    const checked = checkCatalogUrl(
      url,
      base ?? 'http://localhost/',
      allowedCatalogOrigins(),
      page ?? base ?? 'http://localhost/',
    );
    if (!checked.ok) return this.fail(checked.message, true);
    const last = new URL(checked.url).pathname.split('/').pop() || 'catalog';
    const name = safeDecode(last) ?? last;
    // With a worker, it fetches and parses: tens of megabytes never touch this thread.
    if (this.backend) return void (await this.open({ url: checked.url }, name, 'url', signal));
    let text: string;
    try {
      text = await fetchCatalogText(checked.url, name, fetchImpl, { signal });
    } catch (e) {
      if (!signal.aborted) this.fail((e as Error).message, true);
      return;
    }
    if (!signal.aborted) await this.open({ text }, name, 'url', signal);
  }

  /**
   * Supersedes the load under way, if any: it will not land. The custom element calls it when it
   * leaves the page.
   */
  cancel(): void {
    this.#loading?.abort();
    this.#loading = null;
  }

  /** Starts a load, superseding the one under way. @returns the new load's signal. */
  private begin(): AbortSignal {
    this.cancel();
    this.#loading = new AbortController();
    return this.#loading.signal;
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
    await this.importWith(this.begin(), name, text, remember, format);
  }

  /**
   * Imports a catalog as the load `signal` belongs to.
   * @returns whether it is shown: false when it was refused, or another load superseded it.
   */
  private async importWith(
    signal: AbortSignal,
    name: string,
    text: string,
    remember: boolean,
    format?: CatalogFormat,
  ): Promise<boolean> {
    this.status = 'loading';
    this.error = '';
    this.notice = '';
    const before = this.chosenRoles();
    // Written while it is parsed, and named only once written: a reload as soon as the page names
    // it brings it back, never the import before. When the browser refuses to store it, the
    // panel says so instead.
    let staged: StagedCatalog | null = null;
    let stored = true;
    let landing: Landing | undefined;
    if (remember) {
      let named = false;
      landing = {
        ready: stageCatalog(name, text).then((s) => (staged = s)),
        named: () => {
          if (!named) stored = commitCatalog(staged);
          named = true;
        },
      };
    }
    if (!(await this.open({ text }, name, 'import', signal, format, landing))) {
      // Refused: its copy goes. Superseded: the next import's copy takes its slot.
      if (!signal.aborted) void landing?.ready.then(() => discardStaged(staged));
      return false;
    }
    this.host.q.catalog = '';
    this.clearMissingChoices(before, name);
    this.stored = stored;
    if (!this.stored)
      this.notice = `${name} is shown, but this browser did not store it (storage is blocked or full): after a reload the bundled catalog returns.`;
    this.imported = true;
    return true;
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
    // Chosen now: a choice made while the file is read supersedes it.
    const signal = this.begin();
    // One decoder for the app and the command-line tool: UTF-8, or UTF-16 by its byte-order mark.
    const text = decodeCatalog(new Uint8Array(await file.arrayBuffer()));
    if (!signal.aborted) await this.importWith(signal, file.name, text, true, format);
  }

  /**
   * Opens the catalog imported on an earlier visit. One this version refuses (after an upgrade,
   * say) is not shown and not deleted: the bundled catalog is shown, with a message, and the
   * Catalog panel offers the stored one for download.
   * @param saved - the stored catalog.
   */
  async restoreSaved(saved: StoredImport): Promise<void> {
    const signal = this.begin();
    if ((await this.importWith(signal, saved.name, saved.text, false)) || signal.aborted) return;
    this.refusedStored = saved;
    this.error = `The catalog imported earlier, ${saved.name}, could not be read by this version:\n${this.error.replace(/^[^\n]*\n/, '')}\nIt is still stored in this browser: download it or forget it in the Catalog panel.`;
  }

  /** Forgets a stored import that this version refuses (not an import stored since). */
  async forgetRefused(): Promise<void> {
    const refused = this.refusedStored;
    this.refusedStored = null;
    if (refused) await forgetSaved(refused);
  }

  /**
   * Forgets an imported catalog and goes back to the bundled one, at once: an import or a load
   * still under way is superseded and never lands.
   */
  async useBundled(): Promise<void> {
    this.imported = false;
    this.host.q.catalog = '';
    const forgotten = forgetCatalog();
    await this.load('');
    await forgotten;
  }

  /** The whole graph in a registered format (from the worker when the catalog is large). */
  async exportAs(format: ExportId): Promise<string> {
    if (this.large && this.backend) return this.backend.exportAs(format);
    const g = this.graph;
    if (!g) throw new Error('no catalog loaded');
    // Loaded on demand: the writers are not part of the first paint.
    return (await import('../model/export')).exportAs(g, format);
  }

  /** The roles the view names (From, To, the selected role, those compared or avoided), by title. */
  private chosenRoles(): { what: string; id: string; title: string }[] {
    const q = this.host.q;
    const named = [
      ['From', q.from],
      ['To', q.to],
      ['the selected role', q.role],
      ...q.compare.map((id) => ['the comparison', id]),
      ...q.avoid.map((id) => ['the roles to avoid', id]),
    ] as const;
    return named
      .filter(([, id]) => !!id)
      .map(([what, id]) => ({ what, id: id!, title: this.host.title(id!) }));
  }

  /**
   * After an import, clears every choice whose role the new catalog lacks, and says which.
   * @param before - the choices before the import, with the titles they had.
   * @param name - the imported catalog's name.
   */
  private clearMissingChoices(before: { what: string; id: string; title: string }[], name: string) {
    const has = (id: string) => this.host.titles.has(id);
    const gone = before.filter((c) => !has(c.id));
    if (!gone.length) return;
    const q = this.host.q;
    if (q.from && !has(q.from)) q.from = '';
    if (q.to && !has(q.to)) q.to = '';
    if (q.role && !has(q.role)) q.role = '';
    if (q.compare.some((id) => !has(id))) q.compare = [];
    q.avoid = q.avoid.filter(has);
    const list = gone.map((c) => `${c.what} (${c.title})`).join(', ');
    this.notice = `${name} has no role for ${list}: cleared.`;
    this.host.announce(this.notice);
  }

  /**
   * Opens a catalog, unless `signal` says a later load superseded this one (then nothing of it
   * lands: not the catalog, not its error, not its progress).
   * @param landing - for an import kept across reloads: waited for before the catalog is named.
   * @returns whether it is shown.
   */
  private async open(
    source: { text: string } | { url: string } | null,
    name: string,
    kind: 'seed' | 'url' | 'import',
    signal: AbortSignal,
    format?: CatalogFormat,
    landing?: Landing,
  ): Promise<boolean> {
    try {
      if (!source || !this.backend) {
        // The bundled catalog is shown in this task, with no await before it.
        const loaded = !source
          ? this.openSeed()
          : // Without a worker (tests in Node, a page whose policy refuses workers), the
            // pipeline is loaded on demand and runs here.
            (await import('../model/load')).loadCatalog(
              { text: 'text' in source ? source.text : '', file: name, format },
              { model: this.model, progress: (p) => !signal.aborted && (this.progress = p) },
            );
        if (landing) await landing.ready;
        if (signal.aborted) return false;
        landing?.named();
        this.show(loaded);
      } else if (!(await this.loadInBackend(source, name, signal, format, landing))) return false;
      this.catalogName = name;
      if (kind !== 'import') this.imported = false;
      return true;
    } catch (e) {
      if (signal.aborted) return false;
      if (e instanceof CatalogError)
        this.fail(
          `The catalog ${name} could not be read; the ${this.loaded ? 'current catalog stays' : 'page has no catalog'}:\n` +
            e.diagnostics
              .filter((d) => d.severity === 'error')
              .map((d) => formatDiagnostic(name, d))
              .join('\n'),
          kind === 'url',
        );
      else if (e instanceof Error) this.fail(e.message, kind === 'url');
      else throw e;
      return false;
    } finally {
      if (!signal.aborted) {
        this.progress = null;
        this.finishing = '';
      }
    }
  }

  /** Shows a focus view of the large catalog the worker holds. */
  showView(v: ViewResult): void {
    this.host.viewShown(v);
    this.loaded = {
      format: this.format,
      graph: Graph.from(v.graph) as CareerGraph,
      diagnostics: this.loaded?.diagnostics ?? [],
      findings: this.loaded?.findings ?? [],
    };
    this.status = 'ready';
  }

  /** Shows a catalog built in the page. */
  private show(loaded: LoadedCatalog): void {
    this.large = false;
    this.workerHasGraph = false;
    this.index = [];
    this.loaded = loaded;
    this.format = loaded.format;
    this.levels = graphLevels(loaded.graph, this.model);
    this.diagnostics = [...loaded.diagnostics, ...loaded.findings].sort((a, b) => a.line - b.line);
    this.problemCount = this.diagnostics.length;
    this.total = loaded.graph.order;
    this.status = 'ready';
  }

  /**
   * The bundled catalog, loaded and checked at build time (`virtual:seed-graph`, with the default
   * model and the catalog's overlay): the first graph needs no worker and no parser, and the page
   * builds no graph at all until another catalog is opened (which goes to the worker).
   */
  private openSeed(): LoadedCatalog {
    return {
      format: seed.format,
      graph: Graph.from(seed.graph) as CareerGraph,
      diagnostics: seed.diagnostics,
      findings: seed.findings,
    };
  }

  /**
   * Loads a catalog in the worker; nothing of it lands once `signal` is aborted, and nothing is
   * shown (not even a large catalog's preview) before `landing` is ready.
   * @returns whether it is shown.
   */
  private async loadInBackend(
    source: { text: string } | { url: string },
    name: string,
    signal: AbortSignal,
    format?: CatalogFormat,
    landing?: Landing,
  ): Promise<boolean> {
    const b = this.backend!;
    this.progress = { stage: 'parsing', fraction: 0, message: `Loading ${name}…` };
    const first = this.host.firstView();
    const firstKey = viewKey(first);
    let previewed = false;
    let finished = false;
    const progress = (p: Progress) => !signal.aborted && (this.progress = p);
    /** Runs `show` once the catalog may be shown: at once, or once an import is stored. */
    let shown: Promise<void> = Promise.resolve();
    const whenReady = (show: () => void) => {
      shown = landing ? shown.then(() => landing.ready).then(show) : (show(), shown);
    };
    const showPreview = (p: LoadResult) => {
      if (signal.aborted) return;
      previewed = true;
      landing?.named();
      this.catalogName = name;
      this.openLarge({ ...p, view: undefined }, p.view ? firstKey : '');
      if (!p.view) return;
      const view = p.view;
      // The view is drawn a frame later: the catalog's counts, facts and focus bar and the
      // view's first part together made the page's longest frame while loading (measured).
      afterFrame(() => {
        if (finished || signal.aborted || this.viewKey !== firstKey) return;
        this.showView(view);
        this.finishing = FINISHING_NOTE;
      });
    };
    const firstView: FirstView = {
      view: first,
      // A large catalog is drawn and searchable once its roles are placed; the moves between
      // similar families and the checks come with the result.
      onPreview: (preview) => whenReady(() => showPreview(preview)),
      // Search's index arrives while the view is drawn a part per frame: it is taken in when
      // the page is idle.
      onIndex: (index) =>
        whenReady(() =>
          whenIdle(() => {
            if (finished || signal.aborted || !this.large) return;
            this.index = index;
            warmSearch(index, () => this.index === index);
          }),
        ),
    };
    const r = await b.load(source, name, progress, format, firstView, signal);
    if (landing) {
      await shown;
      await landing.ready;
    }
    finished = true;
    if (signal.aborted) return false;
    landing?.named();
    if (previewed) {
      this.takeCounts(r);
      // Unless another view was asked for since, the first one now shows every move.
      if (r.view && this.viewKey === firstKey) this.showView(r.view);
      return true;
    }
    if (r.whole) {
      this.takeWhole(r);
      this.large = false;
      this.index = [];
      this.loaded = {
        format: r.format,
        graph: Graph.from(r.whole) as CareerGraph,
        diagnostics: r.diagnostics,
        findings: [],
      };
      this.status = 'ready';
    } else this.openLarge(r, firstKey);
    return true;
  }

  /** Shows a large catalog the worker holds: its first view, and search over all its roles. */
  private openLarge(r: LoadResult, key: string): void {
    this.takeWhole(r);
    this.index = r.index;
    if (r.index.length) warmSearch(r.index, () => this.index === r.index);
    // The view shown, or the view on its way: the worker sync asks for a view only when it
    // wants another one.
    this.viewKey = key;
    if (r.view) this.showView(r.view);
    // Until a view comes (see worker-sync), the page shows the loading state.
    else this.loaded = null;
    this.large = true;
  }

  /** What the worker found of the whole catalog: its size, its problems and its levels. */
  private takeCounts(r: LoadResult): void {
    this.total = r.total;
    this.diagnostics = r.diagnostics;
    this.problemCount = r.problems;
    this.levels = r.levels;
  }

  /** The whole catalog is the worker's: what it found of it, its facts and its format. */
  private takeWhole(r: LoadResult): void {
    this.workerHasGraph = true;
    this.host.forgetAnswers();
    this.takeCounts(r);
    this.wholeFacts = r.facts;
    this.format = r.format;
  }

  /**
   * Reports a catalog that could not be opened. The page is never left without a catalog: with
   * none shown yet, the bundled one is, so the Catalog panel (import, return) is always there.
   * @param log - also log it to the console: a catalog the site named (a link, an attribute)
   *   failed, and whoever set the site up looks there.
   */
  private fail(message: string, log = false): void {
    if (!this.loaded) {
      this.show(this.openSeed());
      this.catalogName = SEED_NAME;
      this.imported = false;
      this.host.q.catalog = '';
      message = `${message.replace(/the page has no catalog/, 'the bundled catalog is shown')}${/bundled catalog/.test(message) ? '' : '\nThe bundled catalog is shown instead.'}`;
    }
    this.error = message;
    this.status = 'ready';
    if (log) console.error(`career-path-explorer: ${message}`);
  }
}
