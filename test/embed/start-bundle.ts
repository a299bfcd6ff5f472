/**
 * How much JavaScript `<career-path-explorer>` fetches before its first lattice is drawn: a host
 * page on one origin loads `dist/embed/career-path-explorer.js` from another origin, under a
 * sub-path, with CORS (as from a CDN or another intranet host), and every request is recorded; a
 * file counts at start when it was asked for before the first lattice was drawn (the early canvas
 * or the App's says `data-drawn`). Used by `test/browser/embed.test.ts` (the
 * budget) and runnable on its own after `npm run build`:
 *
 *     npx tsx test/embed/start-bundle.ts
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium';
import { serveStatic } from '../browser/static-server';

/** One JS file fetched by the page. */
export interface Fetched {
  url: string;
  /** Bytes after gzip (level 9), as a static host would serve it compressed. */
  gzip: number;
  /** Before the first lattice was drawn. */
  atStart: boolean;
}

/** What the element fetched, from where. */
export interface StartBundle {
  /** Sum of `gzip` over the embed's JS files fetched before the first lattice, in bytes. */
  startGzip: number;
  /** Every JS response of the embed's origin, in the order they arrived. */
  js: Fetched[];
  /** Requests to the host page's origin other than the page itself (chunks must not go there). */
  toHost: string[];
}

/**
 * Loads a host page with the element and records the JS it fetches.
 * @param browser - a launched Chromium.
 * @param appUrl - where `dist/` is served (any origin and sub-path), ending in `/`.
 * @param hostUrl - the host page's URL (another origin); it must serve `hostHtml(appUrl)`.
 * @returns what was fetched.
 */
export async function measureStartBundle(
  browser: Browser,
  appUrl: string,
  hostUrl: string,
): Promise<StartBundle> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const appOrigin = new URL(appUrl).origin;
  const hostOrigin = new URL(hostUrl).origin;
  // The moment the canvas is marked drawn, seen by an observer on the element's shadow root (its
  // callback runs before anything chained on the first graph can ask for a chunk).
  await page.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver((_, mo) => {
        // The lattice drawn before the App loads, or the App's canvas.
        if (!root.querySelector('.cpe-predraw[data-drawn], .cpe-canvas[data-drawn="true"]')) return;
        (window as unknown as { cpeDrawnAt: number }).cpeDrawnAt = performance.now();
        mo.disconnect();
      }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
      return root;
    };
  });
  const bodies: Promise<{ url: string; gzip: number } | null>[] = [];
  const toHost: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin === hostOrigin && r.url() !== hostUrl) toHost.push(r.url());
  });
  page.on('response', (r) => {
    const url = r.url();
    if (new URL(url).origin !== appOrigin || !/\.m?js($|\?)/.test(url)) return;
    bodies.push(
      r
        .body()
        .then((b) => ({ url, gzip: gzipSync(b, { level: 9 }).length }))
        .catch(() => null),
    );
  });
  await page.goto(hostUrl);
  await page.waitForFunction(() => 'cpeDrawnAt' in window, undefined, { timeout: 30_000 });
  // Then until nothing more loads (what the app fetches after its first lattice).
  await page.waitForLoadState('networkidle');
  // When each request started, against when the lattice was drawn.
  const { drawnAt, started } = await page.evaluate(() => ({
    drawnAt: (window as unknown as { cpeDrawnAt: number }).cpeDrawnAt,
    started: performance
      .getEntriesByType('resource')
      .map((e) => [e.name, e.startTime] as [string, number]),
  }));
  const startOf = new Map(started);
  const js = (await Promise.all(bodies))
    .filter((f) => !!f)
    .map((f) => ({ ...f, atStart: (startOf.get(f.url) ?? 0) < drawnAt }));
  await page.close();
  return {
    startGzip: js.filter((f) => f.atStart).reduce((s, f) => s + f.gzip, 0),
    js,
    toHost,
  };
}

/** A plain host page with the element, loading the module from `appUrl`. */
export function hostHtml(appUrl: string, attrs = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${appUrl}embed/career-path-explorer.js"></script>
</head><body><career-path-explorer height="600" ${attrs}></career-path-explorer></body></html>`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const app = await serveStatic(dist, '/tools/careers/', { 'access-control-allow-origin': '*' });
  const routes = { '/host.html': { body: '', type: 'text/html' } };
  const host = await serveStatic(dist, '/unused/', {}, routes);
  routes['/host.html'].body = hostHtml(app.url);
  const browser = await launchChromium();
  try {
    const r = await measureStartBundle(browser, app.url, new URL('/host.html', host.url).href);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
    for (const f of r.js)
      console.log(`${f.atStart ? 'start' : 'later'}  ${kb(f.gzip).padStart(9)}  ${f.url}`);
    console.log(`JS before the first lattice (gzip): ${kb(r.startGzip)}`);
    if (r.toHost.length) console.log(`requests to the host origin: ${r.toHost.join(', ')}`);
  } finally {
    await browser.close();
    await Promise.all([app.close(), host.close()]);
  }
}
