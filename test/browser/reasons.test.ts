import { describe, expect, inject, it } from 'vitest';
import { findPath, type CareerPath } from '../../src/model/index';
import { axeViolations, close, drawn, open, SCREENSHOTS } from './page';
import { useBrowser } from './hooks';
import { loadSeed } from '../model/helpers';

const APP = inject('appUrl');
const chromium = useBrowser();
const { graph } = loadSeed();
const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';
const expected = findPath(graph, FROM, TO) as CareerPath;

describe('a move’s reason: one sentence, the evidence behind "Why?"', () => {
  it('shows each path step as a short sentence, and "Why?" opens its evidence', async () => {
    const { page, errors } = await open(chromium.browser, `${APP}?from=${FROM}&to=${TO}`);
    await drawn(page);
    const steps = page.locator('ol[aria-label="Career path"] > li');
    await expect.poll(() => steps.count()).toBe(expected.path.length);
    // What a reader sees: the move's summary, none of the evidence.
    for (const [i, move] of expected.moves.entries()) {
      const step = steps.nth(i + 1);
      const seen = await step.innerText();
      expect(seen).toContain(move.summary);
      expect(seen).not.toContain('shared terms');
      expect(seen).not.toContain('“');
      // A few lines in the 270 px column (the whole reason took 10 and more), "Why?" one more.
      const lines = await step.locator('.cpe-move').evaluate((el) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.bottom))).size;
      });
      expect(lines, seen).toBeLessThanOrEqual(4);
      const why = (await step.locator('details.cpe-why').boundingBox())!;
      expect(why.height).toBeLessThanOrEqual(30);
    }
    // "Why?" opens the evidence of the last move: its shared terms and quotations.
    const last = steps.nth(expected.path.length - 1);
    const why = last.locator('details.cpe-why');
    await why.locator('summary', { hasText: 'Why?' }).click();
    await expect.poll(() => why.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const evidence = await why.innerText();
    expect(evidence).toContain(expected.moves[expected.moves.length - 1]!.reason);
    expect(evidence).toContain('shared terms');
    expect(await axeViolations(page)).toEqual([]);
    // The 1440x900 view as a reader sees it (test/screenshots/reasons-why.png is a copy).
    await page.screenshot({ path: `${SCREENSHOTS}/reasons-why.png` });
    expect(errors).toEqual([]);
    await close(page);
  });

  it('shows the moves of a role’s details as sentences, each with its evidence behind "Why?"', async () => {
    const { page, errors } = await open(chromium.browser, `${APP}?role=${TO}`);
    await drawn(page);
    const details = page.locator('section.cpe-details');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Technical Account Manager');
    const feeder = graph.inNeighbors(TO)[0]!;
    const edge = graph.getEdgeAttributes(feeder, TO);
    const item = details
      .locator('li')
      .filter({ has: page.getByRole('button', { name: graph.getNodeAttribute(feeder, 'title') }) })
      .filter({ hasText: edge.summary });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).not.toContain(edge.reason);
    await item.locator('summary', { hasText: 'Why?' }).click();
    await expect.poll(() => item.innerText()).toContain(edge.reason);
    expect(errors).toEqual([]);
    await close(page);
  });
});
