import { CatalogError, type Diagnostic } from './diagnostics';

/**
 * The career model: the rules, kept in data (`data/career-model.json`), that derive each role's
 * level, family, track and rank and the moves between roles. Nothing here names a role.
 */

export interface LevelRule {
  /** Label shown for the level; '' is the level of titles with no level word. */
  label: string;
  /** Leading title words that signal the level (case-insensitive, longest first). */
  words: string[];
}

export interface TrackRule {
  id: string;
  label: string;
  /** Rank offset for families of this track that the model does not list. */
  band: number;
  /** Words in a family name that place an unlisted family in this track. */
  keywords: string[];
}

export interface FamilyRule {
  track: string;
  band: number;
}

/** Which roles a bridge applies to; every condition given must hold. */
export interface Selector {
  family?: string[];
  track?: string[];
  level?: string[];
  /** The role's summary contains one of these phrases (case-insensitive). */
  phrase?: string[];
}

export interface BridgeRule {
  id: string;
  from: Selector;
  to: Selector;
  /** `auto`: equal rank → lateral, higher by 1..maxRankGap → promotion. */
  kind: 'auto' | 'promotion' | 'lateral';
  maxRankGap: number;
  /** Phrases quoted from a summary as the evidence for the move. */
  evidence: string[];
  /** Why the move exists, in words a person understands. */
  because: string;
}

export interface MoveCosts {
  promotion: number;
  lateral: number;
  /** Added when a move changes track. */
  crossTrack: number;
}

export interface CareerModel {
  levels: LevelRule[];
  entryLevels: string[];
  tracks: TrackRule[];
  defaultTrack: TrackRule;
  families: Record<string, FamilyRule>;
  costs: MoveCosts;
  bridges: BridgeRule[];
}

type Obj = Record<string, unknown>;

class Checker {
  readonly problems: Diagnostic[] = [];
  fail(path: string, what: string): void {
    this.problems.push({ severity: 'error', line: 0, message: `${path}: ${what}` });
  }
  obj(v: unknown, path: string): Obj {
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Obj;
    this.fail(path, 'must be an object');
    return {};
  }
  str(v: unknown, path: string, fallback = ''): string {
    if (typeof v === 'string') return v;
    this.fail(path, 'must be a string');
    return fallback;
  }
  num(v: unknown, path: string, fallback = 0): number {
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.fail(path, 'must be a finite number');
    return fallback;
  }
  strs(v: unknown, path: string, optional = false): string[] {
    if (v === undefined && optional) return [];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    this.fail(path, 'must be a list of strings');
    return [];
  }
  list(v: unknown, path: string): unknown[] {
    if (Array.isArray(v)) return v;
    this.fail(path, 'must be a list');
    return [];
  }
}

function readSelector(c: Checker, v: unknown, path: string): Selector {
  const o = c.obj(v, path);
  const s: Selector = {};
  for (const k of ['family', 'track', 'level', 'phrase'] as const) {
    if (o[k] !== undefined) s[k] = c.strs(o[k], `${path}.${k}`);
  }
  if (Object.keys(s).length === 0)
    c.fail(path, 'needs at least one of family, track, level, phrase');
  return s;
}

function readTrack(c: Checker, v: unknown, path: string): TrackRule {
  const o = c.obj(v, path);
  return {
    id: c.str(o['id'], `${path}.id`),
    label: c.str(o['label'], `${path}.label`),
    band: c.num(o['band'] ?? 0, `${path}.band`),
    keywords: c.strs(o['keywords'], `${path}.keywords`, true),
  };
}

/**
 * Validates and reads a career model.
 * @param data - the parsed JSON of a model file.
 * @param file - the name used in messages.
 * @returns the model.
 * @throws CatalogError listing every problem, each as `<file>: <json path>: <what is wrong>`.
 */
export function readCareerModel(data: unknown, file = 'career-model.json'): CareerModel {
  const c = new Checker();
  const o = c.obj(data, 'model');
  const levels = c.list(o['levels'], 'levels').map((lv, i) => {
    const l = c.obj(lv, `levels[${i}]`);
    return {
      label: c.str(l['label'], `levels[${i}].label`),
      words: c.strs(l['words'], `levels[${i}].words`),
    };
  });
  if (!levels.some((l) => l.label === ''))
    c.fail('levels', 'needs one level with label "" (titles with no level word)');
  const tracks = c.list(o['tracks'], 'tracks').map((t, i) => readTrack(c, t, `tracks[${i}]`));
  const trackIds = new Set(tracks.map((t) => t.id));
  const defaultTrack = readTrack(
    c,
    o['defaultTrack'] ?? { id: 'other', label: 'Other', band: 0 },
    'defaultTrack',
  );
  trackIds.add(defaultTrack.id);
  const families: Record<string, FamilyRule> = {};
  for (const [name, fv] of Object.entries(c.obj(o['families'] ?? {}, 'families'))) {
    const f = c.obj(fv, `families.${name}`);
    const track = c.str(f['track'], `families.${name}.track`);
    if (track && !trackIds.has(track)) c.fail(`families.${name}.track`, `unknown track "${track}"`);
    families[name.toLowerCase()] = { track, band: c.num(f['band'] ?? 0, `families.${name}.band`) };
  }
  const co = c.obj(o['costs'] ?? {}, 'costs');
  const costs: MoveCosts = {
    promotion: c.num(co['promotion'] ?? 1, 'costs.promotion'),
    lateral: c.num(co['lateral'] ?? 1, 'costs.lateral'),
    crossTrack: c.num(co['crossTrack'] ?? 0, 'costs.crossTrack'),
  };
  for (const [k, v] of Object.entries(costs)) {
    if (k !== 'crossTrack' && v <= 0) c.fail(`costs.${k}`, 'must be greater than 0');
    if (v < 0) c.fail(`costs.${k}`, 'must not be negative');
  }
  const bridges = c.list(o['bridges'] ?? [], 'bridges').map((bv, i): BridgeRule => {
    const p = `bridges[${i}]`;
    const b = c.obj(bv, p);
    const kind = b['kind'] ?? 'auto';
    if (kind !== 'auto' && kind !== 'promotion' && kind !== 'lateral')
      c.fail(`${p}.kind`, 'must be "auto", "promotion" or "lateral"');
    return {
      id: c.str(b['id'], `${p}.id`, `bridge-${i}`),
      from: readSelector(c, b['from'], `${p}.from`),
      to: readSelector(c, b['to'], `${p}.to`),
      kind: kind as BridgeRule['kind'],
      maxRankGap: c.num(b['maxRankGap'] ?? 1, `${p}.maxRankGap`),
      evidence: c.strs(b['evidence'], `${p}.evidence`, true),
      because: c.str(b['because'], `${p}.because`),
    };
  });
  if (c.problems.length) throw new CatalogError(c.problems, file);
  return {
    levels,
    entryLevels: c.strs(o['entryLevels'] ?? [], 'entryLevels'),
    tracks,
    defaultTrack,
    families,
    costs,
    bridges,
  };
}
