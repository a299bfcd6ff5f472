/**
 * After an import, the view's choices (From, To, the selected role, those compared or avoided)
 * whose roles the new catalog lacks are cleared, and the Catalog panel says which (`problems.ts`
 * writes the sentence). Apart from the catalog state: it is about the question asked, not about
 * loading a catalog.
 */
import type { ExplorerQuery } from '../url';

/** What clearing choices reads and sets of the explorer. */
export interface ChoicesHost {
  q: ExplorerQuery;
  /** Every role's title, by id, of the catalog shown. */
  readonly titles: ReadonlyMap<string, string>;
  title(id: string): string;
}

/** A role the view names: where (`what`), and its id and title at the time. */
export interface Choice {
  /** From, To, the selected role, the comparison, the roles to avoid. */
  what: 'from' | 'to' | 'role' | 'compare' | 'avoid';
  id: string;
  title: string;
}

/**
 * The roles the view names (From, To, the selected role, those compared or avoided), by title.
 * @param host - the explorer.
 * @returns them, in that order.
 */
export function chosenRoles(host: ChoicesHost): Choice[] {
  const q = host.q;
  const named: [Choice['what'], string][] = [
    ['from', q.from],
    ['to', q.to],
    ['role', q.role],
    ...q.compare.map((id): [Choice['what'], string] => ['compare', id]),
    ...q.avoid.map((id): [Choice['what'], string] => ['avoid', id]),
  ];
  return named.filter(([, id]) => !!id).map(([what, id]) => ({ what, id, title: host.title(id) }));
}

/**
 * After an import, clears every choice whose role the new catalog lacks.
 * @param host - the explorer, showing the new catalog.
 * @param before - the choices before the import, with the titles they had.
 * @returns the choices cleared (the Catalog panel says which: `noticeText`), none when none was.
 */
export function clearMissingChoices(host: ChoicesHost, before: Choice[]): Choice[] {
  const has = (id: string) => host.titles.has(id);
  const gone = before.filter((c) => !has(c.id));
  if (!gone.length) return gone;
  const q = host.q;
  if (q.from && !has(q.from)) q.from = '';
  if (q.to && !has(q.to)) q.to = '';
  if (q.role && !has(q.role)) q.role = '';
  if (q.compare.some((id) => !has(id))) q.compare = [];
  q.avoid = q.avoid.filter(has);
  return gone;
}
