import { beforeAll, describe, expect, it } from 'vitest';
import { close, drawn, open, pathListed } from './page';
import { useBrowser, useDist } from './hooks';

/** The header the README tells sites to send with the app. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
  "frame-ancestors 'self'";

const catalog = JSON.stringify({
  roles: [
    { title: 'Junior Data Analyst', summary: 'Prepares reports.' },
    { title: 'Data Analyst', summary: 'Owns dashboards.' },
  ],
});

const chromium = useBrowser();
const site = useDist(
  '/careers/',
  { 'content-security-policy': CSP },
  {
    '/careers/data.json': { body: catalog, type: 'application/json' },
  },
);

// A page on another origin that frames the app.
const framerRoutes: Record<string, { body: string; type: string }> = {};
const framer = useDist('/unused/', {}, framerRoutes);
beforeAll(() => {
  framerRoutes['/framer.html'] = {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framer</title></head>
<body><iframe id="frame" title="App" src="${site.url}index.html?embed=1"></iframe></body></html>`,
    type: 'text/html',
  };
});

describe('under a strict Content-Security-Policy', () => {
  for (const [what, query] of [
    ['the seed with a path', '?from=associate-service-desk-analyst&to=technical-account-manager'],
    ['a catalog parsed in the worker', '?catalog=data.json'],
  ] as const) {
    it(`runs ${what} with zero violations`, async () => {
      const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
        window.reportViolation(e.violatedDirective + ' ' + e.blockedURI));`);
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(`${site.url}${query}`);
      await drawn(page);
      if (query.includes('from=')) expect((await pathListed(page)).length).toBeGreaterThan(2);
      else expect(await page.textContent('.cpe-sub')).toContain('2 roles');
      // Until nothing more loads: a late chunk or style would report its violation by then.
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it('is really enforced (an inline script is blocked)', async () => {
    const { page } = await open(chromium.browser, site.url);
    await drawn(page);
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    await close(page);
  });

  it('cannot be framed by an origin frame-ancestors does not list', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refused.push(m.text());
    });
    await page.goto(new URL('/framer.html', framer.url).href);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    expect(await frame!.locator('#app').count()).toBe(0);
    expect(refused.length).toBeGreaterThan(0);
    await context.close();
  });
});
