/**
 * Deployment configuration, read from meta tags in index.html so a site can change it after the
 * build without rebuilding:
 * - `<meta name="cpe-catalog-origins" content="https://a.example https://b.example">`: origins
 *   allowed for `?catalog=<url>` besides the page's own;
 * - `<meta name="cpe-parent-origins" content="https://portal.example">`: origins allowed to embed
 *   the page in an iframe and talk to it (`?parentOrigin=`), besides the page's own.
 *
 * This module is the origins policy: what a site allows, whether a catalog URL passes, and the
 * advice for allowing one. Fetching an allowed catalog is `catalog-fetch.ts`.
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

/**
 * The origin of a page's address.
 * @param page - an absolute URL.
 * @returns its origin, or '' when it has none (an opaque origin, or not a URL).
 */
export function originOf(page: string): string {
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
