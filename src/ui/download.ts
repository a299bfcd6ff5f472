import { m } from '../i18n/paraglide/messages.js';

/** Saves text or a blob as a file through a temporary link (no server round trip). */
export function download(name: string, content: string | Blob, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a catalog name: its stem, with only safe characters. */
export function fileStem(name: string): string {
  return (
    name
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .slice(0, 80) || 'catalog'
  );
}

/**
 * A picture's title from a catalog's file name, for when the user gives none: the name without
 * its extension, words apart, the first capitalised (`role-blueprints.txt` → `Role blueprints`);
 * for a name with no words, “Career paths” in the interface's language.
 */
export function titleFromName(name: string): string {
  const words = name
    .replace(/\.[^.\s]*$/, '')
    .replace(/[-_.\s]+/g, ' ')
    .trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : m.lattice_picture_title();
}
