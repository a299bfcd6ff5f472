/**
 * A shown path reads well on the lattice and on a phone, measured on the live Cytoscape instance:
 * the path stands out (off it dimmed, drawn on top, numbered steps that cover no label), a phone
 * shows the path as a compact stepper and then the canvas, focused
 * on the path, one finger scrolls the page over the canvas (two move the lattice), every control
 * is a touch target, and axe-core finds nothing serious, in light and dark, at 1440x900 and
 * 390x844, on the bundled catalog and on one imported from another field.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import { seedOverlay } from '../../src/model/career/default-overlay';
import { findPath, loadCatalog } from '../../src/model/index';
import { axeViolations, close, drawn, open, SCREENSHOTS } from './page';
import { useBrowser } from './hooks';

const APP = inject('appUrl');
const chromium = useBrowser();

interface Case {
  name: string;
  /** A catalog imported through the file input (else the bundled one, opened by its URL). */
  file?: { name: string; text: string };
  from: string;
  to: string;
  /** The best path's roles, as the engine finds it. */
  path: string[];
  titles: string[];
}

function pathCase(
  name: string,
  text: string,
  format: 'text' | 'json',
  from: string,
  to: string,
  file?: string,
): Case {
  const overlay = file ? undefined : seedOverlay;
  const { graph } = loadCatalog(
    { text, file: file ?? 'role-blueprints.txt', format, overlay },
    { model: defaultModel },
  );
  const r = findPath(graph, from, to);
  if (!r.found) throw new Error(`${name}: no path from ${from} to ${to}`);
  const titles = r.path.map((id) => graph.getNodeAttribute(id, 'title'));
  return { name, from, to, path: r.path, titles, ...(file ? { file: { name: file, text } } : {}) };
}

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const CASES: Case[] = [
  pathCase(
    'bundled catalog',
    read('../../data/role-blueprints.txt'),
    'text',
    'associate-service-desk-analyst',
    'technical-account-manager',
  ),
  pathCase(
    'nursing.json, imported',
    read('../corpus/nursing.json'),
    'json',
    'nursing-assistant',
    'chief-nursing-officer',
    'nursing.json',
  ),
];
const SIZES = [
  { label: 'desktop', width: 1440, height: 900, phone: false },
  { label: 'phone', width: 390, height: 844, phone: true },
] as const;
type Size = (typeof SIZES)[number];

/** Opens the app (a phone with touch emulation) with a case's path shown. */
async function openPath(
  browser: Browser,
  c: Case,
  size: Size,
  colorScheme: 'light' | 'dark',
): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await open(browser, c.file ? APP : `${APP}?from=${c.from}&to=${c.to}`, {
    width: size.width,
    height: size.height,
    colorScheme,
    phone: size.phone,
  });
  await drawn(page);
  if (c.file) {
    await page.setInputFiles('input[type="file"]', {
      name: c.file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(c.file.text),
    });
    await expect.poll(() => page.textContent('.cpe-sub')).toContain(c.file.name);
    // From and To chosen as a person does, in the pickers.
    for (const [id, title] of [
      ['#cpe-from', c.titles[0]!],
      ['#cpe-to', c.titles.at(-1)!],
    ] as const) {
      await page.fill(id, title);
      await page.press(id, 'Enter');
    }
  }
  await expect
    .poll(() =>
      page.$$eval('ol[aria-label="Career path"] > li button', (b) =>
        b.map((x) => x.textContent?.trim()),
      ),
    )
    .toEqual(c.titles);
  await expect.poll(async () => (await look(page)).steps.length).toBe(c.path.length);
  // The later panels (filters, catalog) are part of what is measured.
  await page.waitForSelector('#cpe-filter-heading', { state: 'attached' });
  await page.waitForSelector('#cpe-catalog-heading', { state: 'attached' });
  return { page, errors };
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the live Cytoscape instance shows about the path. */
async function look(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('.cpe-canvas .cpe-cy') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    const cy = el._cyreg!.cy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const rendered = (b: { x1: number; y1: number; x2: number; y2: number }) => ({
      x1: pan.x + zoom * b.x1,
      y1: pan.y + zoom * b.y1,
      x2: pan.x + zoom * b.x2,
      y2: pan.y + zoom * b.y2,
    });
    /** A computed style property (Cytoscape's `pstyle`, not in its typings). */
    const ps = (e: unknown, name: string) =>
      (
        e as {
          pstyle(n: string): { value: unknown; pfValue: unknown; strValue?: string };
        }
      ).pstyle(name);
    const opacity = (e: unknown) => ps(e, 'opacity').value as number;
    const z = (e: unknown) => ps(e, 'z-index').value as number;
    // The label's own box (a node's bounds include its badge: Cytoscape keeps the label's apart).
    const labelBox = (n: import('cytoscape').SingularElementArgument) => {
      n.boundingBox({ includeLabels: true, includeNodes: false });
      const main = (n as unknown as { _private: { labelBounds: { main: Box } } })._private
        .labelBounds.main;
      return rendered(main);
    };
    const steps = cy
      .nodes('.on-path')
      .map((n) => {
        const p = n.position();
        const w = n.width();
        const h = n.height();
        // Background properties hold one value per image: the badge is the one.
        const first = (name: string) => {
          const v = ps(n, name).pfValue as number | number[];
          return Array.isArray(v) ? v[0]! : v;
        };
        const size = first('background-width');
        const x1 = p.x - w / 2 + first('background-offset-x');
        const y1 = p.y - h / 2 + first('background-offset-y');
        return {
          id: n.id(),
          step: n.data('step') as number | undefined,
          image: String(ps(n, 'background-image').strValue ?? ''),
          opacity: opacity(n),
          z: z(n),
          badge: rendered({ x1, y1, x2: x1 + size, y2: y1 + size }),
          card: rendered({ x1: p.x - w / 2, y1: p.y - h / 2, x2: p.x + w / 2, y2: p.y + h / 2 }),
          label: labelBox(n),
          labelPx: (ps(n, 'font-size').pfValue as number) * zoom,
        };
      })
      .sort((a, b) => (a.step ?? 0) - (b.step ?? 0));
    const offNodes = cy
      .nodes()
      .not('.on-path')
      .filter((n) => n.visible());
    const offEdges = cy
      .edges()
      .not('.on-path')
      .filter((e) => e.visible());
    const pathEdges = cy.edges('.on-path');
    return {
      width: cy.width(),
      height: cy.height(),
      zoom,
      pan,
      steps,
      labels: cy
        .nodes()
        .filter((n) => n.visible())
        .map((n) => ({ id: n.id(), box: labelBox(n) })),
      offNodeOpacity: Math.max(0, ...offNodes.map(opacity)),
      offEdgeOpacity: Math.max(0, ...offEdges.map(opacity)),
      offZ: Math.max(...offNodes.map(z), ...offEdges.map(z)),
      pathEdges: pathEdges.map((e) => ({ opacity: opacity(e), z: z(e) })),
      compare: [...new Set(cy.elements().map((e) => ps(e, 'z-index-compare').value))],
    };
  });
}

/** Whether a round badge (in its bounding box) overlaps a box. */
const covers = (badge: Box, b: Box) => {
  const r = (badge.x2 - badge.x1) / 2;
  const cx = badge.x1 + r;
  const cy = badge.y1 + r;
  const dx = Math.max(b.x1 - cx, 0, cx - b.x2);
  const dy = Math.max(b.y1 - cy, 0, cy - b.y2);
  return Math.hypot(dx, dy) < r;
};
const inside = (a: Box, w: number, h: number) => a.x1 >= 0 && a.y1 >= 0 && a.x2 <= w && a.y2 <= h;

/** The canvas's top in the page (document coordinates). */
const canvasTop = (page: Page) =>
  page.$eval('.cpe-canvas', (el) => el.getBoundingClientRect().top + window.scrollY);

function shotPath(name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return `${SCREENSHOTS}/${name}.png`;
}

describe('a shown path reads well, on the lattice and on a phone', () => {
  for (const c of CASES)
    for (const size of SIZES)
      for (const colorScheme of ['light', 'dark'] as const)
        it(`${c.name}, ${size.label}, ${colorScheme}: the path stands out, numbered; axe finds nothing serious`, async () => {
          const { page, errors } = await openPath(chromium.browser, c, size, colorScheme);
          const l = await look(page);

          // 1. Off the path everything is dimmed; the path is drawn on top, numbered step by step.
          expect(l.offNodeOpacity).toBeLessThanOrEqual(0.5);
          expect(l.offEdgeOpacity).toBeLessThanOrEqual(0.5);
          expect(l.compare).toEqual(['manual']);
          expect(l.pathEdges).toHaveLength(c.path.length - 1);
          for (const e of l.pathEdges) {
            expect(e.opacity).toBe(1);
            expect(e.z).toBeGreaterThan(l.offZ);
          }
          expect(l.steps.map((s) => s.id)).toEqual(c.path);
          for (const [i, s] of l.steps.entries()) {
            expect(s.step).toBe(i + 1);
            expect(s.opacity).toBe(1);
            expect(s.z).toBeGreaterThan(l.offZ);
            expect(s.image).toMatch(/^data:image\/svg\+xml/);
            // The badge is big enough to read at this zoom and covers no role's title.
            expect(s.badge.x2 - s.badge.x1).toBeGreaterThanOrEqual(20);
            expect(
              l.labels.filter((t) => covers(s.badge, t.box)).map((t) => t.id),
              `badge ${i + 1} on a label`,
            ).toEqual([]);
          }
          // The legend says what the path's color, its numbers and the dimming mean.
          expect(await page.textContent('.cpe-legend-note')).toContain(
            'Path, numbered step by step; roles off it are dimmed',
          );

          // 2. The view is fitted to the path: on a phone legible labels and at least its start;
          // on a desk the whole path, legible when it fits and at least readable (9 px, the
          // lattice's own floor) when it spans more levels than the screen holds legibly.
          const labelPx = Math.min(...l.steps.map((s) => s.labelPx));
          expect(labelPx).toBeGreaterThanOrEqual(size.phone || c.path.length <= 5 ? 10.5 : 9);
          const shown = l.steps.filter((s) => inside(s.card, l.width, l.height));
          if (size.phone) {
            // At least the path's start (a long move can leave the screen: the list of steps
            // brings each one into view).
            expect(shown[0]?.step).toBe(1);
            // The path reads as a stepper before the canvas, which is a short scroll down: the
            // stepper starts about a screen down, and takes at most 160 px a step.
            const top = await canvasTop(page);
            const list = await page.$eval('ol[aria-label="Career path"]', (el) => {
              const r = el.getBoundingClientRect();
              return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
            });
            expect(list.top).toBeLessThanOrEqual(900);
            expect(top - list.top).toBeLessThanOrEqual(160 * c.path.length);
            expect(list.bottom).toBeLessThanOrEqual(top);
            // Each step: its role, the move in one sentence that says its kind, "Why?".
            const steps = await page.$$eval('ol[aria-label="Career path"] > li', (lis) =>
              lis.map((li) => (li as HTMLElement).innerText),
            );
            expect(steps.length).toBe(c.path.length);
            expect(steps[1]).toMatch(/^(?:Promotion|Same level|Lateral move)/m);
            for (const s of steps) expect(s.length).toBeLessThan(400);
            expect(await page.isVisible('text=Use two fingers to move the lattice')).toBe(true);
          } else {
            expect(shown.map((s) => s.id)).toEqual(c.path);
            expect(await page.isVisible('text=Use two fingers to move the lattice')).toBe(false);
          }

          // 5. axe-core: no serious or critical violations.
          expect(await axeViolations(page)).toEqual([]);
          if (size.phone) {
            const [scrollWidth, innerWidth] = await page.evaluate(() => [
              document.documentElement.scrollWidth,
              window.innerWidth,
            ]);
            expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
          }
          if (!c.file && colorScheme === 'light') {
            if (size.phone) {
              // Two phone screens (a full-page capture drops the touch emulation, and the
              // two-finger hint with it): the paths found and the canvas, then the canvas and
              // the path's steps.
              await page.$eval('.cpe-canvas', (el) => el.scrollIntoView({ block: 'end' }));
              await page.screenshot({ path: shotPath('readable-phone-path') });
              await page.$eval('.cpe-canvas', (el) => el.scrollIntoView({ block: 'start' }));
              await page.screenshot({ path: shotPath('readable-phone-steps') });
              await page.evaluate(() => window.scrollTo(0, 0));
            } else await page.screenshot({ path: shotPath('readable-desktop-path') });
          }
          if (colorScheme === 'dark')
            await page.screenshot({
              path: shotPath(`readable-${size.label}-${c.file ? 'imported' : 'bundled'}-dark`),
              fullPage: size.phone,
            });
          if (size.phone) {
            // A step chosen in the list comes into view on the canvas.
            await page.locator('ol[aria-label="Career path"] > li button').last().click();
            await expect
              .poll(async () => {
                const v = await look(page);
                return inside(v.steps.at(-1)!.card, v.width, v.height);
              })
              .toBe(true);
          }
          expect(errors).toEqual([]);
          await close(page);
        });

  for (const c of CASES)
    it(`${c.name}, phone: one finger scrolls the page over the canvas, two move the lattice, a tap selects`, async () => {
      const { page, errors } = await openPath(chromium.browser, c, SIZES[1], 'light');
      const cdp = await page.context().newCDPSession(page);
      const view = () =>
        page.evaluate(() => {
          const el = document.querySelector('.cpe-canvas .cpe-cy') as HTMLElement & {
            _cyreg?: { cy: import('cytoscape').Core };
          };
          const cy = el._cyreg!.cy;
          const r = el.getBoundingClientRect();
          return {
            scrollY: window.scrollY,
            pan: cy.pan(),
            zoom: cy.zoom(),
            top: r.top,
            left: r.left,
          };
        });
      /** Waits for the page's scroll to come to rest (a swipe flings it). */
      const settled = async () => {
        let last = -1;
        await expect
          .poll(async () => {
            const y = await page.evaluate(() => window.scrollY);
            const still = y === last;
            last = y;
            return still;
          })
          .toBe(true);
      };
      const centre = async () => {
        await page.$eval('.cpe-canvas', (el) => el.scrollIntoView({ block: 'center' }));
        await settled();
      };
      const touch = (
        type: 'touchStart' | 'touchMove' | 'touchEnd',
        points: { x: number; y: number; id?: number }[],
      ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });

      // One finger, a vertical swipe up over the middle of the canvas: the page scrolls, the
      // lattice stays where it is.
      await centre();
      const before = await view();
      const x = 195;
      let y = before.top + 420;
      await touch('touchStart', [{ x, y }]);
      for (let i = 0; i < 12; i++) {
        y -= 25;
        await touch('touchMove', [{ x, y }]);
      }
      await touch('touchEnd', []);
      await settled();
      const after = await view();
      expect(after.scrollY).toBeGreaterThan(before.scrollY + 100);
      expect(after.pan).toEqual(before.pan);
      expect(after.zoom).toBe(before.zoom);

      // Two fingers: the lattice moves, the page does not.
      await centre();
      const two = await view();
      let y2 = two.top + 300;
      await touch('touchStart', [
        { x: 140, y: y2, id: 0 },
        { x: 250, y: y2, id: 1 },
      ]);
      for (let i = 0; i < 6; i++) {
        y2 -= 15;
        await touch('touchMove', [
          { x: 140, y: y2, id: 0 },
          { x: 250, y: y2, id: 1 },
        ]);
      }
      await touch('touchEnd', []);
      await settled();
      const moved = await view();
      expect(moved.scrollY).toBe(two.scrollY);
      expect(moved.pan.y).toBeCloseTo(two.pan.y - 90, 0);

      // A tap on a role of the path in view selects it, and the page stays where it is.
      const {
        id: target,
        x: tx,
        y: ty,
      } = await page.evaluate((ids) => {
        const el = document.querySelector('.cpe-canvas .cpe-cy') as HTMLElement & {
          _cyreg?: { cy: import('cytoscape').Core };
        };
        const r = el.getBoundingClientRect();
        const at = ids.map((id) => {
          const p = el._cyreg!.cy.getElementById(id).renderedPosition();
          return { id, x: r.left + p.x, y: r.top + p.y };
        });
        const seen = (p: { x: number; y: number }) =>
          p.x > Math.max(r.left, 0) + 10 &&
          p.x < Math.min(r.right, innerWidth) - 10 &&
          p.y > Math.max(r.top, 0) + 10 &&
          p.y < Math.min(r.bottom, innerHeight) - 60;
        return at.find(seen) ?? { id: '', x: 0, y: 0 };
      }, c.path);
      expect(target).not.toBe('');
      await touch('touchStart', [{ x: tx, y: ty }]);
      await touch('touchEnd', []);
      await expect.poll(() => new URL(page.url()).searchParams.get('role')).toBe(target);
      expect((await view()).scrollY).toBe(moved.scrollY);
      expect(errors).toEqual([]);
      // Its CDP session goes with its context.
      await page.context().close();
    });

  for (const c of CASES)
    it(`${c.name}, phone: every control is at least 24 px, the main ones 44 px tall`, async () => {
      const { page, errors } = await openPath(chromium.browser, c, SIZES[1], 'light');
      // With a role's details open too.
      await page.locator('ol[aria-label="Career path"] > li button').nth(1).click();
      await page.waitForSelector('section.cpe-details');
      const controls = await page.evaluate(() => {
        const shown = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
        };
        /** A link-like control inside a run of text (WCAG 2.5.8 exempts those). */
        const inSentence = (el: Element) => {
          const display = getComputedStyle(el).display;
          if (display !== 'inline' && display !== 'inline-block') return false;
          const r = el.getBoundingClientRect();
          return [el.previousSibling, el.nextSibling].some((n) => {
            if (!n || !n.textContent?.trim()) return false;
            const range = document.createRange();
            range.selectNodeContents(n);
            const t = [...range.getClientRects()];
            return t.some((b) => b.bottom > r.top && b.top < r.bottom);
          });
        };
        const out: { what: string; w: number; h: number; inline: boolean }[] = [];
        for (const el of document.querySelectorAll(
          'button, input, select, a[href], summary, label',
        )) {
          if (el.tagName === 'LABEL' && !el.querySelector('input, select')) continue;
          // A box or a radio in a label is the label's target.
          if (el.matches('input[type=checkbox], input[type=radio]') && el.closest('label'))
            continue;
          if (!shown(el)) continue;
          const r = el.getBoundingClientRect();
          const name =
            el.getAttribute('aria-label') ||
            el.id ||
            el.textContent?.trim().slice(0, 40) ||
            el.getAttribute('placeholder') ||
            '';
          out.push({
            what: `${el.tagName.toLowerCase()} "${name}"`,
            w: Math.round(r.width * 10) / 10,
            h: Math.round(r.height * 10) / 10,
            inline:
              el.tagName === 'A' || el.classList.contains('cpe-link') ? inSentence(el) : false,
          });
        }
        return out;
      });
      expect(controls.length).toBeGreaterThan(30);
      const small = controls.filter((c) => !c.inline && (c.w < 24 || c.h < 24));
      expect(small).toEqual([]);

      const primary = await page.evaluate(() => {
        const h = (sel: string) =>
          [...document.querySelectorAll(sel)].map((e) => ({
            sel,
            h: Math.round(e.getBoundingClientRect().height * 10) / 10,
          }));
        return [
          ...h('#cpe-from'),
          ...h('#cpe-to'),
          ...h('button[aria-label="Swap From and To"]'),
          ...h('.cpe-alts label'),
          ...h('.cpe-zoom button'),
          ...h('.cpe-header-actions button'),
        ];
      });
      // (Alternatives are offered when there are several paths.)
      for (const sel of [
        '#cpe-from',
        '#cpe-to',
        'button[aria-label="Swap From and To"]',
        '.cpe-zoom button',
        '.cpe-header-actions button',
      ])
        expect(primary.some((p) => p.sel === sel)).toBe(true);
      expect(primary.filter((p) => p.h < 44)).toEqual([]);
      expect(errors).toEqual([]);
      await close(page);
    });
});
