import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexWithParentOrigins, useBrowser, useDist } from './hooks';
import { appFrame, close, open } from './page';
import type { Route } from './static-server';

/*
 * A site that embeds the explorer and its own catalog, served from another origin: what happens
 * by default, before the site has configured anything. The refusal must say what to add and
 * where, with the origins filled in, in the page and in the console.
 */

const CATALOG = JSON.stringify({
  roles: [
    { title: 'Junior Recruiter', summary: 'Screens candidates.' },
    { title: 'Recruiter', summary: 'Runs hiring loops.' },
  ],
});

const chromium = useBrowser();
const appRoutes: Record<string, Route> = {};
// The element's module is loaded cross-origin: it needs CORS.
const app = useDist('/tools/careers/', { 'access-control-allow-origin': '*' }, appRoutes);
const hostRoutes: Record<string, Route> = {};
const host = useDist('/unused/', {}, hostRoutes);
const strangerRoutes: Record<string, Route> = {};
const stranger = useDist('/unused/', {}, strangerRoutes);
// The HR site's catalog server sends no CORS header: the default of any static host.
const hrRoutes: Record<string, Route> = {
  '/roles.json': { body: CATALOG, type: 'application/json' },
};
const hr = useDist('/unused/', {}, hrRoutes);

let hostOrigin: string;
let hrOrigin: string;
let strangerOrigin: string;

const html = (body: string, head = ''): Route => ({
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}</head><body>${body}</body></html>`,
  type: 'text/html',
});

beforeAll(() => {
  hostOrigin = new URL(host.url).origin;
  hrOrigin = new URL(hr.url).origin;
  strangerOrigin = new URL(stranger.url).origin;
  const module = `<script type="module" src="${app.url}embed/career-path-explorer.js"></script>`;
  const element = `<career-path-explorer catalog="${hrOrigin}/roles.json" height="600" compact></career-path-explorer>`;
  const frame = `<iframe id="frame" title="Career paths" width="1000" height="700" src="${app.url}index.html?embed=1&parentOrigin=${encodeURIComponent(hostOrigin)}&catalog=${encodeURIComponent(`${hrOrigin}/roles.json`)}"></iframe>`;
  // The app's site lets the host embed it, and nothing more: no catalog origin is configured.
  appRoutes['/tools/careers/index.html'] = {
    body: indexWithParentOrigins([hostOrigin]),
    type: 'text/html',
  };
  Object.assign(hostRoutes, {
    '/element.html': html(element, module),
    '/allowed.html': html(
      element,
      `<meta name="cpe-catalog-origins" content="${hrOrigin}">${module}`,
    ),
    '/frame.html': html(frame),
  });
  strangerRoutes['/frame.html'] = html(frame);
  // The same catalog, served as the advice says: with the header that lets the host read it.
  hrRoutes['/open/roles.json'] = {
    body: CATALOG,
    type: 'application/json',
    headers: { 'access-control-allow-origin': hostOrigin },
  };
  hostRoutes['/followed.html'] = html(
    element.replace('/roles.json', '/open/roles.json'),
    `<meta name="cpe-catalog-origins" content="${hrOrigin}">${module}`,
  );
});

/** Opens `url` and collects what the page and its frames log as errors and warnings. */
async function openLogging(url: string): Promise<{ page: Page; logged: string[] }> {
  const logged: string[] = [];
  const { page } = await open(chromium.browser, url, {
    width: 1280,
    height: 900,
    listen: (page) =>
      page.on('console', (m: ConsoleMessage) => {
        if (m.type() === 'error' || m.type() === 'warning') logged.push(m.text());
      }),
  });
  return { page, logged };
}

/** The text of the element's alert, in its shadow root. */
function elementAlert(page: Page): () => Promise<string> {
  return () =>
    page.evaluate(
      () =>
        document.querySelector('career-path-explorer')?.shadowRoot?.querySelector('[role="alert"]')
          ?.textContent ?? '',
    );
}

const frameAlert = (f: Frame) => () =>
  f.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? '');

describe('a catalog from another origin, by default', () => {
  it('the element says which tag to add to the host page, in the page and in the console', async () => {
    const { page, logged } = await openLogging(`${hostOrigin}/element.html`);
    const tag = `<meta name="cpe-catalog-origins" content="${hrOrigin}">`;
    const alert = elementAlert(page);
    await expect.poll(alert, { timeout: 15_000 }).toContain(tag);
    const text = await alert();
    expect(text).toContain(`Refused to load the catalog from ${hrOrigin}`);
    expect(text).toContain(`To allow it: put ${tag} in the <head> of ${hostOrigin}/element.html`);
    // The catalog's server must let the host page read it, too.
    expect(text).toContain(`Access-Control-Allow-Origin: ${hostOrigin}`);
    expect(text).not.toMatch(/undefined|null/);
    await expect.poll(() => logged.filter((l) => l.includes(tag)).length).toBe(1);
    await close(page);
  });

  it('the iframe says which tag to add to its index.html, in the page and in the console', async () => {
    const { page, logged } = await openLogging(`${hostOrigin}/frame.html`);
    const frame = await appFrame(page);
    const tag = `<meta name="cpe-catalog-origins" content="${hrOrigin}">`;
    await expect.poll(frameAlert(frame), { timeout: 15_000 }).toContain(tag);
    const text = await frameAlert(frame)();
    expect(text).toContain(`Refused to load the catalog from ${hrOrigin}`);
    expect(text).toContain(`To allow it: put ${tag} in the <head> of ${app.url}index.html`);
    // The iframe's page reads the catalog: its origin is the one the HR server must allow.
    expect(text).toContain(`Access-Control-Allow-Origin: ${new URL(app.url).origin}`);
    await expect.poll(() => logged.filter((l) => l.includes(tag)).length).toBe(1);
    await close(page);
  });

  it('once the origin is allowed, a server with no CORS header is named, with the header it must send', async () => {
    const { page, logged } = await openLogging(`${hostOrigin}/allowed.html`);
    const header = `Access-Control-Allow-Origin: ${hostOrigin}`;
    const alert = elementAlert(page);
    await expect.poll(alert, { timeout: 15_000 }).toContain(header);
    const text = await alert();
    expect(text).toContain(`Could not load the catalog roles.json from ${hrOrigin}`);
    expect(text).toContain(`To allow it: have ${hrOrigin} send ${header}`);
    await expect.poll(() => logged.filter((l) => l.includes(header)).length).toBe(1);
    await close(page);
  });

  it('an iframe framed by a site that is not allowed names the tag that would allow it', async () => {
    const { page, logged } = await openLogging(`${strangerOrigin}/frame.html`);
    const frame = await appFrame(page);
    const tag = `<meta name="cpe-parent-origins" content="${hostOrigin} ${strangerOrigin}">`;
    await expect.poll(frameAlert(frame), { timeout: 15_000 }).toContain(tag);
    const text = await frameAlert(frame)();
    expect(text).toContain(`embedded by ${strangerOrigin}`);
    expect(text).toContain(`To allow it: put ${tag} in the <head> of ${app.url}index.html`);
    await expect.poll(() => logged.some((l) => l.includes(tag))).toBe(true);
    await close(page);
  });

  it('with the tag and the header the messages name, the catalog loads', async () => {
    const { page, logged } = await openLogging(`${hostOrigin}/followed.html`);
    const shown = () =>
      page.evaluate(
        () =>
          document.querySelector('career-path-explorer')?.shadowRoot?.querySelector('.cpe-root')
            ?.textContent ?? '',
      );
    await expect.poll(shown, { timeout: 15_000 }).toContain('Junior Recruiter');
    expect(await elementAlert(page)()).toBe('');
    expect(logged.filter((l) => l.includes('career-path-explorer'))).toEqual([]);
    await close(page);
  });
});
