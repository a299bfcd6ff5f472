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
}

/** A move the organization knows of that its catalog's text does not show. */
export interface OverlayMove {
  from: string;
  to: string;
  kind: MoveKind;
  because: string;
}

export interface Overlay {
  tracks: OverlayTrack[];
  moves: OverlayMove[];
}

export const EMPTY_OVERLAY: Overlay = { tracks: [], moves: [] };

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
  const out: Overlay = { tracks: [], moves: [] };
  if (!isObj(data)) {
    fail('overlay', 'must be an object with "tracks" and/or "moves"');
    throw new CatalogError(problems, file);
  }
  for (const k of Object.keys(data))
    if (k !== 'tracks' && k !== 'moves' && k !== '$comment')
      fail(k, 'unknown key (expected tracks, moves)');
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
      because: str(tv['because'], `${p}.because`),
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
      because: str(mv['because'], `${p}.because`),
    });
  });
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
