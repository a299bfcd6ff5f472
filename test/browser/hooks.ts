import type { OutgoingHttpHeaders } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';
import { readFileSync } from 'node:fs';
import { serveStatic, type Route, type StaticServer } from './static-server';

/** The built app, as the tests serve it. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * A Chromium for the calling test file: the run's shared browser (test/browser/global-setup.ts),
 * connected to before the file's tests and left after them (closing the connection closes the
 * contexts the file opened); a browser of its own when the file runs without the global setup.
 */
export function useBrowser(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const ws = inject('browserWs');
    browser = ws ? await chromium.connect(ws) : await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is only there inside tests');
      return browser;
    },
  };
}

/**
 * `dist/` served under a sub-path for the calling test file, with extra headers and in-memory
 * files (routes are read per request, so a file can fill them in once it knows the origin).
 */
export function useDist(
  prefix: string,
  headers: OutgoingHttpHeaders = {},
  routes: Record<string, Route> = {},
): { readonly url: string } {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(DIST, prefix, headers, routes);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the server is only there inside tests');
      return server.url;
    },
  };
}

/**
 * The built `index.html` with the parent origins a site would configure after the build
 * (`<meta name="cpe-parent-origins">`): serve it as a route in place of the file to test a site
 * that lets those origins embed the app.
 * @param origins - the origins allowed to frame the app and talk to it.
 * @returns the page's HTML.
 */
export function indexWithParentOrigins(origins: readonly string[]): string {
  const html = readFileSync(`${DIST}index.html`, 'utf8');
  const meta = /<meta name="cpe-parent-origins" content="[^"]*"/;
  if (!meta.test(html)) throw new Error('dist/index.html has no <meta name="cpe-parent-origins">');
  return html.replace(meta, `<meta name="cpe-parent-origins" content="${origins.join(' ')}"`);
}
