/**
 * Adding a large view to the canvas a part per frame, so that no frame carries the styles, label
 * sizes, bounding boxes and first drawing of all of it (600 roles and their moves in one frame
 * took 250–300 ms). Apart from the adapter because the schedule is plain arithmetic on counts and
 * times, tested in Node with a fake clock; the adapter says how a part is added.
 */
import { SIZES } from '../../sizes';

/**
 * The time a frame should take, in ms. Each frame also redraws what is already there, so a
 * part's size follows the frames' length: scaled towards this each frame (by half to 1.5),
 * within `SIZES.part`.
 */
const FRAME_TARGET_MS = 40;

/**
 * How many elements of a drawing are added at once, before the first frame.
 * @param total - the drawing's element count (roles and moves).
 * @returns all of them for a drawing of up to `SIZES.wholeDrawing`, else the first part's size.
 */
export function firstPart(total: number): number {
  return total > SIZES.wholeDrawing ? SIZES.part.first : total;
}

/**
 * The size of the next part, from the last part's size and the time it took.
 * @param last - the last part's element count.
 * @param elapsedMs - the time since the last part was added: adding it, and the frame that drew
 *   it with the rest.
 * @returns the next part's element count, within `SIZES.part`'s min and max.
 */
export function nextPart(last: number, elapsedMs: number): number {
  const scale = Math.min(1.5, Math.max(0.5, FRAME_TARGET_MS / Math.max(1, elapsedMs)));
  return Math.round(Math.min(SIZES.part.max, Math.max(SIZES.part.min, last * scale)));
}

/** The page's frames and clock (a fake one in tests). */
export interface Frames {
  request(cb: () => void): number;
  cancel(id: number): void;
  now(): number;
}

const pageFrames: Frames = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
  now: () => performance.now(),
};

/** Adds a drawing's elements a part per frame, through the function it is given. */
export class Pacer<T> {
  private pending: T[] = [];
  private frame = 0;

  /**
   * @param add - adds a part to the canvas (the adapter's, in one Cytoscape batch).
   * @param frames - the frames and clock the parts are timed by.
   */
  constructor(
    private add: (part: T[]) => void,
    private frames: Frames = pageFrames,
  ) {}

  /** The elements still to be added, in order. */
  get waiting(): readonly T[] {
    return this.pending;
  }

  /**
   * Stops adding the parts still waiting (they are dropped) and adds these instead: the first
   * part now, the rest a part per frame.
   * @param elements - the elements, in the order they are to be added.
   * @param since - when the work on this drawing began (its time counts towards the first part).
   */
  start(elements: T[], since = this.frames.now()): void {
    this.cancel();
    const first = firstPart(elements.length);
    this.pending = elements.slice(first);
    this.add(elements.slice(0, first));
    if (this.pending.length) this.next(first, since);
  }

  /** Drops the parts still waiting. */
  cancel(): void {
    this.frames.cancel(this.frame);
    this.pending = [];
  }

  /**
   * Adds the next part on the next frame, sized by how long the last one took.
   * @param size - the last part's element count.
   * @param at - when the last part was added (the clock's time, not a frame's timestamp: that is
   *   when the frame began, which can be before the last part was even added).
   */
  private next(size: number, at: number): void {
    this.frame = this.frames.request(() => {
      const now = this.frames.now();
      const part = this.pending.splice(0, nextPart(size, now - at));
      this.add(part);
      if (this.pending.length) this.next(part.length, now);
    });
  }
}
