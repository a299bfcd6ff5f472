import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { findPath, type CareerPath } from '../../src/model/index';
import { axeViolations, close, drawn, open } from './page';
import { useBrowser } from './hooks';
import { loadSeed } from '../model/helpers';

const APP = inject('appUrl');
const chromium = useBrowser();
const { graph } = loadSeed();
const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';
const weak = graph.filterEdges((_e, a) => a.strength === 'weak');

/** The canvas's weak moves: all of them, and those drawn. */
const weakOnCanvas = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('.cpe-cy') as HTMLElement & {
      _cyreg: { cy: import('cytoscape').Core };
    };
    const edges = el._cyreg.cy.edges('.weak');
    return { all: edges.length, shown: edges.filter((e) => e.visible()).length };
  });

describe('the strength of a move', () => {
  it('tags each step of a path and each move of a role with its strength, in words', async () => {
    const expected = findPath(graph, FROM, TO) as CareerPath;
    const { page, errors } = await open(
      chromium.browser,
      `${APP}?from=${FROM}&to=${TO}&role=${TO}`,
    );
    await drawn(page);
    const steps = page.locator('ol[aria-label="Career path"] > li');
    await expect.poll(() => steps.count()).toBe(expected.path.length);
    for (const [i, move] of expected.moves.entries())
      expect(
        await steps
          .nth(i + 1)
          .locator('.cpe-strength')
          .innerText(),
      ).toBe(`${move.strength} evidence`);
    const details = page.locator('section.cpe-details');
    const tags = await details.locator('.cpe-moves .cpe-strength').allInnerTexts();
    const around = [...graph.outEdges(TO), ...graph.inEdges(TO)];
    expect(tags.sort()).toEqual(
      around.map((e) => `${graph.getEdgeAttribute(e, 'strength')} evidence`).sort(),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('"Hide weak moves" hides them on the canvas, in the counts and in the URL, and back', async () => {
    expect(weak.length).toBeGreaterThan(0);
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    const box = page.getByLabel('Hide weak moves');
    const counts = () => page.textContent('.cpe-counts');
    await expect.poll(counts).toContain(`${graph.size} of ${graph.size} moves`);
    const before = await weakOnCanvas(page);
    expect(before.shown).toBeGreaterThan(0);
    await box.check();
    await expect.poll(counts).toContain(`${graph.size - weak.length} of ${graph.size} moves`);
    await expect.poll(() => weakOnCanvas(page)).toEqual({ all: before.all, shown: 0 });
    expect(new URL(page.url()).searchParams.get('hideweak')).toBe('1');
    // Every role stays: only moves go.
    expect(await counts()).toContain(`${graph.order} of ${graph.order} roles`);
    await box.uncheck();
    await expect.poll(counts).toContain(`${graph.size} of ${graph.size} moves`);
    await expect.poll(() => weakOnCanvas(page)).toEqual(before);
    expect(new URL(page.url()).searchParams.has('hideweak')).toBe(false);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('lists each move with its strength in the list view, and drops weak ones when hidden', async () => {
    const { page, errors } = await open(chromium.browser, `${APP}?view=list`);
    const twin = page.locator('.cpe-twin');
    const weakRows = () => twin.getByText('weak evidence').count();
    await expect.poll(weakRows).toBe(weak.length);
    await page.getByLabel('Hide weak moves').check();
    await expect.poll(weakRows).toBe(0);
    expect(await twin.getByText('strong evidence').count()).toBe(
      graph.filterEdges((_e, a) => a.strength === 'strong').length,
    );
    expect(errors).toEqual([]);
    await close(page);
  });
});
