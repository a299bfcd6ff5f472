/**
 * Role facts as the app shows them: figures grouped the English way, pay bands, times in role,
 * counts of people. The reading side is `facts.ts`.
 */
/** A number the way the app shows figures: `55,000`, `2.5`. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * A pay band as text: `55,000–70,000 USD`.
 * @param min - lower end.
 * @param max - upper end.
 * @param currency - currency code.
 * @returns the text.
 */
export function formatPay(min: number, max: number, currency: string): string {
  return `${formatNumber(min)}–${formatNumber(max)} ${currency}`;
}

/** A time in role as text: `1 month`, `18 months`. */
export function formatMonths(months: number): string {
  return `${formatNumber(months)} ${months === 1 ? 'month' : 'months'}`;
}

/** A count of people as text: `1 person`, `14 people`. */
export function formatPeople(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'person' : 'people'}`;
}

/**
 * A stated move as blueprint text and the CSV export write it: `Senior Support Analyst (14 people)`,
 * or the bare title when no count is stated.
 */
export function withCount(title: string, count: number | undefined): string {
  return count === undefined ? title : `${title} (${formatPeople(count)})`;
}
