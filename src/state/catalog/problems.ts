/**
 * What the catalog state has to say, kept as data (what happened, to which file) and written in
 * the interface's language each time it is read: the error over the page (a catalog that could not
 * be opened) and the notice in the Catalog panel (what an import changed). A sentence written
 * elsewhere (a fetch refused, the worker's own error) and the catalog's diagnostics
 * (`file:line: what is wrong`) are kept as they are, in English.
 */
import { m } from '../../i18n/paraglide/messages.js';
import { list } from '../../i18n/format';
import { language, type Locale } from '../../i18n/language.svelte';
import type { Choice } from './choices';

/** Why a catalog could not be opened, or an action on it failed. */
export type CatalogProblem =
  /**
   * A sentence written elsewhere (a fetch, the origin policy, the worker), shown as it is;
   * `bundled`: the bundled catalog is shown instead.
   */
  | { kind: 'said'; text: string; bundled?: boolean }
  /**
   * A catalog with errors (`lines`: its diagnostics, `file:line: message`), and what is shown:
   * the catalog shown before, the bundled one, or none yet.
   */
  | { kind: 'unreadable'; name: string; lines: string[]; then: 'current' | 'bundled' | 'none' }
  /** A file over the size limit (in bytes); `overlay`: an overlay file, not a catalog. */
  | { kind: 'too-large'; file: string; bytes: number; limit: number; overlay: boolean }
  /** Corrections picked with no imported catalog to go with. */
  | { kind: 'overlay-first' }
  /** An import stored by an earlier visit that this version refuses, and why. */
  | { kind: 'refused-stored'; name: string; why: CatalogProblem | null }
  /** An export that failed (`why`: the error's own message). */
  | { kind: 'export-failed'; why: string };

/** What an import changed in the view, for the Catalog panel. */
export type CatalogNotice =
  /** The choices (From, To, …) whose roles the imported catalog `name` lacks, cleared. */
  | { kind: 'cleared'; name: string; gone: Choice[] }
  /** The browser did not store the import `name`: a reload brings back the bundled catalog. */
  | { kind: 'not-stored'; name: string };

/** A size in megabytes, with one decimal, in the language's way of writing numbers. */
function megabytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}

/**
 * A problem in words.
 * @param p - the problem.
 * @param locale - the language (the interface's by default; English for the console).
 * @returns the text, over several lines when it lists diagnostics.
 */
export function problemText(p: CatalogProblem, locale: Locale = language.current): string {
  const o = { locale };
  switch (p.kind) {
    case 'said':
      return p.bundled && !/bundled catalog/.test(p.text)
        ? `${p.text}\n${m.catalog_error_bundled_instead({}, o)}`
        : p.text;
    case 'unreadable':
      return m.catalog_error_unreadable(
        { name: p.name, then: p.then, lines: p.lines.join('\n') },
        o,
      );
    case 'too-large': {
      const sizes = {
        file: p.file,
        size: megabytes(p.bytes, locale),
        limit: megabytes(p.limit, locale),
      };
      return p.overlay
        ? m.catalog_error_overlay_too_large(sizes, o)
        : m.catalog_error_catalog_too_large(sizes, o);
    }
    case 'overlay-first':
      return m.catalog_error_overlay_first({}, o);
    case 'refused-stored':
      // Why it was refused: the diagnostics, without the line that named the load.
      return m.catalog_error_refused_stored(
        {
          name: p.name,
          why: p.why ? problemText(p.why, locale).replace(/^[^\n]*\n/, '') : '',
        },
        o,
      );
    case 'export-failed':
      return m.catalog_error_export({ why: p.why }, o);
  }
}

/**
 * A notice in the interface's language.
 * @param n - the notice.
 * @returns the sentence.
 */
export function noticeText(n: CatalogNotice): string {
  if (n.kind === 'not-stored') return m.catalog_notice_not_stored({ name: n.name });
  const choices = list(n.gone.map((c) => m.catalog_choice({ what: c.what, title: c.title })));
  return m.catalog_notice_cleared({ name: n.name, choices, count: n.gone.length });
}
