import { describe, expect, inject, it } from 'vitest';
import { compareRoles, gapAlongPath, graphCompetencies } from '../../src/model/competencies';
import { defaultFramework } from '../../src/model/competencies/default-lexicon';
import { catalogLexicon } from '../../src/model/competencies/framework';
import { findPath } from '../../src/model/index';
import { axeViolations, close, drawn, open, screenshot } from './page';
import { useBrowser } from './hooks';
import { loadSeed } from '../model/helpers';

const APP = inject('appUrl');
const chromium = useBrowser();
const { graph } = loadSeed();
/** The lexicon the app reads the bundled catalog with. */
const defaultLexicon = catalogLexicon(graph, defaultFramework);

describe('competencies in the explorer', () => {
  it('compares two roles from ?compare=a,b in a "Role comparison" region', async () => {
    const [a, b] = ['support-analyst', 'escalation-engineer'];
    const expected = compareRoles(graph, defaultLexicon, a, b);
    const { page, errors } = await open(chromium.browser, `${APP}?compare=${a},${b}`);
    await drawn(page);
    const region = page.getByRole('region', { name: 'Role comparison' });
    await expect
      .poll(() => region.locator('h3').allTextContents())
      .toEqual([
        `Shared competencies (${expected.shared.length})`,
        `Only in Support Analyst (${expected.onlyA.length})`,
        `New in Escalation Engineer (${expected.onlyB.length})`,
        'Shortest path',
      ]);
    const text = (await region.textContent()) ?? '';
    for (const c of [...expected.shared, ...expected.onlyA, ...expected.onlyB])
      expect(text).toContain(c.label);
    expect(text).toContain(`${expected.a.rank}`);
    const pathItems = await region.locator('ol > li').allTextContents();
    expect(pathItems).toEqual(expected.path!.path.map((id) => graph.getNodeAttribute(id, 'title')));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-desktop');
    expect(errors).toEqual([]);
    await close(page);
  });

  it('opens a comparison from a role’s details, and the URL carries it', async () => {
    const { page } = await open(chromium.browser, `${APP}?role=service-desk-analyst`);
    await drawn(page);
    await page.fill('#cpe-compare-with', 'Support Analyst');
    await page.press('#cpe-compare-with', 'Enter');
    const region = page.getByRole('region', { name: 'Role comparison' });
    await region.waitFor();
    expect(new URL(page.url()).searchParams.get('compare')).toBe(
      'service-desk-analyst,support-analyst',
    );
    // It opens far above the details on a long page: it comes into view, and focus moves to it.
    const heading = region.getByRole('heading', { name: 'Compare roles' });
    const inView = () =>
      heading.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    await expect.poll(inView).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Compare roles');
    await close(page);
  });

  it('lists in the path itself the competencies new at each step', async () => {
    const from = 'associate-service-desk-analyst';
    const to = 'technical-account-manager';
    const p = findPath(graph, from, to);
    if (!p.found) throw new Error('seed path');
    const gap = gapAlongPath(graph, defaultLexicon, p.path);
    const { page } = await open(chromium.browser, `${APP}?from=${from}&to=${to}`);
    await drawn(page);
    const items = page.locator('ol[aria-label="Career path"] > li');
    await expect
      .poll(() => items.locator('.cpe-gap').count())
      .toBe(gap.filter((g) => g.new.length).length);
    // Each step names its first three new competencies, and how many more.
    for (let i = 0; i < gap.length; i++) {
      const text = (await items.nth(i).textContent()) ?? '';
      const labels = gap[i]!.new.map((c) => c.label);
      for (const label of labels.slice(0, 3)) expect(text).toContain(label);
      if (labels.length > 3) expect(text).toContain(`and ${labels.length - 3} more`);
    }
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });

  it('shows a role’s competencies with their evidence, and filters by competency', async () => {
    const held = graphCompetencies(graph, defaultLexicon);
    const { page } = await open(chromium.browser, `${APP}?role=technical-account-manager`);
    await drawn(page);
    const details = page.locator('section.cpe-details');
    await expect
      .poll(() => details.locator('.cpe-competencies li').count())
      .toBe(held.get('technical-account-manager')!.length);
    for (const c of held.get('technical-account-manager')!)
      expect(await details.textContent()).toContain(`“${c.evidence}”`);
    await page.getByLabel('Competency').selectOption('on-site-installation');
    const withIt = [...held].filter(([, l]) => l.some((c) => c.id === 'on-site-installation'));
    await expect
      .poll(() => page.textContent('.cpe-counts'))
      .toContain(`Showing ${withIt.length} of 30 roles`);
    await close(page);
  });

  it('works on an imported catalog too', async () => {
    const text = [
      'Junior Network Technician: Role Blueprint',
      'Handles incident response and troubleshooting for branch offices.',
      'Network Technician: Role Blueprint',
      'Performs on-site installation of network equipment.',
      'Skills: root-cause analysis; mentoring',
    ].join('\n');
    const { page } = await open(chromium.browser, APP);
    await drawn(page);
    await page.setInputFiles('input[type="file"]', {
      name: 'network.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => page.textContent('.cpe-sub')).toContain('network.txt · 2 roles');
    await page.getByText('network.txt · 2 roles · imported').waitFor();
    await page.goto(`${APP}?compare=junior-network-technician,network-technician`);
    const region = page.getByRole('region', { name: 'Role comparison' });
    await expect.poll(() => region.textContent()).toContain('New in Network Technician');
    const text2 = (await region.textContent()) ?? '';
    expect(text2).toContain('On-site');
    await page.getByRole('button', { name: 'Return to the bundled catalog' }).click();
    await close(page);
  });
});
