import { scaleOrdinal, scaleThreshold } from 'd3-scale';
import type { CareerModel } from './career-model';

/**
 * Colors chosen to stay distinguishable for the common color-vision deficiencies and to reach
 * 3:1 against both the light and the dark canvas (Okabe–Ito based, darkened where needed).
 */
export const TRACK_PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#8C6D00',
  '#56B4E9',
  '#7B52AB',
  '#E69F00',
  '#4D4D4D',
  '#A6761D',
];

/**
 * Track → color, in the model's track order so colors are stable across catalogs.
 * @param model - the career model.
 * @param extraTracks - tracks found in the graph that the model does not list.
 * @returns a d3 ordinal scale.
 */
export function trackColorScale(model: CareerModel, extraTracks: string[] = []) {
  const domain = [...model.tracks.map((t) => t.id), model.defaultTrack.id, ...extraTracks];
  return scaleOrdinal<string, string>().domain(domain).range(TRACK_PALETTE);
}

/**
 * Rank → node size in pixels: higher ranks draw larger, in up to 8 steps from 20 to 34 px.
 * A threshold scale rather than a linear one: it needs no interpolators or tick formats, which
 * kept 7 KB (gzip) of d3 out of the first download, and stepped sizes read as levels.
 * @param minRank - lowest rank in the graph.
 * @param maxRank - highest rank in the graph.
 * @returns a d3 threshold scale.
 */
export function rankSizeScale(minRank: number, maxRank: number) {
  const span = Math.max(maxRank - minRank, 1);
  const steps = Math.min(8, span + 1);
  const sizes = Array.from({ length: steps }, (_, i) =>
    steps === 1 ? 27 : Math.round(20 + (14 * i) / (steps - 1)),
  );
  const thresholds = sizes.slice(1).map((_, i) => minRank + ((i + 1) * span) / steps + 1e-9);
  return scaleThreshold<number, number>().domain(thresholds).range(sizes);
}

/** The label a person reads for a track id. */
export function trackLabel(model: CareerModel, id: string): string {
  if (id === model.defaultTrack.id) return model.defaultTrack.label;
  return model.tracks.find((t) => t.id === id)?.label ?? id;
}
