/**
 * Edits of an overlay, each a new overlay (the one before is kept for undo): the decisions an HR
 * author makes in the app, written in the same file format the command-line tool reads. Roles
 * are named by title, as a person writes an overlay by hand.
 */
import type { MoveKind } from '../graph/types';
import type { CareerModel } from './career-model';
import { DECIDED, type Overlay, type OverlayRole } from './overlay';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The overlay's decision on a role (its level or family), named by its title in any case or by
 * its id, if it has one.
 */
export function roleDecision(
  overlay: Overlay,
  role: { title: string; id: string },
): OverlayRole | undefined {
  return overlay.roles.find((r) => same(r.role, role.title) || r.role === role.id);
}

/** The overlay with a role's level (or family) decided; `''` drops that decision. */
export function withRoleDecision(
  overlay: Overlay,
  role: string,
  field: 'level' | 'family',
  value: string,
): Overlay {
  const had = overlay.roles.find((r) => same(r.role, role));
  const next: OverlayRole = { ...(had ?? { role }) };
  if (value.trim()) next[field] = value.trim();
  else delete next[field];
  const others = overlay.roles.filter((r) => r !== had);
  const keep = next.level !== undefined || next.family !== undefined;
  return { ...overlay, roles: keep ? [...others, next] : others };
}

/**
 * The overlay with a move stated (an inferred one accepted, or a new one), no longer rejected.
 * @param because - the author's reason; empty: "decided by the catalog's author".
 */
export function withMove(
  overlay: Overlay,
  from: string,
  to: string,
  kind: MoveKind,
  because = '',
): Overlay {
  const pair = (m: { from: string; to: string }) =>
    (same(m.from, from) && same(m.to, to)) ||
    (kind === 'lateral' && same(m.from, to) && same(m.to, from));
  return {
    ...overlay,
    moves: [
      ...overlay.moves.filter((m) => !pair(m)),
      { from, to, kind, because: because.trim() || DECIDED },
    ],
    rejected: overlay.rejected.filter((r) => !pair(r)),
  };
}

/**
 * The overlay with a move rejected: never drawn again for this catalog, not stated either (a
 * lateral move neither way).
 */
export function withRejection(overlay: Overlay, from: string, to: string, kind: MoveKind): Overlay {
  const pair = (m: { from: string; to: string }) =>
    (same(m.from, from) && same(m.to, to)) ||
    (kind === 'lateral' && same(m.from, to) && same(m.to, from));
  return {
    ...overlay,
    moves: overlay.moves.filter((m) => !pair(m)),
    rejected: [...overlay.rejected.filter((r) => !pair(r)), { from, to }],
  };
}

/** An overlay as its file holds it: only the lists it uses, two-space indented. */
export function overlayText(overlay: Overlay): string {
  const out: Partial<Overlay> = {};
  for (const k of ['roles', 'tracks', 'moves', 'rejected'] as const)
    if (overlay[k].length) (out as Record<string, unknown>)[k] = overlay[k];
  if (overlay.packs?.length) out.packs = overlay.packs;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * The levels an author can give a role, one per step of the scale, lowest first: the word an
 * overlay states it by (a band's label, or the step's own level word in a band of several steps)
 * and how it is shown.
 */
export function levelChoices(model: CareerModel): { rank: number; value: string; label: string }[] {
  let rank = 0;
  return model.scale.flatMap((b) =>
    b.steps.map((s) => {
      const word = b.steps.length > 1 ? s.ic[0] || s.management[0] || b.label : b.label;
      return {
        rank: rank++,
        value: word,
        label: b.steps.length > 1 ? `${b.label} (${word})` : b.label,
      };
    }),
  );
}

/** The overlay with a found track (by id) renamed and, given a colour (`#rrggbb`), recoloured. */
export function withTrack(overlay: Overlay, id: string, label: string, color?: string): Overlay {
  const had = overlay.tracks.find((t) => t.id === id && !t.families.length);
  const entry = {
    id,
    label: label.trim(),
    families: [],
    ...(color ? { color } : had?.color ? { color: had.color } : {}),
    because: had?.because ?? DECIDED,
  };
  return { ...overlay, tracks: [...overlay.tracks.filter((t) => t !== had), entry] };
}

/**
 * The overlay with a family put in a track: the track's families become an overlay track (named
 * and coloured as it is shown) holding them and this one, and no other track of the overlay
 * holds this family.
 * @param family - the family moved.
 * @param track - the track it joins, as shown (its label and colour).
 * @param members - the families in that track now.
 */
export function withFamilyInTrack(
  overlay: Overlay,
  family: string,
  track: { label: string; color: string },
  members: readonly string[],
): Overlay {
  const key = (f: string) => f.trim().toLowerCase();
  const others = overlay.tracks
    .map((t) => ({ ...t, families: t.families.filter((f) => key(f) !== key(family)) }))
    // A track that held only this family goes; a rename by id (no families) stays.
    .filter((t, i) => t.families.length || !overlay.tracks[i]!.families.length);
  const into = others.find((t) => t.families.length && same(t.label, track.label));
  const families = [
    ...new Set([...(into?.families ?? []), ...members, family].map((f) => f.trim())),
  ];
  const entry = {
    label: track.label,
    families,
    color: track.color,
    because: into?.because ?? DECIDED,
  };
  return { ...overlay, tracks: [...others.filter((t) => t !== into), entry] };
}
