import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, useDist } from './hooks';
import type { Route } from './static-server';

/*
 * Issue 22, item 10: a <base href> on the host page does not change which origin is its own.
 */

const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';
const BUNDLED_PATH_ENDS = ['Associate Service Desk Analyst', 'Technical Account Manager'];

const catalog = (...titles: string[]) =>
  JSON.stringify({ roles: titles.map((title) => ({ title, summary: 'Does the work.' })) });
const DATA = catalog('Junior Data Analyst', 'Data Analyst');
const SECRET = catalog('Deputy Secret Officer', 'Chief Secret Officer');

const chromium = useBrowser();
const routes: Record<string, Route> = {};
const site = useDist('/tools/careers/', {}, routes);
// Another origin that serves a catalog to anyone (CORS), as a CDN might.
let secretHits = 0;
const elsewhere = useDist(
  '/unused/',
  { 'access-control-allow-origin': '*' },
  {
    '/secret.json': {
      get body() {
        secretHits++;
        return SECRET;
      },
      type: 'application/json',
    },
  },
);

function elementPage(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}
<script type="module" src="${site.url}embed/career-path-explorer.js"></script>
</head><body><h2>Our intranet</h2>
${body}
</body></html>`;
}

const dataElement = `<career-path-explorer catalog="data.json" from="Junior Data Analyst" to="Data Analyst" height="300" compact></career-path-explorer>`;

beforeAll(() => {
  const html = (body: string): Route => ({ body, type: 'text/html' });
  const otherOrigin = new URL(elsewhere.url).origin;
  Object.assign(routes, {
    '/tools/careers/data.json': { body: DATA, type: 'application/json' },
    '/tools/careers/catalogs/data.json': { body: DATA, type: 'application/json' },
    // The host page's <base> points at another origin: a relative catalog resolves there.
    '/tools/careers/base-elsewhere.html': html(
      elementPage(
        `<career-path-explorer catalog="secret.json" from="${FROM}" to="${TO}" height="600" compact></career-path-explorer>`,
        `<base href="${otherOrigin}/">`,
      ),
    ),
    // A <base> on the page's own origin, under another folder: still honoured.
    '/tools/careers/base-here.html': html(
      elementPage(dataElement, `<base href="${site.url}catalogs/">`),
    ),
  });
});

/** The path each element on the page lists, by title. */
const elementPaths = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('career-path-explorer')].map((el) =>
      [
        ...(el.shadowRoot?.querySelectorAll('ol[aria-label="Career path"] > li > button') ?? []),
      ].map((b) => b.textContent?.trim() ?? ''),
    ),
  );
const pathEnds = (path: string[] | undefined) => (path?.length ? [path[0], path.at(-1)] : []);

describe('<base href> on the host page', () => {
  it('judges the element’s catalog against the page’s own origin, not the base’s', async () => {
    secretHits = 0;
    const page = await chromium.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(new URL('base-elsewhere.html', site.url).href);
    const alert = () =>
      page.evaluate(
        () =>
          document
            .querySelector('career-path-explorer')
            ?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '',
      );
    const other = new URL(elsewhere.url).origin;
    await expect.poll(alert).toContain(`Refused to load the catalog from ${other}`);
    await expect
      .poll(async () => pathEnds((await elementPaths(page))[0]))
      .toEqual(BUNDLED_PATH_ENDS);
    expect(secretHits).toBe(0);
    await page.close();
  });

  it('still resolves a relative catalog against a base on the page’s own origin', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(new URL('base-here.html', site.url).href);
    await expect.poll(() => elementPaths(page)).toEqual([['Junior Data Analyst', 'Data Analyst']]);
    await page.close();
  });
});
