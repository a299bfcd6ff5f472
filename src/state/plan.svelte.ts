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
  problemText,
  profileJson,
  saveProfile,
  type Profile,
  type ProfileProblem,
  type Rating,
} from './profile';
import { deleteView, openView, readViews, saveView, type SavedView } from './saved-views';
import { m } from '../i18n/paraglide/messages.js';
import { compareText, list } from '../i18n/format';

/**
 * A readiness figure in words, in the interface's language: "2 of 5 competencies met, 1 partly
 * (learning: Mentoring), 2 missing (Automation and Stakeholder management)", or why there is no
 * figure. Written from the competencies met, partly met and missing, each time it is shown.
 */
export function readinessText(
  r: Readiness,
  nameOf: (c: RoleCompetency) => string = (c) => c.label,
): string {
  const total = r.met.length + r.partly.length + r.missing.length;
  const names = (cs: readonly RoleCompetency[]) => list(cs.map(nameOf));
  if (r.score === null)
    return total === 1
      ? m.role_readiness_too_little_one({
          name: nameOf((r.met[0] ?? r.partly[0] ?? r.missing[0])!),
        })
      : m.role_readiness_too_little();
  // Each part is a clause of its own, listed as the model lists them.
  return [
    m.role_readiness_met({ met: r.met.length, total }),
    r.partly.length
      ? m.role_readiness_partly({ count: r.partly.length, names: names(r.partly) })
      : '',
    r.missing.length
      ? m.role_readiness_missing({ count: r.missing.length, names: names(r.missing) })
      : '',
  ]
    .filter(Boolean)
    .join(', ');
}

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
  /** What was wrong with the stored or imported profile, or a refusal (`problemText` writes each). */
  problems = $state<ProfileProblem[]>([]);
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

  /**
   * The competencies the catalog's roles ask for, in the order of their names in the interface's
   * language: what the user can rate.
   */
  catalogCompetencies: RoleCompetency[] = $derived.by(() => {
    const competencies = this.ex.competencies;
    const all = competencies.roleCompetencies;
    if (!all) return [];
    const byId = new Map<string, RoleCompetency>();
    for (const cs of all.values()) for (const c of cs) if (!byId.has(c.id)) byId.set(c.id, c);
    const name = (c: RoleCompetency) => competencies.nameOf(c);
    return [...byId.values()].sort((a, b) => compareText(name(a), name(b)));
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
    if (!saveProfile(this.storage(), this.profile)) this.problems = [{ kind: 'not-kept' }];
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
      !profile
        ? m.role_profile_not_imported({
            problem: problems[0] ? problemText(problems[0]) : m.role_profile_unreadable(),
          })
        : problems.length
          ? m.role_profile_imported_problems({ file, count: problems.length })
          : m.role_profile_imported({ file }),
    );
  }

  /** Forgets the profile here and in the browser's storage. */
  clear(): void {
    clearProfile(this.storage());
    this.profile = emptyProfile();
    this.problems = [];
    this.ex.announce(m.role_profile_cleared());
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
    if (r.stored) this.ex.announce(m.role_view_saved({ name: name.trim() }));
    return r.problem ?? null;
  }

  deleteView(name: string): void {
    this.views = deleteView(this.storage(), name);
    this.ex.announce(m.role_view_deleted({ name }));
  }

  /** Opens a saved view exactly as saved (loading its catalog when it is another one). */
  openView(view: SavedView): void {
    const q = openView(view);
    const catalogChanged = q.catalog !== this.ex.q.catalog;
    this.ex.setQuery(q);
    if (view.focus) this.ex.focus = { ...view.focus };
    if (catalogChanged) void this.ex.catalog.load(q.catalog);
    if (q.role) this.ex.focusRequest++;
    this.ex.announce(m.role_view_opened({ name: view.name }));
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
      m.role_step({
        step: this.step + 1,
        total: p.path.length,
        title: this.ex.title(id),
        kind: !move ? 'start' : move.kind === 'promotion' ? 'promotion' : 'lateral',
      }),
    );
  }

  setDate(role: string, date: string): void {
    this.dates[role] = date;
  }
}
