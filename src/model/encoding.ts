import { scaleLinear, scaleOrdinal } from 'd3-scale';
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
 * Rank → node size in pixels: higher ranks draw larger.
 * @param minRank - lowest rank in the graph.
 * @param maxRank - highest rank in the graph.
 * @returns a d3 linear scale, clamped.
 */
export function rankSizeScale(minRank: number, maxRank: number) {
  return scaleLinear()
    .domain([minRank, Math.max(maxRank, minRank + 1)])
    .range([20, 34])
    .clamp(true);
}

/** The label a person reads for a track id. */
export function trackLabel(model: CareerModel, id: string): string {
  if (id === model.defaultTrack.id) return model.defaultTrack.label;
  return model.tracks.find((t) => t.id === id)?.label ?? id;
}
