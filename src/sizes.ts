/**
 * How much the app draws, in one place: the role and move counts at which the canvas, the page
 * and the catalog worker change how they draw a view. Apart from both, and importing nothing,
 * because the worker reads it as well as the interface (and the page's first modules, which load
 * no model).
 */
export const SIZES = Object.freeze({
  /**
   * A first view of up to this many roles opens with labels at least legible (`MIN_LABEL_PX`),
   * even if the whole lattice then does not fit in view.
   */
  legibleRoles: 60,
  /**
   * A canvas narrower than this many pixels (a phone's) opens with legible labels, never only
   * readable ones.
   */
  narrowCanvas: 600,
  /** Above this many roles the canvas uses its large-view renderer settings. */
  largeView: 300,
  /** Drawings of up to this many elements (roles and moves) are added to the canvas at once. */
  wholeDrawing: 400,
  /**
   * A larger drawing is added a part per frame: the first part's size, and the bounds a part's
   * size is kept within as it follows the frames' length (600 roles and their moves in one
   * frame took 250–300 ms).
   */
  part: Object.freeze({ first: 30, min: 25, max: 300 } as const),
  /** The most roles a focus view hands to the canvas. */
  focusCap: 600,
  /**
   * Catalogs up to this many roles, and up to {@link SIZES.wholeGraphMoves} moves, are handed to
   * the page whole and drawn whole.
   */
  wholeGraph: 2000,
  /**
   * The most moves a catalog handed to the page whole may have: about twice the 10,328 of the
   * 2,000-role synthetic catalog. A denser one (1,000 roles that each state every other as a Next
   * role) froze the page drawn whole: it is shown a focus view at a time, like a large catalog.
   */
  wholeGraphMoves: 20_000,
} as const);
