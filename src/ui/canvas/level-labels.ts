/**
 * The level axis's labels at any zoom: each level's name beside its row, shortened when the row
 * is too short for it, and every second (third, …) row's alone when even the short names would
 * run into each other. Pure: the caller measures text (a canvas's measureText in the browser).
 */

/** A level's row on screen: its name, its centre and its height, in pixels. */
export interface AxisRow {
  key: string;
  label: string;
  center: number;
  height: number;
}

/** A label to draw: its text and the box it owns along the axis (no two boxes overlap). */
export interface AxisLabel {
  key: string;
  text: string;
  /** The level's whole name, for a tooltip when the text is shortened. */
  full: string;
  top: number;
  height: number;
}

/** Room kept free at each end of a label's box, in pixels. */
const GAP = 4;

/**
 * Shorter forms of a level's name, longest first: the step in brackets ("Entry (Junior)" →
 * "Junior"), the first of alternatives ("Staff / Lead" → "Staff"), then the first word. Generic: no level is named.
 * @param label - the level's name.
 * @returns its forms, the whole name first, each once.
 */
export function levelForms(label: string): string[] {
  const forms = [label];
  const bracket = /\(([^)]+)\)\s*$/.exec(label)?.[1]?.trim();
  if (bracket) forms.push(bracket);
  const first = label.split(/\s*[/|]\s*/)[0]!.trim();
  if (first) forms.push(first);
  // The bracketed step's word before the name's first (it tells rows of one band apart). Words
  // are not cut: a cut word misreads, and labelling fewer rows keeps each one whole.
  for (const f of [...forms.slice(1), label]) forms.push(f.split(/\s+/)[0]!);
  // Last, the initials of a name of several words ("Senior Vice President" → "SVP"): the first
  // word alone may be another level's name.
  const words = label.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length >= 2 && words.length === label.split(/\s+/).length)
    forms.push(words.map((w) => w[0]).join(''));
  return [...new Set(forms.filter(Boolean))];
}

/**
 * The labels to draw for rows of one height, top to bottom: each row's longest form that fits;
 * when a row has none, only every k-th row is labelled (counted from the bottom, the entry
 * level), each owning k rows' room, for the smallest k at which every labelled row fits.
 * @param rows - the rows on screen, in any order (all of one height).
 * @param measure - the length of a text along the axis, in pixels.
 * @returns the labels, or none when not even one short name fits.
 */
export function fitLevelLabels(
  rows: readonly AxisRow[],
  measure: (text: string) => number,
): AxisLabel[] {
  if (!rows.length) return [];
  // Bottom first: the entry level keeps its label at every stride.
  const order = [...rows].sort((a, b) => b.center - a.center);
  const height = order[0]!.height;
  for (let stride = 1; stride <= order.length; stride++) {
    const room = stride * height;
    if (room - 2 * GAP <= 0) continue;
    const out: AxisLabel[] = [];
    // A short form that another row's name already is, or another label already says, would
    // name two levels alike ("Senior" for Senior and for Senior Vice President).
    const names = new Set(rows.map((r) => r.label));
    const said = new Set<string>();
    let fits = true;
    for (let i = 0; i < order.length && fits; i += stride) {
      const r = order[i]!;
      const text = levelForms(r.label).find(
        (f) => measure(f) <= room - 2 * GAP && (f === r.label || (!names.has(f) && !said.has(f))),
      );
      if (text !== undefined) said.add(text);
      if (text === undefined) fits = false;
      else out.push({ key: r.key, text, full: r.label, top: r.center - room / 2, height: room });
    }
    if (fits) return out.reverse();
  }
  return [];
}
