import { describe, expect, inject, it } from 'vitest';
import { findPath } from '../../src/model/index';
import { axeViolations, canvasState, close, drawn, open, pathListed, screenshot } from './page';
import { useBrowser } from './hooks';
import { loadSeed } from '../model/helpers';

const APP = inject('appUrl');
const chromium = useBrowser();
const { graph } = loadSeed();
const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';
const expected = findPath(graph, FROM, TO);
if (!expected.found) throw new Error('the seed must have a path');
const expectedTitles = expected.path.map((id) => graph.getNodeAttribute(id, 'title'));

describe('the built explorer, served under a sub-path', () => {
  it('finds Associate Service Desk Analyst → Technical Account Manager through the pickers', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    await page.fill('#cpe-from', 'Associate Service Desk Analyst');
    await page.press('#cpe-from', 'Enter');
    await page.fill('#cpe-to', 'Technical Account Manager');
    await page.press('#cpe-to', 'Enter');
    await page.waitForSelector('ol[aria-label="Career path"]');
    expect(await pathListed(page)).toEqual(expectedTitles);
    // Each step after the first shows the move that reaches it in one sentence, and its
    // reason (the evidence) behind "Why?".
    const steps = await page.$$eval('ol[aria-label="Career path"] > li', (lis) =>
      lis.map((li) => ({
        seen: (li as HTMLElement).innerText,
        why: li.querySelector('details.cpe-why')?.textContent ?? '',
      })),
    );
    steps.slice(1).forEach(({ seen, why }, i) => {
      const move = expected.moves[i]!;
      expect(seen).toContain(move.summary);
      expect(why).toContain(move.reason);
    });
    const canvas = await canvasState(page);
    expect(new Set(canvas.onPath)).toEqual(new Set(expected.path));
    expect(canvas.pathEdges).toBe(expected.path.length - 1);
    expect(new URL(page.url()).searchParams.get('from')).toBe(FROM);
    expect(new URL(page.url()).searchParams.get('to')).toBe(TO);
    await screenshot(page, 'path-desktop');
    expect(errors).toEqual([]);
    await close(page);
  });

  it('opens a deep link ?from=&to= with the path shown, and offers alternatives', async () => {
    const { page, errors } = await open(chromium.browser, `${APP}?from=${FROM}&to=${TO}`);
    await drawn(page);
    await page.waitForSelector('ol[aria-label="Career path"]');
    expect(await pathListed(page)).toEqual(expectedTitles);
    const alts = await page.$$('input[name="cpe-alt"]');
    expect(alts.length).toBeGreaterThan(1);
    expect(alts.length).toBeLessThanOrEqual(4);
    await alts[1]!.check();
    const alt = await pathListed(page);
    expect(alt).not.toEqual(expectedTitles);
    expect(alt[0]).toBe(expectedTitles[0]);
    expect(alt.at(-1)).toBe(expectedTitles.at(-1));
    expect(new URL(page.url()).searchParams.get('alt')).toBe('1');
    // Back restores the best path; forward the alternative.
    await page.goBack();
    await expect.poll(() => pathListed(page)).toEqual(expectedTitles);
    await page.goForward();
    await expect.poll(() => pathListed(page)).toEqual(alt);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('says clearly when there is no path', async () => {
    const { page } = await open(
      chromium.browser,
      `${APP}?from=principal-service-desk-analyst&to=associate-support-analyst&promotions=1`,
    );
    await drawn(page);
    const msg = await page.textContent('.cpe-nopath');
    expect(msg).toMatch(/No path/);
    expect(msg).toContain('Principal Service Desk Analyst');
    await close(page);
  });

  it('a track filter reduces the visible roles, and one control clears all filters', async () => {
    const { page } = await open(chromium.browser, APP);
    await drawn(page);
    const before = await canvasState(page);
    expect(before.visibleNodes).toHaveLength(30);
    await page.getByLabel('Service Desk', { exact: true }).check();
    const expectedIds = graph.filterNodes((_, a) => a.track === 'service-desk');
    await expect
      .poll(async () => (await canvasState(page)).visibleNodes.sort())
      .toEqual([...expectedIds].sort());
    expect(await page.textContent('.cpe-counts')).toContain(
      `Showing ${expectedIds.length} of 30 roles`,
    );
    expect(new URL(page.url()).searchParams.get('tracks')).toBe('service-desk');
    // The list view shows the same filtered roles.
    await page.getByRole('button', { name: 'Show as list' }).click();
    const rows = await page.$$eval('.cpe-twin tbody tr', (r) => r.length);
    expect(rows).toBe(expectedIds.length);
    await page.getByRole('button', { name: 'Show lattice' }).click();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(async () => (await canvasState(page)).visibleNodes.length).toBe(30);
    await close(page);
  });

  it('"within N moves" and "leads into" narrow to the selected role’s neighbourhood', async () => {
    const { page } = await open(chromium.browser, `${APP}?role=escalation-engineer&feeders=1`);
    await drawn(page);
    const feeders = new Set<string>(['escalation-engineer']);
    const stack = ['escalation-engineer'];
    while (stack.length) {
      for (const s of graph.inNeighbors(stack.pop()!)) {
        if (feeders.has(s)) continue;
        feeders.add(s);
        stack.push(s);
      }
    }
    await expect
      .poll(async () => (await canvasState(page)).visibleNodes.sort())
      .toEqual([...feeders].sort());
    await close(page);
  });

  it('shows role details and goes to a role when a move is activated', async () => {
    const { page } = await open(chromium.browser, APP);
    await drawn(page);
    await page.fill('#cpe-search', 'Escalation Engineer');
    await page.press('#cpe-search', 'Enter');
    const details = page.locator('section.cpe-details');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Escalation Engineer');
    const text = (await details.textContent()) ?? '';
    const role = graph.getNodeAttributes('escalation-engineer');
    expect(text).toContain(role.family);
    expect(text).toContain('Support Engineering');
    expect(text).toContain(role.summary.slice(0, 60));
    // Moves in, with their summaries and reasons; activating one selects that role.
    const feeder = graph.inNeighbors('escalation-engineer')[0]!;
    const feederTitle = graph.getNodeAttribute(feeder, 'title');
    const edge = graph.getEdgeAttributes(feeder, 'escalation-engineer');
    expect(text).toContain(edge.summary);
    expect(text).toContain(edge.reason);
    await details.getByRole('button', { name: feederTitle, exact: true }).first().click();
    await expect.poll(() => details.locator('h2').textContent()).toBe(feederTitle);
    expect(new URL(page.url()).searchParams.get('role')).toBe(feeder);
    await screenshot(page, 'details-desktop');
    await close(page);
  });

  it('finds a path by keyboard alone and announces it', async () => {
    const { page } = await open(chromium.browser, APP);
    await drawn(page);
    // Tab from the top of the page to the From picker.
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'cpe-from' && guard++ < 20)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cpe-from');
    await page.keyboard.type('associate service desk');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // swap button
    await page.keyboard.press('Tab'); // To
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cpe-to');
    await page.keyboard.type('technical account manager');
    await page.keyboard.press('Enter');
    await page.waitForSelector('ol[aria-label="Career path"]');
    expect(await pathListed(page)).toEqual(expectedTitles);
    const live = await page.textContent('[aria-live="polite"][role="status"]');
    expect(live).toContain('Path from Associate Service Desk Analyst to Technical Account Manager');
    // Focus is visible.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await close(page);
  });

  it('moves between roles on the canvas with arrow keys, selects with Enter, and returns focus', async () => {
    const { page } = await open(chromium.browser, `${APP}?role=service-desk-analyst`);
    await drawn(page);
    await page.focus('.cpe-canvas');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('role'))
      .toBe('senior-service-desk-analyst');
    // Closing the details returns focus to the canvas the role was chosen on.
    await page.getByRole('button', { name: 'Close role details' }).click();
    await expect.poll(() => page.locator('section.cpe-details').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('cpe-canvas')))
      .toBe(true);
    await close(page);
  });

  it('draws the seed at 1440x900 with no overlapping labels', async () => {
    const { page } = await open(chromium.browser, APP);
    await drawn(page);
    const { labelOnly, labelBoxes } = await canvasState(page);
    const overlaps: string[] = [];
    for (let i = 0; i < labelOnly.length; i++)
      for (let j = 0; j < labelBoxes.length; j++) {
        const a = labelOnly[i]!;
        const b = labelBoxes[j]!;
        if (a.id === b.id) continue;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          overlaps.push(`${a.id} × ${b.id}`);
      }
    expect(overlaps).toEqual([]);
    await screenshot(page, 'lattice-desktop');
    await close(page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [label, width, height] of [
      ['desktop', 1440, 900],
      ['phone', 390, 844],
    ] as const) {
      it(`has no serious or critical axe violations (${label}, ${colorScheme})`, async () => {
        const { page } = await open(
          chromium.browser,
          `${APP}?from=${FROM}&to=${TO}&role=support-engineer`,
          {
            width,
            height,
            colorScheme,
          },
        );
        await drawn(page);
        await page.waitForSelector('ol[aria-label="Career path"]');
        // The filter and catalog panels load after the first graph: check them too.
        await page.waitForSelector('#cpe-catalog-heading');
        await page.waitForSelector('#cpe-filter-heading');
        expect(await axeViolations(page)).toEqual([]);
        if (label === 'phone') {
          const scroll = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            window.innerWidth,
          ]);
          expect(scroll[0]).toBeLessThanOrEqual(scroll[1]!);
        }
        await screenshot(page, `axe-${label}-${colorScheme}`);
        await close(page);
      });
    }
  }
});
