/**
 * Role facts: what a catalog may state about a role besides its text — a pay band, the typical
 * time in the role, the headcount — and how many people made a stated move. All optional, in all
 * three formats; the parsers read them with the helpers here, the graph carries them as node
 * attributes (`payMin`, `payMax`, `currency`, `monthsInRole`, `headcount`) and edge attributes
 * (`count`), and the path search can order paths by them (see `paths.ts`).
 */
import { formatNumber } from '../present/facts-text';
import type { PayBand, RoleNode } from '../graph/types';

/** A value read from a catalog, or why it could not be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; why: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(why: string): Read<T> => ({ ok: false, why });

/*
 * Bounds on the values a catalog states. Each value a number can hold (up to 1.79e308) was
 * accepted, so the sum of two overflowed: a pay band of 1.79e308 made every midpoint compared with
 * it infinite, "best paid" found no path at all, and figures showed "∞ months" or "∞ USD". A value
 * past its bound is refused like any value that cannot be read (a warning; the fact is ignored).
 */

/**
 * The largest amount a pay band may state: 10^15, above any yearly pay in any currency. Sums along
 * a path stay finite, and the one currency unit a best-paid path adds per move is still counted
 * (10^15 + 1 is exact).
 */
export const MAX_PAY = 1e15;
/** The longest time in role a catalog may state: 1,200 months (100 years). */
export const MAX_MONTHS = 1200;
/** The largest headcount or count of people on a move: 10^9, more than any organization employs. */
export const MAX_PEOPLE = 1e9;

/** Currency symbols a pay band may use instead of a code. */
const SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

/**
 * A number as catalogs write them: digits with an optional decimal part, thousands grouped by
 * `,`, `'`, a space or a no-break space, and an optional `k` for thousands (`55k`).
 */
const NUMBER = String.raw`\d{1,3}(?:[,'\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUMBER_ONLY = new RegExp(`^(?:${NUMBER})$`);
const AMOUNT = String.raw`(${NUMBER})\s*([kK])?`;
const RANGE = new RegExp(String.raw`^${AMOUNT}\s*(?:[–—-]|\bto\b)\s*${AMOUNT}$`);

function numberOf(text: string, thousands?: string): number {
  const n = Number(text.replace(/[,'\u00a0\u202f ]/g, ''));
  return thousands ? n * 1000 : n;
}

/**
 * Reads a plain number with optional thousands separators (`12`, `1,200`).
 * @param text - the text.
 * @returns the number, or undefined when the text is not one.
 */
export function readNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER_ONLY.test(t) ? numberOf(t) : undefined;
}

/**
 * Reads a pay band as blueprint text writes it: `55,000–70,000 USD`, `USD 55000 to 70000`,
 * `$55k - $70k`, `€40,000–€52,000 a year`. The range is split by an en or em dash, a hyphen or
 * `to`; the currency is a three-letter code before or after, or one of `$` `€` `£` (USD, EUR, GBP).
 * @param text - the value after `Pay band:`.
 * @returns the band, or why it cannot be read (no currency, one number, min above max…).
 */
export function readPayBand(text: string): Read<PayBand> {
  let t = text
    .trim()
    .replace(/\s*(?:per\s+(?:year|annum)|a\s+year|\/\s*(?:year|yr))\.?$/i, '')
    .trim();
  let code = '';
  const after = /\s([A-Za-z]{3})$/.exec(t);
  const before = /^([A-Za-z]{3})\s/.exec(t);
  if (after) {
    code = after[1]!.toUpperCase();
    t = t.slice(0, after.index).trim();
  } else if (before) {
    code = before[1]!.toUpperCase();
    t = t.slice(before[0].length).trim();
  }
  const symbols = new Set([...t].filter((c) => c in SYMBOLS).map((c) => SYMBOLS[c]!));
  if (symbols.size > 1) return bad(`it mixes currency symbols (${[...symbols].join(', ')})`);
  const symbol = [...symbols][0];
  if (symbol && code && symbol !== code)
    return bad(`its symbol says ${symbol} but its code says ${code}`);
  const currency = code || symbol;
  t = t.replace(/[$€£]/g, '').trim();
  const m = RANGE.exec(t);
  if (!m) return bad('write it as a range with a currency, like "55,000–70,000 USD"');
  if (!currency) return bad('it names no currency (add a code such as USD, or a $, € or £ sign)');
  const min = numberOf(m[1]!, m[2]);
  const max = numberOf(m[3]!, m[4]);
  return checkPayBand(min, max, currency);
}

/**
 * Checks a pay band given as separate values (JSON `payBand`, CSV `pay_min`/`pay_max`/`currency`).
 * @param min - the lower end.
 * @param max - the upper end.
 * @param currency - a three-letter currency code (or `$`, `€`, `£`).
 * @returns the band, or why it is not one.
 */
export function checkPayBand(min: unknown, max: unknown, currency: unknown): Read<PayBand> {
  if (typeof min !== 'number' || !Number.isFinite(min) || min < 0)
    return bad('its minimum is not a number of zero or more');
  if (min > MAX_PAY) return bad(`its minimum is above ${formatNumber(MAX_PAY)}`);
  if (typeof max !== 'number' || !Number.isFinite(max) || max < 0)
    return bad('its maximum is not a number of zero or more');
  if (max > MAX_PAY) return bad(`its maximum is above ${formatNumber(MAX_PAY)}`);
  const c = typeof currency === 'string' ? (SYMBOLS[currency.trim()] ?? currency.trim()) : '';
  if (!/^[A-Za-z]{3}$/.test(c))
    return bad(
      c ? `its currency "${c}" is not a three-letter code such as USD` : 'it names no currency',
    );
  if (min > max)
    return bad(`its minimum (${formatNumber(min)}) is above its maximum (${formatNumber(max)})`);
  return ok({ min, max, currency: c.toUpperCase() });
}

/**
 * Reads a typical time in role as blueprint text writes it: `18 months`, `2 years` (24 months),
 * `1.5 years`.
 * @param text - the value after `Time in role:`.
 * @returns the months, or why the text is not a time.
 */
export function readMonths(text: string): Read<number> {
  const m = new RegExp(`^(${NUMBER})\\s*(months?|mos?\\.?|years?|yrs?\\.?)$`, 'i').exec(
    text.trim(),
  );
  if (!m) return bad('write it as a number of months or years, like "18 months"');
  const n = numberOf(m[1]!) * (/^y/i.test(m[2]!) ? 12 : 1);
  return checkMonths(n);
}

/**
 * Checks a time in role given as a number of months (JSON `monthsInRole`, CSV `months_in_role`).
 * @param value - the months.
 * @returns the months, or why they are not a time.
 */
export function checkMonths(value: unknown): Read<number> {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    return bad('it is not a number of months above zero');
  if (value > MAX_MONTHS)
    return bad(`it is more than ${formatNumber(MAX_MONTHS)} months (${MAX_MONTHS / 12} years)`);
  return ok(value);
}

/**
 * Checks a headcount or a move's count of people: a whole number, zero or more.
 * @param value - the number (or text with thousands separators).
 * @returns the count, or why it is not one.
 */
export function checkCount(value: unknown): Read<number> {
  const n = typeof value === 'string' ? readNumber(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
    return bad('it is not a whole number of zero or more');
  if (n > MAX_PEOPLE) return bad(`it is more than ${formatNumber(MAX_PEOPLE)}`);
  return ok(n);
}

/**
 * Reads a headcount as blueprint text writes it: `12`, `1,200`, `12 people`.
 * @param text - the value after `Headcount:`.
 * @returns the count, or why the text is not one.
 */
export function readHeadcountText(text: string): Read<number> {
  return checkCount(text.replace(/\s+(?:people|persons?)$/i, ''));
}

const MOVE_COUNT = new RegExp(`^(.*?)\\s*\\(\\s*(${NUMBER})\\s+(?:people|persons?)\\s*\\)$`, 'i');

/**
 * Splits a stated move into the role's title and the people who made it:
 * `Senior Support Analyst (14 people)` → title `Senior Support Analyst`, count 14; `(1 person)`.
 * Any other bracket stays in the title (`Support Engineer (L3)`).
 * @param item - one stated move as written.
 * @returns the title, and the count when the item has one (or why it is not a count).
 */
export function splitMoveCount(item: string): { title: string; count?: Read<number> } {
  const m = MOVE_COUNT.exec(item);
  if (!m || !m[1]) return { title: item };
  return { title: m[1], count: checkCount(m[2]!) };
}

/** The node attributes of a role's facts: only those the catalog states are set. */
export function factAttributes(role: {
  payBand?: PayBand;
  monthsInRole?: number;
  headcount?: number;
}): Partial<RoleNode> {
  const out: Partial<RoleNode> = {};
  if (role.payBand) {
    out.payMin = role.payBand.min;
    out.payMax = role.payBand.max;
    out.currency = role.payBand.currency;
  }
  if (role.monthsInRole !== undefined) out.monthsInRole = role.monthsInRole;
  if (role.headcount !== undefined) out.headcount = role.headcount;
  return out;
}
