/**
 * The user's own profile: the role they are in and how well they know each competency, rated by
 * themselves. It stays in this browser (localStorage, key {@link PROFILE_KEY}); it is never put in
 * a URL or sent anywhere. It can be exported and imported as a small JSON file and cleared at once.
 * Reading never throws: a stored or imported profile that is malformed yields a clear message and
 * keeps every valid rating.
 */
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

/** An empty profile: no role, nothing rated. */
export function emptyProfile(): Profile {
  return { role: null, ratings: Object.create(null) as Record<string, Rating> };
}

/**
 * Reads a profile file (the JSON that {@link profileJson} writes).
 * @param text - the file's text.
 * @param file - its name, for messages.
 * @returns the profile (whatever was valid in it) and a message per problem, `file: …`.
 */
export function parseProfile(
  text: string,
  file = 'profile.json',
): {
  profile: Profile | null;
  problems: string[];
} {
  if (text.length > MAX_TEXT)
    return { profile: null, problems: [`${file}: too large for a profile (over 256 KB)`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { profile: null, problems: [`${file}: not JSON`] };
  }
  if (!isRecord(data)) return { profile: null, problems: [`${file}: not a profile object`] };
  const problems: string[] = [];
  let more = 0;
  const problem = (text: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(text);
    else more++;
  };
  const profile = emptyProfile();
  const role = data['role'];
  if (typeof role === 'string' && role.length > 0 && role.length <= MAX_ID) profile.role = role;
  else if (role !== undefined && role !== null)
    problem(`${file}: "role" is not a role id; ignored`);
  const ratings = data['ratings'];
  if (ratings !== undefined && !isRecord(ratings))
    problem(`${file}: "ratings" is not an object of competency: level; ignored`);
  else if (ratings) {
    let n = 0;
    for (const [id, level] of Object.entries(ratings)) {
      if (++n > MAX_RATINGS) {
        problem(`${file}: more than ${MAX_RATINGS} ratings; the rest are ignored`);
        break;
      }
      if (!id || id.length > MAX_ID) problem(`${file}: a competency id is empty or too long`);
      else if (!(RATINGS as readonly unknown[]).includes(level))
        problem(
          `${file}: competency "${short(id)}": unknown level ${preview(level)} (use ${RATINGS.join(', ')})`,
        );
      else profile.ratings[id] = level as Rating;
    }
  }
  if (more) problems.push(`${file}: … and ${more} more problem${more === 1 ? '' : 's'}`);
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
  problems: string[];
} {
  const text = readItem(storage, PROFILE_KEY);
  if (text === 'refused')
    return { profile: null, problems: ['the browser does not allow reading the stored profile'] };
  if (text === null) return { profile: null, problems: [] };
  return parseProfile(text, 'stored profile');
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
function preview(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(short(v));
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : typeof v;
}
