/**
 * The scale's level names in the interface's language: a band's `labels` in the career model
 * (`data/career-model.json`) when it has one for the language, its `label` otherwise. A step's
 * own level word ("Junior") is a word of titles and stays as it is.
 */
import { levelAt, type CareerModel, type ScaleBand } from '../model/career';
import { language } from './language.svelte';

/** A band's name in the interface's language. */
export function bandName(band: ScaleBand): string {
  return band.labels?.[language.current] ?? band.label;
}

/** The band of a rank. */
function bandAt(model: CareerModel, rank: number): ScaleBand {
  return model.scale[levelAt(model, rank).bandIndex]!;
}

/** The band's name at a rank ("Professional", "Fachkraft"). */
export function bandNameAt(model: CareerModel, rank: number): string {
  return bandName(bandAt(model, rank));
}

/** A level as the details name it: "Entry (Junior)", "Einstieg (Junior)", "Senior". */
export function levelLabel(model: CareerModel, rank: number): string {
  const word = levelAt(model, rank).word;
  const name = bandNameAt(model, rank);
  return word ? `${name} (${word})` : name;
}

/** A level's short name: the step's word in a band of several steps, else the band's name. */
export function levelName(model: CareerModel, rank: number): string {
  return levelAt(model, rank).word || bandNameAt(model, rank);
}

/** A level of the catalog as the interface names it: the catalog's own words, or the scale's name. */
export function catalogLevelName(
  model: CareerModel,
  level: { rank: number; label: string; scale?: boolean },
): string {
  return level.scale ? levelLabel(model, level.rank) : level.label;
}
