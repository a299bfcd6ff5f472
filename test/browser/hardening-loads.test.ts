import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, useDist } from './hooks';
import { close, drawn, importText, open, seedRefusedImport, settled } from './page';
import type { Route } from './static-server';

/*
 * Issue 22, items 9–12: what the user chose last is what shows, what the URL says and what comes
 * back after a reload, however late an earlier load arrives; an element that leaves the page
 * stops its worker, and a <base href> on the host page does not change which origin is its own.
 */

const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';
const BUNDLED_PATH_ENDS = ['Associate Service Desk Analyst', 'Technical Account Manager'];

const catalog = (...titles: string[]) =>
  JSON.stringify({ roles: titles.map((title) => ({ title, summary: 'Does the work.' })) });
const DATA = catalog('Junior Data Analyst', 'Data Analyst');
const SLOW = catalog('Junior Slow Analyst', 'Slow Analyst');
const SECRET = catalog('Deputy Secret Officer', 'Chief Secret Officer');

/** A catalog that is sent only when the test releases it. */
interface Held {
  /** The browser asked for it. */
  readonly asked: boolean;
  /** It was sent (or would have been, to a request the browser dropped). */
  readonly sent: boolean;
  release(): void;
}

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

/** Serves `slow.json` beside the app, held until the test releases it. */
function holdSlowCatalog(): Held {
  let release = () => {};
  const released = new Promise<void>((ok) => (release = ok));
  const held = { asked: false, sent: false, release };
  routes['/tools/careers/slow.json'] = {
    body: SLOW,
    type: 'application/json',
    hold: async () => {
      held.asked = true;
      await released;
      held.sent = true;
    },
  };
  return held;
}

/**
 * Releases a held catalog, waits until the browser has all of it, and then until the page and
 * its worker have done what they do with it: what they would have shown, had it been wanted.
 */
async function releaseAndSettle(page: Page, held: Held): Promise<void> {
  const context = page.context();
  const received = new Promise<void>((done) => {
    const on = (r: Request) => {
      if (!r.url().endsWith('/slow.json')) return;
      context.off('requestfinished', on);
      context.off('requestfailed', on);
      done();
    };
    context.on('requestfinished', on);
    context.on('requestfailed', on);
  });
  held.release();
  await expect.poll(() => held.sent).toBe(true);
  // Received, or given up on earlier by the app (an aborted request ends before the release).
  await Promise.race([received, settled(page)]);
  await settled(page);
}

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
    '/tools/careers/eight.html': html(elementPage(dataElement.repeat(8))),
    '/tools/careers/slow-element.html': html(
      elementPage(
        `<career-path-explorer catalog="slow.json" from="${FROM}" to="${TO}" height="600" compact></career-path-explorer>`,
      ),
    ),
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

const sub = (page: Page) => page.textContent('.cpe-sub');

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

const FIRST = 'First Role: Role Blueprint\nDoes things.\n';
const SECOND =
  'Second Role: Role Blueprint\nDoes more.\nSenior Second Role: Role Blueprint\nLeads.\n';

describe('a load that is no longer wanted never lands', () => {
  it('keeps the bundled catalog opened by a saved view after one whose catalog is slow', async () => {
    const held = holdSlowCatalog();
    const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const views = [
      { name: 'Slow catalog', query: 'catalog=slow.json', savedAt: '2025-01-01T00:00:00Z' },
      { name: 'Bundled path', query: `from=${FROM}&to=${TO}`, savedAt: '2025-01-01T00:00:00Z' },
    ];
    await context.addInitScript((v) => localStorage.setItem('cpe-views', v), JSON.stringify(views));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url);
    await drawn(page);
    await page.getByRole('button', { name: 'Slow catalog', exact: true }).click();
    await expect.poll(() => held.asked).toBe(true);
    await page.getByRole('button', { name: 'Bundled path', exact: true }).click();
    await expect.poll(() => sub(page)).toContain('role-blueprints.txt · 30 roles');
    await releaseAndSettle(page, held);
    // The screen and the URL agree on the last choice.
    expect(await sub(page)).toContain('role-blueprints.txt · 30 roles');
    expect(new URL(page.url()).searchParams.get('catalog')).toBeNull();
    expect(new URL(page.url()).searchParams.get('to')).toBe(TO);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an import at once, without waiting for the slow catalog it supersedes', async () => {
    const held = holdSlowCatalog();
    const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const views = [
      { name: 'Slow catalog', query: 'catalog=slow.json', savedAt: '2025-01-01T00:00:00Z' },
    ];
    await context.addInitScript((v) => localStorage.setItem('cpe-views', v), JSON.stringify(views));
    const page = await context.newPage();
    await page.goto(site.url);
    await drawn(page);
    await page.getByRole('button', { name: 'Slow catalog', exact: true }).click();
    await expect.poll(() => held.asked).toBe(true);
    // The slow catalog is still on its way: the import does not wait for it.
    await importText(page, 'second.txt', SECOND);
    await expect.poll(() => sub(page)).toContain('second.txt · 2 roles');
    expect(held.sent).toBe(false);
    await releaseAndSettle(page, held);
    expect(await sub(page)).toContain('second.txt · 2 roles');
    expect(new URL(page.url()).searchParams.get('catalog')).toBeNull();
    await context.close();
  });

  it('keeps the bundled catalog once the element’s catalog attribute is removed during a slow load', async () => {
    const held = holdSlowCatalog();
    const page = await chromium.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('slow-element.html', site.url).href);
    await expect.poll(() => held.asked).toBe(true);
    await page.evaluate(() =>
      document.querySelector('career-path-explorer')!.removeAttribute('catalog'),
    );
    await expect
      .poll(async () => pathEnds((await elementPaths(page))[0]))
      .toEqual(BUNDLED_PATH_ENDS);
    await releaseAndSettle(page, held);
    expect(pathEnds((await elementPaths(page))[0])).toEqual(BUNDLED_PATH_ENDS);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the bundled catalog, after a reload too, when the user returns to it during a slow import', async () => {
    const { page, errors } = await open(chromium.browser, site.url);
    await drawn(page);
    await importText(page, 'first.txt', FIRST);
    await page.getByText('first.txt · 1 role · imported').waitFor();
    // The catalog worker is busy for 3 s, as with a large catalog: the next import waits for it.
    await expect.poll(() => page.workers().length).toBe(1);
    const busyFor = 3000;
    await page.workers()[0]!.evaluate((ms) => {
      setTimeout(() => {
        const end = Date.now() + ms;
        while (Date.now() < end);
      }, 0);
    }, busyFor);
    await importText(page, 'second.txt', SECOND);
    await page.getByRole('button', { name: 'Return to the bundled catalog' }).click();
    await expect.poll(() => sub(page)).toContain('role-blueprints.txt · 30 roles');
    // Once the worker is free again and has read the second import, and the page has had its
    // answer, the bundled catalog is still the one shown.
    await settled(page);
    expect(await sub(page)).toContain('role-blueprints.txt · 30 roles');
    await page.reload();
    await drawn(page);
    expect(await sub(page)).toContain('role-blueprints.txt · 30 roles');
    expect(errors).toEqual([]);
    await close(page);
  });
});

describe('a reload brings back the catalog the header names', () => {
  it('brings back a new import when the page is reloaded as soon as the header names it', async () => {
    const { page } = await open(chromium.browser, site.url);
    await drawn(page);
    await importText(page, 'first.txt', FIRST);
    await page.getByText('first.txt · 1 role · imported').waitFor();
    // From now on the browser's database is slow: opening it takes 2 s.
    await page.evaluate(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        const late: Record<string, ((e: Event) => void) | null> & { result?: IDBDatabase } = {};
        setTimeout(() => {
          const req = open.call(this, name, version);
          Object.defineProperty(late, 'result', { get: () => req.result });
          req.onupgradeneeded = (e) => late['onupgradeneeded']?.(e);
          req.onsuccess = (e) => late['onsuccess']?.(e);
          req.onerror = (e) => late['onerror']?.(e);
          req.onblocked = (e) => late['onblocked']?.(e);
        }, 2000);
        return late as unknown as IDBOpenDBRequest;
      };
    });
    await importText(page, 'second.txt', SECOND);
    await expect.poll(() => sub(page), { timeout: 15_000 }).toContain('second.txt');
    await page.reload();
    await drawn(page);
    await expect.poll(() => sub(page)).toContain('second.txt · 2 roles');
    await close(page);
  });

  it('keeps the stored import when a later import is refused', async () => {
    const { page } = await open(chromium.browser, site.url);
    await drawn(page);
    await importText(page, 'first.txt', FIRST);
    await page.getByText('first.txt · 1 role · imported').waitFor();
    await importText(page, 'bad.txt', 'no titles here');
    await expect.poll(() => page.textContent('.cpe-error')).toContain('bad.txt');
    await page.reload();
    await drawn(page);
    await expect.poll(() => sub(page)).toContain('first.txt · 1 role');
    await close(page);
  });

  it('keeps a new import when the user forgets an older one this version refused', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await seedRefusedImport(context, true);
    const page = await context.newPage();
    await page.goto(site.url);
    await drawn(page);
    await page.getByRole('button', { name: 'Forget it' }).waitFor();
    await importText(page, 'second.txt', SECOND);
    await page.getByText('second.txt · 2 roles · imported').waitFor();
    await page.getByRole('button', { name: 'Forget it' }).click();
    await page.reload();
    await drawn(page);
    await expect.poll(() => sub(page)).toContain('second.txt · 2 roles');
    await context.close();
  });
});

describe('an element that leaves the page', () => {
  it('stops its worker, and works again when it is put back', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('eight.html', site.url).href);
    const dataPath = ['Junior Data Analyst', 'Data Analyst'];
    await expect
      .poll(() => elementPaths(page), { timeout: 30_000 })
      .toEqual(Array(8).fill(dataPath));
    expect(page.workers()).toHaveLength(8);
    await page.evaluate(() => {
      const w = window as unknown as { removed: Element[] };
      w.removed = [...document.querySelectorAll('career-path-explorer')];
      for (const el of w.removed) el.remove();
    });
    await expect.poll(() => page.workers().length).toBe(0);
    // Put back, an element starts again, worker and all.
    await page.evaluate(() =>
      document.body.append((window as unknown as { removed: Element[] }).removed[0]!),
    );
    await expect.poll(() => elementPaths(page)).toEqual([dataPath]);
    await expect.poll(() => page.workers().length).toBe(1);
    // Moved within the page (out and back in, in one task), it keeps working.
    await page.evaluate(() => {
      const el = document.querySelector('career-path-explorer')!;
      document.body.prepend(el);
    });
    await settled(page);
    await expect.poll(() => elementPaths(page)).toEqual([dataPath]);
    expect(page.workers()).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

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
