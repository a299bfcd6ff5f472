/**
 * Edit mode: the decisions an HR author makes about the inferred framework (a role's level or
 * family, a move accepted, rejected or added), each written into the catalog's overlay, which the
 * catalog is read again with at once, so paths, filters and details follow. Undo and redo walk
 * the overlays written. Only an imported catalog is edited (its overlay is stored with it): the
 * bundled catalog, or one shown by URL, is copied as an import when edit mode is turned on.
 */
import {
  EMPTY_OVERLAY,
  overlayText,
  readOverlay,
  withMove,
  withRejection,
  withRoleDecision,
  withFamilyInTrack,
  withTrack,
  type Overlay,
} from '../../model/career';
import type { MoveKind } from '../../model/graph';
import type { CatalogState } from './catalog.svelte';
import { m } from '../../i18n/paraglide/messages.js';

/** The overlays (as text) an author can go back and forth to. */
interface Stacks {
  past: string[];
  future: string[];
}

export class FrameworkEditor {
  /** The "Edit this framework" switch. */
  #on = $state(false);
  /** True while the author edits: the switch is on and the catalog shown can be edited. */
  get on(): boolean {
    return this.#on && this.available;
  }
  set on(value: boolean) {
    this.#on = value;
  }
  /** Overlays before each edit, and overlays undone (the last of each is taken first). */
  #stacks = $state.raw<Stacks>({ past: [], future: [] });
  /** The catalog the history belongs to: another one starts a history of its own. */
  #of = '';

  constructor(
    private catalog: CatalogState,
    /** Says what an edit did, in the page's live region. */
    private announce: (text: string) => void,
  ) {}

  /** Editing is offered for an imported catalog (its corrections are stored with it). */
  get available(): boolean {
    return this.catalog.imported;
  }
  /**
   * Turns edit mode on or off. The bundled catalog or one shown by URL is first copied as an
   * imported catalog (with its overlay), so that the corrections are stored with it.
   */
  async toggle(): Promise<void> {
    if (this.on) {
      this.#on = false;
      return;
    }
    if (await this.catalog.importShown()) this.#on = true;
  }
  get canUndo(): boolean {
    return this.#stacks.past.length > 0;
  }
  get canRedo(): boolean {
    return this.#stacks.future.length > 0;
  }
  /**
   * The overlay of the catalog shown (none, or one that does not read: an empty one), read once
   * each time the catalog's corrections change.
   */
  readonly overlay: Overlay = $derived.by(() => {
    const f = this.catalog.overlayFile;
    if (!f) return EMPTY_OVERLAY;
    try {
      return readOverlay(JSON.parse(f.text), f.file);
    } catch {
      return EMPTY_OVERLAY;
    }
  });
  /** How many edits the overlay holds now (decisions on roles, moves stated and rejected). */
  get decisions(): number {
    const o = this.overlay;
    return o.roles.length + o.moves.length + o.rejected.length;
  }

  /** Sets a role's level (a scale level's label; `''`: as inferred). */
  setLevel(title: string, level: string): Promise<void> {
    return this.edit(
      withRoleDecision(this.overlay, title, 'level', level),
      level ? m.catalog_edit_level({ title, level }) : m.catalog_edit_level_cleared({ title }),
    );
  }
  /** Puts a role in a family (`''`: the one its title gives). */
  setFamily(title: string, family: string): Promise<void> {
    return this.edit(
      withRoleDecision(this.overlay, title, 'family', family),
      family ? m.catalog_edit_family({ title, family }) : m.catalog_edit_family_cleared({ title }),
    );
  }
  /** Renames a track (by its id) and, given a colour, recolours it. */
  setTrack(id: string, label: string, color?: string): Promise<void> {
    if (!label.trim()) return Promise.resolve();
    return this.edit(
      withTrack(this.overlay, id, label, color),
      m.catalog_edit_track_named({ label: label.trim() }),
    );
  }
  /**
   * Places a role, in one edit (a card dragged to another row and column is one undo step): its
   * level (a scale level's word) and/or the track of its family (by the track's id).
   */
  place(title: string, to: { level?: string; track?: string }): Promise<void> {
    let next = this.overlay;
    const said: string[] = [];
    if (to.level !== undefined) {
      next = withRoleDecision(next, title, 'level', to.level);
      said.push(m.catalog_edit_level({ title, level: to.level }));
    }
    const g = this.catalog.graph;
    const info = g?.getAttribute('tracks')?.find((t) => t.id === to.track);
    const id = g?.findNode((_id, a) => a.title === title);
    if (g && info && id !== undefined) {
      const family = g.getNodeAttribute(id, 'family');
      const members = new Set<string>();
      g.forEachNode((_n, a) => {
        if (a.track === info.id) members.add(a.family);
      });
      next = withFamilyInTrack(next, family, info, [...members]);
      said.push(m.catalog_edit_family_track({ family, track: info.label }));
    }
    return this.edit(next, said.join(' '));
  }
  /** States a move: an inferred one accepted, or a new one. */
  addMove(from: string, to: string, kind: MoveKind, because = ''): Promise<void> {
    return this.edit(
      withMove(this.overlay, from, to, kind, because),
      m.catalog_edit_move_stated({ kind, from, to }),
    );
  }
  /** Rejects a move: it is hidden and never inferred again for this catalog. */
  reject(from: string, to: string, kind: MoveKind): Promise<void> {
    return this.edit(
      withRejection(this.overlay, from, to, kind),
      m.catalog_edit_move_rejected({ from, to }),
    );
  }

  /** Goes back to the overlay before the last edit. */
  undo(): Promise<void> {
    return this.walk('past', 'future', m.catalog_edit_undone);
  }
  /** Goes forward to the overlay the last undo left. */
  redo(): Promise<void> {
    return this.walk('future', 'past', m.catalog_edit_redone);
  }

  /** Takes the overlay on top of one stack, and puts the one shown on the other. */
  private async walk(from: keyof Stacks, to: keyof Stacks, said: () => string): Promise<void> {
    this.ownHistory();
    const s = this.#stacks;
    const target = s[from].at(-1);
    if (target === undefined) return;
    this.#stacks = {
      ...s,
      [from]: s[from].slice(0, -1),
      [to]: [...s[to], this.current()],
    } as Stacks;
    await this.catalog.applyOverlay(target);
    this.announce(said());
  }

  /** The overlay's text now (what undo goes back to). */
  private current(): string {
    return this.catalog.overlayFile?.text ?? overlayText(EMPTY_OVERLAY);
  }

  /** Drops a history written for another catalog. */
  private ownHistory(): void {
    if (this.#of === this.catalog.catalogName) return;
    this.#of = this.catalog.catalogName;
    this.#stacks = { past: [], future: [] };
  }

  private async edit(next: Overlay, said: string): Promise<void> {
    this.ownHistory();
    const before = this.current();
    const text = overlayText(next);
    if (text === before) return;
    if (!(await this.catalog.applyOverlay(text))) return;
    this.#stacks = { past: [...this.#stacks.past, before], future: [] };
    this.announce(said);
  }
}
