import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { defaultModel } from '../../src/model/career/default-model';
import { findPath, loadCatalog } from '../../src/model/index';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, close, drawn, open, screenshot } from './page';
import { useBrowser } from './hooks';

const APP = inject('appUrl');
const chromium = useBrowser();

/**
 * A small clinic catalog whose roles name competencies of the default lexicon in plain words:
 * the readiness figures below are worked out by hand from them.
 *   Clinic Assistant: triage, troubleshooting.
 *   Senior Clinic Assistant: triage, troubleshooting, mentoring, stakeholders, automating.
 *   Clinic Lead: portfolio, mentoring, stakeholders.
 */
const CLINIC = `Clinic Assistant: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
Handles triage of walk-in requests and troubleshooting of clinic equipment.
Next: Senior Clinic Assistant

Senior Clinic Assistant: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
Leads triage and troubleshooting on a shift, mentoring new assistants, keeping stakeholders informed and automating rotas.
Next: Clinic Lead

Clinic Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
Runs the clinic's portfolio of services, mentoring staff and working with stakeholders.
`;

/** Opens the app on the clinic catalog, with every request the page makes recorded. */
async function openClinic(url = APP): Promise<{ page: Page; sent: string[]; errors: string[] }> {
  const { page, errors } = await open(chromium.browser, url);
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
  await drawn(page);
  await page.setInputFiles('input[type="file"]', {
    name: 'clinic.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(CLINIC),
  });
  await expect.poll(() => page.locator('.cpe-sub').textContent()).toContain('3 roles');
  await page.locator('#cpe-profile-heading').waitFor();
  return { page, sent, errors };
}

/** Chooses "I am a" and rates competencies in My profile, as a user does. */
async function fillProfile(page: Page, role: string, ratings: Record<string, string>) {
  await page.fill('#cpe-me', role);
  await page.press('#cpe-me', 'Enter');
  await page.getByText(/^My competencies/).click();
  for (const [label, level] of Object.entries(ratings))
    await page.getByLabel(label, { exact: true }).selectOption(level);
}

const ME = {
  'Triage and ticket handling': 'practised',
  'Troubleshooting and diagnosis': 'expert',
  'Mentoring and people leadership': 'learning',
};

describe('planning a move', () => {
  it('keeps the profile in this browser: never in the URL nor in any request', async () => {
    const { page, sent, errors } = await openClinic();
    await fillProfile(page, 'Clinic Assistant', ME);
    await page.getByRole('button', { name: 'Start paths from my role' }).click();
    await page.fill('#cpe-to', 'Clinic Lead');
    await page.press('#cpe-to', 'Enter');
    await page.locator('ol[aria-label="Career path"]').waitFor();
    const stored = await page.evaluate(() => localStorage.getItem('cpe-profile'));
    expect(JSON.parse(stored!).ratings).toEqual({
      'mentoring-and-leadership': 'learning',
      triage: 'practised',
      troubleshooting: 'expert',
    });
    // The URL carries the path, not the profile; no request carried it either.
    const url = decodeURIComponent(page.url());
    expect(url).toContain('to=clinic-lead');
    for (const secret of ['practised', 'expert', 'learning', 'mentoring', 'ratings'])
      for (const s of [url, ...sent]) expect(s).not.toContain(secret);
    // Clear: one button forgets it here and in storage.
    await page.getByRole('button', { name: 'Clear profile' }).click();
    expect(await page.evaluate(() => localStorage.getItem('cpe-profile'))).toBeNull();
    expect(await page.locator('#cpe-me').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await close(page);
  });

  it('shows readiness for a role and along a path, as worked out by hand', async () => {
    const { page, errors } = await openClinic();
    await fillProfile(page, 'Clinic Assistant', ME);
    await page.getByRole('button', { name: 'Start paths from my role' }).click();
    await page.fill('#cpe-to', 'Clinic Lead');
    await page.press('#cpe-to', 'Enter');
    // Senior Clinic Assistant asks for 5: triage and troubleshooting met, mentoring partly
    // (learning), stakeholders and automation missing → (2 + ½) / 5 = 50%.
    const steps = page.locator('ol[aria-label="Career path"] > li');
    await expect.poll(() => steps.nth(1).locator('.cpe-ready').textContent()).toContain('50%');
    const senior = (await steps.nth(1).locator('.cpe-ready').textContent()) ?? '';
    expect(senior).toContain('2 of 5 competencies met');
    expect(senior).toContain('1 partly (learning: Mentoring and people leadership)');
    expect(senior).toMatch(/2 missing \((?=.*Stakeholder management)(?=.*Automation)/);
    // Clinic Lead asks for 3: mentoring partly, portfolio and stakeholders missing → ½ / 3 = 17%.
    expect(await steps.nth(2).locator('.cpe-ready').textContent()).toContain('17%');
    // Gaps, most needed first: mentoring and stakeholders at 2 steps, then the others at 1.
    // Total gap: ½ + 1 + 1 + 1 = 3.5.
    await expect
      .poll(() => page.getByRole('heading', { name: /^Gaps to close/ }).textContent())
      .toBe('Gaps to close (4, gap 3.5)');
    const gaps = await page.locator('ol.cpe-gaps > li > strong').allTextContents();
    expect(gaps).toEqual([
      'Mentoring and people leadership',
      'Stakeholder management',
      'Account and portfolio management',
      'Automation and scripting',
    ]);
    // The role's details say the same, and how: each competency with the words that show it.
    await steps.nth(1).getByRole('button').click();
    const details = page.getByRole('region', { name: 'Senior Clinic Assistant' });
    await expect.poll(() => details.textContent()).toContain('For this role: 50%');
    await details.getByText('How this is worked out').click();
    expect(await details.textContent()).toContain('“automating”');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('exports the profile as JSON and imports it again, saying what was wrong', async () => {
    const { page } = await openClinic();
    await fillProfile(page, 'Clinic Lead', { 'Triage and ticket handling': 'expert' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export profile' }).click(),
    ]);
    const saved = await (await download.createReadStream()).toArray();
    const json = JSON.parse(Buffer.concat(saved).toString('utf8'));
    expect(json).toMatchObject({ role: 'clinic-lead', ratings: { triage: 'expert' } });
    await page.getByRole('button', { name: 'Clear profile' }).click();
    const edited = { ...json, ratings: { ...json.ratings, automation: 'wizard' } };
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import profile' }).click(),
    ]);
    await chooser.setFiles({
      name: 'me.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(edited)),
    });
    await expect.poll(() => page.locator('#cpe-me').inputValue()).toBe('Clinic Lead');
    expect(await page.getByLabel('Triage and ticket handling', { exact: true }).inputValue()).toBe(
      'expert',
    );
    expect(await page.locator('.cpe-profile .cpe-problems').textContent()).toContain(
      'me.json: competency "automation": unknown level "wizard"',
    );
    await close(page);
  });

  it('saves a view, and opens it exactly as saved after a fresh start', async () => {
    const { page, errors } = await open(
      chromium.browser,
      `${APP}?from=associate-service-desk-analyst&to=technical-account-manager&alt=1&role=support-analyst`,
    );
    await drawn(page);
    await page.getByLabel('Promotions', { exact: true }).click();
    const saved = page.url();
    await page.fill('#cpe-view-name', 'My 1:1 plan');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('list', { name: 'Saved views' }).waitFor();
    // A fresh start, with nothing in the URL.
    await page.goto(APP);
    await drawn(page);
    const list = page.getByRole('list', { name: 'Saved views' });
    await list.getByRole('button', { name: 'My 1:1 plan', exact: true }).click();
    await expect.poll(() => page.url()).toBe(saved);
    expect(await page.locator('#cpe-from').inputValue()).toBe('Associate Service Desk Analyst');
    await page.getByRole('region', { name: 'Support Analyst' }).waitFor();
    await page.getByRole('button', { name: 'Delete the view My 1:1 plan' }).click();
    await expect.poll(() => page.getByText('No saved views yet.').count()).toBe(1);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('walks through a path by keyboard, centring each step, and prints a one-page plan', async () => {
    const { page, errors } = await open(
      chromium.browser,
      `${APP}?from=associate-service-desk-analyst&to=technical-account-manager`,
    );
    await drawn(page);
    const titles = await page
      .locator('ol[aria-label="Career path"] > li > button')
      .allTextContents();
    await page.getByRole('button', { name: 'Walk through this path' }).click();
    const walk = page.getByRole('region', { name: /^Step / });
    const n = titles.length;
    expect(n).toBeGreaterThanOrEqual(4);
    const step = (k: number) => `Step ${k} of ${n}: ${titles[k - 1]}`;
    await expect.poll(() => walk.locator('h2').textContent()).toBe(step(2));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => walk.locator('h2').textContent()).toBe(step(3));
    await page.keyboard.press('End');
    await expect.poll(() => walk.locator('h2').textContent()).toBe(step(n));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => walk.locator('h2').textContent()).toBe(step(n - 1));
    expect(await walk.textContent()).toMatch(/Promotion|Lateral move/);
    expect(await walk.textContent()).toContain('New at this step:');
    // The step's role is selected and centred on the canvas.
    const id = new URL(page.url()).searchParams.get('role')!;
    const offCentre = () =>
      page.evaluate((role) => {
        const el = document.querySelector('.cpe-canvas .cpe-cy') as HTMLElement & {
          _cyreg?: { cy: import('cytoscape').Core };
        };
        const cy = el._cyreg!.cy;
        const p = cy.getElementById(role).renderedPosition();
        return Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2);
      }, id);
    // The walkthrough's panel takes its new height first: then the role is centred again (the
    // box centred includes the step's number badge, a few pixels up and left of the card).
    await expect.poll(offCentre).toBeLessThan(20);
    await page.getByLabel(`Target date for ${titles[n - 2]}`).fill('2027-06-30');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'walkthrough-desktop');

    // Printed: the plan alone, on one page, with the path, the reasons and the typed date.
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.cpe-plan-sheet');
    expect(await sheet.isVisible()).toBe(true);
    expect(await page.locator('.cpe-canvas').isVisible()).toBe(false);
    expect(await page.locator('.cpe-walk-screen').isVisible()).toBe(false);
    const rows = await sheet.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(n);
    titles.forEach((t, i) => expect(rows[i]).toContain(t));
    expect(rows[n - 2]).toContain('2027-06-30');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await screenshot(page, 'walkthrough-print');
    // Escape closes the walkthrough.
    await page.emulateMedia({ media: 'screen' });
    await walk.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.cpe-walk').count()).toBe(0);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('offers path orders from the example catalog’s facts, and shows the facts', async () => {
    const text = readFileSync(
      new URL('../../public/examples/support-with-facts.txt', import.meta.url),
      'utf8',
    );
    const { graph } = loadCatalog(
      { text, file: 'support-with-facts.txt', format: 'text' },
      { model: defaultModel },
    );
    const [from, to] = ['associate-service-desk-analyst', 'technical-account-manager'];
    const { page, errors } = await open(
      chromium.browser,
      `${APP}?catalog=examples/support-with-facts.txt&from=${from}&to=${to}`,
    );
    await drawn(page);
    const order = page.getByRole('group', { name: 'Order paths by' });
    await order.waitFor();
    expect(await order.getByRole('radio').count()).toBe(4);
    const listed = () =>
      page.locator('ol[aria-label="Career path"] > li > button').allTextContents();
    const title = (id: string) => graph.getNodeAttribute(id, 'title');
    for (const by of ['fastest', 'travelled', 'pay'] as const) {
      const want = findPath(graph, from, to, { by });
      if (!want.found) throw new Error(want.message);
      await order
        .getByRole('radio', {
          name: { fastest: 'Fastest', travelled: 'Most travelled', pay: 'Best paid' }[by],
        })
        .check();
      await expect.poll(listed).toEqual(want.path.map(title));
      expect(new URL(page.url()).searchParams.get('by')).toBe(by);
      expect(await page.locator('.cpe-figure').textContent()).toBe(`This path: ${want.figure}.`);
    }
    // The role's facts in its details, the move counts beside its moves.
    await page.locator('ol[aria-label="Career path"] > li > button').last().click();
    const facts = page.getByRole('region', { name: 'Technical Account Manager' });
    const dl = facts.locator('dl[aria-label="Role facts"]');
    await expect.poll(() => dl.textContent()).toContain('Pay band');
    const a = graph.getNodeAttributes(to);
    expect(await dl.textContent()).toContain(`${a['monthsInRole']} months`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('keeps the profile off in an embedded page unless the host asks with readiness=1', async () => {
    for (const [query, shown] of [
      ['embed=1', 0],
      ['embed=1&readiness=1', 1],
      ['embed=1&readiness=0', 0],
    ] as const) {
      const { page } = await open(
        chromium.browser,
        `${APP}?${query}&from=support-analyst&to=senior-support-analyst`,
      );
      await drawn(page);
      await page.locator('.cpe-walk-start').waitFor();
      expect(await page.locator('#cpe-profile-heading').count(), query).toBe(shown);
      await close(page);
    }
  });
});
