/**
 * Saved views: a name for the current view (path, filters, focus, selection), kept in this
 * browser's localStorage (key {@link VIEWS_KEY}). A view is stored as the query string the URL
 * carries for it, so a saved view opens exactly as the link to it would, and sharing one is
 * sharing that link. Reading never throws; a malformed store keeps every valid view.
 */
import { readItem, writeItem } from './local-store';
import { parseQuery, toSearchParams, type ExplorerQuery } from './url';
import { m } from '../i18n/paraglide/messages.js';

/** What a large catalog's focus view shows (the explorer's `focus`). */
export interface ViewFocus {
  kind: 'auto' | 'track';
  radius: number;
  track: string;
}

export interface SavedView {
  name: string;
  /** The view's query string, as `toSearchParams` writes it (no leading `?`). */
  query: string;
  savedAt: string;
  /** The focus of a large catalog's view, which the link does not carry. */
  focus?: ViewFocus;
}

export const VIEWS_KEY = 'cpe-views';
const MAX_VIEWS = 100;
const MAX_NAME = 80;
const MAX_QUERY = 8000;

/** The stored views, newest first; never throws (a blocked or corrupt store gives what is valid). */
export function loadViews(storage: Storage | null): SavedView[] {
  return readViews(storage).views;
}

/**
 * The stored views, newest first, and what was dropped from the store and why. Each name is kept
 * once (the newest view of a name wins, as saving does): the list is keyed by name.
 * @returns the valid views, and one message per kind of problem (never one per view), in the
 *   interface's language at the time of reading.
 */
export function readViews(storage: Storage | null): { views: SavedView[]; problems: string[] } {
  const text = readItem(storage, VIEWS_KEY);
  if (text === 'refused') return { views: [], problems: [m.lattice_views_refused()] };
  if (!text) return { views: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { views: [], problems: [m.lattice_views_not_json()] };
  }
  if (!Array.isArray(data)) return { views: [], problems: [m.lattice_views_not_list()] };
  const views: SavedView[] = [];
  const names = new Set<string>();
  let invalid = 0;
  let repeated = 0;
  for (const v of data.slice(0, MAX_VIEWS)) {
    if (typeof v !== 'object' || v === null) {
      invalid++;
      continue;
    }
    const { name, query, savedAt } = v as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim() || name.length > MAX_NAME) {
      invalid++;
      continue;
    }
    if (typeof query !== 'string' || query.length > MAX_QUERY) {
      invalid++;
      continue;
    }
    if (names.has(name)) {
      repeated++;
      continue;
    }
    names.add(name);
    const focus = focusOf((v as Record<string, unknown>)['focus']);
    views.push({
      name,
      query,
      savedAt: typeof savedAt === 'string' ? savedAt : '',
      ...(focus ? { focus } : {}),
    });
  }
  const problems: string[] = [];
  if (invalid) problems.push(m.lattice_views_invalid({ count: invalid }));
  if (repeated) problems.push(m.lattice_views_repeated({ count: repeated }));
  if (data.length > MAX_VIEWS)
    problems.push(m.lattice_views_too_many({ kept: MAX_VIEWS, count: data.length }));
  return { views, problems };
}

function focusOf(v: unknown): ViewFocus | null {
  if (typeof v !== 'object' || v === null) return null;
  const { kind, radius, track } = v as Record<string, unknown>;
  if (kind !== 'auto' && kind !== 'track') return null;
  if (typeof radius !== 'number' || !Number.isInteger(radius) || radius < 0 || radius > 10)
    return null;
  if (typeof track !== 'string' || track.length > MAX_NAME * 4) return null;
  return { kind, radius, track };
}

function store(storage: Storage | null, views: SavedView[]): boolean {
  return writeItem(storage, VIEWS_KEY, JSON.stringify(views));
}

/**
 * Saves a view under a name (replacing a view of the same name).
 * @returns the views after saving, and whether the browser kept them.
 */
export function saveView(
  storage: Storage | null,
  name: string,
  q: ExplorerQuery,
  now = new Date(),
  focus?: ViewFocus,
): { views: SavedView[]; stored: boolean; problem?: string } {
  const clean = name.trim().slice(0, MAX_NAME);
  const current = loadViews(storage);
  if (!clean) return { views: current, stored: false, problem: m.lattice_views_no_name() };
  const view: SavedView = {
    name: clean,
    query: toSearchParams(q).toString(),
    savedAt: now.toISOString(),
    ...(focus ? { focus: { ...focus } } : {}),
  };
  const views = [view, ...current.filter((v) => v.name !== clean)].slice(0, MAX_VIEWS);
  const stored = store(storage, views);
  return stored
    ? { views, stored }
    : { views: current, stored, problem: m.lattice_views_not_kept() };
}

/** Deletes the view of that name; returns the views left. */
export function deleteView(storage: Storage | null, name: string): SavedView[] {
  const views = loadViews(storage).filter((v) => v.name !== name);
  store(storage, views);
  return views;
}

/** The explorer state a saved view opens. */
export function openView(view: SavedView): ExplorerQuery {
  return parseQuery(view.query);
}
