import type { CareerGraph } from '../model/graph';
import type {
  CompetencyRef,
  GapStep,
  Lexicon,
  MoveSuggestion,
  RoleCompetency,
  RoleComparison,
} from '../model/competencies';
import { language } from '../i18n/language.svelte';

type CompetencyApi = typeof import('../model/competencies');

/**
 * Competencies in the explorer: the engine and lexicon (a chunk loaded after the first graph),
 * every role's competencies, the comparison asked for, the gap along the shown path and the
 * suggested moves. Inputs are getters (the graph, the compared roles, the path), outputs derived.
 */
export class CompetencyState {
  /** The competency engine (a chunk of its own), once loaded. */
  #api = $state.raw<CompetencyApi | null>(null);
  /**
   * The names in other languages of the framework's and the packs' competencies, by id: read once
   * the engine is loaded (empty before).
   */
  #labels = $state.raw<ReadonlyMap<string, Readonly<Record<string, string>>>>(new Map());
  /**
   * The engine and the lexicon of the catalog shown: the cross-field framework, the field packs
   * its text fits and its own words.
   */
  engine: { api: CompetencyApi; lexicon: Lexicon } | null = $derived.by(() => {
    const api = this.#api;
    const g = this.inputs.graph();
    return api && g ? { api, lexicon: api.catalogLexicon(g, api.defaultFramework) } : null;
  });

  constructor(
    private inputs: {
      graph: () => CareerGraph | null;
      compare: () => readonly string[];
      path: () => readonly string[] | undefined;
    },
  ) {}

  /** Every role's competencies, with the phrase that shows each. */
  roleCompetencies: ReadonlyMap<string, RoleCompetency[]> | null = $derived.by(() => {
    const s = this.engine;
    const g = this.inputs.graph();
    return s && g ? s.api.graphCompetencies(g, s.lexicon) : null;
  });
  /**
   * The competencies the filter offers: those a role has, less a duty only one role names (a
   * filter that keeps one role finds nothing; a large catalog has thousands of them).
   */
  filterable: CompetencyRef[] = $derived.by(() => {
    const s = this.engine;
    const all = this.roleCompetencies;
    if (!s || !all) return [];
    const holders = s.api.competencyHolders(all);
    return s.lexicon.competencies
      .filter((c) => holders.has(c.id) && !s.api.isLoneDuty(c, holders))
      .map((c) => ({ id: c.id, label: c.label }));
  });
  /** The side-by-side comparison asked for by ?compare=a,b. */
  comparison: RoleComparison | null = $derived.by(() => {
    const s = this.engine;
    const g = this.inputs.graph();
    const [a, b] = this.inputs.compare();
    if (!s || !g || !a || !b || !g.hasNode(a) || !g.hasNode(b)) return null;
    return s.api.compareRoles(g, s.lexicon, a, b);
  });
  /** For each step of the shown path, the competencies new at that step. */
  gap: GapStep[] | null = $derived.by(() => {
    const s = this.engine;
    const g = this.inputs.graph();
    const p = this.inputs.path();
    if (!s || !g || !p || !p.every((id) => g.hasNode(id))) return null;
    return s.api.gapAlongPath(g, s.lexicon, p);
  });
  /** Pairs of roles with very similar competencies that no move connects: hints, not moves. */
  suggestions: MoveSuggestion[] = $derived.by(() => {
    const s = this.engine;
    const g = this.inputs.graph();
    return s && g ? s.api.suggestMoves(g, s.lexicon, { limit: 200 }) : [];
  });

  /**
   * A competency's name in the interface language: the framework's or its pack's name in that
   * language when it has one, else its own label (English for the framework; the catalog's words
   * for its own competencies and duties, `own-…`, which are in the catalog's language already).
   * Reads the language when called, so markup calling it is written again on a switch.
   * @param c - the competency (a role's, a comparison's, a step's, the filter's…).
   * @returns the name to show.
   */
  nameOf(c: { id: string; label: string }): string {
    return this.#labels.get(c.id)?.[language.current] ?? c.label;
  }

  /** Loads the engine (a separate chunk) once. */
  async load(): Promise<void> {
    if (this.#api) return;
    const api = await import('../model/competencies');
    this.#labels = api.competencyLabels(api.defaultFramework);
    this.#api = api;
  }
}
