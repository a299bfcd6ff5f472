/**
 * `<career-path-explorer>`: the explorer as a custom element (`dist/embed/career-path-explorer.js`
 * and its chunks in `dist/embed/chunks/`). It mounts the same App as the page inside a shadow
 * root, so the host page's styles do not reach it and its styles do not leak out.
 *
 * This module is what a host page fetches at start: like the page's entry (`src/main.ts`), it
 * draws the bundled catalog's lattice with Cytoscape alone, from elements computed at build time
 * (`virtual:seed-canvas`), then imports the rest (`explorer-app.svelte.ts`: Svelte, the App, the
 * model), whose canvas takes the drawn one over. Chunks are imported relative to this module
 * (`import.meta.url`), so they come from wherever it is served, on any origin and sub-path.
 * A plain `.ts` module, not `.svelte.ts`: Svelte's compiler would add its runtime to the start.
 */
import themeCss from '../ui/theme.css?inline';
import { NARROW_SCREEN } from '../ui/canvas/first-view';
import { drawSeedIn, type Predrawn } from '../ui/canvas/predraw';
import type { Explorer } from '../state/explorer.svelte';
import type { PathChangeDetail, RoleSelectDetail } from './events.svelte';
import type { MountedExplorer } from './explorer-app.svelte';

/*
 * Inherited properties cross the shadow boundary: `all: initial` on the host stops those of the
 * host page's elements (font, spacing, caps, visibility…), and again on .cpe-root those the host
 * page sets on the element itself (`* { font-variant: small-caps !important }` reaches it); then
 * the theme sets what the widget needs (font, size, colours). The host page's rules for the
 * element's own box still apply (size, margins, border), and custom properties (--cpe-*) still
 * inherit: `all` leaves them alone. Lengths in `rem`, which follow the host page's root font
 * size, are rewritten to px in this build (vite.config.ts).
 *
 * The lattice drawn before the App loads sits where the App's canvas will be (right of the path
 * tool, below the legend), so it barely moves when the App takes it over.
 */
/** Where the App's canvas sits in the element (wide layout, no path shown), in px from its top left. */
const PREDRAW_TOP = 52;
const PREDRAW_LEFT = 288;
/**
 * How tall the element is with no \`height\` attribute, in the wide layout: the lattice most of the
 * screen's height, within bounds (App.svelte's \`.cpe-fit\` rule, in px as this build writes rem).
 * On a narrow screen it is as tall as its stacked content.
 */
const FIT_HEIGHT = 'clamp(448px, 80vh, 896px)';

const HOST_CSS = `
:host { all: initial; display: block; position: relative; contain: content; }
:host([hidden]) { display: none; }
.cpe-root { all: initial; display: block; height: 100%; overflow: auto; }
.cpe-root.cpe-fit { min-height: ${FIT_HEIGHT}; }
.cpe-predraw { position: absolute; inset-block: ${PREDRAW_TOP}px 0; inset-inline: ${PREDRAW_LEFT}px 0; }
.cpe-predraw > .cpe-cy { position: absolute; inset: 0; }
.cpe-load-error { display: block; padding: 16px; font: 14px system-ui, sans-serif; }
`;

const ATTRIBUTES = [
  'catalog',
  'overlay',
  'from',
  'to',
  'role',
  'height',
  'theme',
  'compact',
  'editable',
  'readiness',
  'lang',
] as const;

type AppModule = typeof import('./explorer-app.svelte');
let appModule: Promise<AppModule> | null = null;

export class CareerPathExplorerElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  /** The explorer, once the App's chunk has loaded; kept while detached. */
  #ex: Explorer | null = null;
  #root: HTMLDivElement | null = null;
  #app: MountedExplorer | null = null;
  #connected = false;
  /** Bumped on every connect and disconnect: an App that loads after either is not mounted. */
  #generation = 0;
  /** The lattice drawn before the App loaded, until the App takes it over. */
  #predrawn: Predrawn | null = null;
  /** API calls made before the App loaded, run once it has. */
  #queued: ((ex: Explorer) => void)[] = [];
  #loadedCatalog: string | null = null;
  /** Counts catalog loads: only the last one's roles are resolved when it ends. */
  #loads = 0;
  /** Whether the element's style height is the `height` attribute's (removed with it). */
  #sizedByAttribute = false;
  /** Sets the interface language from the `lang` attribute (once the App's chunk has loaded). */
  #setLanguage: ((attribute: string | null) => void) | null = null;

  connectedCallback(): void {
    if (this.#connected) return;
    this.#connected = true;
    const generation = ++this.#generation;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    const style = document.createElement('style');
    style.textContent = HOST_CSS + themeCss;
    const root = document.createElement('div');
    root.className = 'cpe-root';
    shadow.append(style, root);
    this.#root = root;
    this.#apply('height', this.getAttribute('height'));
    this.#apply('theme', this.getAttribute('theme'));
    const predrawn = (this.#predrawn = this.#ex ? null : this.#predraw(root));
    const start = () => void this.#start(root, predrawn, generation);
    // The App's chunk is asked for once the lattice is on screen (the task after its frame), so
    // it neither competes with that frame for bandwidth nor counts in what the element needs first.
    if (predrawn) predrawn.adapter.onFirstRender(() => setTimeout(start));
    else start();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#generation++;
    this.#app?.stop();
    this.#app = null;
    // Detached before the App took the early lattice over: nothing else will destroy it.
    this.#predrawn?.adapter.destroy();
    this.#predrawn = null;
    // Moved within the page, the element is connected again before this runs: it keeps its
    // worker and its catalog.
    queueMicrotask(() => {
      if (!this.#connected) this.#stopWorker();
    });
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    // Detached, it does nothing (no catalog is loaded): connected again, it reads them all.
    if (!this.#root || !this.#connected) return;
    this.#apply(name, value);
    if ((name === 'catalog' || name === 'overlay') && this.#ex) this.#load(this.#ex);
  }

  /** Shows the path between two roles (ids or exact titles). */
  showPath(from: string, to: string): void {
    this.#withExplorer((ex) => ex.setPath(ex.resolve(from), ex.resolve(to)));
  }

  /** Selects a role (id or exact title) and opens its details; `null` closes them. */
  select(id: string | null): void {
    this.#withExplorer((ex) => ex.select(id === null ? null : ex.resolve(id)));
  }

  /** Clears the path. */
  clearPath(): void {
    this.#withExplorer((ex) => ex.setPath('', ''));
  }

  /** The role ids of the path shown, in order ([] when none). */
  get path(): string[] {
    return [...(this.#ex?.activePath?.path ?? [])];
  }

  /** The selected role's id, or null. */
  get selected(): string | null {
    return this.#ex?.q.role || null;
  }

  #withExplorer(call: (ex: Explorer) => void): void {
    if (this.#ex) call(this.#ex);
    else this.#queued.push(call);
  }

  /**
   * Draws the bundled catalog's lattice before the App has loaded, when that is what the element
   * opens on in the wide layout: no other catalog, no role's details narrowing the canvas.
   */
  #predraw(root: HTMLElement): Predrawn | null {
    if (this.getAttribute('catalog') || this.getAttribute('role')) return null;
    if (matchMedia(NARROW_SCREEN).matches) return null;
    const drawing = drawSeedIn(root, window, () => (drawing.host.dataset['drawn'] = 'true'));
    return drawing;
  }

  /** Loads the App's chunk (once per page) and mounts the App, unless detached meanwhile. */
  async #start(root: HTMLElement, predrawn: Predrawn | null, generation: number): Promise<void> {
    let m: AppModule;
    try {
      m = await (appModule ??= import('./explorer-app.svelte'));
    } catch (e) {
      appModule = null;
      if (generation !== this.#generation) return;
      // Its chunks did not load (offline, or a policy that allows this module but not the
      // files beside it): say so in the element instead of leaving a lattice that does nothing.
      console.error('career-path-explorer:', e);
      const p = document.createElement('p');
      p.className = 'cpe-load-error';
      p.setAttribute('role', 'alert');
      p.textContent = `The career path explorer could not load its code from ${codeFolder()}: ${e instanceof Error ? e.message : String(e)}`;
      root.replaceChildren(p);
      return;
    }
    if (generation !== this.#generation) return;
    const ex = (this.#ex ??= m.createExplorer());
    this.#setLanguage = m.setLanguage;
    for (const name of ATTRIBUTES) this.#apply(name, this.getAttribute(name));
    const opts = { compact: this.#flag('compact'), editable: this.#flag('editable'), predrawn };
    this.#app = m.mountExplorer(ex, root, opts, (type, detail) =>
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
    );
    this.#predrawn = null;
    this.#load(ex);
    for (const call of this.#queued.splice(0)) call(ex);
  }

  /**
   * Stops the catalog worker of an element that left the page, and a catalog load under way: a
   * worker holds its whole catalog (hundreds of megabytes for a large one). Put back, the element
   * loads its catalog again, in a new worker.
   */
  #stopWorker(): void {
    const ex = this.#ex;
    if (!ex) return;
    ex.catalog.cancel();
    ex.catalog.backend?.stop();
    this.#loadedCatalog = null;
  }

  /** A boolean attribute: present and not "false". */
  #flag(name: 'compact' | 'editable'): boolean {
    const value = this.getAttribute(name);
    return value !== null && value !== 'false';
  }

  #load(ex: Explorer): void {
    const url = this.getAttribute('catalog') ?? '';
    // An overlay goes with a catalog: the bundled one has its own.
    const overlay = url ? (this.getAttribute('overlay') ?? '') : '';
    const key = `${url}\n${overlay}`;
    if (key === this.#loadedCatalog) return;
    this.#loadedCatalog = key;
    // A later load (the attribute changed again, or removed) supersedes this one: it never lands.
    const load = ++this.#loads;
    // Relative to the host page's <base href>, if it has one; "same origin" is still the page's.
    void ex.catalog.load(url, fetch, document.baseURI, location.href, overlay).then(() => {
      if (load !== this.#loads) return;
      // Attributes may name roles by title: resolve them once the graph exists.
      this.#apply('from', this.getAttribute('from'));
      this.#apply('to', this.getAttribute('to'));
      this.#apply('role', this.getAttribute('role'));
    });
  }

  #apply(name: string, value: string | null): void {
    switch (name) {
      case 'height':
        // A height of the host's (this attribute or the element's own style): the explorer fills
        // it. None: it is as tall as its content.
        if (value) this.style.height = /^\d+$/.test(value) ? `${value}px` : value;
        else if (this.#sizedByAttribute) this.style.height = '';
        this.#sizedByAttribute = !!value;
        this.#root!.classList.toggle('cpe-fit', !this.style.height);
        return;
      case 'theme':
        if (value === 'light' || value === 'dark') this.#root!.dataset['theme'] = value;
        else delete this.#root!.dataset['theme'];
        return;
      case 'compact':
        this.#app?.setCompact(this.#flag('compact'));
        return;
      case 'editable':
        this.#app?.setEditable(this.#flag('editable'));
        return;
      case 'lang':
        // The interface's language (one for the page's explorers), once the App's chunk is here.
        this.#setLanguage?.(value);
        return;
    }
    const ex = this.#ex;
    if (!ex) return;
    switch (name) {
      case 'from':
      case 'to': {
        const from = ex.resolve(this.getAttribute('from') ?? '');
        const to = ex.resolve(this.getAttribute('to') ?? '');
        if (from !== ex.q.from || to !== ex.q.to) ex.setPath(from, to);
        break;
      }
      case 'role': {
        const id = value ? ex.resolve(value) : '';
        if (id !== ex.q.role) ex.select(id || null);
        break;
      }
      case 'readiness':
        // The user's own profile (this origin's storage) and readiness: off unless the host asks.
        ex.plan.enabled = value !== null && value !== 'false';
        if (ex.plan.enabled) ex.plan.load();
        break;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-path-explorer': CareerPathExplorerElement;
  }
  interface HTMLElementEventMap {
    pathchange: CustomEvent<PathChangeDetail>;
    roleselect: CustomEvent<RoleSelectDetail>;
  }
}

if (!customElements.get('career-path-explorer')) {
  customElements.define('career-path-explorer', CareerPathExplorerElement);
}

/**
 * The folder this module was loaded from, where its chunks are. Taken from the module's own
 * address at run time: written as `new URL('.', import.meta.url)`, the build reads it as an asset
 * to bundle and warns that none exists.
 */
function codeFolder(): string {
  const here = import.meta.url;
  return new URL('.', here).href;
}
