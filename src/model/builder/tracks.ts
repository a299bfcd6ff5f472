import { TRACK_PALETTE } from '../present/encoding';
import type { CareerModel } from '../career/career-model';
import type { TrackInfo } from '../graph/career-graph';
import type { Overlay, OverlayTrack } from '../career/overlay';
import type { Diagnostic } from '../graph/diagnostics';
import type { Draft, Family } from './drafts';
import { stem, wordsOf } from '../career/title-words';
import { slugify } from '../graph/text';

/**
 * Tracks: the functions in the titles. A family's track is its head word (`Analyst` in `Support
 * Analyst`), or, when the head word only says "a person who does" (`Specialist`, `Assistant`),
 * the word before it (`Nurse` in `Clinical Nurse Specialist`). Words with one stem are one track
 * (`Nursing`, `Nurse`). A manager of a place (`Store Manager`) is in the Management track.
 * Colours are given to the tracks found, in the order of their lowest rank.
 */

/** A family as the track step sees it. */
export interface TrackFamily {
  name: string;
  /** True for a manager of a place: no function in the title. */
  place: boolean;
  /** True when the family's titles name a person (an IC ladder), so the head word is plural-able. */
  person: boolean;
  minRank: number;
  /** The families whose work is most alike (a career move named between them, then text), nearest first. */
  related: number[];
}

const LINK = new Set(['of', 'and', 'the', 'for', '&', 'in', 'to']);

function headOf(model: CareerModel, family: string): { word: string; last: boolean } {
  const words = family.split(/\s+/).filter((w) => !LINK.has(w.toLowerCase()));
  // French, Spanish: the noun comes first (`Conseiller clientèle`, `Ayudante de cocina`).
  if (model.grammar.headFirst && words.length) return { word: words[0]!, last: true };
  const lower = words.map((w) => w.toLowerCase());
  for (const o of model.grammar.occupations) {
    const ow = wordsOf(o);
    if (ow.length <= lower.length && ow.every((w, i) => lower[lower.length - ow.length + i] === w))
      return { word: words.slice(-ow.length).join(' '), last: true };
  }
  const nouns = new Set(model.grammar.roleNouns.map((w) => w.toLowerCase()));
  if (words.length >= 2 && nouns.has(lower[lower.length - 1]!))
    return { word: words[words.length - 2]!, last: false };
  return { word: words[words.length - 1] ?? family, last: true };
}

/** Letters of the Latin script. */
const LATIN = /\p{Script=Latin}/u;

/**
 * A track name in the plural, by the first of the model's plural rules whose ending it has. A
 * rule adds letters of its own script: a word written in another (Arabic, Hebrew, Greek…) is left
 * as it is rather than given a Latin "s".
 */
function plural(model: CareerModel, w: string): string {
  const lower = w.toLowerCase();
  const r = model.grammar.plurals.find((p) => lower.endsWith(p.ending));
  if (!r) return w;
  const last = [...w].at(-1) ?? '';
  if (/\p{L}/u.test(last) && !LATIN.test(last) && LATIN.test(r.add)) return w;
  return w.slice(0, w.length - r.drop) + r.add;
}

/**
 * Finds the tracks of a catalog's families.
 * @param model - the career model (role nouns, occupations).
 * @param families - every family.
 * @param overlay - the organization's overlay (named tracks, labels, colours).
 * @returns the track of each family (by position) and the tracks, lowest first.
 */
export function findTracks(
  model: CareerModel,
  families: TrackFamily[],
  overlay: Overlay,
  chains: readonly [number, number][] = [],
): { trackOf: string[]; tracks: TrackInfo[] } {
  const named = new Map<string, number>();
  overlay.tracks.forEach((t, i) => {
    for (const f of t.families) named.set(f.toLowerCase(), i);
  });
  const found = new Map<
    string,
    { forms: Map<string, number>; minRank: number; overlay?: number }
  >();
  const trackOf = families.map((f) => {
    let key: string;
    let form: string;
    const o = named.get(f.name.toLowerCase());
    if (o !== undefined) {
      key = `overlay:${o}`;
      form = overlay.tracks[o]!.label;
    } else if (f.place) {
      key = 'management';
      form = 'Management';
    } else {
      const head = headOf(model, f.name);
      key = wordsOf(head.word).map(stem).join(' ');
      form = head.last && f.person ? plural(model, head.word) : head.word;
      form = form.charAt(0).toUpperCase() + form.slice(1);
    }
    let t = found.get(key);
    if (!t)
      found.set(
        key,
        (t = { forms: new Map(), minRank: f.minRank, ...(o !== undefined && { overlay: o }) }),
      );
    t.forms.set(form, (t.forms.get(form) ?? 0) + 1);
    t.minRank = Math.min(t.minRank, f.minRank);
    return key;
  });
  // A function only one family names is not a track of its own: the family joins the track of
  // the family whose work is most alike (`Controller` beside the accountants).
  const count = new Map<string, number>();
  for (const k of trackOf) count.set(k, (count.get(k) ?? 0) + 1);
  const lone = (f: number) =>
    count.get(trackOf[f]!) === 1 &&
    !trackOf[f]!.startsWith('overlay:') &&
    trackOf[f] !== 'management';
  // A manager of a place joins the function it manages (the nearest family that is not a place);
  // the Management track keeps only those with none.
  const target = families.map((f, i) => {
    if (!lone(i) && !f.place) return i;
    const t = f.related.find((j) => j !== i && !families[j]!.place && trackOf[j] !== 'management');
    return t ?? i;
  });
  const joined = trackOf.map((_, i) => {
    const seen = new Set<number>();
    let j = i;
    while (target[j] !== j && !seen.has(j) && (lone(j) || families[j]!.place)) {
      seen.add(j);
      j = target[j]!;
    }
    // Two lone families that are each other's closest share the track of the first.
    return seen.has(j) ? Math.min(...seen) : j;
  });
  const merged = joined.map((j) => trackOf[j]!);
  for (let i = 0; i < trackOf.length; i++) {
    if (merged[i] === trackOf[i]) continue;
    const into = found.get(merged[i]!)!;
    into.minRank = Math.min(into.minRank, families[i]!.minRank);
    trackOf[i] = merged[i]!;
  }
  // Families in one chain of supervision (a sous chef directs the line cooks) work in one
  // function: their tracks become one, named by the larger (the one found first on a tie).
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  // How many families each root's track holds (counting them for each union was quadratic).
  const size = new Map<string, number>();
  for (const k of trackOf) size.set(k, (size.get(k) ?? 0) + 1);
  for (const [a, b] of chains) {
    if (families[a]!.place || families[b]!.place) continue;
    const ka = trackOf[a]!;
    const kb = trackOf[b]!;
    if (ka.startsWith('overlay:') || kb.startsWith('overlay:')) continue;
    const ra = root(ka);
    const rb = root(kb);
    if (ra === rb) continue;
    const [from, into] = size.get(rb)! > size.get(ra)! ? [ra, rb] : [rb, ra];
    parent.set(from, into);
    size.set(into, size.get(into)! + size.get(from)!);
  }
  for (let i = 0; i < trackOf.length; i++) {
    const r = root(trackOf[i]!);
    if (r === trackOf[i]) continue;
    const into = found.get(r)!;
    into.minRank = Math.min(into.minRank, families[i]!.minRank);
    trackOf[i] = r;
  }
  // Tracks left with no family (every one joined another) go.
  const kept = new Set(trackOf);
  for (const k of [...found.keys()]) if (!kept.has(k)) found.delete(k);
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const ordered = [...found].sort(
    ([ka, a], [kb, b]) => a.minRank - b.minRank || (ka < kb ? -1 : 1),
  );
  const tracks = ordered.map(([key, t], i): TrackInfo => {
    const form = [...t.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const own = t.overlay === undefined ? undefined : overlay.tracks[t.overlay];
    let id = slugify(own ? own.label : form);
    while (used.has(id)) id = `${id}-2`;
    used.add(id);
    ids.set(key, id);
    return {
      id,
      label: form,
      color: own?.color ?? TRACK_PALETTE[i % TRACK_PALETTE.length]!,
      reason: own
        ? own.source === 'catalog'
          ? 'stated in the catalog'
          : `named in the catalog's overlay: ${own.because}`
        : key === 'management'
          ? 'managers of a place (a store, a shift, a district), whose titles name no function'
          : `the function its titles name: “${form}”`,
    };
  });
  // Renaming or recolouring a found track by its id.
  for (const o of overlay.tracks) {
    if (!o.id || o.families.length) continue;
    const t = tracks.find((x) => x.id === o.id);
    if (!t) continue;
    t.label = o.label;
    if (o.color) t.color = o.color;
    t.reason = `${t.reason}; named “${o.label}” in the catalog's overlay: ${o.because}`;
  }
  return { trackOf: trackOf.map((k) => ids.get(k)!), tracks };
}

/**
 * The tracks a catalog states (`Track: Legal practice #7b3294`), as overlay tracks: one per
 * label (any case), holding each family one of whose roles states it. A family's first role (in
 * the order of titles) that states a track decides; another of its roles stating a different one,
 * or a second colour for a track, is a warning.
 * @param drafts - every role.
 * @param families - every family.
 * @param diagnostics - gets the warnings.
 * @returns the stated tracks, in the order first stated.
 */
export function statedTracks(
  drafts: readonly Draft[],
  families: readonly Family[],
  diagnostics: Diagnostic[],
): OverlayTrack[] {
  const byLabel = new Map<string, OverlayTrack>();
  /** The role that first stated each track (by its label, lower case). */
  const by = new Map<string, string>();
  const warn = (d: Draft, message: string) =>
    diagnostics.push({
      severity: 'warning',
      line: d.role.line,
      roleId: d.id,
      message: `role "${d.role.title}": ${message}`,
    });
  for (const f of families) {
    let first: Draft | undefined;
    for (const i of [...f.members].sort((a, b) => a - b)) {
      const d = drafts[i]!;
      const t = d.role.track;
      if (!t) continue;
      if (first) {
        const had = first.role.track!.label;
        if (had.toLowerCase() !== t.label.toLowerCase())
          warn(
            d,
            `it states track "${t.label}", but its family ${f.name} is in track "${had}" (stated by role "${first.role.title}"); the first is kept`,
          );
        continue;
      }
      first = d;
      const key = t.label.toLowerCase();
      const entry = byLabel.get(key);
      if (!entry) {
        byLabel.set(key, {
          label: t.label,
          families: [f.name],
          ...(t.color && { color: t.color }),
          because: 'stated in the catalog',
          source: 'catalog',
        });
        by.set(key, d.role.title);
        continue;
      }
      entry.families.push(f.name);
      if (t.color && !entry.color) entry.color = t.color;
      else if (t.color && entry.color !== t.color)
        warn(
          d,
          `it gives track "${t.label}" the colour ${t.color}, but role "${by.get(key)}" gave it ${entry.color}; the first is kept`,
        );
    }
  }
  return [...byLabel.values()];
}
