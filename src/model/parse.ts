import { CatalogError } from './diagnostics';
import type { ParsedCatalog } from './types';
import { parseBlueprintText } from './parse-text';
import { parseJsonCatalog } from './parse-json';

/** Picks the format from the content: JSON when the first non-blank character is `{` or `[`. */
export function detectFormat(text: string): 'json' | 'text' {
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'text';
}

/**
 * Parses a catalog in whichever format its content shows.
 * @param text - the catalog's content.
 * @param file - the name used in messages.
 * @returns the roles and warnings.
 * @throws CatalogError when the catalog has an error (no roles, invalid JSON); it carries every diagnostic.
 */
export function parseCatalog(text: string, file = 'catalog'): ParsedCatalog {
  const parsed = detectFormat(text) === 'json' ? parseJsonCatalog(text) : parseBlueprintText(text);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) {
    throw new CatalogError(parsed.diagnostics, file);
  }
  return parsed;
}
