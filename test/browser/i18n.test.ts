/**
 * The explorer in German, French and Spanish, as a person in those companies meets it: a catalog
 * of their own field in their language, the interface chosen in the header's switcher (no reload),
 * every main screen read for English interface words, screenshots at desktop and phone sizes; the
 * custom element taking its language from its `lang` attribute or the host page, the iframe from
 * `?lang=`; and an Arabic intranet, whose page mirrors the layout while the lattice keeps its level
 * axis, with axe finding nothing serious.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import { findPath, formatFromFileName, loadCatalog } from '../../src/model/index';
import { useBrowser, useDist } from './hooks';
import { axeViolations, close, drawn, importText, open, screenshot } from './page';

const chromium = useBrowser();
const hostRoutes: Record<string, { body: string; type: string }> = {};
const app = useDist('/tools/careers/', { 'access-control-allow-origin': '*' });
const host = useDist('/intranet/', {}, hostRoutes);

/**
 * Words of the interface's English that none of the other three languages writes: one of them
 * outside the catalog's own text means a message was left untranslated. (Words the languages
 * share, "Filter", "Export", "Promotion", "Lateral", "Details", are not evidence either way.)
 */
const ENGLISH = [
  'the',
  'and',
  'of',
  'with',
  'your',
  'this',
  'roles',
  'moves',
  'path',
  'level',
  'show',
  'find',
  'clear',
  'copy',
  'why',
  'strength',
  'weak',
  'strong',
  'evidence',
  'choose',
  'search',
  'competencies',
  'readiness',
  'saved',
  'views',
  'fewest',
  'weighted',
  'only',
  'none',
  'more',
  'close',
  'catalog',
  'family',
  'track',
  'rank',
  'between',
  'same',
  'next',
  'step',
  'steps',
  'shared',
  'similar',
  'work',
  'people',
  'months',
  'blueprint',
];

/** Each language with a catalog of its own field, written in it (test/corpus/). */
const CASES = [
  {
    lang: 'de',
    name: 'Deutsch',
    file: 'manufacturing-de.csv',
    title: 'Karrierepfad-Explorer',
    promotion: 'Beförderung',
  },
  {
    lang: 'fr',
    name: 'Français',
    file: 'banking-fr.json',
    title: 'Explorateur de parcours professionnels',
    promotion: 'Promotion',
  },
  {
    lang: 'es',
    name: 'Español',
    file: 'restaurants-es.csv',
    title: 'Explorador de trayectorias profesionales',
    promotion: 'Ascenso',
  },
] as const;

/** Two roles of the catalog two moves or more apart, as the model finds the path. */
function aPath(file: string): { from: string; to: string; steps: number } {
  const text = readFileSync(new URL(`../corpus/${file}`, import.meta.url), 'utf8');
  const { graph } = loadCatalog(
    { text, file, format: formatFromFileName(file) },
    { model: defaultModel },
  );
  const title = (id: string) => graph.getNodeAttribute(id, 'title');
  let best = { from: '', to: '', steps: 0 };
  for (const a of graph.nodes())
    for (const b of graph.nodes()) {
      const p = a === b ? null : findPath(graph, a, b);
      if (p?.found && p.path.length > best.steps && p.path.length <= 4)
        best = { from: title(a), to: title(b), steps: p.path.length };
    }
  if (best.steps < 3) throw new Error(`${file}: no path of two moves`);
  return best;
}

/**
 * The interface's own text in a part of the page: its text and labels, less the catalog's (role
 * titles and summaries, inside <bdi> or `dir=auto`), the canvas and the language names.
 */
function interfaceText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const parts: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const copy = root.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll('bdi, [dir="auto"], canvas, svg, .cpe-canvas, option[lang], style')
        .forEach((el) => el.remove());
      parts.push(copy.textContent ?? '');
      for (const el of copy.querySelectorAll('[aria-label], [title], [placeholder]'))
        for (const a of ['aria-label', 'title', 'placeholder'])
          if (el.getAttribute(a)) parts.push(el.getAttribute(a)!);
    }
    return parts.join(' ');
  }, selector);
}

/** The English interface words in a text, each with the words around it. */
function englishIn(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return ENGLISH.flatMap((w) => {
    const at = new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'iu').exec(flat);
    return at ? [`${w}: …${flat.slice(Math.max(0, at.index - 40), at.index + 40)}…`] : [];
  });
}

/** Shows a path the way a user asks for it: the two roles typed in the path tool. */
async function askPath(page: Page, from: string, to: string): Promise<void> {
  await page.fill('#cpe-from', from);
  await page.press('#cpe-from', 'Enter');
  await page.fill('#cpe-to', to);
  await page.press('#cpe-to', 'Enter');
  await page.locator('ol.cpe-path').waitFor();
}

describe('the interface in German, French and Spanish', () => {
  it('switches language in the header without a reload, every text with it', async () => {
    const { page, errors } = await open(
      chromium.browser,
      `${app.url}index.html?from=associate-service-desk-analyst&to=technical-account-manager`,
    );
    await drawn(page);
    await page.locator('ol.cpe-path').waitFor();
    await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1));
    const step = page.locator('ol.cpe-path .cpe-move').nth(1);
    const before = await step.textContent();
    expect(await page.locator('h1').textContent()).toBe('Career path explorer');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const c of CASES) {
      await page
        .getByRole('combobox', { name: /Language|Sprache|Langue|Idioma/ })
        .selectOption(c.lang);
      await expect.poll(() => page.locator('h1').textContent()).toBe(c.title);
      // The path's sentences, the page's language and the filters' counts follow.
      await expect.poll(() => step.textContent()).not.toBe(before);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(c.lang);
      // The catalog is English here: the interface's own chrome is read (the catalogs of each
      // language are read whole below).
      const chrome =
        '.cpe-header, .cpe-ends, .cpe-path-section fieldset, .cpe-legend, [aria-labelledby="cpe-filter-heading"], .cpe-canvas-wrap';
      expect(englishIn(await interfaceText(page, chrome))).toEqual([]);
    }
    // Nothing was reloaded, and the choice is remembered.
    expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe(CASES.at(-1)!.title);
    expect(errors).toEqual([]);
    await close(page);
  });

  for (const c of CASES) {
    for (const phone of [false, true]) {
      it(`reads ${c.name} from title to reason on a catalog of its own (${phone ? 'phone' : 'desktop'})`, async () => {
        const { from, to } = aPath(c.file);
        const { page, errors } = await open(
          chromium.browser,
          `${app.url}index.html?lang=${c.lang}`,
          {
            phone,
            ...(phone ? { width: 390, height: 844 } : {}),
          },
        );
        await drawn(page);
        const text = readFileSync(new URL(`../corpus/${c.file}`, import.meta.url), 'utf8');
        await importText(page, c.file, text);
        await expect
          .poll(() => page.locator('.cpe-sub, .cpe-catalog-name').first().textContent())
          .toContain(c.file);
        await askPath(page, from, to);
        // Every step's evidence open, then a role's details.
        for (const d of await page.locator('ol.cpe-path details').all())
          await d.evaluate((e) => ((e as HTMLDetailsElement).open = true));
        const steps = await page.locator('ol.cpe-path').textContent();
        expect(steps).toContain(c.promotion);
        await page.locator('ol.cpe-path button.cpe-link').nth(1).click();
        await page.locator('.cpe-details').waitFor();
        for (const d of await page.locator('.cpe-details details').all())
          await d.evaluate((e) => ((e as HTMLDetailsElement).open = true));
        const left = englishIn(await interfaceText(page, '.cpe-app'));
        expect(left, `English left in the ${c.name} interface`).toEqual([]);
        // Long words and level names do not push a phone's page sideways.
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways).toBeLessThanOrEqual(0);
        await screenshot(page, `i18n-${c.lang}-${phone ? 'phone' : 'desktop'}`);
        // The list view too.
        await page
          .getByRole('button', { name: /Liste|liste|lista/ })
          .first()
          .click();
        await page.locator('.cpe-twin').waitFor();
        expect(englishIn(await interfaceText(page, '.cpe-twin'))).toEqual([]);
        expect(errors).toEqual([]);
        await close(page);
      });
    }
  }
});

describe('embedded', () => {
  beforeAll(() => {
    const element = (attrs: string, lang = 'en', dir = 'ltr') =>
      `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Intranet</title>
<script type="module" src="${app.url}embed/career-path-explorer.js"></script></head>
<body><h2>Intranet</h2><div id="box" style="width: 1200px"><career-path-explorer id="el" ${attrs}></career-path-explorer></div><p id="after">After</p></body></html>`;
    Object.assign(hostRoutes, {
      '/intranet/element-de.html': { body: element('lang="de"'), type: 'text/html' },
      '/intranet/host-fr.html': { body: element('', 'fr'), type: 'text/html' },
      '/intranet/frame-es.html': {
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head><body>
<iframe id="frame" title="Karriere" src="${app.url}index.html?embed=1&lang=es" width="1100" height="700"></iframe></body></html>`,
        type: 'text/html',
      },
      '/intranet/rtl.html': { body: element('', 'ar', 'rtl'), type: 'text/html' },
    });
  });

  const shadowText = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('career-path-explorer')!.shadowRoot!;
      const copy = root.querySelector('.cpe-app')?.cloneNode(true) as HTMLElement | undefined;
      copy
        ?.querySelectorAll('bdi, [dir="auto"], canvas, .cpe-canvas, style')
        .forEach((e) => e.remove());
      return copy?.textContent ?? '';
    });

  it('takes its language from its lang attribute, and follows it when it changes', async () => {
    const { page, errors } = await open(chromium.browser, `${host.url}element-de.html`);
    await expect.poll(() => shadowText(page)).toContain('Pfad finden');
    expect(englishIn(await shadowText(page))).toEqual([]);
    await page.evaluate(() => document.getElementById('el')!.setAttribute('lang', 'es'));
    await expect.poll(() => shadowText(page)).toContain('Buscar una trayectoria');
    // As tall as its content, with no height given: the lattice most of the screen's height.
    const box = await page.evaluate(() => {
      const el = document.getElementById('el')!;
      const canvas = el.shadowRoot!.querySelector('.cpe-canvas')!.getBoundingClientRect();
      return {
        el: el.getBoundingClientRect().height,
        canvas: canvas.height,
        after: document.getElementById('after')!.getBoundingClientRect().top,
        bottom: el.getBoundingClientRect().bottom,
      };
    });
    expect(box.canvas).toBeGreaterThan(380);
    expect(box.el).toBeGreaterThan(box.canvas);
    expect(box.after).toBeGreaterThanOrEqual(box.bottom - 1);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('speaks the host page’s language when it has none of its own', async () => {
    const { page, errors } = await open(chromium.browser, `${host.url}host-fr.html`);
    await expect.poll(() => shadowText(page)).toContain('Trouver un parcours');
    expect(englishIn(await shadowText(page))).toEqual([]);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('speaks the language its iframe asks for with ?lang=', async () => {
    const { page, errors } = await open(chromium.browser, `${host.url}frame-es.html`);
    const frame = page.frameLocator('#frame');
    await expect
      .poll(() => frame.locator('.cpe-path-section h2, section h2').first().textContent())
      .toContain('trayectoria');
    const text = await frame.locator('.cpe-app').evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll('bdi, [dir="auto"], canvas, .cpe-canvas, style')
        .forEach((e) => e.remove());
      return copy.textContent ?? '';
    });
    expect(englishIn(text)).toEqual([]);
    expect(errors).toEqual([]);
    await close(page);
  });
});

/** A small catalog with Arabic titles and summaries (a clinic), two of them in English. */
const ARABIC = JSON.stringify({
  roles: [
    {
      title: 'ممرض مبتدئ',
      summary: 'يقدم الرعاية الأساسية للمرضى تحت إشراف الممرض الأول.',
      next: ['ممرض'],
    },
    { title: 'ممرض', summary: 'يقدم الرعاية التمريضية للمرضى ويعطي الأدوية.', next: ['ممرض أول'] },
    {
      title: 'ممرض أول',
      summary: 'يشرف على الممرضين وينسق رعاية المرضى في القسم.',
      next: ['رئيس التمريض'],
    },
    { title: 'رئيس التمريض', summary: 'يقود فريق التمريض ويدير ميزانية القسم.' },
    { title: 'Clinical Educator', summary: 'Trains nurses on new procedures and patient safety.' },
  ],
});

describe('right to left', () => {
  it('mirrors the page on an Arabic intranet, keeps the level axis, and passes axe', async () => {
    hostRoutes['/intranet/clinic-ar.json'] = { body: ARABIC, type: 'application/json' };
    hostRoutes['/intranet/rtl-catalog.html'] = {
      body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الشبكة الداخلية</title>
<script type="module" src="${app.url}embed/career-path-explorer.js"></script></head>
<body><h2>المسارات المهنية</h2><career-path-explorer id="el" catalog="${host.url}clinic-ar.json" from="ممرض مبتدئ" to="رئيس التمريض"></career-path-explorer></body></html>`,
      type: 'text/html',
    };
    const { page, errors } = await open(chromium.browser, `${host.url}rtl-catalog.html`);
    const inside = (sel: string) => page.locator('career-path-explorer').locator(sel);
    await inside('ol.cpe-path').waitFor({ timeout: 20_000 });
    const layout = await page.evaluate(() => {
      const root = document.querySelector('career-path-explorer')!.shadowRoot!;
      const rect = (sel: string) => root.querySelector(sel)!.getBoundingClientRect();
      const app = root.querySelector('.cpe-app') as HTMLElement;
      return {
        dir: app.dir,
        direction: getComputedStyle(app).direction,
        side: rect('.cpe-side'),
        main: rect('.cpe-main'),
        axis: root.querySelector('.cpe-axes') ? rect('.cpe-axes') : null,
        canvas: rect('.cpe-canvas'),
      };
    });
    expect(layout.dir).toBe('rtl');
    expect(layout.direction).toBe('rtl');
    // The tools are on the right, the lattice on the left.
    expect(layout.side.left).toBeGreaterThan(layout.main.left);
    // The lattice keeps its level axis at the canvas's left edge, levels rising upwards.
    const axisLabels = await page.evaluate(() => {
      const root = document.querySelector('career-path-explorer')!.shadowRoot!;
      return [...root.querySelectorAll('.cpe-axes .cpe-level:not(.cpe-probe)')].map(
        (e) => e.getBoundingClientRect().left,
      );
    });
    for (const x of axisLabels) expect(x).toBeLessThan(layout.canvas.left + 80);
    // Arabic titles read right to left inside their isolates; the path has its four steps.
    const titles = await inside('ol.cpe-path bdi').allTextContents();
    expect(titles).toContain('ممرض مبتدئ');
    expect(titles).toContain('رئيس التمريض');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'i18n-rtl-desktop');
    expect(errors).toEqual([]);
    await close(page);
  });
});
