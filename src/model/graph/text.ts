/** Small text helpers shared by the parsers and the model. */
import type { Diagnostic } from './diagnostics';

/** Removes Markdown strong emphasis (`**x**`) so titles and summaries read as plain text. */
export function stripEmphasis(s: string): string {
  // Only `**`: underscores are left alone, since `__x__` in catalog text is more often an
  // identifier (`__proto__`, `__init__`) than emphasis, and stripping it changed the text.
  if (!s.includes('**')) return s;
  return s.replace(/\*\*(.*?)\*\*/g, '$1').replace(/\*\*/g, '');
}

/** Collapses runs of white space to one space and trims. */
export function squash(s: string): string {
  // Most lines have single spaces only: skip the rewrite (measured ~4x faster parsing at 20k roles).
  if (!/\s\s|[^\S ]/.test(s)) return s.trim();
  return s.replace(/\s+/g, ' ').trim();
}

const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Turns a role title into its id: lower case, letters and digits of any script kept, the rest
 * folded to single dashes (`Associate Service Desk Analyst` → `associate-service-desk-analyst`).
 * @param title - a role title.
 * @returns the slug, or `role` when the title has no letter or digit at all.
 */
export function slugify(title: string): string {
  // Titles of plain ASCII words separated by single spaces (nearly all) need no pattern rewrites.
  if (PLAIN_WORDS.test(title)) return title.toLowerCase().replaceAll(' ', '-');
  // Other plain ASCII titles skip Unicode normalization.
  const slug = (/^[\x20-\x7e]*$/.test(title) ? title : title.normalize('NFKD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'role';
}

/** Splits text into lines, tolerating CRLF, CR and a leading byte-order mark. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Splitting on a string is several times faster than on a pattern: use it when there is no CR.
  return body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
}

/*
 * Look-alike and invisible characters in titles. Two titles a person cannot tell apart must be one
 * role: "Café" typed with a precomposed é and with e + U+0301, "Ｓｕｐｐｏｒｔ" in fullwidth letters,
 * "Support Analyst" with a zero-width space somewhere inside.
 */

/** Invisible characters that never change how a title reads: always removed from titles. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
/** Any character {@link normalizeTitle} may remove, for a quick test. */
const MAYBE_INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/**
 * Characters around which a zero-width joiner or non-joiner shapes the text, so it is kept there:
 * emoji sequences (👩‍💻) and the scripts whose letters join or form conjuncts (Persian "می‌خواهم").
 */
const JOINS =
  /^(?:\uFE0F|[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\p{scx=Arab}\p{scx=Syrc}\p{scx=Mong}\p{scx=Nkoo}\p{scx=Deva}\p{scx=Beng}\p{scx=Guru}\p{scx=Gujr}\p{scx=Orya}\p{scx=Taml}\p{scx=Telu}\p{scx=Knda}\p{scx=Mlym}\p{scx=Sinh}\p{scx=Mymr}\p{scx=Khmr}])$/u;
/** The embedding, override and isolate controls that can make text display out of its order. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

function stripInvisible(s: string): string {
  if (!MAYBE_INVISIBLE.test(s)) return s;
  const cps = Array.from(s);
  let out = '';
  cps.forEach((c, i) => {
    if (INVISIBLE.test(c)) return;
    if (c === '\u200c' || c === '\u200d') {
      const before = cps[i - 1];
      const after = cps[i + 1];
      if (!before || !after || !JOINS.test(before) || !JOINS.test(after)) return;
    }
    out += c;
  });
  return out;
}

/**
 * The form a title is compared and shown in: invisible characters removed (zero-width space,
 * word joiner, byte-order mark, soft hyphen; a zero-width joiner or non-joiner unless it joins
 * emoji or letters of a script that uses it), then Unicode NFKC (precomposed accents, fullwidth
 * and compatibility forms to their plain letters), white space squashed.
 * @param title - a title as a catalog writes it.
 * @returns the normalized title ('' when nothing visible is left).
 */
export function normalizeTitle(title: string): string {
  if (PLAIN_ASCII.test(title)) return squash(title);
  return squash(stripInvisible(title).normalize('NFKC'));
}

/**
 * The key two titles are the same role by: {@link normalizeTitle}, then lower case. The parsers
 * find duplicate titles with it; anything that looks a role up by title should use it too.
 * @param title - a title.
 * @returns the key.
 */
export function titleKey(title: string): string {
  return normalizeTitle(title).toLowerCase();
}

const codePoint = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `U+200B, U+0301` for the distinct characters given (at most 8, then `…`). */
function codePoints(chars: Iterable<string>): string {
  const all = [...new Set(chars)];
  return all.slice(0, 8).map(codePoint).join(', ') + (all.length > 8 ? ', …' : '');
}

/**
 * The warnings a title earns: invisible or look-alike characters that {@link normalizeTitle}
 * changed, and bidirectional controls (which it keeps: they change how a title displays, not
 * which characters it has).
 * @param raw - the title as the catalog writes it.
 * @param title - its normalized form ({@link normalizeTitle}), not empty.
 * @param line - the line of the title.
 * @returns warnings, none for a plain title.
 */
export function titleWarnings(raw: string, title: string, line: number): Diagnostic[] {
  if (PLAIN_ASCII.test(raw)) return [];
  const out: Diagnostic[] = [];
  if (title !== squash(raw)) {
    const changed = Array.from(raw).filter(
      (c) => c > '\x7f' && !title.includes(c) && (c === '\ufeff' || !/\s/.test(c)),
    );
    const shown = escapeControls(raw.replace(/[^\S\ufeff]+/g, ' ').replace(/^ | $/g, ''));
    out.push({
      severity: 'warning',
      line,
      message: `title of role "${shown}" contains invisible or look-alike characters${changed.length ? ` (${codePoints(changed)})` : ''}; it is read as "${title}"`,
    });
  }
  if (BIDI_CONTROLS.test(title))
    out.push({
      severity: 'warning',
      line,
      message: `title of role "${escapeControls(title)}" contains bidirectional control characters (${codePoints(Array.from(title).filter((c) => BIDI_CONTROLS.test(c)))}), which can make it display differently from how it reads`,
    });
  return out;
}

/**
 * Characters a terminal acts on or that hide or reorder text: C0 and C1 controls (ESC starts a
 * terminal escape sequence, U+009B is one by itself), bidirectional controls, zero-width and
 * other invisible format characters, line and paragraph separators.
 */
const UNSAFE = /[\p{Cc}\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu;

/**
 * Shows every control, bidirectional or invisible character as a `\u001b`-style escape, so text
 * from a catalog cannot drive a terminal or reorder a line when it is printed.
 * @param text - any text.
 * @param keepNewlines - leave `\n` as it is (for text of several lines, and for the output of
 *   `JSON.stringify`, whose only raw `\n` are between tokens: the escapes it makes stay valid JSON).
 * @returns the text with those characters escaped.
 */
export function escapeControls(text: string, keepNewlines = false): string {
  return text.replace(UNSAFE, (c) =>
    keepNewlines && c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
