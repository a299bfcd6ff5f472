/**
 * `<career-path-explorer>`: the explorer as a custom element, in one ES module
 * (`dist/embed/career-path-explorer.js`). It mounts the same App as the page inside a shadow
 * root, so the host page's styles do not reach it and its styles do not leak out.
 */
import { mount, unmount } from 'svelte';
import themeCss from '../ui/theme.css?inline';
import App from '../ui/App.svelte';
import { defaultModel } from '../model/default-model';
import { Explorer } from '../state/explorer.svelte';
import { workerBackend } from '../worker/client';
// Inlined: a module loaded from another origin may not start a worker from its own URL.
import CatalogWorker from '../worker/catalog.worker.ts?worker&inline';
import { watchExplorer, type PathChangeDetail, type RoleSelectDetail } from './events.svelte';

/*
 * Inherited properties cross the shadow boundary: `all: initial` on the host stops those of the
 * host page's elements (font, spacing, caps, visibility…), and again on .cpe-root those the host
 * page sets on the element itself (`* { font-variant: small-caps !important }` reaches it); then
 * the theme sets what the widget needs (font, size, colours). The host page's rules for the
 * element's own box still apply (size, margins, border), and custom properties (--cpe-*) still
 * inherit: `all` leaves them alone. Lengths in `rem`, which follow the host page's root font
 * size, are rewritten to px in this build (vite.config.ts).
 */
const HOST_CSS = `
:host { all: initial; display: block; height: 640px; position: relative; contain: content; }
:host([hidden]) { display: none; }
.cpe-root { all: initial; display: block; height: 100%; overflow: auto; }
`;

const ATTRIBUTES = [
  'catalog',
  'from',
  'to',
  'role',
  'height',
  'theme',
  'compact',
  'readiness',
] as const;

export class CareerPathExplorerElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  readonly #ex = new Explorer(
    defaultModel,
    workerBackend(() => new CatalogWorker(), 'blob:'),
  );
  #stopExplorer: (() => void) | null = null;
  readonly #props = $state({ ex: this.#ex, embed: true, compact: false });
  #root: HTMLDivElement | null = null;
  #app: ReturnType<typeof mount> | null = null;
  #stopEvents: (() => void) | null = null;
  #loadedCatalog: string | null = null;

  connectedCallback(): void {
    if (this.#app) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    const style = document.createElement('style');
    style.textContent = HOST_CSS + themeCss;
    const root = document.createElement('div');
    root.className = 'cpe-root';
    shadow.append(style, root);
    this.#root = root;
    for (const name of ATTRIBUTES) this.#apply(name, this.getAttribute(name));
    this.#app = mount(App, { target: root, props: this.#props });
    this.#stopExplorer = this.#ex.start();
    this.#stopEvents = watchExplorer(this.#ex, (type, detail) => {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    });
    this.#load();
    void this.#ex.drawn.then(() => this.#ex.competencies.load());
  }

  disconnectedCallback(): void {
    this.#stopEvents?.();
    this.#stopEvents = null;
    this.#stopExplorer?.();
    this.#stopExplorer = null;
    if (this.#app) void unmount(this.#app);
    this.#app = null;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (!this.#root) return;
    this.#apply(name, value);
    if (name === 'catalog') this.#load();
  }

  /** Shows the path between two roles (ids or exact titles). */
  showPath(from: string, to: string): void {
    this.#ex.setPath(this.#ex.resolve(from), this.#ex.resolve(to));
  }

  /** Selects a role (id or exact title) and opens its details; `null` closes them. */
  select(id: string | null): void {
    this.#ex.select(id === null ? null : this.#ex.resolve(id));
  }

  /** Clears the path. */
  clearPath(): void {
    this.#ex.setPath('', '');
  }

  /** The role ids of the path shown, in order ([] when none). */
  get path(): string[] {
    return [...(this.#ex.activePath?.path ?? [])];
  }

  /** The selected role's id, or null. */
  get selected(): string | null {
    return this.#ex.q.role || null;
  }

  #load(): void {
    const url = this.getAttribute('catalog') ?? '';
    if (url === this.#loadedCatalog) return;
    this.#loadedCatalog = url;
    void this.#ex.catalog.load(url, fetch, document.baseURI).then(() => {
      // Attributes may name roles by title: resolve them once the graph exists.
      this.#apply('from', this.getAttribute('from'));
      this.#apply('to', this.getAttribute('to'));
      this.#apply('role', this.getAttribute('role'));
    });
  }

  #apply(name: string, value: string | null): void {
    const ex = this.#ex;
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
      case 'height':
        this.style.height = value ? (/^\d+$/.test(value) ? `${value}px` : value) : '';
        break;
      case 'theme':
        if (value === 'light' || value === 'dark') this.#root!.dataset['theme'] = value;
        else delete this.#root!.dataset['theme'];
        break;
      case 'compact':
        this.#props.compact = value !== null && value !== 'false';
        break;
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
