import type { Diagnostic } from './diagnostics';

/** A move named in a catalog's Career Path section, with the line that names it. */
export interface StatedMove {
  title: string;
  line: number;
  /** How many people made this move, when the catalog says (`Next: X (14 people)`). */
  count?: number;
  /** Why the move exists, when the catalog says (`Next: X — qualified after two years`). */
  because?: string;
}

/** A role's track as a catalog states it: a label, and the colour when it gives one. */
export interface StatedTrack {
  label: string;
  /** `#rrggbb`. */
  color?: string;
}

/** A role's pay band as a catalog states it: `min` ≤ `max`, in a currency code (`USD`). */
export interface PayBand {
  min: number;
  max: number;
  currency: string;
}

/** A role as a catalog states it, before the career model derives anything from it. */
export interface CatalogRole {
  title: string;
  summary: string;
  skills: string[];
  responsibilities: string[];
  kpis: string[];
  next: StatedMove[];
  lateral: StatedMove[];
  /** The family, when the catalog states it (a CSV `family` column); else the title decides. */
  family?: string;
  /** The level word, when the catalog states it (a CSV `level` column); else the title decides. */
  level?: string;
  /** The track, when the catalog states it; else the families' titles and work decide. */
  track?: StatedTrack;
  /**
   * `none` when the catalog states that this role's moves are exactly the stated ones: no move
   * from or to it is inferred (a published framework states it on every role).
   */
  inference?: 'none';
  /** The role's pay band, when the catalog states it. */
  payBand?: PayBand;
  /** Typical time in the role, in months, when the catalog states it. */
  monthsInRole?: number;
  /** How many people hold the role, when the catalog states it. */
  headcount?: number;
  /** 1-based line of the role's title in the catalog. */
  line: number;
}

export type CatalogFormat = 'text' | 'json' | 'csv';

/** What a parser returns: every valid role, and every problem it noticed. */
export interface ParsedCatalog {
  format: CatalogFormat;
  roles: CatalogRole[];
  diagnostics: Diagnostic[];
}

export type MoveKind = 'promotion' | 'lateral';

/**
 * How well a move's evidence holds, strongest first: `strong` (stated, the next level of one
 * family, a blueprint naming it as a career step), `moderate` (a blueprint names the other role;
 * similar work on many distinctive terms), `weak` (similar work on few, or kept only so that no
 * role is an island).
 */
export type Strength = 'strong' | 'moderate' | 'weak';

/** The strengths, strongest first. */
export const STRENGTHS: readonly Strength[] = ['strong', 'moderate', 'weak'];
export type Provenance = 'inferred' | 'stated';

/** Node attributes of the career graph. */
export interface RoleNode {
  [key: string]: unknown;
  title: string;
  family: string;
  /** The level words as the title has them (`Senior`, `Director of`, `II`), '' when none. */
  level: string;
  /** `ic` or `management`: the ladder the title's level words belong to. */
  ladder: 'ic' | 'management';
  /**
   * The role's step on the model's one career level scale (0 = its lowest step): a promotion
   * raises it, a lateral move keeps its band.
   */
  rank: number;
  /** The band of the scale the rank is in (`entry`, `senior`, `principal`…). */
  band: string;
  /** Why the role has its rank ("the level word “Senior” in its title", a quotation…). */
  rankReason: string;
  /** Why the role has its rank, as data (the interface writes `rankReason` from it). */
  rankWhy: RankWhy;
  /** What set the rank: `title`, `family`, `stated`, `mention`, `standing`, `overlay` or `default`. */
  rankEvidence: string;
  track: string;
  summary: string;
  skills: string[];
  responsibilities: string[];
  kpis: string[];
  line: number;
  /** Lower end of the pay band (set only when the catalog states a band; see `src/model/catalog/facts.ts`). */
  payMin?: number;
  /** Upper end of the pay band. */
  payMax?: number;
  /** Currency code of the pay band (`USD`). */
  currency?: string;
  /** Typical time in the role, in months. */
  monthsInRole?: number;
  /** How many people hold the role. */
  headcount?: number;
}

/** Words a move's reason quotes, with the role whose blueprint they come from (its id). */
export interface QuotedWords {
  role: string;
  text: string;
}

/**
 * What first set a role's rank, as data: the catalog's own words (a stated level, the title's
 * level words, the words of standing in its own summary, a quotation naming another role) stay in
 * the catalog's language; other roles are named by their ids; levels are ranks of the scale.
 */
export type RankBasis =
  /** The catalog states its level (`level`, the catalog's word). */
  | { rule: 'level'; level: string }
  /** The level words of its title (`words`, as the title has them). */
  | { rule: 'title'; words: string }
  /**
   * Words of standing in its own summary (`quote`); `soft`, the title's level word that names the
   * ordinary practitioner here, when the summary puts the role below what that word says.
   */
  | { rule: 'standing'; quote: QuotedWords; soft?: string }
  /** No level word, in a family whose other titles have them: the family's level at `rank`. */
  | { rule: 'family'; rank: number }
  /** No evidence of standing: a title with no level word sits at `rank`. */
  | { rule: 'default'; rank: number }
  /** Above its deputy, the role `role`. */
  | { rule: 'deputy-above'; role: string }
  /** Its title is the title of `role` with a deputy's word before it: a step below. */
  | { rule: 'deputy-below'; role: string }
  /** Above (`placed: 'above'`) or below the role `role` of its family, by their level words. */
  | { rule: 'family-order'; placed: 'above' | 'below'; role: string }
  /** The blueprint of `role` names it as a next role. */
  | { rule: 'named-next'; role: string }
  /** Its blueprint names `role` as a next role. */
  | { rule: 'names-next'; role: string }
  /**
   * A summary names another role (`quote`, from the summary of `quote.role`; `relation`, what it
   * states): `own` when that summary is its own; `placed`, where it sits from the other role.
   */
  | {
      rule: 'mention';
      quote: QuotedWords;
      relation: string;
      own: boolean;
      placed: 'above' | 'below';
    };

/** A change of the rank after its basis, in the order made. */
export type RankStep =
  /**
   * Counted from its family's role `role`, which the catalog places `steps` steps below the
   * scale's level at `rank` (the no-level-word step).
   */
  | { rule: 'counted'; role: string; steps: number; rank: number }
  /** A step above the role `role` of its family, which has the same level. */
  | { rule: 'separated'; role: string };

/**
 * Why a role has its rank, as data, from which the interface writes the sentence in the reader's
 * language (`src/i18n/rank-reasons.ts`): what first set it, then each change made to it.
 */
export interface RankWhy {
  basis: RankBasis;
  steps: RankStep[];
}

/**
 * Why a move exists, as data: what the rule that found it saw, from which the interface writes
 * the move's sentence and its evidence in the reader's language (`src/i18n/reasons.ts`). Quoted
 * words and the author's own reasons stay in the catalog's language. `from` and `to` are the
 * ranks of the move's two ends.
 */
export type MoveWhy =
  /** The next level present in one family. */
  | { rule: 'ladder'; from: number; to: number; family: string }
  /**
   * A move the catalog states (`Next:`, `Lateral:`), with the author's reason when given; `back`:
   * the way back of a lateral move stated from its other end.
   */
  | { rule: 'stated'; from: number; to: number; because?: string; back?: boolean }
  /** A move the organization's overlay states, with its reason. */
  | { rule: 'overlay'; from: number; to: number; because: string }
  /**
   * A blueprint names the other role: `named`, the end whose blueprint does (`from`, `to`);
   * `career` when the sentence tells a career move; `relation`, what it states.
   */
  | {
      rule: 'mention';
      from: number;
      to: number;
      named: 'from' | 'to';
      career: boolean;
      relation: string;
      quote: QuotedWords;
    }
  /**
   * Similar work between families: `words`, what both roles' texts name (the sentence's); `shared`,
   * the terms the evidence lists; `terms`, how many distinctive terms they share; `fit`: `close`,
   * or kept so that no role is an island (`rescue`), on terms many roles share (`thin`).
   */
  | {
      rule: 'similar';
      from: number;
      to: number;
      fit: 'close' | 'rescue' | 'thin';
      words: string[];
      shared: string[];
      terms: number;
      quotes: QuotedWords[];
    };

/** Edge attributes of the career graph. */
export interface MoveEdge {
  [key: string]: unknown;
  kind: MoveKind;
  /**
   * Why this move exists, with its evidence: the terms and quotations, the names of the
   * blueprints that show it.
   */
  reason: string;
  /**
   * The reason in one short sentence a manager could say in a 1:1 ("Promotion within Support
   * Analyst: the next level up (Professional → Senior).", "Same level (Professional), similar
   * work: both involve escalations and diagnosing."), built from the move's kind, levels and
   * shared terms; the evidence stays in `reason`.
   */
  summary: string;
  /** Why the move exists, as data (the interface writes `summary` and `reason` from it). */
  why: MoveWhy;
  provenance: Provenance;
  /** How well its evidence holds; the reason's last sentence says why. */
  strength: Strength;
  /** Cost of the move for weighted search (the model's move costs, its strength's among them). */
  cost: number;
  /**
   * Which rule produced the move: `ladder`, `mention`, `similar` (similar texts), `stated` or
   * `overlay`.
   */
  rule: string;
  /** How many people made the move, when the catalog states it (stated moves only). */
  count?: number;
  /**
   * What the sentence a `mention` move rests on states (`reporting`, `leadership`, `origin`,
   * `progression`…; the `relation` of the model's mention rule), `mention` moves only.
   */
  relation?: string;
  /**
   * The terms (stemmed, as the similarity compares them) both roles' texts share that a move of
   * similar work rests on and its reason names, strongest first, words of neither title first
   * (`similar` moves only).
   */
  terms?: string[];
}
