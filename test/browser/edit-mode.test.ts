import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useDist } from './hooks';
import { axeViolations, close, downloaded, drawn, importText, open, screenshot } from './page';
import { LAW, openLawFirm } from './law-firm';

/*
 * Edit mode, as an HR author uses it on a law firm's draft lattice (test/fixtures/law-firm.csv:
 * a "promotion" Senior Paralegal → Counsel, no way from the Trainee Solicitor to the partners,
 * Counsel on the Senior associates' level): each correction is applied at once, undone and redone
 * from the keyboard, and kept with the catalog across a reload. Every click, key press and typed
 * field is counted as an action.
 */

const chromium = useBrowser();
const site = useDist('/app/');

let actions = 0;
/** Opens a role's details from the search box, as a user does (two actions). */
async function openRole(page: Page, title: string): Promise<void> {
  await page.fill('#cpe-search', title);
  await page.press('#cpe-search', 'Enter');
  actions += 2;
  await page.locator('#cpe-details-heading', { hasText: title }).waitFor();
}
const movesOut = (page: Page) =>
  page.locator('.cpe-details h3', { hasText: 'Moves from here' }).textContent();
const band = (page: Page) => page.locator('.cpe-details .cpe-rank').textContent();

describe('edit mode', () => {
  it('corrects a law firm’s draft in under 30 actions, with undo, redo and a reload', async () => {
    const { page, errors } = await openLawFirm(chromium.browser, site.url);
    await page.getByRole('button', { name: 'Edit this framework' }).click();
    actions++;

    // 1. Reject the "promotion" of a paralegal into a qualified lawyer's role.
    await openRole(page, 'Senior Paralegal');
    expect(await movesOut(page)).toBe('Moves from here (1)');
    await page
      .locator('.cpe-details')
      .getByRole('button', { name: 'Reject Senior Paralegal → Counsel' })
      .click();
    actions++;
    await expect.poll(() => movesOut(page)).toBe('Moves from here (0)');
    // Undone and redone from the keyboard, outside a text field.
    await page.locator('.cpe-details h2').click();
    await page.keyboard.press('Control+z');
    actions += 2;
    await expect.poll(() => movesOut(page)).toBe('Moves from here (1)');
    await page.keyboard.press('Control+Shift+z');
    actions++;
    await expect.poll(() => movesOut(page)).toBe('Moves from here (0)');

    // 2. Counsel ranks with the partners' level, not the senior associates'.
    await openRole(page, 'Counsel');
    expect(await band(page)).toContain('Senior');
    await page.getByLabel('Level', { exact: true }).selectOption('Principal');
    actions++;
    await expect.poll(() => band(page)).toContain('Principal');

    // 3. The trainee qualifies into an associate; a senior associate makes partner.
    for (const [from, to] of [
      ['Trainee Solicitor', 'Associate'],
      ['Senior Associate', 'Partner'],
    ] as const) {
      await openRole(page, from);
      await page.fill('#cpe-edit-add', to);
      await page.press('#cpe-edit-add', 'Enter');
      await page.getByRole('button', { name: 'Add the move' }).click();
      actions += 3;
      await expect
        .poll(() => page.locator('.cpe-details .cpe-moves').first().textContent())
        .toContain(to);
    }

    // The path the firm wanted now exists.
    await page.fill('#cpe-from', 'Trainee Solicitor');
    await page.press('#cpe-from', 'Enter');
    await page.fill('#cpe-to', 'Managing Partner');
    await page.press('#cpe-to', 'Enter');
    actions += 4;
    await expect
      .poll(() => page.$$eval('ol[aria-label="Career path"] > li', (l) => l.length))
      .toBe(5);
    expect(actions).toBeLessThan(30);
    expect(await page.textContent('.cpe-panel')).toBeTruthy();
    await page.getByText(/^4 decisions made · \d+ left to check$/).waitFor();
    await screenshot(page, 'edit-mode-law-firm');
    expect(await axeViolations(page)).toEqual([]);

    // Kept with the catalog across a reload.
    await page.reload();
    await drawn(page);
    await page.getByText('Corrections applied: law-firm.model.json').waitFor();
    await openRole(page, 'Senior Paralegal');
    expect(await movesOut(page)).toBe('Moves from here (0)');
    expect(errors).toEqual([]);
    await close(page);
  });

  it('lists what to check first, least sure first, and counts what is decided', async () => {
    const { page, errors } = await openLawFirm(chromium.browser, site.url);
    await page.getByRole('button', { name: 'Edit this framework' }).click();
    const queue = page.locator('.cpe-review > li');
    const counter = () => page.locator('#cpe-review-heading + p').textContent();
    const left = async () => Number(/(\d+) left/.exec((await counter()) ?? '')?.[1]);
    // Weak moves come first, the paralegal's "promotion" into counsel among them.
    expect(await queue.first().textContent()).toContain('weak evidence');
    expect(await queue.filter({ hasText: 'Senior Paralegal → Counsel' }).textContent()).toContain(
      'weak evidence',
    );
    const before = await left();
    expect(await counter()).toBe(`0 decisions made · ${before} left to check`);
    await page.getByRole('button', { name: 'Reject Senior Paralegal → Counsel' }).click();
    // Decided, it leaves the list (what it leaves unconnected may join it).
    await expect.poll(counter).toMatch(/^1 decision made · \d+ left to check$/);
    expect(await queue.filter({ hasText: 'Senior Paralegal → Counsel' }).count()).toBe(0);
    // A role placed by default is kept where it is by one click, and leaves the queue.
    const keep = page.getByRole('button', { name: /^Keep at .*: Legal Secretary$/ });
    const during = await left();
    await keep.click();
    await expect.poll(counter).toBe(`2 decisions made · ${during - 1} left to check`);
    expect(await keep.count()).toBe(0);
    // Roles with no way in or out are listed too, each with a way to open it.
    expect(await queue.filter({ hasText: 'No way in or out' }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('renames and recolours a track, on the lattice’s legend and in the filters at once', async () => {
    const { page, errors } = await openLawFirm(chromium.browser, site.url);
    await page.getByRole('button', { name: 'Edit this framework' }).click();
    await page.getByLabel('Name of the track Counsels').fill('Lawyers');
    await page.getByLabel('Colour of the track Counsels').fill('#aa3377');
    await page.getByRole('button', { name: 'Save the track Counsels' }).click();
    await expect.poll(() => page.textContent('.cpe-legend')).toContain('Lawyers');
    expect(await page.textContent('.cpe-legend')).not.toContain('Counsels');
    const dot = await page.evaluate(() => {
      const item = [...document.querySelectorAll('.cpe-legend .cpe-item')].find((el) =>
        el.textContent?.includes('Lawyers'),
      );
      const mark = item?.querySelector('.cpe-dot');
      return mark ? getComputedStyle(mark).backgroundColor : '';
    });
    expect(dot).toBe('rgb(170, 51, 119)');
    expect(errors).toEqual([]);
    await close(page);
  });

  it('places a role by dragging its card, by Alt and the arrow keys, and from the list', async () => {
    const { page, errors } = await openLawFirm(chromium.browser, site.url);
    await page.getByRole('button', { name: 'Edit this framework' }).click();
    /** Where a role's card is on the page. */
    const at = async (id: string) =>
      (await page.evaluate(`(() => {
        const cy = document.querySelector('.cpe-cy')._cyreg.cy;
        const box = document.querySelector('.cpe-cy').getBoundingClientRect();
        const p = cy.getElementById(${JSON.stringify(id)}).renderedPosition();
        return { x: box.x + p.x, y: box.y + p.y };
      })()`)) as { x: number; y: number };
    const place = async (title: string) => {
      await openRole(page, title);
      const rank = (await band(page))?.split(' why:')[0]?.trim();
      return `${rank} · ${await page.inputValue('#cpe-edit-track')}`;
    };
    const target = await place('Senior Paralegal');
    expect(await place('Legal Secretary')).not.toBe(target);

    // Dragged onto the Senior Paralegal's cell, the Legal Secretary takes its row and column.
    const from = await at('legal-secretary');
    const to = await at('senior-paralegal');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x + 12, to.y - 8, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => place('Legal Secretary')).toBe(target);
    // One drag is one edit: one undo takes both the level and the track back.
    await page.locator('.cpe-details h2').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => place('Legal Secretary')).not.toBe(target);

    // Alt and an arrow key move the selected role a step up, from the canvas.
    await openRole(page, 'Counsel');
    expect(await band(page)).toContain('Senior');
    await page.focus('#cpe-lattice');
    await page.keyboard.press('Alt+ArrowUp');
    // The next step of the scale up from Senior.
    await expect.poll(() => band(page)).toContain('Staff / Lead');
    expect(await page.textContent('[aria-live="polite"][role="status"]')).toContain(
      'Counsel is now at Staff / Lead.',
    );

    // The list view offers the same as menus.
    await page.getByRole('button', { name: 'Show as list' }).click();
    await page.getByLabel('Level of Partner').selectOption({ label: 'Chief' });
    await expect
      .poll(() => page.getByLabel('Level of Partner').inputValue())
      .toBe(
        String(
          await page.evaluate(`(() => {
        const o = [...document.querySelectorAll('select[aria-label="Level of Partner"] option')];
        return o.find((x) => x.textContent === 'Chief').value;
      })()`),
        ),
      );
    const secretary = page.getByLabel(/^Track of Legal Secretary/);
    const counsels = await page.getByLabel(/^Track of Senior Paralegal/).inputValue();
    await secretary.selectOption(counsels);
    await expect.poll(() => secretary.inputValue()).toBe(counsels);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('edits the bundled catalog as a copy, its overlay’s tracks kept, and publishes it', async () => {
    const { page, errors } = await open(chromium.browser, site.url);
    await drawn(page);
    await page.getByRole('button', { name: 'Edit this framework' }).click();
    await page.getByText('role-blueprints.txt · 30 roles · imported').waitFor();
    await page.getByText('Corrections applied: role-blueprints.model.json').waitFor();
    expect(await page.textContent('.cpe-legend')).toContain('Service Desk');
    await openRole(page, 'Escalation Engineer');
    await page.getByLabel('Level', { exact: true }).selectOption('Principal');
    await expect.poll(() => band(page)).toContain('Principal');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the framework' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('role-blueprints-framework.txt');
    const text = (await downloaded(file)).toString('utf8');
    expect(text).toMatch(/^Track: Service Desk #[0-9a-fA-F]{6}$/m);
    expect(text).toContain('Escalation Engineer: Role Blueprint');
    expect(text.split('Escalation Engineer: Role Blueprint')[1]).toMatch(/^Level: Principal$/m);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('works by touch on a phone: a tap turns it on, rejects a move and undoes it', async () => {
    const { page, errors } = await open(chromium.browser, site.url, {
      phone: true,
      width: 390,
      height: 844,
    });
    await drawn(page);
    await importText(page, 'law-firm.csv', LAW);
    await page.getByText('law-firm.csv · 10 roles · imported').waitFor();
    await page.getByRole('button', { name: 'Edit this framework' }).tap();
    const reject = page.getByRole('button', { name: 'Reject Senior Paralegal → Counsel' }).first();
    await reject.tap();
    await page.getByText(/^1 decision made · \d+ left to check$/).waitFor();
    await page.getByRole('button', { name: 'Undo' }).tap();
    await page.getByText(/^0 decisions made · \d+ left to check$/).waitFor();
    // Each control is large enough for a finger (WCAG 2.5.8: at least 24 px).
    for (const name of ['Edit this framework', 'Download the framework', 'Undo', 'Redo']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box!.height, name).toBeGreaterThanOrEqual(24);
    }
    expect(errors).toEqual([]);
    await close(page);
  });
});
