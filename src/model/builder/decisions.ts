/**
 * What the organization decided in a catalog's overlay about its roles: a role's level or family,
 * stated as a catalog states them (the moves it rejected are kept out by `Moves`). An overlay
 * names roles by title or id; one naming a role the catalog does not have is a warning, never an
 * error, so an overlay outlives edits of its catalog.
 */
import type { Diagnostic } from '../graph/diagnostics';
import { slugify, titleKey } from '../graph/text';
import type { CatalogRole } from '../graph/types';
import type { Overlay } from '../career/overlay';

/** Finds a role of the catalog by its title or its id; undefined when it has none. */
export function roleFinder<T extends { title: string; id?: string }>(
  roles: readonly T[],
): (name: string) => T | undefined {
  const byKey = new Map<string, T>();
  for (const r of roles)
    for (const key of [titleKey(r.title), slugify(r.title), r.id])
      if (key !== undefined && !byKey.has(key)) byKey.set(key, r);
  return (name) => byKey.get(titleKey(name)) ?? byKey.get(slugify(name));
}

/**
 * The catalog's roles with the levels and families the overlay states for them: a copy of each
 * role it names, the others as they are.
 * @param roles - the catalog's roles.
 * @param overlay - the overlay.
 * @param diagnostics - gets a warning for each role the overlay names and the catalog lacks.
 * @returns the roles, in the same order.
 */
export function withDecidedRoles(
  roles: CatalogRole[],
  overlay: Overlay,
  diagnostics: Diagnostic[],
): CatalogRole[] {
  if (!overlay.roles.length) return roles;
  const find = roleFinder(roles);
  const decided = new Map<CatalogRole, CatalogRole>();
  for (const d of overlay.roles) {
    const role = find(d.role);
    if (!role) {
      diagnostics.push({
        severity: 'warning',
        line: 0,
        message: `the overlay states the ${d.level !== undefined ? 'level' : 'family'} of unknown role "${d.role}"; it is ignored`,
      });
      continue;
    }
    const copy = decided.get(role) ?? { ...role };
    if (d.level !== undefined) copy.level = d.level;
    if (d.family !== undefined) copy.family = d.family;
    decided.set(role, copy);
  }
  return roles.map((r) => decided.get(r) ?? r);
}
