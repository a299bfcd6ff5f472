/**
 * Rule phrases as patterns: a phrase of the model's data (`works under`, `… years of experience`,
 * `RN`) becomes a whole-word pattern, and one pass over a summary tells which patterns could match
 * it at all, so the others are skipped. Apart from the evidence they find (`evidence.ts`): this
 * is how a phrase is matched, fast, whatever it is evidence of.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Abbreviations (`L1`, `RN`) match in their case; other phrases in any case. */
export const caseSensitive = (p: string) =>
  /[A-Z].*[A-Z0-9]/.test(p) && p === p.replace(/[a-z]/g, '');

/** The source of a phrase's pattern, without the word boundaries around it. */
function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) =>
      w === '…' ? "(?:[\\p{L}\\p{N}’'-]+\\s+){0,4}?" : escape(w).replace(/-/g, '[\\s-]') + '\\s+',
    )
    .join('')
    .replace(/\\s\+$/, '');
}

const B0 = '(?<![\\p{L}\\p{N}])';
const B1 = '(?![\\p{L}\\p{N}])';

/**
 * The pattern of a phrase: its words whole, spaces and hyphens interchangeable, `…` up to four
 * words.
 * @param phrase - a phrase of the model's data.
 * @param flags - the RegExp flags.
 * @returns the pattern.
 */
export function phrasePattern(phrase: string, flags: string): RegExp {
  return new RegExp(`${B0}${phraseSource(phrase)}${B1}`, flags);
}

/**
 * One pattern matching any of some phrases, each as {@link phrasePattern} reads it.
 * @param phrases - phrases of the model's data.
 * @param flags - the RegExp flags.
 * @returns the pattern (one that matches nothing when there are no phrases).
 */
export function anyPhrasePattern(phrases: readonly string[], flags: string): RegExp {
  const sources = phrases.map(phraseSource);
  return new RegExp(`${B0}(?:${sources.join('|') || '(?!)'})${B1}`, flags);
}

/**
 * The longest word every match of a phrase contains, lower-case, when it is ASCII letters and
 * digits: in a match it stands between non-alphanumerics (the pattern's boundaries, spaces and
 * hyphens), so in an ASCII text it is one whole word of the text.
 */
export function literalOf(phrase: string): string | undefined {
  const words = phrase
    .toLowerCase()
    .split(/[\s…-]+/)
    .filter((w) => /^[a-z0-9]+$/.test(w));
  return words.reduce((a, b) => (b.length > a.length ? b : a), '') || undefined;
}

/** One pattern finding which of some `literalOf` words a lower-case ASCII text holds. */
export function literalFinder(literals: (string | undefined)[]): RegExp {
  const words = [...new Set(literals.filter((w) => w !== undefined))];
  words.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![a-z0-9])(?:${words.join('|') || '(?!)'})(?![a-z0-9])`, 'g');
}

/**
 * The `literalOf` words a text holds, found in one pass, or undefined when the text is not
 * printable ASCII (its patterns are then all run). A pattern whose word a text lacks cannot match
 * it, so it is skipped: running each unicode pattern over every summary was about a sixth of a
 * 20,000-role build, and testing each pattern's word with `includes` little less.
 */
export function wordsHeld(finder: RegExp, text: string): Set<string> | undefined {
  if (!/^[\t\n\r\x20-\x7e]*$/.test(text)) return undefined;
  const held = new Set<string>();
  for (const m of text.toLowerCase().matchAll(finder)) held.add(m[0]);
  return held;
}

/** False only when a text's `wordsHeld` lack the pattern's word. */
export const mayHold = (held: Set<string> | undefined, literal: string | undefined) =>
  held === undefined || literal === undefined || held.has(literal);
