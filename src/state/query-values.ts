/**
 * Readers for query-string values. A link is typed, pasted, saved and shared by people and by
 * host pages, so each reader gives a valid value for any text: never throws, never repeats an
 * item (lists are keyed by their items when rendered), never grows without bound.
 */

/** Most items a list parameter keeps (a catalog has at most a few thousand roles to name). */
export const MAX_LIST_ITEMS = 200;

/**
 * How many alternatives the page offers besides the best path: the path tool's choices, the
 * worker's search and the `alt` parameter (0, the best, to this) all read it.
 */
export const MAX_ALTERNATIVES = 3;

/** "Within N moves": the range of the filter's number field and of the `within` parameter. */
export const WITHIN = { min: 1, max: 10, initial: 2 } as const;

/**
 * A comma-separated list, each item once, in first-seen order.
 * @param v - the parameter's value (null when absent).
 * @returns its distinct non-empty items, at most {@link MAX_LIST_ITEMS}.
 */
export function list(v: string | null): string[] {
  if (!v) return [];
  const seen = new Set<string>();
  for (const item of v.split(',')) {
    if (!item || seen.has(item)) continue;
    seen.add(item);
    if (seen.size === MAX_LIST_ITEMS) break;
  }
  return [...seen];
}

/**
 * A whole number in a range.
 * @returns the number, or null when the value is absent, not digits, or out of range.
 */
export function int(v: string | null, min: number, max: number): number | null {
  if (v === null || !/^\d{1,9}$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}
