/**
 * Where a catalog comes from: the bundled one (read at build time), a URL the site allows, or
 * text the user imported; and what one load of it carries. Apart from the catalog state because
 * choosing and checking a source is the same whichever route the catalog then takes (in the page
 * or in the worker).
 */
import Graph from 'graphology';
import seed from 'virtual:seed-graph';
import { allowedCatalogOrigins, checkCatalogUrl, safeDecode } from '../../config';
import type { CareerGraph, CatalogFormat } from '../../model/graph';
import type { LoadedCatalog, OverlayFile } from '../../model/load';
import type { Overlay } from '../../model/career';
import type { Landing } from './storage';

export const SEED_NAME = 'role-blueprints.txt';

/**
 * A catalog to open: its text, its URL (fetched in the worker), or null for the bundled one; with
 * its overlay when one is known, applied on whichever route the catalog takes.
 */
export type CatalogSource =
  (({ text: string } | { url: string }) & { overlay?: Overlay; overlayFile?: OverlayFile }) | null;

/** One load of a catalog: what it opens, under which name, and what may stop it. */
export interface CatalogLoad {
  source: CatalogSource;
  name: string;
  /** Aborted once a later load supersedes this one: then nothing of it lands. */
  signal: AbortSignal;
  /** The format the file's extension names; the content decides otherwise. */
  format?: CatalogFormat | undefined;
  /** For an import kept across reloads: waited for before the catalog is named. */
  landing?: Landing | undefined;
}

/**
 * The bundled catalog, loaded and checked at build time (`virtual:seed-graph`, with the default
 * model and the catalog's overlay): the first graph needs no worker and no parser, and the page
 * builds no graph at all until another catalog is opened (which goes to the worker).
 * @returns the bundled catalog, as the page shows it.
 */
export function seedCatalog(): LoadedCatalog {
  return {
    format: seed.format,
    graph: Graph.from(seed.graph) as CareerGraph,
    diagnostics: seed.diagnostics,
    findings: seed.findings,
  };
}

/**
 * Checks a catalog URL against the site's origins policy and names the catalog after its file.
 * @param url - the catalog's URL, relative to `base`.
 * @param base - what `url` is relative to.
 * @param page - the page's own URL, whose origin is "same origin".
 * @returns the absolute URL and the catalog's name, or the sentence saying why it is refused.
 */
export function catalogAt(
  url: string,
  base: string | undefined,
  page: string | undefined,
): { ok: true; url: string; name: string } | { ok: false; message: string } {
  const checked = checkCatalogUrl(
    url,
    base ?? 'http://localhost/',
    allowedCatalogOrigins(),
    page ?? base ?? 'http://localhost/',
  );
  if (!checked.ok) return checked;
  const last = new URL(checked.url).pathname.split('/').pop() || 'catalog';
  return { ok: true, url: checked.url, name: safeDecode(last) ?? last };
}
