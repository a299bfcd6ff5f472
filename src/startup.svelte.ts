/**
 * One startup for the page (`app.ts`) and the custom element (`embed/explorer-app.svelte.ts`):
 * the explorer state on its catalog worker, the App mounted on it, the worker sync, and the
 * competencies loaded once the first graph is drawn. What differs is passed in: the worker (the
 * page's module worker, the element's inline blob worker), what else runs with the explorer (the
 * page's URL sync, iframe bridge and catalog load; the element's events) and when the App mounts.
 */
import { mount, unmount } from 'svelte';
import App from './ui/App.svelte';
import { defaultModel } from './model/career';
import { Explorer } from './state/explorer.svelte';
import type { Predrawn } from './ui/canvas/predraw';
import type { CatalogBackend } from './worker/client';

/**
 * The explorer state, with the default career model.
 * @param backend - the catalog worker: catalogs other than the bundled one are parsed and
 *   queried there, so large ones never freeze the page.
 * @returns the explorer.
 */
export function createExplorerOn(backend: CatalogBackend): Explorer {
  return new Explorer(defaultModel, backend);
}

/** How the App is started. */
export interface StartOptions {
  /** The App's embedded look (no header), in an iframe or the custom element. */
  embed: boolean;
  /** The path tool and lattice only. */
  compact: boolean;
  /** An embed whose host lets its users edit the framework (the Catalog panel is shown). */
  editable?: boolean;
  /** The bundled catalog's lattice, when it was drawn before the App loaded. */
  predrawn: Predrawn | null;
  /**
   * Mount the App in a task of its own, after `connect` (the page: starting the module and
   * drawing the App are then not one long frame); otherwise at once, before anything else.
   */
  mountLater?: boolean;
  /**
   * Wires what else runs with the explorer, once the worker sync does.
   * @returns what stops it, and what the competencies wait for besides the first drawn graph.
   */
  connect?(ex: Explorer): { stop?: () => void; ready?: Promise<unknown> };
}

/** An App started on an explorer. */
export interface StartedExplorer {
  /** Shows the path tool and lattice only, or everything. */
  setCompact(compact: boolean): void;
  /** Lets an embed's users edit the framework, or not. */
  setEditable(editable: boolean): void;
  /** Unmounts the App and stops the explorer's work and what `connect` wired. */
  stop(): void;
}

/**
 * Starts the App on `ex` in `target`.
 * @param ex - the explorer.
 * @param target - the App's root element.
 * @param opts - how to start it.
 * @returns the started App.
 */
export function startExplorer(
  ex: Explorer,
  target: HTMLElement,
  opts: StartOptions,
): StartedExplorer {
  const props = $state({
    ex,
    embed: opts.embed,
    compact: opts.compact,
    editable: opts.editable ?? false,
    predrawn: opts.predrawn,
  });
  let app: ReturnType<typeof mount> | null = null;
  const mountApp = () => (app = mount(App, { target, props }));
  if (!opts.mountLater) mountApp();
  const stopSync = ex.start();
  const connected = opts.connect?.(ex) ?? {};
  // Competencies (details, comparison, the gap along a path) load after the first graph: loading
  // them as soon as the catalog was read delayed the first drawn graph by ~0.3 s.
  const ready = connected.ready;
  void (ready ? ready.then(() => ex.drawn) : ex.drawn).then(() => ex.competencies.load());
  const timer = opts.mountLater ? setTimeout(mountApp, 0) : undefined;
  return {
    setCompact: (compact) => (props.compact = compact),
    setEditable: (editable) => (props.editable = editable),
    stop() {
      connected.stop?.();
      stopSync();
      clearTimeout(timer);
      if (app) void unmount(app);
    },
  };
}
