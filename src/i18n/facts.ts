/**
 * Role facts in the interface's language: pay bands, times in role, counts of people, through
 * `Intl` (`format.ts`) and the `facts` messages. The model's `present/facts-text.ts` keeps the
 * English text the exports and the command line write.
 */
import type { RoleNode } from '../model/graph';
import { m } from './paraglide/messages.js';
import { num, pay } from './format';

/** A time in role: `1 month`, `18 Monate`. */
export const months = (n: number): string => m.facts_months({ count: n });

/** A count of people: `1 person`, `14 Personen`. */
export const people = (n: number): string => m.facts_people({ count: n });

/** How many people made a move, after its kind (`, made by 14 people`), or '' when not stated. */
export function madeBy(move: { count?: unknown }): string {
  return typeof move.count === 'number' ? m.facts_made_by({ count: move.count }) : '';
}

/** The facts of one role, as text for display (each only when the catalog states it). */
export function roleFactsText(a: RoleNode): { pay?: string; months?: string; headcount?: string } {
  const out: { pay?: string; months?: string; headcount?: string } = {};
  if (a.payMin !== undefined && a.payMax !== undefined && a.currency !== undefined)
    out.pay = pay(a.payMin, a.payMax, a.currency);
  if (a.monthsInRole !== undefined) out.months = months(a.monthsInRole);
  if (a.headcount !== undefined) out.headcount = num(a.headcount);
  return out;
}
