import type { CatalogFormat } from '../graph/types';

/**
 * The format a file name suggests, for callers that know the file's name (a file picker, a URL).
 * @param name - a file name or path.
 * @returns `csv` for .csv/.tsv, `json` for .json, `text` for .txt/.md/.markdown/.text, else undefined
 *   (let the content decide).
 */
export function formatFromFileName(name: string): CatalogFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'json') return 'json';
  if (ext === 'txt' || ext === 'md' || ext === 'markdown' || ext === 'text') return 'text';
  return undefined;
}
