/**
 * Fetching a catalog by URL, in the page or in the worker: the response may come only from an
 * allowed origin (after redirects), and its body is read as a stream and dropped past the size
 * limit. Apart from `config.ts`, which says what a site allows: this is how an allowed catalog
 * is read, the same way in the page and in the worker.
 */
import { catalogEncoding, formatMegabytes, MAX_CATALOG_BYTES } from './model/catalog';
import { allowCatalogAdvice, catalogOriginsHere, originOf, safeDecode } from './config';
import { overlayNameOf } from './model/career';
import type { OverlayFile } from './model/load';

/**
 * Said when the browser could not fetch a catalog from another origin: the fetch cannot tell a
 * server that does not answer from one that does not allow the page to read it (CORS), and the
 * second is what a site embedding its own catalog meets first.
 * @param name - the catalog's name.
 * @param origin - the catalog's origin.
 * @param page - the page's own URL.
 * @param why - what the browser said.
 */
export function corsFailureMessage(
  name: string,
  origin: string,
  page: string,
  why: string,
): string {
  const own = originOf(page) || "this page's origin";
  return `Could not load the catalog ${name} from ${origin} (${why}): its server did not answer, or does not let ${own} read it.\nTo allow it: have ${origin} send Access-Control-Allow-Origin: ${own} with the catalog.`;
}

export interface FetchCatalogOptions {
  /**
   * Origins the response may come from besides the requested URL's own, after redirects; by
   * default {@link catalogOriginsHere}.
   */
  allowedOrigins?: readonly string[];
  /** Largest body accepted, in bytes (default {@link MAX_CATALOG_BYTES}). */
  maxBytes?: number;
  /** Stops the download (a load that is no longer wanted). */
  signal?: AbortSignal;
  /**
   * The page's own URL, for messages that say what to configure where (a worker's own address
   * is not the page's); by default `location.href`.
   */
  page?: string;
}

/** Fetches a catalog's file (or its overlay) sending credentials only to its own origin. */
function fetchFile(url: string, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<Response> {
  return fetchImpl(url, { credentials: 'same-origin', ...(signal ? { signal } : {}) });
}

/**
 * Fetches a catalog whose URL has passed {@link checkCatalogUrl}, in the page or in the worker.
 * A response redirected to an origin that is not allowed is refused; the body is read as a
 * stream and dropped as soon as it is over the size limit (at once when Content-Length says so).
 * @param url - the checked URL.
 * @param name - the catalog's name, for messages.
 * @param fetchImpl - the fetch to use.
 * @param options - the allowed origins and the size limit.
 * @returns the catalog's text.
 * @throws Error "Could not load the catalog <name>: …" on a network error (from another origin,
 *   with the CORS header its server must send), an HTTP error or a
 *   body over the limit; "Refused to load the catalog …" on a redirect to another origin.
 */
export async function fetchCatalogText(
  url: string,
  name: string,
  fetchImpl: typeof fetch = fetch,
  options: FetchCatalogOptions = {},
): Promise<string> {
  const page = options.page ?? globalThis.location?.href ?? '';
  let res: Response;
  try {
    res = await fetchFile(url, fetchImpl, options.signal);
  } catch (err) {
    const why = (err as Error).message;
    // A fetch that fails with a TypeError (not an abort) from another origin: most often, its
    // server sends no CORS header for this page.
    const origin = originOf(url);
    if (err instanceof TypeError && origin && origin !== originOf(page))
      throw new Error(corsFailureMessage(name, origin, page, why), { cause: err });
    throw new Error(`Could not load the catalog ${name}: ${why}.`, { cause: err });
  }
  checkFinalOrigin(url, res.url, options.allowedOrigins ?? catalogOriginsHere(), page);
  if (!res.ok) throw new Error(`Could not load the catalog ${name}: HTTP ${res.status}.`);
  return readCatalogBody(res, name, options.maxBytes ?? MAX_CATALOG_BYTES);
}

/** Refuses a response whose final URL (after redirects) is at an origin that is not allowed. */
function checkFinalOrigin(
  asked: string,
  final: string,
  allowed: readonly string[],
  page: string,
): void {
  // A response made in code (a test double) has no URL: it is the one asked for.
  if (!final) return;
  let from: string;
  let to: string;
  try {
    from = new URL(asked).origin;
    to = new URL(final).origin;
  } catch {
    throw new Error(`Refused to load the catalog: it came from an address that is not a URL.`);
  }
  if (to !== from && !allowed.includes(to))
    throw new Error(
      `Refused to load the catalog: ${from} redirected to ${to}, and this page does not allow catalogs from there.\n${allowCatalogAdvice(
        to,
        allowed.filter((o) => o !== originOf(page)),
        page,
      )}`,
    );
}

/**
 * Reads a response body as UTF-8 text, refusing it as soon as it is over `maxBytes`.
 * @param res - the response.
 * @param name - the catalog's name, for messages.
 * @param maxBytes - the largest body accepted.
 * @returns the text.
 * @throws Error "Could not load the catalog <name>: catalog is … MB; the limit is … MB."
 */
export async function readCatalogBody(
  res: Response,
  name: string,
  maxBytes: number,
): Promise<string> {
  const tooBig = (size: string) =>
    new Error(
      `Could not load the catalog ${name}: catalog is ${size}; the limit is ${formatMegabytes(maxBytes)}.`,
    );
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void res.body?.cancel().catch(() => {});
    throw tooBig(formatMegabytes(declared));
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  // The same encodings as an imported file or the command-line tool: UTF-8, or UTF-16 by its
  // byte-order mark, read from the first bytes.
  let decoder: TextDecoder | null = null;
  let head = new Uint8Array(0);
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {});
      throw tooBig(`more than ${formatMegabytes(maxBytes)}`);
    }
    let chunk: Uint8Array = value;
    if (!decoder) {
      const joined = new Uint8Array(head.length + chunk.length);
      joined.set(head);
      joined.set(chunk, head.length);
      if (joined.length < 2) {
        head = joined;
        continue;
      }
      decoder = new TextDecoder(catalogEncoding(joined));
      chunk = joined;
    }
    parts.push(decoder.decode(chunk, { stream: true }));
  }
  if (!decoder) decoder = new TextDecoder(catalogEncoding(head));
  parts.push(decoder.decode(head.length && !parts.length ? head : undefined));
  return parts.join('');
}

/** The largest overlay read beside a catalog: an overlay is a page of decisions, not a catalog. */
export const MAX_OVERLAY_BYTES = 2 * 1024 * 1024;

/**
 * Fetches the overlay beside a catalog fetched by URL (`<catalog>.model.json`), under the same
 * origin rules as the catalog. None there (no answer, 404, 410) is no overlay; any other failure
 * is a reason the catalog is read without it, never a reason to refuse the catalog.
 * @param catalogUrl - the catalog's checked URL.
 * @param fetchImpl - the fetch to use.
 * @param options - the allowed origins, the page, and what stops it.
 * @returns the overlay's file name with its text or why it could not be read; undefined for none.
 */
export function fetchSiblingOverlay(
  catalogUrl: string,
  fetchImpl: typeof fetch = fetch,
  options: FetchCatalogOptions = {},
): Promise<OverlayFile | undefined> {
  return fetchOverlayFile(overlayNameOf(catalogUrl), fetchImpl, options, true);
}

/**
 * Fetches an overlay file whose URL has passed the catalog origin check (beside a catalog, or
 * named by the element's `overlay` attribute), under the same rules as a catalog.
 * @param url - the overlay's URL.
 * @param fetchImpl - the fetch to use.
 * @param options - the allowed origins, the page, and what stops it.
 * @param optional - none there (no answer, 404, 410) is no overlay rather than a warning.
 * @returns the file's name with its text or why it could not be read; undefined for none.
 */
export async function fetchOverlayFile(
  url: string,
  fetchImpl: typeof fetch,
  options: FetchCatalogOptions,
  optional: boolean,
): Promise<OverlayFile | undefined> {
  const last = new URL(url).pathname.split('/').pop() || 'overlay';
  const file = safeDecode(last) ?? last;
  let res: Response;
  try {
    res = await fetchFile(url, fetchImpl, options.signal);
  } catch (err) {
    if (options.signal?.aborted) throw err;
    return optional ? undefined : { file, error: (err as Error).message };
  }
  if (optional && (res.status === 404 || res.status === 410)) return undefined;
  try {
    checkFinalOrigin(
      url,
      res.url,
      options.allowedOrigins ?? catalogOriginsHere(),
      options.page ?? '',
    );
    if (!res.ok) return { file, error: `HTTP ${res.status}` };
    return { file, text: await readCatalogBody(res, file, options.maxBytes ?? MAX_OVERLAY_BYTES) };
  } catch (err) {
    return { file, error: err instanceof Error ? err.message : String(err) };
  }
}
