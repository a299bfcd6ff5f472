/**
 * How an import kept across reloads is stored (see `persist.ts`): written while it is parsed,
 * and made the copy a reload brings back only in the task that names it (never before, never
 * after). Apart from the catalog state so that the order of those steps reads in one place.
 */
import {
  commitCatalog,
  discardStaged,
  stageCatalog,
  type SavedCatalog,
  type StagedCatalog,
} from './persist';

/** An import stored by an earlier visit (its slot: where it is stored). */
export type StoredImport = Pick<SavedCatalog, 'name' | 'text' | 'slot' | 'overlay'>;

/** What a load waits for before it names an import kept across reloads. */
export interface Landing {
  /** Settles once the catalog's copy is written, or the browser refused to write it. */
  ready: Promise<unknown>;
  /** Called in the task that names the catalog (more calls do nothing). */
  named(): void;
}

/** An import on its way to storage: its landing, and what became of its copy. */
export interface StoredLanding extends Landing {
  /** False once named when the browser did not store it (storage blocked or full). */
  readonly stored: boolean;
  /** Drops its copy once written: the import was refused. */
  discard(): void;
}

/**
 * Starts writing an import to storage, to be named later.
 * @param name - the catalog's name.
 * @param text - its content.
 * @returns its landing.
 */
export function storeImport(
  name: string,
  text: string,
  overlay?: SavedCatalog['overlay'],
): StoredLanding {
  let staged: StagedCatalog | null = null;
  let stored = true;
  let named = false;
  const ready = stageCatalog(name, text, overlay).then((s) => (staged = s));
  return {
    ready,
    named() {
      if (!named) stored = commitCatalog(staged);
      named = true;
    },
    get stored() {
      return stored;
    },
    discard() {
      void ready.then(() => discardStaged(staged));
    },
  };
}
