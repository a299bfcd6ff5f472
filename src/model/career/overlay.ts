import { CatalogError, type Diagnostic } from '../graph/diagnostics';
import type { MoveKind } from '../graph/types';

/**
 * An organization's overlay: what it knows beyond its catalog's text, kept in a file beside the
 * catalog (`data/role-blueprints.model.json` for `data/role-blueprints.txt`). Every entry says
 * why. It may name the catalog's own families and roles; the generic model never does.
 */

/** A track the organization names: families put in it, or a found track (by id) renamed. */
export interface OverlayTrack {
  /** A found track's id (`analyst`), to rename or recolor it. */
  id?: string;
  label: string;
  /** Families (by name, any case) that belong to this track. */
  families: string[];
  color?: string;
  because: string;
  /** `catalog` for a track the catalog itself states (set by the builder, never by a file). */
  source?: 'catalog';
}

/**
 * A move the organization states: one its catalog's text does not show, or an inferred one it
 * accepted (then stated, with this reason).
 */
export interface OverlayMove {
  from: string;
  to: string;
  kind: MoveKind;
  because: string;
}

/** A role's level or family as the organization decided it: it wins as a catalog's statement does. */
export interface OverlayRole {
  /** The role, by title or id. */
  role: string;
  /** A level word of the scale, or one of its bands, as a catalog's `level`. */
  level?: string;
  /** The family it belongs to (merging or splitting families). */
  family?: string;
  because?: string;
}

/** A move the organization rejected: never drawn for this catalog, however it was found. */
export interface OverlayRejection {
  from: string;
  to: string;
  because?: string;
}

export interface Overlay {
  tracks: OverlayTrack[];
  moves: OverlayMove[];
  roles: OverlayRole[];
  rejected: OverlayRejection[];
  /**
   * Competency field packs (`data/competencies/packs/<id>.json`) to read the catalog with, besides
   * those its text fits; an id no pack has is ignored.
   */
  packs?: string[];
}

export const EMPTY_OVERLAY: Overlay = { tracks: [], moves: [], roles: [], rejected: [] };

/** The reason of an overlay's move when its author gave none. */
export const DECIDED = 'decided by the catalog’s author';

/** The keys of an overlay file. */
const KEYS = ['tracks', 'moves', 'roles', 'rejected', 'packs'];

const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Validates and reads an overlay.
 * @param data - the parsed JSON of an overlay file.
 * @param file - the name used in messages.
 * @returns the overlay.
 * @throws CatalogError listing every problem, each as `<file>: <json path>: <what is wrong>`.
 */
export function readOverlay(data: unknown, file = 'overlay.json'): Overlay {
  const problems: Diagnostic[] = [];
  const fail = (path: string, what: string) =>
    problems.push({ severity: 'error', line: 0, message: `${path}: ${what}` });
  const isObj = (v: unknown): v is Record<string, unknown> =>
    !!v && typeof v === 'object' && !Array.isArray(v);
  const str = (v: unknown, path: string): string => {
    if (typeof v === 'string' && v.trim()) return v.trim();
    fail(path, 'must be a non-empty string');
    return '';
  };
  /** An optional reason: absent, or a non-empty string. */
  const why = (v: unknown, path: string): { because?: string } => {
    if (v === undefined) return {};
    return { because: str(v, path) };
  };
  const out: Overlay = { tracks: [], moves: [], roles: [], rejected: [] };
  if (!isObj(data)) {
    fail('overlay', `must be an object with any of ${KEYS.map((k) => `"${k}"`).join(', ')}`);
    throw new CatalogError(problems, file);
  }
  for (const k of Object.keys(data))
    if (!KEYS.includes(k) && k !== '$comment') fail(k, `unknown key (expected ${KEYS.join(', ')})`);
  const list = (v: unknown, path: string): unknown[] => {
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    fail(path, 'must be a list');
    return [];
  };
  list(data['tracks'], 'tracks').forEach((tv, i) => {
    const p = `tracks[${i}]`;
    if (!isObj(tv)) return fail(p, 'must be an object');
    const families = tv['families'] ?? [];
    if (!Array.isArray(families) || !families.every((f) => typeof f === 'string'))
      fail(`${p}.families`, 'must be a list of family names');
    const id = tv['id'];
    if (id !== undefined && typeof id !== 'string') fail(`${p}.id`, 'must be a string');
    if (id === undefined && (!Array.isArray(families) || families.length === 0))
      fail(p, 'needs "id" (a found track) or "families"');
    const color = tv['color'];
    if (color !== undefined && (typeof color !== 'string' || !COLOR.test(color)))
      fail(`${p}.color`, 'must be a color like "#0072B2"');
    out.tracks.push({
      ...(typeof id === 'string' && { id }),
      label: str(tv['label'], `${p}.label`),
      families: Array.isArray(families) ? families.filter((f) => typeof f === 'string') : [],
      ...(typeof color === 'string' && COLOR.test(color) && { color }),
      because: why(tv['because'], `${p}.because`).because ?? DECIDED,
    });
  });
  list(data['moves'], 'moves').forEach((mv, i) => {
    const p = `moves[${i}]`;
    if (!isObj(mv)) return fail(p, 'must be an object');
    const kind = mv['kind'];
    if (kind !== 'promotion' && kind !== 'lateral')
      fail(`${p}.kind`, 'must be "promotion" or "lateral"');
    out.moves.push({
      from: str(mv['from'], `${p}.from`),
      to: str(mv['to'], `${p}.to`),
      kind: kind === 'lateral' ? 'lateral' : 'promotion',
      because: why(mv['because'], `${p}.because`).because ?? DECIDED,
    });
  });
  list(data['roles'], 'roles').forEach((rv, i) => {
    const p = `roles[${i}]`;
    if (!isObj(rv)) return fail(p, 'must be an object');
    const role: OverlayRole = { role: str(rv['role'], `${p}.role`) };
    for (const k of ['level', 'family'] as const)
      if (rv[k] !== undefined) role[k] = str(rv[k], `${p}.${k}`);
    if (role.level === undefined && role.family === undefined) fail(p, 'needs "level" or "family"');
    out.roles.push({ ...role, ...why(rv['because'], `${p}.because`) });
  });
  list(data['rejected'], 'rejected').forEach((rv, i) => {
    const p = `rejected[${i}]`;
    if (!isObj(rv)) return fail(p, 'must be an object');
    out.rejected.push({
      from: str(rv['from'], `${p}.from`),
      to: str(rv['to'], `${p}.to`),
      ...why(rv['because'], `${p}.because`),
    });
  });
  const packs = list(data['packs'], 'packs');
  packs.forEach((v, i) => {
    if (typeof v !== 'string' || !/^[a-z0-9-]+$/.test(v))
      fail(`packs[${i}]`, 'must be a pack id such as "healthcare"');
  });
  if (packs.length) out.packs = packs.filter((v): v is string => typeof v === 'string');
  if (problems.length) throw new CatalogError(problems, file);
  return out;
}

/**
 * The overlay file of a catalog file: its name with the extension replaced by `.model.json`.
 * @param catalogFile - a catalog's path or URL.
 * @returns the overlay's path or URL.
 */
export function overlayNameOf(catalogFile: string): string {
  return catalogFile.replace(/(\.[^./\\?#]*)?([?#].*)?$/, '.model.json');
}
