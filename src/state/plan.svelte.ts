import type { PathReadiness, Readiness, RoleCompetency } from '../model/competencies';
import type { CareerGraph } from '../model/graph';
import type { CareerPath } from '../model/query';
import type { CatalogState } from './catalog/catalog.svelte';
import type { CompetencyState } from './competencies.svelte';
import type { ExplorerQuery, FocusChoice } from './query';
import {
  clearProfile,
  emptyProfile,
  loadProfile,
  parseProfile,
  profileJson,
  saveProfile,
  type Profile,
  type Rating,
} from './profile';
import { deleteView, openView, readViews, saveView, type SavedView } from './saved-views';

/**
 * What the plan reads of the explorer and asks of it: the paths found, the competencies, the
 * catalog, and opening a view or a step (not the whole explorer).
 */
export interface PlanHost {
  readonly q: ExplorerQuery;
  readonly graph: CareerGraph | null;
  readonly paths: CareerPath[];
  readonly activeIndex: number;
  readonly activePath: CareerPath | null;
  readonly catalog: CatalogState;
  readonly competencies: CompetencyState;
  focus: FocusChoice;
  /** Bumped to ask the canvas to centre on the selected role. */
  focusRequest: number;
  setQuery(q: ExplorerQuery): void;
  select(id: string | null, center?: boolean): void;
  title(id: string): string;
  announce(text: string): void;
  announcePath(): void;
}

/**
 * Planning a move: the user's own profile and readiness, saved views, and the walkthrough of a
 * path for a 1:1. The profile is read from and written to this browser's storage only; nothing
 * here writes it to the query (the explorer's URL state) or sends it anywhere.
 */
export class PlanState {
  /** Whether the profile and readiness are on (the page: yes; an embedding: when its host says). */
  enabled = $state(true);
  profile = $state<Profile>(emptyProfile());
  /** What was wrong with the stored or imported profile (each `file: problem`), or a refusal. */
  problems = $state<string[]>([]);
  views = $state<SavedView[]>([]);
  /** What was wrong with the stored views (dropped, each kind once). */
  viewProblems = $state<string[]>([]);
  /** The walkthrough: open or not, the step shown (0: the start), and the dates typed per role. */
  walking = $state(false);
  step = $state(0);
  dates = $state<Record<string, string>>({});

  constructor(
    private readonly ex: PlanHost,
    private readonly storage: () => Storage | null,
  ) {}

  /** Reads the stored profile and views (once the page runs: storage may be refused). */
  load(): void {
    const { profile, problems } = loadProfile(this.storage());
    if (profile) this.profile = profile;
    this.problems = problems;
    const stored = readViews(this.storage());
    this.views = stored.views;
    this.viewProblems = stored.problems;
  }

  /** Whether the user told anything about themselves. */
  hasProfile = $derived(
    this.profile.role !== null || Object.values(this.profile.ratings).some((r) => r !== 'none'),
  );

  /** The competencies the catalog's roles ask for, by label: what the user can rate. */
  catalogCompetencies: RoleCompetency[] = $derived.by(() => {
    const all = this.ex.competencies.roleCompetencies;
    if (!all) return [];
    const byId = new Map<string, RoleCompetency>();
    for (const cs of all.values()) for (const c of cs) if (!byId.has(c.id)) byId.set(c.id, c);
    return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label));
  });

  /** Readiness for one role, or null (off, no profile, engine not loaded, unknown role). */
  readiness(id: string): Readiness | null {
    const s = this.ex.competencies.engine;
    const g = this.ex.graph;
    if (!this.enabled || !this.hasProfile || !s || !g?.hasNode(id)) return null;
    return s.api.readinessFor(g, s.lexicon, id, this.profile.ratings);
  }

  /** Readiness along a path (role ids), or null. */
  readinessAlong(path: readonly string[]): PathReadiness | null {
    const s = this.ex.competencies.engine;
    const g = this.ex.graph;
    if (!this.enabled || !this.hasProfile || !s || !g || !path.every((id) => g.hasNode(id)))
      return null;
    return s.api.readinessAlongPath(g, s.lexicon, path, this.profile.ratings);
  }

  /** Readiness along each path found (the best first, as `ex.paths`), each null as above. */
  pathsReadiness: (PathReadiness | null)[] = $derived.by(() =>
    this.ex.paths.map((p) => this.readinessAlong(p.path)),
  );

  /** Readiness along the shown path (one of the paths found). */
  pathReadiness: PathReadiness | null = $derived.by(
    () => this.pathsReadiness[this.ex.activeIndex] ?? null,
  );

  /** Each path found with its total gap (missing 1, partly ½): for "closest to what I know". */
  pathGaps: number[] | null = $derived.by(() => {
    const all = this.pathsReadiness;
    return all.length && all.every((r) => r !== null) ? all.map((r) => r!.totalGap) : null;
  });

  #store(): void {
    if (!saveProfile(this.storage(), this.profile))
      this.problems = [
        'The browser did not keep the profile (storage refused): it lasts until the page closes.',
      ];
    else if (this.problems.length) this.problems = [];
  }

  setRole(id: string | null): void {
    this.profile.role = id || null;
    this.#store();
  }

  rate(competency: string, rating: Rating): void {
    // A new object each time: the ratings have no prototype (so "__proto__" is a competency id
    // like any other), and `$state` tracks only plain objects, so a change made inside them was
    // seen by nothing until a reload; replacing them is a change `$state` sees.
    const ratings = emptyProfile().ratings;
    for (const [id, r] of Object.entries(this.profile.ratings))
      if (id !== competency) ratings[id] = r;
    if (rating !== 'none') ratings[competency] = rating;
    this.profile.ratings = ratings;
    this.#store();
  }

  /** The profile as the JSON file the user downloads. */
  exportJson(): string {
    return profileJson(this.profile);
  }

  /** Reads a profile file; keeps every valid part and says what was wrong with the rest. */
  importText(text: string, file: string): void {
    const { profile, problems } = parseProfile(text, file);
    if (profile) {
      this.profile = profile;
      this.#store();
    }
    this.problems = problems;
    this.ex.announce(
      profile
        ? `Profile imported from ${file}${problems.length ? ` with ${problems.length} problem${problems.length === 1 ? '' : 's'}` : ''}.`
        : `The profile was not imported: ${problems[0] ?? 'unreadable'}.`,
    );
  }

  /** Forgets the profile here and in the browser's storage. */
  clear(): void {
    clearProfile(this.storage());
    this.profile = emptyProfile();
    this.problems = [];
    this.ex.announce('Profile cleared.');
  }

  /** Names the current view and keeps it; returns a problem to show, or null. */
  saveView(name: string): string | null {
    const large = this.ex.catalog.large;
    const r = saveView(
      this.storage(),
      name,
      this.ex.q,
      new Date(),
      large ? this.ex.focus : undefined,
    );
    this.views = r.views;
    if (r.stored) this.ex.announce(`View “${name.trim()}” saved.`);
    return r.problem ?? null;
  }

  deleteView(name: string): void {
    this.views = deleteView(this.storage(), name);
    this.ex.announce(`View “${name}” deleted.`);
  }

  /** Opens a saved view exactly as saved (loading its catalog when it is another one). */
  openView(view: SavedView): void {
    const q = openView(view);
    const catalogChanged = q.catalog !== this.ex.q.catalog;
    this.ex.setQuery(q);
    if (view.focus) this.ex.focus = { ...view.focus };
    if (catalogChanged) void this.ex.catalog.load(q.catalog);
    if (q.role) this.ex.focusRequest++;
    this.ex.announce(`Opened the view “${view.name}”.`);
    this.ex.announcePath();
  }

  /** Starts the walkthrough of the shown path at its first move. */
  startWalk(): void {
    const p = this.ex.activePath;
    if (!p) return;
    this.walking = true;
    this.goTo(p.path.length > 1 ? 1 : 0);
  }

  stopWalk(): void {
    this.walking = false;
  }

  /** Shows step `i` of the shown path: the canvas centres its role, the details open on it. */
  goTo(i: number): void {
    const p = this.ex.activePath;
    if (!p) return;
    this.step = Math.max(0, Math.min(p.path.length - 1, i));
    const id = p.path[this.step]!;
    this.ex.select(id);
    const move = p.moves[this.step - 1];
    this.ex.announce(
      `Step ${this.step + 1} of ${p.path.length}: ${this.ex.title(id)}` +
        (move
          ? `, ${move.kind === 'promotion' ? 'a promotion' : 'a lateral move'}.`
          : ', the start.'),
    );
  }

  setDate(role: string, date: string): void {
    this.dates[role] = date;
  }
}
