import { readFileSync } from 'node:fs';
import { LAW, LAW_FIXES } from './law-firm';
import type { Page } from 'playwright-core';
import { defaultModel } from '../../src/model/career/default-model';
import { seedOverlay } from '../../src/model/career/default-overlay';
import { findPath, loadCatalog } from '../../src/model/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexWithParentOrigins, useBrowser, useDist } from './hooks';
import { appFrame, close, drawn, frameHandledMessages, open, screenshot } from './page';
import { hostHtml, measureStartBundle } from '../embed/start-bundle';

const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';
/** Roles on the path between them, as the model builds it (`npm run graph -- … --from … --to …`). */
const PATH_ROLES = findPath(
  loadCatalog(
    {
      text: readFileSync(new URL('../../data/role-blueprints.txt', import.meta.url), 'utf8'),
      file: 'role-blueprints.txt',
      format: 'text',
      overlay: seedOverlay,
    },
    { model: defaultModel },
  ).graph,
  FROM,
  TO,
);
if (!PATH_ROLES.found) throw new Error(`the bundled catalog has no path from ${FROM} to ${TO}`);
const PATH_LENGTH = PATH_ROLES.path.length;

/** A host page that does all the aggressive global styling intranet CMSs are known for. */
const HOSTILE_CSS = `
* { font-family: "Comic Sans MS", cursive !important; padding: 6px !important; letter-spacing: 1px; }
li { list-style: square inside !important; margin: 12px !important; }
ul, ol { padding-left: 60px !important; }
canvas { border: 6px solid red !important; }
button { background: hotpink !important; text-transform: uppercase; }
div { box-sizing: content-box !important; line-height: 3 !important; }
h2 { font-size: 40px; color: purple; }
`;

function hostPage(app: string, parentOrigin: string, withElement = true, hostile = false): string {
  const frameSrc = `${app}index.html?embed=1&parentOrigin=${encodeURIComponent(parentOrigin)}&from=${FROM}&to=${TO}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title>
${hostile ? '<link rel="stylesheet" href="/hostile.css">' : ''}
<script src="/host.js"></script>
${withElement ? `<script type="module" src="${app}embed/career-path-explorer.js"></script>` : ''}
</head><body><h2>Our intranet</h2>
${withElement ? `<career-path-explorer id="el" from="${FROM}" to="${TO}" height="600" compact></career-path-explorer>` : ''}
<iframe id="frame" title="Career paths" src="${frameSrc}" width="1000" height="600"></iframe>
</body></html>`;
}

/** A narrow iframe whose host makes it as tall as its content says, with the README's snippet. */
function sizedHostPage(app: string, appOrigin: string, parentOrigin: string): string {
  const src = `${app}index.html?embed=1&parentOrigin=${encodeURIComponent(parentOrigin)}&from=${FROM}&to=${TO}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title>
<script src="/host.js"></script>
<script>
  addEventListener('message', (e) => {
    if (e.origin === ${JSON.stringify(appOrigin)} && e.data?.type === 'career-path-explorer:resize')
      document.getElementById('careers').style.height = e.data.detail.height + 'px';
  });
</script>
</head><body><h2>Our intranet</h2>
<iframe id="careers" title="Career paths" src="${src}" width="600" height="400" style="border:0"></iframe>
<p id="after">After the explorer.</p>
</body></html>`;
}

/** Records what the host hears: element events, and messages from the app's origin. */
const HOST_JS = (appOrigin: string) => `
window.heard = [];
document.addEventListener('pathchange', (e) => heard.push({ via: 'element', type: e.type, detail: e.detail }));
document.addEventListener('roleselect', (e) => heard.push({ via: 'element', type: e.type, detail: e.detail }));
window.addEventListener('message', (e) => {
  heard.push({ via: 'message', origin: e.origin, type: e.data && e.data.type, detail: e.data && e.data.detail });
});
window.appOrigin = ${JSON.stringify(appOrigin)};
`;

/** A catalog of the host's own origin: not the bundled one, so it is parsed in the worker. */
const OTHER_CATALOG = JSON.stringify({
  roles: [
    { title: 'Junior Data Analyst', summary: 'Prepares reports.' },
    { title: 'Data Analyst', summary: 'Owns dashboards.' },
  ],
});

/** Issue 16: what the element fetches before its first lattice, gzip. */
const START_BUDGET = 230_000;

const chromium = useBrowser();
// The module is loaded cross-origin, as from a CDN or another intranet host: it needs CORS.
// The app's index.html is served as a site configures it: the host origin may embed it.
const appRoutes: Record<string, { body: string; type: string }> = {};
const app = useDist('/tools/careers/', { 'access-control-allow-origin': '*' }, appRoutes);
// Routes are read per request: they are filled in once the servers know their origins.
const hostRoutes: Record<string, { body: string; type: string }> = {};
const host = useDist('/unused/', {}, hostRoutes);
// A third origin: embeds the iframe but names the host origin as parent, so it is foreign.
const foreignRoutes: Record<string, { body: string; type: string }> = {};
const foreign = useDist('/unused/', {}, foreignRoutes);
let appOrigin: string;

beforeAll(() => {
  appOrigin = new URL(app.url).origin;
  const hostOrigin = new URL(host.url).origin;
  appRoutes['/tools/careers/index.html'] = {
    body: indexWithParentOrigins([hostOrigin]),
    type: 'text/html',
  };
  Object.assign(hostRoutes, {
    '/host.html': { body: hostPage(app.url, hostOrigin), type: 'text/html' },
    '/hostile.html': { body: hostPage(app.url, hostOrigin, true, true), type: 'text/html' },
    '/hostile.css': { body: HOSTILE_CSS, type: 'text/css' },
    '/host.js': { body: HOST_JS(appOrigin), type: 'text/javascript' },
    '/plain.html': { body: hostHtml(app.url), type: 'text/html' },
    '/sized.html': { body: sizedHostPage(app.url, appOrigin, hostOrigin), type: 'text/html' },
    '/other-catalog.html': {
      body: hostHtml(
        app.url,
        'catalog="/data.json" from="Junior Data Analyst" to="Data Analyst" compact',
      ),
      type: 'text/html',
    },
    '/data.json': { body: OTHER_CATALOG, type: 'application/json' },
    '/law.html': {
      body: hostHtml(
        app.url,
        'catalog="/law.csv" overlay="/careers/fixes.json" from="Trainee Solicitor" to="Managing Partner"',
      ),
      type: 'text/html',
    },
    '/law.csv': { body: LAW, type: 'text/csv' },
    '/careers/fixes.json': {
      body: LAW_FIXES,
      type: 'application/json',
    },
  });
  Object.assign(foreignRoutes, {
    '/foreign.html': { body: hostPage(app.url, hostOrigin, false), type: 'text/html' },
    '/host.js': { body: HOST_JS(appOrigin), type: 'text/javascript' },
  });
});

/** Posts a showPath command to the page's iframe, claiming the app's origin as target. */
function postShowPath(page: Page): Promise<void> {
  return page.evaluate((origin) => {
    const frame = document.getElementById('frame') as HTMLIFrameElement;
    frame.contentWindow!.postMessage(
      {
        type: 'career-path-explorer:showPath',
        from: 'support-analyst',
        to: 'senior-support-analyst',
      },
      origin,
    );
  }, appOrigin);
}

async function openHost(path: string): Promise<Page> {
  const { page } = await open(chromium.browser, new URL(path, host.url).href, {
    width: 1200,
    height: 1400,
  });
  return page;
}

const elementPath = (page: Page) =>
  page.evaluate(() =>
    [
      ...(document
        .querySelector('career-path-explorer')
        ?.shadowRoot?.querySelectorAll('ol[aria-label="Career path"] > li > button') ?? []),
    ].map((b) => b.textContent?.trim()),
  );
const framePath = (page: Page) =>
  page
    .frameLocator('#frame')
    .locator('ol[aria-label="Career path"] > li > button')
    .allTextContents();

describe('embedding in a page of another origin', () => {
  it('shows the path in the custom element and in the iframe, and the host hears pathchange from both', async () => {
    const page = await openHost('/host.html');
    await expect.poll(() => elementPath(page)).toHaveLength(PATH_LENGTH);
    const titles = await elementPath(page);
    expect(titles[0]).toBe('Associate Service Desk Analyst');
    expect(titles.at(-1)).toBe('Technical Account Manager');
    await expect.poll(() => framePath(page)).toEqual(titles);
    const heard = () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              heard: {
                via: string;
                type: string;
                origin?: string;
                detail: { path: string[]; from: string; to: string };
              }[];
            }
          ).heard,
      );
    await expect
      .poll(async () =>
        (await heard())
          .filter((h) => h.type?.endsWith('pathchange'))
          .map((h) => h.via)
          .sort(),
      )
      .toEqual(['element', 'message']);
    for (const h of (await heard()).filter((x) => x.type?.endsWith('pathchange'))) {
      expect(h.detail.from).toBe(FROM);
      expect(h.detail.to).toBe(TO);
      expect(h.detail.path[0]).toBe(FROM);
      expect(h.detail.path.at(-1)).toBe(TO);
      if (h.via === 'message') {
        expect(h.origin).toBe(appOrigin);
        expect(h.type).toBe('career-path-explorer:pathchange');
      }
    }
    await close(page);
  });

  it('updates the path when the element’s to attribute changes, and its JS API works', async () => {
    const page = await openHost('/host.html');
    await expect.poll(() => elementPath(page)).toHaveLength(PATH_LENGTH);
    await page.evaluate(() =>
      document.querySelector('career-path-explorer')!.setAttribute('to', 'field-service-engineer'),
    );
    await expect.poll(async () => (await elementPath(page)).at(-1)).toBe('Field Service Engineer');
    const last = await page.evaluate(() => {
      const heard = (window as unknown as { heard: { type: string; detail: { to: string } }[] })
        .heard;
      return heard.filter((h) => h.type === 'pathchange').at(-1)?.detail.to;
    });
    expect(last).toBe('field-service-engineer');
    // The API: showPath by title, select, and the path property.
    await page.evaluate(() => {
      const el = document.querySelector('career-path-explorer')!;
      el.showPath('Support Analyst', 'Senior Support Analyst');
      el.select('escalation-engineer');
    });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('career-path-explorer')!.path))
      .toEqual(['support-analyst', 'senior-support-analyst']);
    const selected = await page.evaluate(() => {
      const heard = (
        window as unknown as { heard: { type: string; detail: { id: string; title: string } }[] }
      ).heard;
      return heard.filter((h) => h.type === 'roleselect').at(-1)?.detail;
    });
    expect(selected).toEqual({ id: 'escalation-engineer', title: 'Escalation Engineer' });
    // Theme attribute and documented CSS custom properties.
    const themed = await page.evaluate(() => {
      const el = document.querySelector('career-path-explorer')!;
      el.setAttribute('theme', 'dark');
      el.style.setProperty('--cpe-accent-color', 'rgb(1, 2, 3)');
      const root = el.shadowRoot!.querySelector('.cpe-root')!;
      const s = getComputedStyle(root);
      return { bg: s.backgroundColor, accent: s.getPropertyValue('--cpe-accent').trim() };
    });
    expect(themed.bg).toBe('rgb(18, 20, 24)');
    expect(themed.accent).toBe('rgb(1, 2, 3)');
    await close(page);
  });

  it('keeps the profile and readiness off unless the host enables them', async () => {
    const page = await openHost('/host.html');
    await expect.poll(() => elementPath(page)).toHaveLength(PATH_LENGTH);
    await expect.poll(() => framePath(page)).toHaveLength(PATH_LENGTH);
    const inElement = (selector: string) =>
      page.evaluate(
        (s) => !!document.querySelector('career-path-explorer')!.shadowRoot!.querySelector(s),
        selector,
      );
    // The profile-free parts are there: the path and its walkthrough.
    expect(await inElement('.cpe-walk-start')).toBe(true);
    expect(await inElement('#cpe-profile-heading')).toBe(false);
    expect(await page.frameLocator('#frame').locator('#cpe-profile-heading').count()).toBe(0);
    await page.evaluate(() =>
      document.querySelector('career-path-explorer')!.setAttribute('readiness', ''),
    );
    await expect.poll(() => inElement('#cpe-profile-heading')).toBe(true);
    await page.evaluate(() =>
      document.querySelector('career-path-explorer')!.removeAttribute('readiness'),
    );
    await expect.poll(() => inElement('#cpe-profile-heading')).toBe(false);
    await close(page);
  });

  it('tells its host its content height, across origins, and the frame fits it', async () => {
    const page = await openHost('/sized.html');
    const frameHeight = () =>
      page.$eval('#careers', (f) => Math.round(f.getBoundingClientRect().height));
    // The content (a narrow, stacked explorer with its path) is far taller than the 400 px given.
    await expect.poll(frameHeight, { timeout: 15_000 }).toBeGreaterThan(1000);
    const inside = page.frameLocator('#careers');
    await expect
      .poll(() => inside.locator('ol[aria-label="Career path"] > li').count())
      .toBe(PATH_LENGTH);
    // Settled: the frame is as tall as its content, which does not scroll, and stays so.
    await page.waitForTimeout(800);
    const settled = await frameHeight();
    const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
    const scroll = await frame.evaluate(() => ({
      content: document.documentElement.scrollHeight,
      view: window.innerHeight,
    }));
    expect(Math.abs(scroll.content - scroll.view)).toBeLessThanOrEqual(2);
    await page.waitForTimeout(800);
    expect(await frameHeight()).toBe(settled);
    await screenshot(page, 'embed-sized-by-host');
    // The messages came from the app's origin, each with a height.
    const sizes = await page.evaluate(() =>
      (
        window as unknown as {
          heard: { origin?: string; type?: string; detail?: { height: number } }[];
        }
      ).heard.filter((h) => h.type === 'career-path-explorer:resize'),
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const h of sizes) {
      expect(h.origin).toBe(appOrigin);
      expect(h.detail!.height).toBeGreaterThan(0);
    }
    // Selecting a role opens its details below: the frame grows with them.
    await inside.locator('ol[aria-label="Career path"] > li > button').first().click();
    await expect.poll(frameHeight).toBeGreaterThan(settled);
    await close(page);
  });

  it('accepts commands from the parent origin only', async () => {
    const page = await openHost('/host.html');
    await expect.poll(() => framePath(page)).toHaveLength(PATH_LENGTH);
    // From the named parent origin: obeyed.
    await postShowPath(page);
    await expect.poll(() => framePath(page)).toEqual(['Support Analyst', 'Senior Support Analyst']);
    await close(page);

    // From another origin (a page that frames the explorer but is not the named parent): ignored.
    const { page: other } = await open(
      chromium.browser,
      new URL('/foreign.html', foreign.url).href,
      {
        width: 1280,
        height: 720,
      },
    );
    await expect.poll(() => framePath(other)).toHaveLength(PATH_LENGTH);
    await postShowPath(other);
    await frameHandledMessages(other, await appFrame(other));
    expect(await framePath(other)).toHaveLength(PATH_LENGTH);
    // And nothing was posted to the foreign page: the iframe posts to the named origin only.
    const heard = await other.evaluate(() =>
      (window as unknown as { heard: { origin?: string }[] }).heard.filter(
        (h) => h.origin === (window as unknown as { appOrigin: string }).appOrigin,
      ),
    );
    expect(heard).toEqual([]);
    await close(other);
  });

  it('survives an aggressive host stylesheet and does not style the host page', async () => {
    const page = await openHost('/hostile.html');
    await expect.poll(() => elementPath(page)).toHaveLength(PATH_LENGTH);
    const inside = await page.evaluate(() => {
      const root = document.querySelector('career-path-explorer')!.shadowRoot!;
      const canvas = root.querySelector('canvas')!;
      const li = root.querySelector('ol[aria-label="Career path"] > li')!;
      const cpe = root.querySelector('.cpe-root')!;
      return {
        canvasBorder: getComputedStyle(canvas).borderTopWidth,
        listStyle: getComputedStyle(li).listStyleType,
        font: getComputedStyle(cpe).fontFamily,
        canvasWidth: canvas.getBoundingClientRect().width,
      };
    });
    expect(inside.canvasBorder).toBe('0px');
    expect(inside.listStyle).toBe('decimal');
    expect(inside.font).not.toMatch(/Comic/);
    expect(inside.canvasWidth).toBeGreaterThan(300);
    // Nothing of ours leaks out: the host's own heading keeps the host's style.
    const h2 = await page.evaluate(() => getComputedStyle(document.querySelector('h2')!).fontSize);
    expect(h2).toBe('40px');
    await screenshot(page, 'embed-hostile-host');
    await close(page);
  });

  it('fetches at most 230 KB gzip before its first lattice, the rest from beside its module', async () => {
    const r = await measureStartBundle(
      chromium.browser,
      app.url,
      new URL('/plain.html', host.url).href,
    );
    const atStart = r.js.filter((f) => f.atStart);
    expect(r.startGzip, atStart.map((f) => `${f.url} ${f.gzip}`).join('\n')).toBeLessThanOrEqual(
      START_BUDGET,
    );
    // The App and its panels came later, as chunks beside the module: on its origin, under its
    // sub-path; nothing was asked of the host page's origin.
    const chunks = `${app.url}embed/chunks/`;
    expect(r.js.filter((f) => !f.atStart).length).toBeGreaterThan(0);
    for (const f of r.js)
      if (!f.url.endsWith('/career-path-explorer.js')) expect(f.url.startsWith(chunks)).toBe(true);
    expect(r.js.some((f) => /\/explorer-app[^/]*\.js$/.test(f.url) && !f.atStart)).toBe(true);
    expect(r.toHost.filter((u) => u.endsWith('.js'))).toEqual([]);
    // The catalog worker is not part of a page that shows the bundled catalog.
    expect(r.js.some((f) => f.url.includes('catalog.worker'))).toBe(false);
  });

  it('loads a catalog other than the bundled one in the worker it loads on demand', async () => {
    const requests: string[] = [];
    const { page } = await open(chromium.browser, new URL('/other-catalog.html', host.url).href, {
      width: 1200,
      height: 900,
      listen: (page) => page.on('request', (r) => requests.push(r.url())),
    });
    // The attributes name the roles by title: resolved once the catalog has loaded.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('career-path-explorer')!.path))
      .toEqual(['junior-data-analyst', 'data-analyst']);
    await expect.poll(() => elementPath(page)).toEqual(['Junior Data Analyst', 'Data Analyst']);
    // The worker's code came from beside the module, not from the host page's origin.
    const worker = requests.filter((u) => u.includes('catalog.worker'));
    expect(worker).toHaveLength(1);
    expect(worker[0]!.startsWith(`${app.url}embed/chunks/`)).toBe(true);
    await close(page);
  });

  it('applies the overlay its attribute names, and drops it when the attribute goes', async () => {
    const { page, errors } = await open(chromium.browser, new URL('/law.html', host.url).href, {
      width: 1200,
      height: 900,
    });
    await expect
      .poll(() => elementPath(page))
      .toEqual([
        'Trainee Solicitor',
        'Associate',
        'Senior Associate',
        'Partner',
        'Managing Partner',
      ]);
    await page.evaluate(() =>
      document.querySelector('career-path-explorer')!.removeAttribute('overlay'),
    );
    await expect.poll(() => elementPath(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('offers editing only when the host enables it, and edits a copy with its overlay', async () => {
    const { page, errors } = await open(chromium.browser, new URL('/law.html', host.url).href, {
      width: 1200,
      height: 900,
    });
    await expect.poll(() => elementPath(page)).toHaveLength(5);
    const el = page.locator('career-path-explorer');
    const edit = el.getByRole('button', { name: 'Edit this framework' });
    expect(await edit.count()).toBe(0);
    await page.evaluate(() =>
      document.querySelector('career-path-explorer')!.setAttribute('editable', ''),
    );
    await edit.click();
    await el.getByText('law.csv · 10 roles · imported').waitFor();
    await el.getByText('Corrections applied: fixes.json').waitFor();
    expect(await edit.getAttribute('aria-pressed')).toBe('true');
    await page.evaluate(() =>
      document.querySelector('career-path-explorer')!.removeAttribute('editable'),
    );
    await expect.poll(() => edit.count()).toBe(0);
    // The iframe likewise, with ?edit=1 from its host.
    const frame = await open(chromium.browser, `${app.url}index.html?embed=1&edit=1`);
    await drawn(frame.page);
    // The Catalog panel may come after the first lattice: wait for the button, as a person would.
    await expect
      .poll(() => frame.page.getByRole('button', { name: 'Edit this framework' }).count())
      .toBe(1);
    await close(frame.page);
    expect(errors).toEqual([]);
    await close(page);
  });
});
