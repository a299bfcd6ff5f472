import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { close, downloaded, drawn, open, pathListed, screenshot } from './page';
import { useBrowser } from './hooks';
import { EXPORT_FORMATS, exportButtons } from '../../src/model/export/formats';
import { graphCli, SEED } from '../cli/run-cli';

const APP = inject('appUrl');
const chromium = useBrowser();

async function importFile(
  page: Page,
  name: string,
  content: string | Buffer,
  mimeType = 'text/plain',
) {
  await page.setInputFiles('input[type="file"]', {
    name,
    mimeType,
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

const CSV = [
  'title,summary,skills,next',
  'Junior Data Analyst,Prepares weekly reports.,SQL; spreadsheets,Data Analyst',
  'Data Analyst,"Owns dashboards, and explains them.",SQL,Nowhere Analyst',
  'Senior Data Analyst,Leads analysis for a portfolio of teams.,,',
].join('\r\n');

describe('bringing your own catalog', () => {
  it('imports a CSV file, lists its problems with a jump to the role, and remembers it', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    await importFile(page, 'team.csv', CSV, 'text/csv');
    await expect.poll(() => page.textContent('.cpe-sub')).toContain('team.csv · 3 roles');
    await page.getByText('team.csv · 3 roles · imported').waitFor();
    // The catalog's warning and the graph's findings (those `npm run graph -- team.csv --check`
    // lists), the findings worded for the catalog's author. The file states the family's moves
    // (Junior → Data Analyst), so no ladder is inferred past them: what is left unconnected is said.
    const problems = page.locator('ul.cpe-diagnostics > li');
    await expect.poll(() => problems.count()).toBe(4);
    expect(await problems.first().textContent()).toMatch(/line 3:.*unknown role "Nowhere Analyst"/);
    expect(await problems.nth(3).textContent()).toMatch(
      /line 4:.*No move leads out of Senior Data Analyst: paths on the lattice end there\..*“next” column of Senior Data Analyst's row/,
    );
    await problems.first().getByRole('button', { name: 'Show role' }).click();
    await expect
      .poll(() => page.locator('section.cpe-details h2').textContent())
      .toBe('Data Analyst');

    // Reloading keeps the imported catalog.
    await page.goto(APP);
    await drawn(page);
    await expect.poll(() => page.textContent('.cpe-sub')).toContain('team.csv · 3 roles');

    // A catalog with errors never replaces the last good one.
    await importFile(page, 'empty.txt', '\n\n');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('empty.txt');
    expect(await page.textContent('.cpe-sub')).toContain('team.csv · 3 roles');

    // Back to the bundled catalog, which a reload keeps too.
    await page.getByRole('button', { name: 'Return to the bundled catalog' }).click();
    await expect.poll(() => page.textContent('.cpe-sub')).toContain('30 roles');
    await page.goto(APP);
    await drawn(page);
    expect(await page.textContent('.cpe-sub')).toContain('role-blueprints.txt · 30 roles');
    expect(errors).toEqual([]);
    await close(page);
  });

  it('imports by drag and drop', async () => {
    const { page } = await open(chromium.browser, APP);
    await drawn(page);
    const dt = await page.evaluateHandle(
      (text) => {
        const d = new DataTransfer();
        d.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        return d;
      },
      JSON.stringify({ roles: [{ title: 'Dropped Role', summary: 'From a drop.' }] }),
    );
    await page.dispatchEvent('.cpe-app', 'dragover', { dataTransfer: dt });
    await page.dispatchEvent('.cpe-app', 'drop', { dataTransfer: dt });
    await expect.poll(() => page.textContent('.cpe-sub')).toContain('dropped.json · 1 role');
    await page.getByRole('button', { name: 'Return to the bundled catalog' }).click();
    await close(page);
  });

  it('downloads every registered format with its own name and media type, as the CLI writes it', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    // The media type of each file the page hands the browser, in order.
    await page.evaluate(() => {
      const types: string[] = [];
      (window as unknown as { blobTypes: string[] }).blobTypes = types;
      const make = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (o: Blob | MediaSource) => {
        if (o instanceof Blob) types.push(o.type);
        return make(o);
      };
    });
    const files: { name: string; body: string }[] = [];
    page.on(
      'download',
      (d) =>
        void downloaded(d).then((b) =>
          files.push({ name: d.suggestedFilename(), body: b.toString() }),
        ),
    );
    for (const b of exportButtons())
      await page.getByRole('button', { name: b.label, exact: true }).click();
    await expect.poll(() => files.length).toBe(EXPORT_FORMATS.length);
    const types = await page.evaluate(
      () => (window as unknown as { blobTypes: string[] }).blobTypes,
    );
    for (const [i, f] of EXPORT_FORMATS.entries()) {
      expect(f.suffix.endsWith(`.${f.extension}`)).toBe(true);
      expect(types[i]).toBe(f.mediaType);
      const file = files.find((x) => x.name === `role-blueprints${f.suffix}`);
      const cli = await graphCli(SEED, '--export', f.id);
      expect(cli.status).toBe(0);
      expect(file?.body, f.id).toBe(cli.stdout);
    }
    expect(errors).toEqual([]);
    await close(page);
  });

  it('exports the view, the graph and the path in every format', async () => {
    const { page } = await open(
      chromium.browser,
      `${APP}?from=associate-service-desk-analyst&to=technical-account-manager`,
    );
    await drawn(page);
    const path = await pathListed(page);
    const grab = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      return { name: download.suggestedFilename(), body: await downloaded(download) };
    };
    const png = await grab('Download PNG');
    expect(png.name).toBe('role-blueprints.png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    const json = await grab('Graph JSON');
    const graph = JSON.parse(json.body.toString()) as { nodes: unknown[]; edges: unknown[] };
    expect(graph.nodes).toHaveLength(30);
    const gexf = (await grab('GEXF (Gephi)')).body.toString();
    expect(gexf).toContain('<gexf');
    expect(gexf.match(/<node /g)).toHaveLength(30);
    const graphml = (await grab('GraphML (yEd, Cytoscape)')).body.toString();
    expect(graphml).toContain('<graphml');
    expect(graphml.match(/<node /g)).toHaveLength(30);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.getByRole('button', { name: 'Roles and moves CSV' }).click();
    await expect
      .poll(() => downloads.sort())
      .toEqual(['role-blueprints-moves.csv', 'role-blueprints-roles.csv']);
    const md = (await grab('Path as Markdown')).body.toString();
    for (const title of path) expect(md).toContain(title);

    // The print stylesheet shows the path alone.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      canvas: getComputedStyle(document.querySelector('.cpe-main')!).display,
      path: getComputedStyle(document.querySelector('ol[aria-label="Career path"]')!).display,
    }));
    expect(printed).toEqual({ canvas: 'none', path: 'block' });
    await screenshot(page, 'print-path');
    await close(page);
  });
});

describe('catalog text is only ever text', () => {
  const payloads = [
    '<img src=x onerror="window.__xss=1">',
    '<svg onload="window.__xss=1"></svg>',
    '"><script>window.__xss=1</script>',
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    'javascript:window.__xss=1',
    "{{constructor.constructor('window.__xss=1')()}}",
    '${window.__xss=1}',
    '<a href="javascript:window.__xss=1">click</a>',
  ];
  const catalog = [
    ...payloads.flatMap((p, i) => [
      `Junior ${p} Analyst ${i}: Role Blueprint`,
      `Summary ${p} with a portfolio of customers ${p}.`,
      `Skills: ${p}; escalation ${p}`,
      'Career Path:',
      `Next: Analyst ${i}; Unknown ${p}`,
      `Analyst ${i}: Role Blueprint`,
      `The ${p} analyst.`,
    ]),
    `Junior ${payloads[0]} Analyst 0: Role Blueprint`,
    'A duplicate, so the diagnostics show the payload too.',
  ].join('\n');

  it('renders payloads in titles, summaries, skills, moves, diagnostics, lists and exports without running them', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await drawn(page);
    await importFile(page, 'xss.txt', catalog);
    await expect.poll(() => page.textContent('.cpe-sub')).toContain(`${payloads.length * 2} roles`);
    const first = `Junior ${payloads[0]} Analyst 0`;
    // Every role, selected from the list view, shows its payload-laden title and summary as text.
    await page.getByRole('button', { name: 'Show as list' }).click();
    const rows = page.locator('.cpe-twin tbody th button');
    expect(await rows.count()).toBe(payloads.length * 2);
    for (let i = 0; i < payloads.length * 2; i++) {
      const name = (await rows.nth(i).textContent())!;
      await rows.nth(i).click();
      await expect.poll(() => page.locator('section.cpe-details h2').textContent()).toBe(name);
    }
    await page.getByRole('button', { name: 'Show lattice' }).click();
    await page.fill('#cpe-from', first);
    await page.press('#cpe-from', 'Enter');
    await page.fill('#cpe-to', 'Analyst 0');
    await page.press('#cpe-to', 'Enter');
    await page.waitForSelector('ol[aria-label="Career path"]');
    expect((await pathListed(page))[0]).toBe(first);
    await page.locator('ol[aria-label="Career path"] button').first().click();
    const details = (await page.textContent('section.cpe-details')) ?? '';
    expect(details).toContain(`Summary ${payloads[0]} with a portfolio`);
    expect(details).toContain(`escalation ${payloads[0]}`);
    await page.getByRole('button', { name: 'Show as list' }).click();
    expect(await page.textContent('.cpe-twin')).toContain(payloads[2]);
    const diagnostics = (await page.textContent('ul.cpe-diagnostics')) ?? '';
    expect(diagnostics).toContain(`Unknown ${payloads[1]}`);
    // The Markdown export escapes the payloads.
    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Path as Markdown' }).click(),
    ]);
    const text = (await downloaded(md)).toString('utf8');
    expect(text).not.toContain('<img');
    expect(text).toContain('img');

    const executed = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
    expect(executed).toBeUndefined();
    expect(dialogs).toEqual([]);
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll(
          '.cpe-root img, .cpe-root iframe, .cpe-root script, .cpe-root svg, .cpe-root a[href^="javascript"]',
        ).length,
    );
    expect(injected).toBe(0);
    expect(errors).toEqual([]);
    await screenshot(page, 'xss-corpus');
    await page.getByRole('button', { name: 'Return to the bundled catalog' }).click();
    await close(page);
  });
});
