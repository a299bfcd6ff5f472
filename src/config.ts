import { catalogEncoding, formatMegabytes, MAX_CATALOG_BYTES } from './model/catalog';

/**
 * Deployment configuration, read from meta tags in index.html so a site can change it after the
 * build without rebuilding:
 * - `<meta name="cpe-catalog-origins" content="https://a.example https://b.example">`: origins
 *   allowed for `?catalog=<url>` besides the page's own;
 * - `<meta name="cpe-parent-origins" content="https://portal.example">`: origins allowed to embed
 *   the page in an iframe and talk to it (`?parentOrigin=`), besides the page's own.
 */

/**
 * Reads a list of origins: entries separated by spaces or commas, each reduced to its origin
 * (`https://a.example/` is `https://a.example`); what is not an http(s) URL is dropped.
 * @param content - the meta tag's content.
 * @returns the origins, without duplicates.
 */
export function parseOriginList(content: string): string[] {
  const origins: string[] = [];
  for (const entry of content.split(/[\s,]+/)) {
    if (!/^https?:\/\//i.test(entry)) continue;
    try {
      const origin = new URL(entry).origin;
      if (!origins.includes(origin)) origins.push(origin);
    } catch {
      // Not a URL: ignored, like any other entry that is not an origin.
    }
  }
  return origins;
}

function metaOrigins(doc: Document | undefined, name: string): string[] {
  const meta = doc?.querySelector(`meta[name="${name}"]`);
  return parseOriginList(meta?.getAttribute('content') ?? '');
}

/** Origins allowed for `?catalog=<url>` besides the page's own (`cpe-catalog-origins`). */
export function allowedCatalogOrigins(doc: Document | undefined = globalThis.document): string[] {
  return metaOrigins(doc, 'cpe-catalog-origins');
}

/**
 * Origins allowed to embed the page in an iframe and exchange messages with it, besides the
 * page's own (`cpe-parent-origins`; empty by default). Never taken from the URL.
 */
export function allowedParentOrigins(doc: Document | undefined = globalThis.document): string[] {
  return metaOrigins(doc, 'cpe-parent-origins');
}

/**
 * A page's address for a message: without its query and fragment, which say nothing about where
 * the page's meta tags are (and may be long).
 */
export function pageAddress(page: string): string {
  if (!page) return "the explorer's page";
  try {
    const u = new URL(page);
    return u.origin === 'null' ? u.href : u.origin + u.pathname;
  } catch {
    return page;
  }
}

/** The origin of a page's address, or '' when it has none. */
function originOf(page: string): string {
  try {
    const origin = new URL(page).origin;
    return origin === 'null' ? '' : origin;
  } catch {
    return '';
  }
}

/**
 * A meta tag with `origins`, written out for a site to paste into a page.
 * @param name - `cpe-catalog-origins` or `cpe-parent-origins`.
 * @param origins - what its content lists.
 */
export function metaTag(name: string, origins: readonly string[]): string {
  return `<meta name="${name}" content="${origins.join(' ')}">`;
}

/**
 * How a site allows catalogs from `origin`: the meta tag that lists it (with the origins already
 * configured), in the page whose tags the explorer reads, and the CORS header its server sends.
 * @param origin - the catalog's origin.
 * @param configured - the origins `cpe-catalog-origins` already lists.
 * @param page - the page's own URL (the app's `index.html`, or the custom element's host page).
 * @returns "To allow it: …", text only.
 */
export function allowCatalogAdvice(
  origin: string,
  configured: readonly string[],
  page: string,
): string {
  const tag = metaTag('cpe-catalog-origins', [...configured.filter((o) => o !== origin), origin]);
  const own = originOf(page);
  return `To allow it: put ${tag} in the <head> of ${pageAddress(page)}${own ? `, and have ${origin} send Access-Control-Allow-Origin: ${own} with the catalog` : ''}.`;
}

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

/** Set when the page refuses every catalog URL (framed by a page it does not trust). */
let refusal: string | null = null;

/**
 * Makes {@link checkCatalogUrl} refuse every URL, same-origin ones too, with `message`; `null`
 * lifts the refusal. The iframe bridge sets it once, at start, when the page is framed by an
 * origin the site did not allow, so no later load (a link, back and forward) gets around it.
 */
export function refuseCatalogUrls(message: string | null): void {
  refusal = message;
}

/**
 * `decodeURIComponent` that does not throw.
 * @param s - a URL component.
 * @returns the decoded text, or null when a `%` starts no valid escape or the escapes are not
 *   UTF-8.
 */
export function safeDecode(s: string): string | null {
  try {
    // The result is used: a minifier may drop a call whose result is not, and its throw with it.
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** `s`, quoted and cut for a message. */
function quote(s: string): string {
  return JSON.stringify(s.length > 200 ? `${s.slice(0, 200)}…` : s);
}

/**
 * Decides whether a catalog URL may be loaded: same origin, or an allowed origin. Never throws,
 * whatever the URL holds.
 * @param url - the URL as given (may be relative).
 * @param base - what a relative URL is resolved against: the page's URL, or the host page's
 *   `document.baseURI` for the custom element.
 * @param allowed - extra allowed origins.
 * @param page - the page's own URL, whose origin counts as "same origin"; by default `base`. A
 *   host page's `<base href>` may point at another origin: that origin is not the page's own.
 * @returns the absolute URL, or an error sentence.
 */
export function checkCatalogUrl(
  url: string,
  base: string,
  allowed: readonly string[],
  page: string = base,
): { ok: true; url: string } | { ok: false; message: string } {
  if (refusal !== null) return { ok: false, message: refusal };
  let u: URL;
  let own: string;
  try {
    u = new URL(url, base);
    own = new URL(page).origin;
  } catch {
    return { ok: false, message: `${quote(url)} is not a valid catalog URL.` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return { ok: false, message: `Refused to load the catalog: only http(s) URLs are allowed.` };
  // The catalog's name is its decoded file name: a `%` that starts no valid escape is refused
  // here, with a message, instead of throwing a URIError later.
  if (safeDecode(u.pathname) === null)
    return {
      ok: false,
      message: `${quote(url)} is not a valid catalog URL: a % in it does not start a valid escape (%25 is a literal %).`,
    };
  if (u.origin !== own && !allowed.includes(u.origin))
    return {
      ok: false,
      message: `Refused to load the catalog from ${u.origin}: this page does not allow catalogs from there.\n${allowCatalogAdvice(u.origin, allowed, page)}`,
    };
  return { ok: true, url: u.href };
}

/**
 * The origins a catalog response may come from after redirects, in the page or in a worker: the
 * page's own and the configured ones. A worker has no document: the page sends it this list.
 */
export function catalogOriginsHere(): string[] {
  const own = globalThis.location?.origin;
  return [...(own && own !== 'null' ? [own] : []), ...allowedCatalogOrigins()];
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
    res = await fetchImpl(url, {
      credentials: 'same-origin',
      ...(options.signal ? { signal: options.signal } : {}),
    });
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
