/**
 * Figures in the interface's language, through `Intl`: numbers, counts, lists, pay bands, times
 * in role. Each reads `language.current`, so a text built with them in a component is built again
 * when the language changes. Words that go with a figure ("3 roles") are messages
 * (`src/i18n/messages/`), whose plural forms follow `Intl.PluralRules`; these give the figure.
 */
import { language } from './language.svelte';
import { m } from './paraglide/messages.js';

const numbers = new Map<string, Intl.NumberFormat>();
const lists = new Map<string, Intl.ListFormat>();

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
  return f;
}

/** A figure as the interface's language writes it: `55,000` (en), `55.000` (de), `55 000` (fr). */
export function num(n: number, digits = 2): string {
  return numberFormat(language.current, digits).format(n);
}

/** "A, B and C" (`and`) or "A, B or C" (`or`) in the interface's language. */
export function list(items: readonly string[], type: 'and' | 'or' = 'and'): string {
  const key = `${language.current}:${type}`;
  let f = lists.get(key);
  if (!f) {
    const kind = type === 'and' ? 'conjunction' : 'disjunction';
    lists.set(key, (f = new Intl.ListFormat(language.current, { style: 'long', type: kind })));
  }
  return f.format(items);
}

/** "A, B, and 3 more": the items listed, then how many more there are (none: the items alone). */
export function listed(items: readonly string[], more = 0): string {
  return list(more > 0 ? [...items, m.facts_more({ count: more })] : items);
}

/**
 * A pay band in the language's way of writing money: `$55,000–$70,000` (en), `55.000–70.000 $`
 * (de). A currency code `Intl` does not know is written after the figures: `55,000–70,000 XYZ`.
 */
export function pay(min: number, max: number, currency: string): string {
  try {
    return new Intl.NumberFormat(language.current, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).formatRange(min, max);
  } catch {
    return `${num(min)}–${num(max)} ${currency}`;
  }
}

/** Compares two texts the way the interface's language sorts them. */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, language.current);
}
