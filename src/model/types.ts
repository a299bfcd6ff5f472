import type { Diagnostic } from './diagnostics';

/** A move named in a catalog's Career Path section, with the line that names it. */
export interface StatedMove {
  title: string;
  line: number;
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
  /** What set the rank: `title`, `family`, `stated`, `mention`, `standing`, `overlay` or `default`. */
  rankEvidence: string;
  track: string;
  summary: string;
  skills: string[];
  responsibilities: string[];
  kpis: string[];
  line: number;
}

/** Edge attributes of the career graph. */
export interface MoveEdge {
  [key: string]: unknown;
  kind: MoveKind;
  /** A sentence a person understands, saying why this move exists. */
  reason: string;
  provenance: Provenance;
  /** Cost of the move for weighted search (from the model's move costs). */
  cost: number;
  /**
   * Which rule produced the move: `ladder`, `mention`, `similar` (similar texts), `stated` or
   * `overlay`.
   */
  rule: string;
}
