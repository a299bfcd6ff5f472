import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSpy } from './fetch-spy';
import {
  allowCatalogAdvice,
  allowedCatalogOrigins,
  allowedParentOrigins,
  checkCatalogUrl,
  pageAddress,
  refuseCatalogUrls,
} from '../../src/config';
import { corsFailureMessage, fetchCatalogText } from '../../src/catalog-fetch';
import { defaultModel } from '../../src/model/career/default-model';
import { MAX_CATALOG_BYTES } from '../../src/model/catalog/limits';
import { Explorer } from '../../src/state/explorer.svelte';

const BASE = 'http://intranet.test/app/';

/** A document with one `<meta name=… content=…>`. */
function docWith(name: string, content: string): Document {
  return {
    querySelector: (sel: string) =>
      sel === `meta[name="${name}"]` ? { getAttribute: () => content } : null,
  } as unknown as Document;
}

/** A response as fetch gives it after following redirects to `url`. */
function responseAt(url: string, body: BodyInit, init?: ResponseInit): Response {
  const res = new Response(body, init);
  Object.defineProperty(res, 'url', { value: url });
  return res;
}

/** A long body (2 MB), `chunk` bytes at a time, counting the chunks read. */
function endless(chunk = 1000, chunks = 2000) {
  const stats = { pulled: 0, cancelled: false };
  const bytes = new TextEncoder().encode('x'.repeat(chunk));
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      stats.pulled++;
      if (stats.pulled > chunks) c.close();
      else c.enqueue(bytes);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

afterEach(() => refuseCatalogUrls(null));

describe('origin lists from the page’s meta tags', () => {
  it('reads origins, normalizes them and drops what is not an http(s) origin', () => {
    const doc = docWith(
      'cpe-parent-origins',
      'https://portal.example  https://HR.example/, javascript:alert(1) null *',
    );
    expect(allowedParentOrigins(doc)).toEqual(['https://portal.example', 'https://hr.example']);
    expect(allowedParentOrigins(docWith('other', 'https://a.example'))).toEqual([]);
    expect(allowedParentOrigins(undefined)).toEqual([]);
    expect(allowedCatalogOrigins(docWith('cpe-catalog-origins', 'https://a.example/x'))).toEqual([
      'https://a.example',
    ]);
  });
});

describe('checkCatalogUrl never throws on what a link or an attribute holds', () => {
  for (const url of ['%', 'x%E0.txt', '/c/%zz.txt', 'a%2', '%C3%28.json', 'http://%']) {
    it(`refuses ${JSON.stringify(url)} with a clear message`, () => {
      let r: ReturnType<typeof checkCatalogUrl> | undefined;
      expect(() => (r = checkCatalogUrl(url, BASE, []))).not.toThrow();
      expect(r?.ok).toBe(false);
      if (r && !r.ok) expect(r.message).toMatch(/not a valid catalog URL|Refused/);
    });
  }

  it('still accepts well-formed escapes', () => {
    expect(checkCatalogUrl('/c/caf%C3%A9%20list.txt', BASE, [])).toEqual({
      ok: true,
      url: 'http://intranet.test/c/caf%C3%A9%20list.txt',
    });
  });

  it('refuses every catalog URL, even same-origin, once the page refuses them', () => {
    refuseCatalogUrls('Refused to load the catalog: this page is embedded by http://evil.test.');
    const r = checkCatalogUrl('/c/data.json', BASE, []);
    expect(r).toEqual({
      ok: false,
      message: 'Refused to load the catalog: this page is embedded by http://evil.test.',
    });
    refuseCatalogUrls(null);
    expect(checkCatalogUrl('/c/data.json', BASE, []).ok).toBe(true);
  });
});

describe('a refused catalog says what to add and where', () => {
  const PAGE = 'https://careers.example.com/jobs/index.html?embed=1#top';

  it('names the meta tag with the origin filled in, the page, and the CORS header', () => {
    expect(checkCatalogUrl('https://hr.example.com/roles.json', PAGE, [])).toEqual({
      ok: false,
      message:
        'Refused to load the catalog from https://hr.example.com: this page does not allow catalogs from there.\n' +
        'To allow it: put <meta name="cpe-catalog-origins" content="https://hr.example.com"> in the <head> of https://careers.example.com/jobs/index.html, ' +
        'and have https://hr.example.com send Access-Control-Allow-Origin: https://careers.example.com with the catalog.',
    });
  });

  it('keeps the origins already listed in the tag it names', () => {
    expect(allowCatalogAdvice('https://hr.example.com', ['https://a.example'], PAGE)).toContain(
      '<meta name="cpe-catalog-origins" content="https://a.example https://hr.example.com">',
    );
  });

  it('names the header a server must send when a cross-origin fetch fails', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(
      fetchCatalogText('https://hr.example.com/roles.json', 'roles.json', failing, { page: PAGE }),
    ).rejects.toThrow(
      'Could not load the catalog roles.json from https://hr.example.com (Failed to fetch): its server did not answer, or does not let https://careers.example.com read it.\n' +
        'To allow it: have https://hr.example.com send Access-Control-Allow-Origin: https://careers.example.com with the catalog.',
    );
    // The same failure on the page's own origin is no CORS matter.
    await expect(
      fetchCatalogText('https://careers.example.com/roles.json', 'roles.json', failing, {
        page: PAGE,
      }),
    ).rejects.toThrow(/^Could not load the catalog roles\.json: Failed to fetch\.$/);
    expect(corsFailureMessage('x.txt', 'https://hr.example.com', 'not a URL', 'Failed')).toContain(
      "Access-Control-Allow-Origin: this page's origin",
    );
  });

  it('names the tag that would allow the origin a redirect went to', async () => {
    const moved = (async () =>
      responseAt('https://cdn.example/roles.json', 'x')) as unknown as typeof fetch;
    await expect(
      fetchCatalogText('https://careers.example.com/roles.json', 'roles.json', moved, {
        allowedOrigins: ['https://careers.example.com', 'https://a.example'],
        page: PAGE,
      }),
    ).rejects.toThrow(
      'Refused to load the catalog: https://careers.example.com redirected to https://cdn.example, and this page does not allow catalogs from there.\n' +
        'To allow it: put <meta name="cpe-catalog-origins" content="https://a.example https://cdn.example"> in the <head> of https://careers.example.com/jobs/index.html',
    );
  });

  it('names a page by its address without query or fragment, and never throws', () => {
    expect(pageAddress('https://a.example/x/?q=1#f')).toBe('https://a.example/x/');
    expect(pageAddress('not a url')).toBe('not a url');
    expect(pageAddress('')).toBe("the explorer's page");
  });
});

describe('a <base href> on another origin is not the page’s own origin', () => {
  const PAGE = 'http://intranet.test/wiki/page.html';
  afterEach(() => vi.unstubAllGlobals());

  it('refuses a relative catalog that the base resolves to another origin', () => {
    const r = checkCatalogUrl('secret.json', 'https://cdn.test/assets/', [], PAGE);
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(/^Refused to load the catalog from https:\/\/cdn\.test:/),
    });
    // Unless the site lists that origin.
    expect(
      checkCatalogUrl('secret.json', 'https://cdn.test/assets/', ['https://cdn.test'], PAGE),
    ).toEqual({ ok: true, url: 'https://cdn.test/assets/secret.json' });
  });

  it('resolves a relative catalog against a base on the page’s own origin', () => {
    expect(checkCatalogUrl('data.json', 'http://intranet.test/catalogs/', [], PAGE)).toEqual({
      ok: true,
      url: 'http://intranet.test/catalogs/data.json',
    });
  });

  it('has the explorer judge a catalog against the page’s URL, not the base it resolves against', async () => {
    vi.stubGlobal('location', new URL(PAGE));
    const ex = new Explorer(defaultModel);
    const spy = fetchSpy();
    await ex.catalog.load('secret.json', spy.fetch, 'https://cdn.test/assets/');
    expect(spy.called).toBe(false);
    expect(ex.catalog.error).toMatch(/Refused to load the catalog from https:\/\/cdn\.test/);
    expect(ex.roles).toHaveLength(30);
  });
});

describe('a malformed ?catalog= does not leave the explorer loading forever', () => {
  for (const url of ['%', 'x%E0.txt']) {
    it(`shows the bundled catalog and a message for ${JSON.stringify(url)}`, async () => {
      const ex = new Explorer(defaultModel);
      const spy = fetchSpy();
      await ex.catalog.load(url, spy.fetch, BASE);
      expect(spy.called).toBe(false);
      expect(ex.catalog.status).toBe('ready');
      expect(ex.roles).toHaveLength(30);
      expect(ex.catalog.error).toMatch(/not a valid catalog URL/);
    });
  }
});

describe('fetchCatalogText', () => {
  it('refuses a response redirected to another origin', async () => {
    const evil = (async () =>
      responseAt('http://evil.test/c.txt', 'Title: Evil Role')) as unknown as typeof fetch;
    await expect(
      fetchCatalogText('http://intranet.test/c.txt', 'c.txt', evil, { allowedOrigins: [] }),
    ).rejects.toThrow(/Refused.*redirected to http:\/\/evil\.test/);
  });

  it('accepts a redirect within the origin, or to an allowed origin', async () => {
    const to = (url: string) => (async () => responseAt(url, 'ok')) as unknown as typeof fetch;
    expect(
      await fetchCatalogText('http://intranet.test/c.txt', 'c.txt', to('http://intranet.test/d'), {
        allowedOrigins: [],
      }),
    ).toBe('ok');
    expect(
      await fetchCatalogText('http://intranet.test/c.txt', 'c.txt', to('https://cdn.test/d'), {
        allowedOrigins: ['https://cdn.test'],
      }),
    ).toBe('ok');
    // A response that does not say where it came from (a test double) is the URL asked for.
    expect(
      await fetchCatalogText(
        'http://intranet.test/c.txt',
        'c.txt',
        (async () => new Response('ok')) as unknown as typeof fetch,
      ),
    ).toBe('ok');
  });

  it('stops reading a body at the size limit', async () => {
    const { stream, stats } = endless(1000);
    const f = (async () => new Response(stream)) as unknown as typeof fetch;
    await expect(
      fetchCatalogText('http://intranet.test/big.txt', 'big.txt', f, { maxBytes: 10_000 }),
    ).rejects.toThrow(
      /Could not load the catalog big\.txt: catalog is more than .* MB; the limit is/,
    );
    // It read just past the limit, then let go of the stream.
    expect(stats.pulled).toBeLessThanOrEqual(13);
    expect(stats.cancelled).toBe(true);
  }, 5_000);

  it('refuses early from Content-Length, reading nothing', async () => {
    const { stream, stats } = endless(1000);
    const f = (async () =>
      new Response(stream, {
        headers: { 'content-length': String(MAX_CATALOG_BYTES + 16 * 1024 * 1024) },
      })) as unknown as typeof fetch;
    await expect(fetchCatalogText('http://intranet.test/big.txt', 'big.txt', f)).rejects.toThrow(
      /Could not load the catalog big\.txt: catalog is 80\.0 MB; the limit is 64\.0 MB/,
    );
    expect(stats.pulled).toBeLessThanOrEqual(1);
  }, 5_000);

  it('reads a body up to the limit, in UTF-8, across chunk boundaries', async () => {
    const bytes = new TextEncoder().encode('Title: Café Manager\n');
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of bytes) c.enqueue(new Uint8Array([b]));
        c.close();
      },
    });
    const f = (async () => new Response(stream)) as unknown as typeof fetch;
    expect(
      await fetchCatalogText('http://intranet.test/c.txt', 'c.txt', f, {
        maxBytes: bytes.length,
      }),
    ).toBe('Title: Café Manager\n');
  });

  it('reads a UTF-16 body by its byte-order mark, as an imported file or the CLI would', async () => {
    const text = 'Title: Café Manager\n';
    for (const le of [true, false]) {
      const units = [0xfeff, ...[...text].map((c) => c.charCodeAt(0))];
      const bytes = new Uint8Array(units.length * 2);
      units.forEach((u, i) => {
        bytes[i * 2 + (le ? 0 : 1)] = u & 0xff;
        bytes[i * 2 + (le ? 1 : 0)] = u >> 8;
      });
      // One byte per chunk: the byte-order mark itself arrives split.
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          for (const b of bytes) c.enqueue(new Uint8Array([b]));
          c.close();
        },
      });
      const f = (async () => new Response(stream)) as unknown as typeof fetch;
      expect(await fetchCatalogText('http://intranet.test/c.txt', 'c.txt', f)).toBe(text);
    }
  });
});
