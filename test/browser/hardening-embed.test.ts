import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexWithParentOrigins, useBrowser, useDist } from './hooks';
import { appFrame, close, frameHandledMessages, open } from './page';
import type { Route } from './static-server';

const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';
const SECRET_TITLE = 'Chief Secret Officer';

/** An intranet catalog served beside the app: what a foreign site must not read. */
const SECRET = JSON.stringify({
  roles: [
    { title: 'Deputy Secret Officer', summary: 'Keeps secrets.' },
    { title: SECRET_TITLE, summary: 'Keeps the secrets of others.' },
  ],
});
let secretHits = 0;

/** Records every message the host hears, from anywhere. */
const HOST_JS = `
window.heard = [];
window.addEventListener('message', (e) => {
  heard.push({ origin: e.origin, type: e.data && e.data.type, detail: e.data && e.data.detail });
});
`;

const chromium = useBrowser();
const appRoutes: Record<string, Route> = {};
// The module is loaded cross-origin by the element hosts: it needs CORS.
const app = useDist('/tools/careers/', { 'access-control-allow-origin': '*' }, appRoutes);
const allowedRoutes: Record<string, Route> = {};
const allowed = useDist('/unused/', {}, allowedRoutes);
const evilRoutes: Record<string, Route> = {};
const evil = useDist('/unused/', {}, evilRoutes);
const strictRoutes: Record<string, Route> = {};
// A host with a strict policy: the element's module may load, inline styles are allowed (the
// element needs them), workers fall back to script-src, which does not allow blob:.
const strict = useDist('/unused/', {}, strictRoutes);

let appOrigin: string;
let allowedOrigin: string;
let evilOrigin: string;

function framePage(parentOrigin: string, query: string): string {
  const src = `${app.url}index.html?embed=1&parentOrigin=${encodeURIComponent(parentOrigin)}&${query}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script src="/host.js"></script></head><body>
<iframe id="frame" title="Career paths" src="${src}" width="1000" height="700"></iframe>
</body></html>`;
}

function elementPage(attrs: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}
<script type="module" src="${app.url}embed/career-path-explorer.js"></script>
</head><body><h2>Our intranet</h2>
<career-path-explorer ${attrs} height="600" compact></career-path-explorer>
</body></html>`;
}

const SECRET_QUERY = `catalog=secret.json&from=${FROM}&to=${TO}`;
const BIG_FONT_HEAD = `<style>
* { font-size: 31px !important; font-variant: small-caps !important; }
body { cursor: wait; font-style: italic; text-align: right; }
</style>`;

beforeAll(() => {
  appOrigin = new URL(app.url).origin;
  allowedOrigin = new URL(allowed.url).origin;
  evilOrigin = new URL(evil.url).origin;
  const html = (body: string): Route => ({ body, type: 'text/html' });
  Object.assign(appRoutes, {
    // The site's configuration: only `allowed` may embed the app and talk to it.
    '/tools/careers/index.html': html(indexWithParentOrigins([allowedOrigin])),
    '/tools/careers/secret.json': {
      get body() {
        secretHits++;
        return SECRET;
      },
      type: 'application/json',
    },
  });
  Object.assign(allowedRoutes, {
    '/host.js': { body: HOST_JS, type: 'text/javascript' },
    '/secret-frame.html': html(framePage(allowedOrigin, SECRET_QUERY)),
    '/frame.html': html(framePage(allowedOrigin, `from=${FROM}&to=${TO}`)),
    '/element.html': html(elementPage(`from="${FROM}" to="${TO}"`)),
    '/big-font.html': html(elementPage(`from="${FROM}" to="${TO}"`, BIG_FONT_HEAD)),
    '/bad-attr.html': html(elementPage(`catalog="%" from="${FROM}" to="${TO}"`)),
    '/bad-attr-2.html': html(elementPage(`catalog="x%E0.txt" from="${FROM}" to="${TO}"`)),
  });
  Object.assign(evilRoutes, {
    '/host.js': { body: HOST_JS, type: 'text/javascript' },
    // The foreign page names itself as the parent: the URL alone must not make it one.
    '/secret-frame.html': html(framePage(evilOrigin, SECRET_QUERY)),
  });
  Object.assign(strictRoutes, {
    '/strict.html': {
      ...html(elementPage(`catalog="/catalog.json" from="${FROM}" to="${TO}"`)),
      headers: {
        'content-security-policy': `default-src 'self'; script-src 'self' ${appOrigin}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'`,
      },
    },
    '/catalog.json': { body: SECRET, type: 'application/json' },
  });
});

type Heard = { origin: string; type?: string; detail?: { id?: string; from?: string } }[];
const heardFrom = (page: Page, origin: string) =>
  page.evaluate(
    (o) => (window as unknown as { heard: Heard }).heard.filter((h) => h.origin === o),
    origin,
  );

const drawnIn = (f: Frame) =>
  f.waitForSelector('.cpe-canvas[data-drawn="true"]', { timeout: 15_000 });

/** Posts a command to the frame as any page can: to whatever origin the frame has. */
function post(page: Page, data: Record<string, string>): Promise<void> {
  return page.evaluate((d) => {
    (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(d, '*');
  }, data);
}

const framePath = (f: Frame) =>
  f.locator('ol[aria-label="Career path"] > li > button').allTextContents();

function shadowText(page: Page, selector: string) {
  return page.evaluate(
    (s) =>
      document.querySelector('career-path-explorer')?.shadowRoot?.querySelector(s)?.textContent ??
      null,
    selector,
  );
}
const elementPathLength = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('career-path-explorer')
        ?.shadowRoot?.querySelectorAll('ol[aria-label="Career path"] > li').length ?? 0,
  );

describe('iframe mode: only configured parent origins', () => {
  it('a page on an origin the site did not allow reads nothing, even naming itself parentOrigin', async () => {
    secretHits = 0;
    const { page } = await open(chromium.browser, new URL('/secret-frame.html', evil.url).href, {
      width: 1280,
      height: 720,
    });
    const frame = await appFrame(page);
    await drawnIn(frame);
    // The attacker guesses a title of the intranet catalog, a few times over.
    for (let i = 0; i < 5; i++) {
      await post(page, { type: 'career-path-explorer:select', id: SECRET_TITLE });
      await post(page, { type: 'career-path-explorer:showPath', from: SECRET_TITLE, to: TO });
      await frameHandledMessages(page, frame);
    }
    expect(await heardFrom(page, appOrigin)).toEqual([]);
    // The catalog was never requested; the frame shows the bundled one and says why.
    expect(secretHits).toBe(0);
    await expect
      .poll(() => frame.locator('[role="alert"]').first().textContent())
      .toMatch(new RegExp(`Refused.*${evilOrigin.replace(/[.:]/g, '\\$&')}`));
    await expect.poll(async () => (await framePath(frame)).length).toBeGreaterThan(2);
    await close(page);
  });

  it('a configured parent gets the catalog, its events and its commands', async () => {
    secretHits = 0;
    const { page } = await open(chromium.browser, new URL('/secret-frame.html', allowed.url).href, {
      width: 1280,
      height: 720,
    });
    const frame = await appFrame(page);
    await expect.poll(() => secretHits).toBeGreaterThan(0);
    await drawnIn(frame);
    await expect
      .poll(async () => {
        await post(page, { type: 'career-path-explorer:select', id: SECRET_TITLE });
        return (await heardFrom(page, appOrigin)).find(
          (h) => h.type === 'career-path-explorer:roleselect',
        )?.detail;
      })
      .toEqual({ id: 'chief-secret-officer', title: SECRET_TITLE });
    await close(page);
  });

  it('ignores a command with an oversized field: nothing echoed, nothing in the URL', async () => {
    const { page } = await open(chromium.browser, new URL('/frame.html', allowed.url).href, {
      width: 1280,
      height: 720,
    });
    const frame = await appFrame(page);
    await drawnIn(frame);
    await expect.poll(async () => (await framePath(frame)).length).toBeGreaterThan(2);
    const huge = 'x'.repeat(5 * 1024 * 1024);
    await page.evaluate((from) => {
      (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'career-path-explorer:showPath', from, to: 'support-analyst' },
        '*',
      );
    }, huge);
    await frameHandledMessages(page, frame);
    const echoed = (await heardFrom(page, appOrigin)).filter(
      (h) => (h.detail?.from?.length ?? 0) > 1000,
    );
    expect(echoed).toHaveLength(0);
    expect(await frame.evaluate(() => location.href.length)).toBeLessThan(2000);
    // A command of ordinary size still works.
    await post(page, {
      type: 'career-path-explorer:showPath',
      from: 'support-analyst',
      to: 'senior-support-analyst',
    });
    await expect
      .poll(() => framePath(frame))
      .toEqual(['Support Analyst', 'Senior Support Analyst']);
    await close(page);
  });
});

describe('custom element hardening', () => {
  it('keeps its own text size and layout under a host rule `* { font-size: 31px !important }`', async () => {
    const measure = async (path: string) => {
      const { page } = await open(chromium.browser, new URL(path, allowed.url).href, {
        width: 1200,
        height: 1000,
      });
      await expect.poll(() => elementPathLength(page)).toBeGreaterThan(2);
      const m = await page.evaluate(() => {
        const root = document.querySelector('career-path-explorer')!.shadowRoot!;
        const px = (e: Element | null) => (e ? parseFloat(getComputedStyle(e).fontSize) : 0);
        const all = [...root.querySelectorAll('.cpe-root, .cpe-root *')].map(px);
        return {
          pathButton: px(root.querySelector('ol[aria-label="Career path"] > li > button')),
          heading: px(root.querySelector('h2')),
          label: px(root.querySelector('label')),
          largest: Math.max(...all),
          inherited: ((s) => [s.fontVariantCaps, s.cursor, s.fontStyle, s.textAlign])(
            getComputedStyle(root.querySelector('ol[aria-label="Career path"] > li')!),
          ),
          canvasWidth: root.querySelector('canvas')!.getBoundingClientRect().width,
        };
      });
      await close(page);
      return m;
    };
    const plain = await measure('/element.html');
    const hostile = await measure('/big-font.html');
    expect(hostile.pathButton).toBe(plain.pathButton);
    expect(hostile.heading).toBe(plain.heading);
    expect(hostile.label).toBe(plain.label);
    expect(hostile.largest).toBeLessThan(24);
    expect(hostile.inherited).toEqual(plain.inherited);
    expect(Math.abs(hostile.canvasWidth - plain.canvasWidth)).toBeLessThan(2);
  });

  it('says which CSP directive blocks its worker under a strict host policy', async () => {
    const { page } = await open(chromium.browser, new URL('/strict.html', strict.url).href, {
      width: 1280,
      height: 720,
    });
    await expect
      .poll(() => shadowText(page, '[role="alert"]'), { timeout: 15_000 })
      .toMatch(/blocked the catalog worker.*worker-src.*blob:/s);
    expect(await shadowText(page, '[role="alert"]')).not.toMatch(/undefined/);
    await close(page);
  });

  for (const [what, path] of [
    ['catalog="%"', '/bad-attr.html'],
    ['catalog="x%E0.txt"', '/bad-attr-2.html'],
  ]) {
    it(`shows the bundled catalog and a message for a malformed ${what}`, async () => {
      const { page } = await open(chromium.browser, new URL(path!, allowed.url).href, {
        width: 1280,
        height: 720,
      });
      await expect
        .poll(() => shadowText(page, '[role="alert"]'))
        .toMatch(/not a valid catalog URL/);
      await expect.poll(() => elementPathLength(page)).toBeGreaterThan(2);
      await close(page);
    });
  }
});
