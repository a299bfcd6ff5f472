import { describe, expect, it } from 'vitest';
import { firstPart, nextPart, Pacer, type Frames } from '../../../src/ui/canvas/pacing';
import { SIZES } from '../../../src/sizes';

/*
 * How a large view reaches the canvas: all at once when small, else a part per frame whose size
 * follows how long the frames take, every element added once and in order. Run on a fake clock
 * whose frames take as long as the test says.
 */

/** Frames run by hand: each `tick` runs the frame asked for, `ms` after the last part. */
function fakeFrames() {
  let now = 0;
  let queued: { id: number; cb: () => void } | null = null;
  let ids = 0;
  const frames: Frames = {
    request: (cb) => {
      queued = { id: ++ids, cb };
      return ids;
    },
    cancel: (id) => {
      if (queued?.id === id) queued = null;
    },
    now: () => now,
  };
  return {
    frames,
    waiting: () => queued !== null,
    tick(ms: number) {
      const q = queued;
      queued = null;
      now += ms;
      q?.cb();
    },
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function pace(count: number, frameMs: (part: number) => number) {
  const clock = fakeFrames();
  const parts: number[][] = [];
  const pacer = new Pacer<number>((part) => parts.push(part), clock.frames);
  pacer.start(range(count), 0);
  for (let i = 0; clock.waiting() && i < 10_000; i++) clock.tick(frameMs(parts.at(-1)!.length));
  return { parts, pacer, clock };
}

describe('pacing a large view', () => {
  it(`adds a drawing of up to ${SIZES.wholeDrawing} elements at once, with no frame waiting`, () => {
    const { parts, pacer, clock } = pace(SIZES.wholeDrawing, () => 16);
    expect(parts).toEqual([range(SIZES.wholeDrawing)]);
    expect(pacer.waiting).toEqual([]);
    expect(clock.waiting()).toBe(false);
  });

  it('adds every element of a larger one exactly once, in order, a part per frame', () => {
    const { parts, pacer } = pace(2500, () => 30);
    expect(parts[0]).toHaveLength(SIZES.part.first);
    expect(parts.flat()).toEqual(range(2500));
    expect(pacer.waiting).toEqual([]);
  });

  it('grows the parts while frames are quick, by at most half, up to the largest part', () => {
    const sizes = pace(5000, () => 10).parts.map((p) => p.length);
    for (let i = 1; i < sizes.length - 1; i++) {
      if (sizes[i - 1]! < SIZES.part.max) expect(sizes[i]!).toBeGreaterThan(sizes[i - 1]!);
      expect(sizes[i]!).toBeLessThanOrEqual(Math.round(sizes[i - 1]! * 1.5));
      expect(sizes[i]!).toBeLessThanOrEqual(SIZES.part.max);
    }
    expect(Math.max(...sizes)).toBe(SIZES.part.max);
  });

  it('shrinks the parts while frames are slow, down to the smallest part', () => {
    // Frames slow in proportion to what they add: a part of 100 takes 200 ms.
    const sizes = pace(3000, (n) => n * 2).parts.map((p) => p.length);
    expect(sizes[1]).toBe(SIZES.part.min);
    const middle = sizes.slice(1, -1);
    expect(middle.every((n) => n === SIZES.part.min)).toBe(true);
  });

  it('settles on parts that keep a frame near its target', () => {
    // Each element costs 0.2 ms: the target of 40 ms a frame is met by parts of 200.
    const sizes = pace(10_000, (n) => n * 0.2).parts.map((p) => p.length);
    expect(sizes.at(-2)).toBe(200);
  });

  it('drops the parts still waiting when a new drawing starts', () => {
    const clock = fakeFrames();
    const parts: string[][] = [];
    const pacer = new Pacer<string>((part) => parts.push(part), clock.frames);
    pacer.start(
      range(1000).map((i) => `old${i}`),
      0,
    );
    clock.tick(20);
    pacer.start(['new']);
    while (clock.waiting()) clock.tick(20);
    expect(parts.at(-1)).toEqual(['new']);
    expect(parts.flat().filter((e) => e.startsWith('old')).length).toBeLessThan(1000);
    expect(pacer.waiting).toEqual([]);
  });
});

describe('part sizes', () => {
  it('starts small only above the whole-drawing size', () => {
    expect(firstPart(10)).toBe(10);
    expect(firstPart(SIZES.wholeDrawing)).toBe(SIZES.wholeDrawing);
    expect(firstPart(SIZES.wholeDrawing + 1)).toBe(SIZES.part.first);
  });

  it('scales the next part by half to one and a half, within the bounds', () => {
    expect(nextPart(100, 40)).toBe(100);
    expect(nextPart(100, 1)).toBe(150);
    expect(nextPart(100, 1000)).toBe(50);
    expect(nextPart(280, 1)).toBe(SIZES.part.max);
    expect(nextPart(30, 1000)).toBe(SIZES.part.min);
  });
});
