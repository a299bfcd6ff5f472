import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { close, drawn, importText, open } from './page';
import { useBrowser } from './hooks';

/*
 * What a link, a stored value or a catalog repeats never stops the app, and what a user changes
 * shows at once in every figure that depends on it.
 */

const APP = inject('appUrl');
const chromium = useBrowser();

/** The app still answers: choosing a role opens its details (in an embedding: a path). */
async function answers(page: Page, title: string): Promise<void> {
  if (await page.locator('#cpe-search').count()) {
    await page.fill('#cpe-search', title);
    await page.press('#cpe-search', 'Enter');
    await page.getByRole('region', { name: title }).waitFor({ timeout: 10_000 });
    return;
  }
  for (const [box, role] of [
    ['#cpe-from', 'Associate Service Desk Analyst'],
    ['#cpe-to', title],
  ]) {
    await page.fill(box!, role!);
    await page.press(box!, 'Enter');
  }
  await page.locator('ol[aria-label="Career path"]').waitFor({ timeout: 10_000 });
}

describe('repeated values', () => {
  for (const q of [
    'avoid=a,a',
    'embed=1&avoid=a,a',
    'view=list&avoid=a,a',
    'from=associate-service-desk-analyst&to=technical-account-manager&avoid=support-analyst,support-analyst,support-analyst',
  ])
    it(`opens ?${q.slice(0, 40)}… with every panel, each avoided role once`, async () => {
      const { page, errors } = await open(chromium.browser, `${APP}?${q}`);
      if (q.includes('view=list')) await page.locator('#cpe-twin-heading').waitFor();
      else await drawn(page);
      if (!q.includes('embed=1')) {
        await page.getByRole('heading', { name: 'Filter roles' }).waitFor();
        await page.getByRole('heading', { name: 'Saved views' }).waitFor();
      }
      if (q.includes('support-analyst')) {
        const chips = page.locator('ul[aria-label="Roles avoided"] > li');
        await expect.poll(() => chips.allTextContents()).toEqual(['Support Analyst ×']);
        await page.locator('ol[aria-label="Career path"]').waitFor();
      }
      await answers(page, 'Escalation Engineer');
      expect(errors).toEqual([]);
      await close(page);
    });

  it('opens with two saved views of one name, keeps the newest, and opens a view that repeats a role', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        'cpe-views',
        JSON.stringify([
          { name: 'Plan', query: 'avoid=support-analyst,support-analyst&role=support-analyst' },
          { name: 'Plan', query: 'role=escalation-engineer' },
          { name: 'Other', query: '' },
        ]),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(APP);
    await drawn(page);
    for (const name of ['Filter roles', 'Catalog', 'My profile', 'Saved views'])
      await page.getByRole('heading', { name, exact: true }).waitFor();
    const list = page.locator('ul[aria-label="Saved views"] > li > button.cpe-link');
    expect(await list.allTextContents()).toEqual(['Plan', 'Other']);
    expect(await page.locator('.cpe-views').textContent()).toContain(
      '1 saved view repeated the name of a newer one and is left out.',
    );
    await list.first().click();
    await page.getByRole('region', { name: 'Support Analyst' }).waitFor();
    await answers(page, 'Escalation Engineer');
    // A reload keeps the panels: nothing repeated is left to stop them.
    await page.reload();
    await drawn(page);
    await page.getByRole('heading', { name: 'Saved views' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a role whose suggested moves have keys that run together ("ab"+"aba" = "aba"+"ba")', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    // Same rank, the same three competencies in words of their own: no move, only suggestions.
    const roles: [string, string][] = [
      ['Ab', 'Troubleshoots printers, triages walk-ins and automates rotas.'],
      ['Aba', 'Diagnoses kiosks, runs the queue and scripts reports.'],
      ['Ba', 'Debugs tills, owns ticket routing and adds self-healing checks.'],
    ];
    await importText(
      page,
      'keys.txt',
      roles
        .map(
          ([t, body]) =>
            `${t}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n${body}\n`,
        )
        .join('\n'),
    );
    await expect.poll(() => page.locator('.cpe-sub').textContent()).toContain('3 roles');
    await answers(page, 'Aba');
    const details = page.getByRole('region', { name: 'Aba' });
    await expect.poll(() => details.textContent()).toContain('Possible moves');
    await expect
      .poll(() => details.locator('.cpe-moves button.cpe-link').allTextContents())
      .toEqual(expect.arrayContaining(['Ab', 'Ba']));
    // The app still answers selections.
    await answers(page, 'Ba');
    expect(errors).toEqual([]);
    await close(page);
  });
});

describe('ratings, live', () => {
  it('moves every readiness figure as a competency is rated, without a reload', async () => {
    const { page, errors } = await open(
      chromium.browser,
      `${APP}?from=associate-service-desk-analyst&to=technical-account-manager`,
    );
    await drawn(page);
    await page.locator('ol[aria-label="Career path"]').waitFor();
    await page.fill('#cpe-me', 'Associate Service Desk Analyst');
    await page.press('#cpe-me', 'Enter');
    const summary = page.getByText(/^My competencies \(/);
    await summary.click();
    const target = page.locator('ol[aria-label="Career path"] > li .cpe-ready').last();
    const gaps = page.getByRole('heading', { name: /^Gaps to close/ });
    await expect.poll(() => target.textContent()).toContain('My readiness');
    const before = {
      summary: await summary.textContent(),
      step: await target.textContent(),
      gaps: await gaps.textContent(),
    };
    expect(before.summary).toMatch(/^My competencies \(0 of \d+ rated\)$/);
    // Rate five competencies as a user does, one select at a time.
    const selects = page.locator('.cpe-ratings select');
    for (let i = 0; i < 5; i++) await selects.nth(i).selectOption('expert');
    await expect.poll(() => summary.textContent()).toMatch(/^My competencies \(5 of \d+ rated\)$/);
    await expect.poll(() => gaps.textContent()).not.toBe(before.gaps);
    await expect.poll(() => target.textContent()).not.toBe(before.step);
    // The walkthrough and the details show the same live figure.
    await page.getByRole('button', { name: 'Walk through this path' }).click();
    await page.locator('.cpe-walk').waitFor();
    const lastStep = page.locator('ol[aria-label="Career path"] > li').last();
    const tam = (await lastStep.locator('.cpe-ready').textContent())!.match(/\d+%/)![0];
    await page.getByRole('button', { name: 'Next →' }).click();
    for (let i = 0; i < 10 && (await page.getByRole('button', { name: 'Next →' }).isEnabled()); i++)
      await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => page.locator('.cpe-walk').textContent()).toContain(tam);
    // Back to "none" restores the figures.
    for (let i = 0; i < 5; i++) await selects.nth(i).selectOption('none');
    await expect.poll(() => gaps.textContent()).toBe(before.gaps);
    expect(errors).toEqual([]);
    await close(page);
  });
});
