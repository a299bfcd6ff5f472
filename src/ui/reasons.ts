/**
 * A move's reason, its first clause: what kind of move and between what ("Promotion to the next
 * level up (Entry → Professional) in a related family"), without the evidence after it. Phones
 * show this; the whole reason is in the role's details.
 */
export function shortReason(reason: string): string {
  const cut = reason.search(/: | — /);
  const clause = cut > 0 ? reason.slice(0, cut) : reason;
  // After the kind's own label, not again: "Lateral move between families …" → "between …".
  return clause.replace(/^(lateral move|promotion)\s+(?=\S)/i, '');
}
