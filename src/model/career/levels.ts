import type { CareerGraph } from '../graph/career-graph';
import { levelAt, type CareerModel } from './career-model';

/** A level a catalog's roles use: its rank on the scale and the name to show for it. */
export interface CatalogLevel {
  rank: number;
  /**
   * The catalog's own level words at that rank (`Senior`, `Lead`, `II`), most used first, up to
   * three; the scale's name for it (`Professional`) when no title there has a level word of its
   * own. A word is a rank's own when a title's level word put a role there (not evidence that
   * moved it), and only at the rank where the most roles have it: no two levels share a name.
   */
  label: string;
  /** True when `label` is the scale's name (no title there has a level word of its own). */
  scale?: boolean;
}

/** Level words a name shows at most at one rank. */
const MAX_WORDS = 3;

/** What {@link catalogLevels} reads of a role (a `RoleNode` has it). */
export interface LevelledRole {
  rank: number;
  /** The title's level words, '' when none. */
  level: string;
  /** What set the rank: only `title` makes the level words the rank's name. */
  rankEvidence: string;
}

/**
 * The levels a catalog's roles use, in rank order, named the way the catalog names them.
 * @param roles - every role.
 * @param model - the career model (its scale names a level no title names).
 * @returns one entry per rank used, lowest first.
 */
export function catalogLevels(roles: Iterable<LevelledRole>, model: CareerModel): CatalogLevel[] {
  /** Per rank: each level word (by its lower case) with its spelling and count. */
  const byRank = new Map<number, Map<string, { word: string; n: number }>>();
  for (const { rank, level, rankEvidence } of roles) {
    let words = byRank.get(rank);
    if (!words) byRank.set(rank, (words = new Map()));
    // Level words the title or the catalog gives, not those evidence moved.
    if (rankEvidence !== 'title' && rankEvidence !== 'level') continue;
    // `Director of`, `Head of`: the level, not the preposition that joins it to the function.
    const word = level
      .trim()
      .replace(/\s+of(\s+the)?$/i, '')
      .replace(/^\((.*)\)$/, '$1');
    if (!word) continue;
    const key = word.toLowerCase();
    const seen = words.get(key);
    if (seen) seen.n++;
    else words.set(key, { word, n: 1 });
  }
  const ranks = [...byRank.keys()].sort((a, b) => a - b);
  /** Each word's rank: where most roles have it (the lowest of a tie). */
  const home = new Map<string, { rank: number; n: number }>();
  for (const rank of ranks)
    for (const [key, { n }] of byRank.get(rank)!)
      if (n > (home.get(key)?.n ?? 0)) home.set(key, { rank, n });
  return ranks.map((rank) => {
    const words = [...byRank.get(rank)!]
      .filter(([key]) => home.get(key)!.rank === rank)
      .map(([, w]) => w)
      .sort((a, b) => b.n - a.n)
      .slice(0, MAX_WORDS)
      .map((w) => w.word);
    return words.length
      ? { rank, label: words.join(' / ') }
      : { rank, label: levelAt(model, rank).label, scale: true };
  });
}

/**
 * The levels of a career graph's roles (see {@link catalogLevels}).
 * @param graph - the career graph.
 * @param model - the career model.
 * @returns one entry per rank used, lowest first.
 */
export function graphLevels(graph: CareerGraph, model: CareerModel): CatalogLevel[] {
  return catalogLevels(
    graph.mapNodes((_id, a) => a),
    model,
  );
}
