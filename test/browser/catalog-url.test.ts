import { describe, expect, inject, it } from 'vitest';
import { drawn, open } from './page';
import { useBrowser, useDist } from './hooks';

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
  },
);

describe('?catalog=<url>', () => {
  it('loads a same-origin catalog', async () => {
    const { page } = await open(chromium.browser, `${site.url}?catalog=/catalogs/data.json`);
    await drawn(page);
    expect(await page.textContent('.cpe-sub')).toContain('3 roles');
    await page.context().close();
  });

  it('shows a clear message when the catalog cannot be parsed', async () => {
    const { page } = await open(chromium.browser, `${site.url}?catalog=/catalogs/empty.txt`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('empty.txt');
    expect(await alert.textContent()).toContain('no roles found');
    await page.context().close();
  });

  it('shows a clear message when the catalog is missing', async () => {
    const { page } = await open(chromium.browser, `${site.url}?catalog=/catalogs/missing.txt`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('HTTP 404');
    await page.context().close();
  });

  it('refuses an origin that is not configured', async () => {
    const other = inject('otherOrigin');
    const { page } = await open(
      chromium.browser,
      `${site.url}?catalog=${other}/catalogs/data.json`,
    );
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Refused');
    await page.context().close();
  });
});
