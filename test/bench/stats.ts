/** Small statistics and formatting helpers shared by the benchmark's parts. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How many times each target and its peer are measured. */
export const RUNS = 7;

/** A measured figure: the median of its runs, with their spread. */
export interface Sample {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/**
 * @param runs - the measured values, in the order they were taken.
 * @returns their median (the mean of the two middle values for an even count) and range.
 */
export function sample(runs: number[]): Sample {
  const s = runs.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = !s.length ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0] ?? NaN, max: s.at(-1) ?? NaN, runs };
}

/** The median of some values. */
export function median(xs: number[]): number {
  return sample(xs).median;
}

/** The q-quantile (0–1) of some values, nearest-rank. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/** Milliseconds `f` takes. */
export function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/**
 * A full garbage collection, so that each timed run starts from the same heap. V8 only exposes
 * `gc` when asked at start; the flag is set here and the function read from a fresh context.
 */
export const gc: () => void = (() => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return () => {};
  }
})();

/** A duration for a table: two decimals under 10 ms, whole milliseconds above. */
export function ms(x: number): string {
  return Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms` : 'n/a';
}

/** "median (min–max)" of a sample, each value formatted by `f`. */
export function spread(s: Sample, f: (x: number) => string): string {
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const started = performance.now();
/** A progress line on stderr, with the seconds since the bench started. */
export function progress(what: string): void {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${what}\n`);
}
