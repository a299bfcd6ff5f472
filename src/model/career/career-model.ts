/**
 * The career model: the rules, kept in data (`data/career-model.json`), that read a role's level
 * and family from its title, place every role on one career level scale, and infer the moves
 * between roles. Nothing here, and nothing in the data, names a family of any catalog: what an
 * organization knows beyond its catalog's text lives in an overlay beside its catalog
 * (`overlay.ts`). This file is the model's shape and the questions asked of its scale; reading
 * and checking a model file is `read-career-model.ts`.
 */

import type { Strength } from '../graph/types';

/** One step of the scale: the level words that put a title there, on each ladder. */
export interface ScaleStep {
  /** Individual-contributor words (`Senior`); `''` is the step of titles with no level word. */
  ic: string[];
  /** Management words (`Manager`, `Director`, `Head of`). */
  management: string[];
}

/** A band of the scale: roles of two families in one band are peers (a move between them is lateral). */
export interface ScaleBand {
  band: string;
  label: string;
  /** The label in other interface languages, by language tag (`de`: `Einstieg`); `label` otherwise. */
  labels?: Readonly<Record<string, string>>;
  /** The band's steps, lowest first; most bands have one (Entry has Associate, then Junior). */
  steps: ScaleStep[];
}

/** How titles carry levels beyond a leading or trailing level word. */
export interface TitleGrammar {
  /** Band ids for numbered levels: `X I` / `X 1` / `Level 1` / `(L1)` is the first, and so on. */
  numbered: string[];
  /** Words that introduce a number (`Level 2`, `Tier 2`). */
  numberWords: string[];
  /** IC level words whose meaning depends on the field (`Staff`): evidence decides. */
  soft: string[];
  /** Management words whose standing varies by organization (`Lead`, `Supervisor`): evidence may move them. */
  softManagement: string[];
  /** IC words that may also end a title (`Marketing Intern`). */
  suffixes: string[];
  /** Words that put a management title one step lower (`Assistant Store Manager`). */
  deputies: string[];
  /** Compounds where a management word names a profession, not a level (`Account Manager`). */
  occupations: string[];
  /** Words that say where a manager works, not the function (`Store`, `Shift`). */
  scopes: string[];
  /** Head words that name a person doing the work (`Specialist`): the track is the word before. */
  roleNouns: string[];
  /** C-level acronym → the function it heads (`CFO` → `Finance`). */
  chiefs: Record<string, string>;
  /**
   * Words between a level word in front and the family (`de` of `Jefe de cocina`, `d'` of
   * `Directeur d'agence`): part of the level, not of the family. English says `X of Y` instead.
   */
  connectors: string[];
  /** Deputy words that follow the management word they lower (`adjoint` of `Directeur adjoint`). */
  afterDeputies: string[];
  /**
   * Titles that are a level only as a whole title (`Partner`, `Managing Partner`): title → band.
   * Within a longer title the words are a profession's name (`HR Business Partner`).
   */
  wholeTitles: Record<string, string>;
  /**
   * Level words that may end a compound word (`Leiter` of `Produktionsleiter`, German): the word
   * before them is the family. Empty in English; a language's titles add them.
   */
  compoundLevels: string[];
  /** Endings after which a compound's linking `s` comes off (`ions`: `Produktions` → `Produktion`). */
  compoundLinks: string[];
  /**
   * True when a family's head word, which names its track, comes first (`Conseiller` of
   * `Conseiller clientèle`, French and Spanish); else last (`Analyst` of `Support Analyst`).
   */
  headFirst: boolean;
  /**
   * How a track's name is put in the plural (`Analysts`, `Conseillers`, `Camareros`, German
   * `Staplerfahrer` unchanged): the first rule whose ending the word has drops `drop` letters and
   * adds `add`; the ending `''` matches every word.
   */
  plurals: PluralRule[];
}

/** One rule of a track name's plural. */
export interface PluralRule {
  ending: string;
  drop: number;
  add: string;
}

/** Phrases in a role's own summary that suggest its band. */
export interface StandingRule {
  band: string;
  words: string[];
}

/** What a sentence naming another role states about the two (`relation` of a mention rule). */
export type Relation =
  | 'reporting'
  | 'supervision'
  | 'leadership'
  | 'mentoring'
  | 'deputy'
  | 'assists'
  | 'escalation'
  | 'origin'
  | 'progression';

/** Each relation in the words a reason names it by ("relation: reporting line"). */
export const RELATION_WORDS: Readonly<Record<Relation, string>> = {
  reporting: 'reporting line',
  supervision: 'works under supervision',
  leadership: 'leads the other',
  mentoring: 'mentors the other',
  deputy: 'deputises',
  assists: 'assists',
  escalation: 'escalation line',
  origin: 'where its people come from',
  progression: 'stated progression',
};

/** A sentence naming another role: `before` precedes the name, `after` follows it. */
export interface MentionRule {
  before?: string;
  after?: string;
  /** Where the named role stands: `above` this role or `below` it. */
  other: 'above' | 'below';
  /** The move the sentence shows: `to` the named role, or `from` it into this one. */
  /** The move the sentence shows; `none`: it orders ranks only ("under the supervision of X"). */
  move: 'to' | 'from' | 'none';
  /** True when the sentence tells a career move (`usually promoted from X`), not only reporting. */
  career: boolean;
  /** What the sentence states. */
  relation: Relation;
}

/** Rules for cross-family moves inferred from similar texts. */
export interface MoveRules {
  minSimilarity: number;
  relativeToBest: number;
  maxFamilies: number;
  /** Occupied bands a similarity-based promotion may climb. */
  maxBandGap: number;
  /** Occupied bands a promotion shown by a mention may climb. */
  mentionBandGap: number;
  /** Distinctive terms two roles must share for a similar-work move. */
  minTerms: number;
  /** A term is distinctive when at most this share of the catalog's families use it (or two). */
  distinctiveShare: number;
  /** Similar-work moves a role may have, its nearest first. */
  maxPerRole: number;
}

export interface MoveCosts {
  promotion: number;
  lateral: number;
  /** Added when a move changes track. */
  crossTrack: number;
}

/** What makes a move strong, moderate or weak, and what each strength adds to its cost. */
export interface StrengthRules {
  /** Distinctive terms a similar-work move needs to be moderate (fewer: weak). */
  moderateTerms: number;
  /** Added to a move's cost for weighted paths, by strength. */
  costs: Record<Strength, number>;
}

export interface CareerModel {
  scale: ScaleBand[];
  grammar: TitleGrammar;
  standing: StandingRule[];
  mentions: MentionRule[];
  moves: MoveRules;
  costs: MoveCosts;
  strength: StrengthRules;
}

/** One step of the scale, flattened: its rank is its position among all steps. */
export interface ScaleLevel {
  rank: number;
  /** Index of its band in the scale. */
  bandIndex: number;
  band: string;
  bandLabel: string;
  /** A person's name for the step: the band's label, or its first IC word within a band of several steps. */
  label: string;
  /** The step's own level word in a band of several steps ("Junior"); '' in a band of one. */
  word: string;
}

const levelCache = new WeakMap<CareerModel, ScaleLevel[]>();

/**
 * The scale's steps, lowest first: a step's rank is its index.
 * @param model - the career model.
 * @returns one entry per step.
 */
export function scaleLevels(model: CareerModel): ScaleLevel[] {
  let levels = levelCache.get(model);
  if (!levels) {
    levels = [];
    model.scale.forEach((b, bandIndex) =>
      b.steps.forEach((s) =>
        levels!.push({
          rank: levels!.length,
          bandIndex,
          band: b.band,
          bandLabel: b.label,
          label: b.steps.length > 1 ? `${b.label} (${s.ic[0] ?? s.management[0] ?? ''})` : b.label,
          word: b.steps.length > 1 ? s.ic[0] || s.management[0] || '' : '',
        }),
      ),
    );
    levelCache.set(model, levels);
  }
  return levels;
}

/**
 * The step of a rank, clamped to the scale.
 * @param model - the career model.
 * @param rank - a rank.
 * @returns the step.
 */
export function levelAt(model: CareerModel, rank: number): ScaleLevel {
  const levels = scaleLevels(model);
  return levels[Math.max(0, Math.min(levels.length - 1, Math.round(rank)))]!;
}

/** Rank of the step of titles with no level word. */
export function baseRank(model: CareerModel): number {
  let r = 0;
  for (const b of model.scale)
    for (const s of b.steps) {
      if (s.ic.includes('')) return r;
      r++;
    }
  return 0;
}

/**
 * The lowest rank of a band, and the highest.
 * @param model - the career model.
 * @param bandIndex - the band's index in the scale (clamped).
 * @returns `[first, last]` ranks of the band.
 */
export function bandRanks(model: CareerModel, bandIndex: number): [number, number] {
  const i = Math.max(0, Math.min(model.scale.length - 1, bandIndex));
  let first = 0;
  for (let b = 0; b < i; b++) first += model.scale[b]!.steps.length;
  return [first, first + model.scale[i]!.steps.length - 1];
}

/**
 * Whether a rank is entry level: in a band below the band of titles with no level word
 * (Trainee, Entry), or the lowest rank of the catalog.
 * @param model - the career model.
 * @param rank - a role's rank.
 * @param lowest - the lowest rank of the catalog's roles.
 */
export function isEntryRank(model: CareerModel, rank: number, lowest: number): boolean {
  return (
    rank === lowest || levelAt(model, rank).bandIndex < levelAt(model, baseRank(model)).bandIndex
  );
}
