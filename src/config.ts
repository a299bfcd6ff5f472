/**
 * Deployment configuration. Origins allowed for `?catalog=<url>` besides the page's own come
 * from `<meta name="cpe-catalog-origins" content="https://a.example https://b.example">` in
 * index.html, so a site can change them after the build without rebuilding.
 */
export function allowedCatalogOrigins(doc: Document | undefined = globalThis.document): string[] {
  const meta = doc?.querySelector('meta[name="cpe-catalog-origins"]');
  const content = meta?.getAttribute('content') ?? '';
  return content.split(/[\s,]+/).filter(Boolean);
}

/**
 * Decides whether a catalog URL may be loaded: same origin, or an allowed origin.
 * @param url - the URL as given (may be relative).
 * @param base - the page's URL.
 * @param allowed - extra allowed origins.
 * @returns the absolute URL, or an error sentence.
 */
export function checkCatalogUrl(
  url: string,
  base: string,
  allowed: readonly string[],
): { ok: true; url: string } | { ok: false; message: string } {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return { ok: false, message: `"${url}" is not a valid catalog URL.` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return { ok: false, message: `Refused to load the catalog: only http(s) URLs are allowed.` };
  const own = new URL(base).origin;
  if (u.origin !== own && !allowed.includes(u.origin))
    return {
      ok: false,
      message: `Refused to load the catalog from ${u.origin}: only this site's own origin and the origins configured for the explorer are allowed.`,
    };
  return { ok: true, url: u.href };
}

/**
 * Fetches a catalog whose URL has passed {@link checkCatalogUrl}, in the page or in the worker.
 * @param url - the checked URL.
 * @param name - the catalog's name, for messages.
 * @param fetchImpl - the fetch to use.
 * @returns the catalog's text.
 * @throws Error "Could not load the catalog <name>: …" on a network error or an HTTP error.
 */
export async function fetchCatalogText(
  url: string,
  name: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  let res: Response;
  try {
    res = await fetchImpl(url, { credentials: 'same-origin' });
  } catch (err) {
    throw new Error(`Could not load the catalog ${name}: ${(err as Error).message}.`, {
      cause: err,
    });
  }
  if (!res.ok) throw new Error(`Could not load the catalog ${name}: HTTP ${res.status}.`);
  return res.text();
}
