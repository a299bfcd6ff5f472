/**
 * The user's own profile: the role they are in and how well they know each competency, rated by
 * themselves. It stays in this browser (localStorage, key {@link PROFILE_KEY}); it is never put in
 * a URL or sent anywhere. It can be exported and imported as a small JSON file and cleared at once.
 * Reading never throws: a stored or imported profile that is malformed yields a clear message and
 * keeps every valid rating. Each problem is kept as data ({@link ProfileProblem}) and written in the
 * interface's language when it is shown ({@link problemText}).
 */
import { m } from '../i18n/paraglide/messages.js';
import { readItem, removeItem, writeItem } from './local-store';

/** Self-rated levels, lowest first. */
export const RATINGS = ['none', 'learning', 'practised', 'expert'] as const;
export type Rating = (typeof RATINGS)[number];

export interface Profile {
  /** The role id the user is in, or null. */
  role: string | null;
  /** Competency id → self-rated level (a competency not listed counts as none). */
  ratings: Record<string, Rating>;
}

/** Where the profile is kept in localStorage. */
export const PROFILE_KEY = 'cpe-profile';

/** Caps: a profile is a short list; anything far larger is not one. */
const MAX_TEXT = 256 * 1024;
const MAX_RATINGS = 2000;
const MAX_ID = 200;
/** Most problems listed for one profile; the rest are counted in one last line. */
export const MAX_PROBLEMS = 20;

/**
 * Something wrong with a profile, as data: {@link problemText} writes it. `file` is the file's name,
 * or null for the profile stored in this browser.
 */
export type ProfileProblem =
  | {
      kind: 'too-large' | 'not-json' | 'not-object' | 'bad-role' | 'bad-ratings' | 'bad-id';
      file: string | null;
    }
  | { kind: 'too-many'; file: string | null; max: number }
  | { kind: 'unknown-level'; file: string | null; id: string; value: Preview }
  | { kind: 'more'; file: string | null; count: number }
  /** The browser does not allow reading the stored profile. */
  | { kind: 'unreadable' }
  /** The browser did not keep the profile (storage refused). */
  | { kind: 'not-kept' };

/** A value from the file, as a problem shows it: its short text, or what kind of value it is. */
type Preview = { text: string } | { is: 'list' | 'object' };

/** A problem in the interface's language: `me.json: not JSON`. */
export function problemText(p: ProfileProblem): string {
  if (p.kind === 'unreadable') return m.role_problem_unreadable();
  if (p.kind === 'not-kept') return m.role_problem_not_kept();
  const file = p.file ?? m.role_problem_stored_profile();
  switch (p.kind) {
    case 'too-large':
      return m.role_problem_too_large({ file });
    case 'not-json':
      return m.role_problem_not_json({ file });
    case 'not-object':
      return m.role_problem_not_object({ file });
    case 'bad-role':
      return m.role_problem_bad_role({ file });
    case 'bad-ratings':
      return m.role_problem_bad_ratings({ file });
    case 'bad-id':
      return m.role_problem_bad_id({ file });
    case 'too-many':
      return m.role_problem_too_many({ file, max: p.max });
    case 'more':
      return m.role_problem_more({ file, count: p.count });
    case 'unknown-level': {
      const v = p.value;
      const value =
        'text' in v
          ? v.text
          : v.is === 'list'
            ? m.role_problem_a_list()
            : m.role_problem_an_object();
      // The levels are the words the file must hold: never translated.
      return m.role_problem_unknown_level({ file, id: p.id, value, levels: RATINGS.join(', ') });
    }
  }
}

/** An empty profile: no role, nothing rated. */
export function emptyProfile(): Profile {
  return { role: null, ratings: Object.create(null) as Record<string, Rating> };
}

/**
 * Reads a profile file (the JSON that {@link profileJson} writes).
 * @param text - the file's text.
 * @param file - its name, for messages (null: the profile stored in this browser).
 * @returns the profile (whatever was valid in it) and each problem.
 */
export function parseProfile(
  text: string,
  file: string | null = 'profile.json',
): {
  profile: Profile | null;
  problems: ProfileProblem[];
} {
  if (text.length > MAX_TEXT) return { profile: null, problems: [{ kind: 'too-large', file }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { profile: null, problems: [{ kind: 'not-json', file }] };
  }
  if (!isRecord(data)) return { profile: null, problems: [{ kind: 'not-object', file }] };
  const problems: ProfileProblem[] = [];
  let more = 0;
  const problem = (p: ProfileProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
    else more++;
  };
  const profile = emptyProfile();
  const role = data['role'];
  if (typeof role === 'string' && role.length > 0 && role.length <= MAX_ID) profile.role = role;
  else if (role !== undefined && role !== null) problem({ kind: 'bad-role', file });
  const ratings = data['ratings'];
  if (ratings !== undefined && !isRecord(ratings)) problem({ kind: 'bad-ratings', file });
  else if (ratings) {
    let n = 0;
    for (const [id, level] of Object.entries(ratings)) {
      if (++n > MAX_RATINGS) {
        problem({ kind: 'too-many', file, max: MAX_RATINGS });
        break;
      }
      if (!id || id.length > MAX_ID) problem({ kind: 'bad-id', file });
      else if (!(RATINGS as readonly unknown[]).includes(level))
        problem({ kind: 'unknown-level', file, id: short(id), value: preview(level) });
      else profile.ratings[id] = level as Rating;
    }
  }
  if (more) problems.push({ kind: 'more', file, count: more });
  return { profile, problems };
}

/** The profile as the JSON file a user exports (and can import again). */
export function profileJson(profile: Profile): string {
  // No prototype: a competency named "__proto__" is a key like any other.
  const ratings = emptyProfile().ratings;
  for (const id of Object.keys(profile.ratings).sort()) ratings[id] = profile.ratings[id]!;
  return `${JSON.stringify({ kind: 'career-path-explorer profile', version: 1, role: profile.role, ratings }, null, 2)}\n`;
}

/**
 * The stored profile, or null (none stored, storage blocked, or unreadable: then `problems` says
 * why and the valid part is kept).
 */
export function loadProfile(storage: Storage | null): {
  profile: Profile | null;
  problems: ProfileProblem[];
} {
  const text = readItem(storage, PROFILE_KEY);
  if (text === 'refused') return { profile: null, problems: [{ kind: 'unreadable' }] };
  if (text === null) return { profile: null, problems: [] };
  return parseProfile(text, null);
}

/** Stores the profile; returns false when the browser refuses (private mode, storage full). */
export function saveProfile(storage: Storage | null, profile: Profile): boolean {
  return writeItem(storage, PROFILE_KEY, profileJson(profile));
}

/** Forgets the stored profile (one button). */
export function clearProfile(storage: Storage | null): void {
  removeItem(storage, PROFILE_KEY);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** At most 40 characters of a text from the file, for a message. */
function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * A value from the file as a message shows it: short, and without walking it (a deeply nested
 * value made a 260 KB message line, and stringifying one can overflow the stack).
 */
function preview(v: unknown): Preview {
  if (typeof v === 'string') return { text: JSON.stringify(short(v)) };
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return { text: String(v) };
  if (Array.isArray(v)) return { is: 'list' };
  return typeof v === 'object' ? { is: 'object' } : { text: typeof v };
}
