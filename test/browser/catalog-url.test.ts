import { beforeAll, describe, expect, inject, it } from 'vitest';
import { close, drawn, open } from './page';
import { LAW, LAW_FIXES } from './law-firm';
import { useBrowser, useDist } from './hooks';
import type { Route } from './static-server';

const catalog = JSON.stringify({
  roles: [
    { title: 'Junior Data Analyst', summary: 'Prepares reports.' },
    { title: 'Data Analyst', summary: 'Owns dashboards.' },
    { title: 'Senior Data Analyst', summary: 'Leads analysis.' },
  ],
});

const chromium = useBrowser();
const site = useDist(
  '/app/',
  {},
  {
    '/catalogs/data.json': { body: catalog, type: 'application/json' },
    '/catalogs/empty.txt': { body: '\n\n', type: 'text/plain' },
    // A law firm's catalog with its corrections beside it, and one whose overlay is broken.
    '/catalogs/law.csv': { body: LAW, type: 'text/csv' },
    '/catalogs/law.model.json': {
      body: LAW_FIXES,
      type: 'application/json',
    },
    '/catalogs/law-bad.csv': { body: LAW, type: 'text/csv' },
    '/catalogs/law-bad.model.json': { body: '{"moves": [{}]}', type: 'application/json' },
  },
);
// Another origin that serves a catalog to anyone (CORS), and redirects on the site to it.
const elsewhere = useDist(
  '/unused/',
  { 'access-control-allow-origin': '*' },
  { '/catalogs/data.json': { body: catalog, type: 'application/json' } },
);
const redirects: Record<string, Route> = {};
const redirecting = useDist('/app/', {}, redirects);
beforeAll(() => {
  const target = new URL('/catalogs/data.json', elsewhere.url).href;
  const same = new URL('/catalogs/moved.json', redirecting.url).href;
  Object.assign(redirects, {
    '/catalogs/away.json': {
      body: '',
      type: 'text/plain',
      status: 302,
      headers: { location: target },
    },
    '/catalogs/here.json': {
      body: '',
      type: 'text/plain',
      status: 302,
      headers: { location: same },
    },
    '/catalogs/moved.json': { body: catalog, type: 'application/json' },
  });
});

describe('?catalog=<url>', () => {
  it('applies the overlay beside the catalog, and says when it cannot', async () => {
    const path = '&from=trainee-solicitor&to=managing-partner';
    const { page, errors } = await open(
      chromium.browser,
      `${site.url}?catalog=/catalogs/law.csv${path}`,
    );
    await page.waitForSelector('ol[aria-label="Career path"]');
    const steps = await page.$$eval('ol[aria-label="Career path"] > li', (l) =>
      l.map((li) => li.textContent ?? ''),
    );
    expect(steps.join(' ')).toContain('Senior Associate');
    expect(errors).toEqual([]);
    await close(page);
    // The same catalog beside an overlay that cannot be read: shown without it, and said.
    const bad = await open(chromium.browser, `${site.url}?catalog=/catalogs/law-bad.csv${path}`);
    await drawn(bad.page);
    expect(await bad.page.textContent('.cpe-sub')).toContain('10 roles');
    expect(await bad.page.locator('ol[aria-label="Career path"]').count()).toBe(0);
    // Said in the Catalog panel, which loads after the first lattice.
    await expect
      .poll(() => bad.page.textContent('body'))
      .toContain(
        'the overlay law-bad.model.json is not applied: moves[0].kind: must be "promotion" or "lateral"',
      );
    await close(bad.page);
  });

  it('is edited as a copy with its overlay, which the URL no longer names', async () => {
    const { page, errors } = await open(chromium.browser, `${site.url}?catalog=/catalogs/law.csv`);
    await drawn(page);
    await page.getByRole('button', { name: 'Edit this framework' }).click();
    await page.getByText('law.csv · 10 roles · imported').waitFor();
    await page.getByText('Corrections applied: law.model.json').waitFor();
    expect(
      await page.getByRole('button', { name: 'Edit this framework' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.getByRole('heading', { name: 'What to check first' }).waitFor();
    expect(new URL(page.url()).searchParams.get('catalog')).toBeNull();
    expect(errors).toEqual([]);
    await close(page);
  });

  it('loads a same-origin catalog', async () => {
    const { page } = await open(chromium.browser, `${site.url}?catalog=/catalogs/data.json`);
    await drawn(page);
    expect(await page.textContent('.cpe-sub')).toContain('3 roles');
    await close(page);
  });

  it('shows a clear message when the catalog cannot be parsed', async () => {
    const { page } = await open(chromium.browser, `${site.url}?catalog=/catalogs/empty.txt`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('empty.txt');
    expect(await alert.textContent()).toContain('no roles found');
    await close(page);
  });

  it('shows a clear message when the catalog is missing', async () => {
    const { page } = await open(chromium.browser, `${site.url}?catalog=/catalogs/missing.txt`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('HTTP 404');
    await close(page);
  });

  it('refuses an origin that is not configured', async () => {
    const other = inject('otherOrigin');
    const { page } = await open(
      chromium.browser,
      `${site.url}?catalog=${other}/catalogs/data.json`,
    );
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Refused');
    await close(page);
  });

  it('refuses a catalog redirected to an origin that is not configured', async () => {
    const { page } = await open(chromium.browser, `${redirecting.url}?catalog=/catalogs/away.json`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Refused');
    expect(await alert.textContent()).toContain(new URL(elsewhere.url).origin);
    // The bundled catalog is shown instead.
    await drawn(page);
    expect(await page.textContent('.cpe-sub')).not.toContain('3 roles');
    await close(page);
  });

  it('follows a redirect within the site', async () => {
    const { page } = await open(chromium.browser, `${redirecting.url}?catalog=/catalogs/here.json`);
    await drawn(page);
    await expect.poll(() => page.textContent('.cpe-sub')).toContain('3 roles');
    await close(page);
  });

  for (const query of ['%', 'x%E0.txt', 'x%25E0.txt', '%25', '%25zz']) {
    it(`shows the bundled catalog and a message for ?catalog=${query}`, async () => {
      const { page, errors } = await open(chromium.browser, `${site.url}?catalog=${query}`);
      await drawn(page);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(/catalog/i);
      expect(await page.textContent('.cpe-sub')).toContain('role-blueprints.txt');
      expect(await page.getByRole('status').filter({ hasText: 'Loading catalog' }).count()).toBe(0);
      expect(errors).toEqual([]);
      await close(page);
    });
  }
});
