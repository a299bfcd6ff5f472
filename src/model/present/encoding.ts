import { scaleOrdinal } from 'd3-scale';
import type { TrackInfo } from '../graph/career-graph';

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
 * The tracks a graph was built with (its `tracks` attribute), lowest first.
 * @param graph - a career graph, or anything with graphology's `getAttribute`.
 * @returns the tracks, or none.
 */
export function tracksOf(graph: { getAttribute(name: 'tracks'): unknown } | null): TrackInfo[] {
  const t = graph?.getAttribute('tracks');
  return Array.isArray(t) ? (t as TrackInfo[]) : [];
}

/**
 * Track → color: each track's own color (assigned when the graph was built, or by the catalog's
 * overlay); a track the list lacks gets the palette's next color.
 * @param tracks - the graph's tracks.
 * @returns a d3 ordinal scale.
 */
export function trackColorScale(tracks: readonly TrackInfo[]) {
  const range = tracks.length
    ? [
        ...tracks.map((t) => t.color),
        ...TRACK_PALETTE.filter((c) => !tracks.some((t) => t.color === c)),
      ]
    : TRACK_PALETTE;
  return scaleOrdinal<string, string>()
    .domain(tracks.map((t) => t.id))
    .range(range);
}

/** The label a person reads for a track id. */
export function trackLabel(tracks: readonly TrackInfo[], id: string): string {
  return tracks.find((t) => t.id === id)?.label ?? id;
}
