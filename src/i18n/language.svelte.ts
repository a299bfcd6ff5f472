/**
 * The interface's language: one of the four the explorer speaks (`src/i18n/messages/`), chosen from
 * what the page says, and the writing direction of the page around it.
 *
 * The compiled messages (`./paraglide/messages.js`, `m.*`) ask the runtime for the locale on every
 * call; the runtime asks `language.current` here, a rune, so every text the interface writes is
 * written again when the language changes, with no reload.
 */
import { baseLocale, locales, overwriteGetLocale, type Locale } from './paraglide/runtime.js';
import { readItem, writeItem } from '../state/local-store';

export type { Locale };
export { locales };

/** Languages written right to left (primary subtags). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Where the user's own choice of language is kept (this origin's storage). */
const STORE_KEY = 'cpe-language';

/** The language's own name, for the switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

/** The primary subtag of a BCP 47 tag, lower-cased (`de-CH` → `de`); '' when it is none. */
function primary(tag: unknown): string {
  if (typeof tag !== 'string') return '';
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag);
  return m ? m[1]!.toLowerCase() : '';
}

/** The interface language a tag asks for, or null when the explorer does not speak it. */
export function localeOf(tag: unknown): Locale | null {
  const p = primary(tag);
  return (locales as readonly string[]).includes(p) ? (p as Locale) : null;
}

/** The first of the candidates (in order of precedence) the explorer speaks; English otherwise. */
export function pickLocale(candidates: readonly unknown[]): Locale {
  for (const c of candidates) {
    const l = localeOf(c);
    if (l) return l;
  }
  return baseLocale;
}

/** `rtl` when the first candidate that names a language is written right to left. */
export function directionOf(candidates: readonly unknown[]): 'ltr' | 'rtl' {
  for (const c of candidates) {
    const p = primary(c);
    if (p) return RTL.has(p) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

/** The language the user chose in the switcher, kept in this origin's storage (null: none). */
export function storedLocale(storage: Storage | null): Locale | null {
  const v = readItem(storage, STORE_KEY);
  return v === 'refused' ? null : localeOf(v);
}

class Language {
  /** The interface language. */
  current = $state<Locale>(baseLocale);
  /** The page's writing direction (the host's language, even one the interface does not speak). */
  dir = $state<'ltr' | 'rtl'>('ltr');

  /** Switches the interface language, and remembers it when the user chose it. */
  set(locale: Locale, remember: Storage | null = null): void {
    this.current = locale;
    if (remember) writeItem(remember, STORE_KEY, locale);
  }
}

/** The interface language of this page (one for every explorer on it). */
export const language = new Language();
overwriteGetLocale(() => language.current);

/** What a page says about the language it wants, in order of precedence. */
export interface LanguageHints {
  /** The custom element's `lang` attribute. */
  attribute?: string | null;
  /** The iframe's `?lang=`. */
  param?: string | null;
  /** The language the user chose in the switcher (`storedLocale`). */
  chosen?: string | null;
  /** The host page's `<html lang>` (the custom element's host only: the app's own page is ours). */
  host?: string | null;
  /** The browser's languages, most wanted first. */
  browser?: readonly string[];
}

/**
 * Sets the interface language and direction from what the page says: the element's `lang`
 * attribute, the iframe's `?lang=`, the user's own choice, the host page's `<html lang>`, the
 * browser's languages; English when none is one the explorer speaks. The direction follows the
 * first of the element's, the iframe's or the host's language that is given, even one the
 * interface does not speak (an Arabic intranet mirrors an English interface); the browser's
 * language alone never mirrors the layout.
 */
export function applyLanguageHints(h: LanguageHints): void {
  language.current = pickLocale([h.attribute, h.param, h.chosen, h.host, ...(h.browser ?? [])]);
  language.dir = directionOf([h.attribute, h.param, h.host, language.current]);
}

/**
 * Keeps an element's `lang` and `dir` on the interface's language and direction.
 * @returns what stops it.
 */
export function followLanguage(el: HTMLElement): () => void {
  return $effect.root(() => {
    $effect(() => {
      el.lang = language.current;
      el.dir = language.dir;
    });
  });
}
