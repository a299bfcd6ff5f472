import type { PathOrder } from '../model/query';
import type { MoveKind } from '../model/graph';

/** What the focus bar of a large catalog shows: around a role, or one track. */
export interface FocusChoice {
  kind: 'auto' | 'track';
  radius: number;
  track: string;
}

/**
 * Everything the explorer keeps in its query string, as plain data. Defaults are left out of the
 * URL so links stay short; parsing ignores what it does not understand rather than failing.
 */
export interface ExplorerQuery {
  catalog: string;
  role: string;
  from: string;
  to: string;
  weighted: boolean;
  promotionsOnly: boolean;
  avoid: string[];
  /** How paths are ordered: '' fewest moves, or by a role fact (`by=fastest|travelled|pay`). */
  by: '' | PathOrder;
  /** Which path is shown: 0 the best, 1.. the alternatives. */
  alt: number;
  tracks: string[];
  /** Level range as steps of the career level scale: [lowest, highest], null for open. */
  levels: [number | null, number | null];
  kinds: MoveKind[];
  /** Hide the moves whose evidence is weak. */
  hideWeak: boolean;
  text: string;
  /** "Within N moves of the selected role" (null: off). */
  within: number | null;
  /** "Roles that lead into the selected role". */
  feeders: boolean;
  filterMode: 'hide' | 'fade';
  view: 'graph' | 'list';
  /** Two role ids to compare side by side ([] when off). */
  compare: string[];
  /** Only roles with this competency ('' for all). */
  competency: string;
}
