/** A role as a picker lists it. */
export interface RoleOption {
  id: string;
  title: string;
}

/**
 * Roles matching what a person typed, best first: the exact title, then titles starting with the
 * text, then titles containing every word (earlier matches first), alphabetical within each.
 * @param options - the roles.
 * @param text - what was typed.
 * @param limit - the most roles to return.
 * @returns the matching roles.
 */
export function rankRoles(
  options: readonly RoleOption[],
  text: string,
  limit = Infinity,
): RoleOption[] {
  const t = text.trim().toLowerCase();
  const words = t.split(/\s+/).filter(Boolean);
  if (!words.length) return options.slice(0, limit);
  const scored: { o: RoleOption; score: number }[] = [];
  for (const o of options) {
    const title = o.title.toLowerCase();
    if (!words.every((w) => title.includes(w))) continue;
    const score = title === t ? 0 : title.startsWith(t) ? 1 : 2 + title.indexOf(words[0]!) / 1000;
    scored.push({ o, score });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.o);
}
