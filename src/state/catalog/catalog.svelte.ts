import {
  fetchCatalogText,
  fetchOverlayFile,
  fetchSiblingOverlay,
  MAX_OVERLAY_BYTES,
} from '../../catalog-fetch';
import type { CareerGraph, CatalogFormat, Diagnostic } from '../../model/graph';
import type { CareerModel, CatalogLevel } from '../../model/career';
import { decodeCatalog, formatFromFileName, MAX_CATALOG_BYTES } from '../../model/catalog';
import type { ExportId } from '../../model/export';
import type { CatalogFacts } from '../../model/query';
import type { LoadedCatalog, OverlayFile } from '../../model/load';
import type { CatalogBackend } from '../../worker/client';
import type { IndexEntry, LoadProgress, ViewResult } from '../../worker/protocol';
import { exportCatalog, publishCatalog } from './export';
import { chosenRoles, clearMissingChoices, type ChoicesHost } from './choices';
import { openCatalog, type Routes } from './route';
import { showBuilt, showFocusView } from './shown';
import { catalogAt, type CatalogLoad, type CatalogSource, SEED_NAME, seedCatalog } from './source';
import { storeImport, type StoredImport, type StoredLanding } from './storage';
import type { WorkerLoadHost } from './worker-load';
import { forgetCatalog, forgetSaved } from './persist';
import { finishingText, shownProgress, type ShownProgress } from './progress';
import { noticeText, problemText, type CatalogNotice, type CatalogProblem } from './problems';

export { SEED_NAME };

/** What the catalog state needs from the explorer around it. */
export interface CatalogHost extends ChoicesHost, WorkerLoadHost {
  announce(text: string): void;
  /** A large catalog's focus view was shown (how many roles it wanted, whether it was cut). */
  viewShown(v: ViewResult): void;
}

/**
 * The catalog shown and how it got there: the bundled one, one loaded by URL, or one imported
 * (and remembered); what went wrong and what the panel says. The page is never left without a
 * catalog. It decides what to load and keeps the state; each job is a module of its own, named
 * `catalog-<job>.ts` (source, route, worker-load, preview, shown, storage, choices, export).
 */
/** Each catalog format's file extension and media type. */
const PUBLISHED: Record<CatalogFormat, [string, string]> = {
  text: ['txt', 'text/plain'],
  json: ['json', 'application/json'],
  csv: ['csv', 'text/csv'],
};

export class CatalogState {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  /** Why loading or parsing failed, or an export: null when nothing did. */
  problem = $state.raw<CatalogProblem | null>(null);
  /**
   * The message shown when loading or parsing failed (with lines `file:line: message`), in the
   * interface's language; '' when nothing failed.
   */
  get error(): string {
    return this.problem ? problemText(this.problem) : '';
  }
  /** What the last import changed in the view (choices it cleared, not stored): null for nothing. */
  note = $state.raw<CatalogNotice | null>(null);
  /** The note, in the interface's language, for the Catalog panel ('' when none). */
  get notice(): string {
    return this.note ? noticeText(this.note) : '';
  }
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
  /** Loading progress of a catalog, as data (a step and its figures). */
  loadProgress = $state.raw<LoadProgress | null>(null);
  /** Loading progress, its message in the interface's language; null when no load is under way. */
  get progress(): ShownProgress | null {
    return shownProgress(this.loadProgress);
  }
  /**
   * True while a large catalog's preview is shown (drawn and searchable) and its load still
   * finds the moves between similar families.
   */
  finishingMoves = $state(false);
  /** What a large catalog's load still does while its preview is shown; '' otherwise. */
  get finishing(): string {
    return this.finishingMoves ? finishingText() : '';
  }
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
  /** The overlay (the author's corrections) imported with the import shown, if any. */
  overlayFile = $state.raw<{ file: string; text: string } | null>(null);
  /** The import shown, as read: an overlay imported for it reads it again with the overlay. */
  #shownImport: { name: string; text: string; format: CatalogFormat | undefined } | null = null;

  graph: CareerGraph | null = $derived(this.loaded?.graph ?? null);

  /**
   * The load under way (a URL, an import, the bundled catalog): aborted as soon as another one
   * starts, so a load that is no longer wanted never lands. It neither replaces the catalog shown
   * nor touches the URL, the messages or the stored import, however late it finishes.
   */
  #loading: AbortController | null = null;
  /** Where a load goes (see `route.ts`). */
  readonly #routes: Routes;

  constructor(
    readonly model: CareerModel,
    /** Where catalogs other than the bundled one are parsed and queried; none: in the page. */
    readonly backend: CatalogBackend | null,
    private host: CatalogHost,
  ) {
    this.#routes = { model, backend, host, fail: (problem, log) => this.fail(problem, log) };
  }

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
    overlayUrl = '',
  ): Promise<void> {
    const signal = this.begin();
    this.status = 'loading';
    this.problem = null;
    this.#shownUrl = url ? { url, base, page, overlayUrl, fetchImpl } : null;
    if (!url) {
      if (await this.open('seed', { source: null, name: SEED_NAME, signal })) this.forgetImport();
      return;
    }
    const at = catalogAt(url, base, page);
    if (!at.ok) return this.fail({ kind: 'said', text: at.message }, true);
    // With a worker, it fetches and parses: tens of megabytes never touch this thread.
    let source: CatalogSource = { url: at.url };
    try {
      // An overlay the host names; else the worker (or, without one, this page) looks beside
      // the catalog.
      const named = overlayUrl
        ? await namedOverlay(overlayUrl, base, page, fetchImpl, signal)
        : null;
      if (!this.backend) source = await fetchInPage(at, fetchImpl, signal, named);
      else if (named) source = { ...source, overlayFile: named };
    } catch (e) {
      if (!signal.aborted) this.fail({ kind: 'said', text: (e as Error).message }, true);
      return;
    }
    if (!signal.aborted && (await this.open('url', { source, name: at.name, signal })))
      this.forgetImport();
  }

  /** Where the catalog shown by URL came from, to copy it for editing (null: bundled or import). */
  #shownUrl: {
    url: string;
    base: string | undefined;
    page: string | undefined;
    overlayUrl: string;
    fetchImpl: typeof fetch;
  } | null = null;

  /**
   * Makes the catalog shown an imported one, so that its author can edit it and its corrections
   * are stored with it: the bundled catalog with its overlay (loaded on demand), or the catalog
   * shown by URL fetched again with its overlay, under the same origin rules.
   * @returns whether the copy is shown (at once when the catalog shown is an import already).
   */
  async importShown(): Promise<boolean> {
    if (this.imported) return true;
    const signal = this.begin();
    const from = this.#shownUrl;
    let copy: { name: string; text: string; overlay?: OverlayFile };
    try {
      if (!from) {
        const [text, overlay] = await Promise.all([
          import('../../../data/role-blueprints.txt?raw'),
          import('../../../data/role-blueprints.model.json?raw'),
        ]);
        copy = {
          name: SEED_NAME,
          text: text.default,
          overlay: { file: 'role-blueprints.model.json', text: overlay.default },
        };
      } else {
        const at = catalogAt(from.url, from.base, from.page);
        if (!at.ok) throw new Error(at.message);
        const named = from.overlayUrl
          ? await namedOverlay(from.overlayUrl, from.base, from.page, from.fetchImpl, signal)
          : null;
        const { text, overlayFile } = await fetchInPage(at, from.fetchImpl, signal, named);
        copy = { name: at.name, text, ...(overlayFile && { overlay: overlayFile }) };
      }
    } catch (e) {
      if (!signal.aborted) this.fail({ kind: 'said', text: (e as Error).message });
      return false;
    }
    if (signal.aborted) return false;
    const o = copy.overlay;
    const overlay = o?.text !== undefined ? { file: o.file, text: o.text } : undefined;
    return this.importWith(signal, copy.name, copy.text, true, this.format, overlay);
  }

  /** The catalog shown is no import now: no import's overlay goes with it. */
  private forgetImport(): void {
    this.overlayFile = null;
    this.#shownImport = null;
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

  /** Opens a catalog by the load route (see `route.ts`). @returns whether it is shown. */
  private open(kind: 'seed' | 'url' | 'import', load: CatalogLoad): Promise<boolean> {
    return openCatalog(this, this.#routes, kind, load);
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
    overlay?: { file: string; text: string },
  ): Promise<boolean> {
    this.status = 'loading';
    this.problem = null;
    this.note = null;
    const before = chosenRoles(this.host);
    // Written while it is parsed, and named only once written: a reload as soon as the page names
    // it brings it back, never the import before. When the browser refuses to store it, the
    // panel says so instead.
    const landing: StoredLanding | undefined = remember
      ? storeImport(name, text, overlay)
      : undefined;
    const source = { text, ...(overlay ? { overlayFile: overlay } : {}) };
    if (!(await this.open('import', { source, name, signal, format, landing }))) {
      // Refused: its copy goes. Superseded: the next import's copy takes its slot.
      if (!signal.aborted) landing?.discard();
      return false;
    }
    this.host.q.catalog = '';
    const gone = clearMissingChoices(this.host, before);
    if (gone.length) {
      this.note = { kind: 'cleared', name, gone };
      this.host.announce(noticeText(this.note));
    }
    this.stored = landing?.stored ?? true;
    if (!this.stored) this.note = { kind: 'not-stored', name };
    this.imported = true;
    this.overlayFile = overlay ?? null;
    this.#shownImport = { name, text, format };
    return true;
  }

  /**
   * Reads the imported catalog shown again with an overlay file the user picked (its author's
   * corrections), and keeps the two together across reloads. An overlay that cannot be read is
   * a warning in the Catalog panel, and the catalog is shown without it.
   * @param file - the overlay file.
   */
  async importOverlay(file: File): Promise<void> {
    const shown = this.#shownImport;
    if (!shown) {
      this.problem = { kind: 'overlay-first' };
      return;
    }
    if (file.size > MAX_OVERLAY_BYTES) {
      this.problem = {
        kind: 'too-large',
        file: file.name,
        bytes: file.size,
        limit: MAX_OVERLAY_BYTES,
        overlay: true,
      };
      return;
    }
    const signal = this.begin();
    const text = decodeCatalog(new Uint8Array(await file.arrayBuffer()));
    if (signal.aborted) return;
    await this.importWith(signal, shown.name, shown.text, true, shown.format, {
      file: file.name,
      text,
    });
  }

  /**
   * Reads the imported catalog shown again with an overlay the app wrote (an edit of the
   * framework), stored with it. @returns whether it is shown (false: no import, or superseded).
   */
  async applyOverlay(text: string): Promise<boolean> {
    const shown = this.#shownImport;
    if (!shown) return false;
    const file = this.overlayFile?.file ?? `${shown.name.replace(/\.[^.]*$/, '')}.model.json`;
    return this.importWith(this.begin(), shown.name, shown.text, true, shown.format, {
      file,
      text,
    });
  }

  /** Reads the imported catalog shown again without its overlay. */
  async forgetOverlay(): Promise<void> {
    const shown = this.#shownImport;
    if (shown) await this.importWith(this.begin(), shown.name, shown.text, true, shown.format);
  }

  /**
   * Reads a file the user picked or dropped, then imports it.
   * @param file - the file.
   * @param format - its format; by default the one its extension names, else the content decides.
   */
  async importFile(file: File, format = formatFromFileName(file.name)): Promise<void> {
    if (file.size > MAX_CATALOG_BYTES) {
      this.problem = {
        kind: 'too-large',
        file: file.name,
        bytes: file.size,
        limit: MAX_CATALOG_BYTES,
        overlay: false,
      };
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
    if (
      (await this.importWith(signal, saved.name, saved.text, false, undefined, saved.overlay)) ||
      signal.aborted
    )
      return;
    this.refusedStored = saved;
    this.problem = { kind: 'refused-stored', name: saved.name, why: this.problem };
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
  exportAs(format: ExportId): Promise<string> {
    return exportCatalog(this, format);
  }

  /**
   * The catalog as a published framework, in its own format, with the corrections applied: the
   * file's text, the extension of the format and its media type.
   */
  async publish(): Promise<{ text: string; extension: string; mediaType: string }> {
    const [extension, mediaType] = PUBLISHED[this.format];
    return { text: await publishCatalog(this, this.format, this.model), extension, mediaType };
  }

  /** Shows a focus view of the large catalog the worker holds. */
  showView(v: ViewResult): void {
    this.host.viewShown(v);
    showFocusView(this, v);
  }

  /**
   * Reports a catalog that could not be opened. The page is never left without a catalog: with
   * none shown yet, the bundled one is, so the Catalog panel (import, return) is always there.
   * @param log - also log it to the console (in English): a catalog the site named (a link, an
   *   attribute) failed, and whoever set the site up looks there.
   */
  private fail(problem: CatalogProblem, log = false): void {
    if (!this.loaded) {
      showBuilt(this, seedCatalog(), this.model);
      this.catalogName = SEED_NAME;
      this.imported = false;
      this.host.q.catalog = '';
      if (problem.kind === 'unreadable') problem = { ...problem, then: 'bundled' };
      else if (problem.kind === 'said') problem = { ...problem, bundled: true };
    }
    this.problem = problem;
    this.status = 'ready';
    if (log) console.error(`career-path-explorer: ${problemText(problem, 'en')}`);
  }
}

/**
 * The overlay file a host names (the element's `overlay` attribute), checked as a catalog URL is:
 * refused or missing, it is a warning with the catalog, never a reason to refuse the catalog.
 */
/**
 * Fetches a catalog in this page, with its overlay: the one the host names, else the one beside
 * the catalog (none there: none).
 */
async function fetchInPage(
  at: { url: string; name: string },
  fetchImpl: typeof fetch,
  signal: AbortSignal,
  named: OverlayFile | null,
): Promise<{ text: string; overlayFile?: OverlayFile }> {
  const text = await fetchCatalogText(at.url, at.name, fetchImpl, { signal });
  const overlayFile = named ?? (await fetchSiblingOverlay(at.url, fetchImpl, { signal }));
  return { text, ...(overlayFile ? { overlayFile } : {}) };
}

async function namedOverlay(
  url: string,
  base: string | undefined,
  page: string | undefined,
  fetchImpl: typeof fetch,
  signal: AbortSignal,
): Promise<OverlayFile> {
  const at = catalogAt(url, base, page);
  if (!at.ok) return { file: url, error: at.message };
  return (await fetchOverlayFile(at.url, fetchImpl, { signal }, false))!;
}
