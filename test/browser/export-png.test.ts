import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { latticeLayout } from '../../src/model/present/layout';
import { CARD } from '../../src/ui/canvas/routes';
import { close, downloaded, drawn, open } from './page';
import { useBrowser } from './hooks';
import { loadSeed } from '../model/helpers';

const APP = inject('appUrl');
const chromium = useBrowser();
const { graph } = loadSeed();
const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';
/** The exported pictures, kept for people to look at. */
const SAVED = 'test/screenshots';

/** What a picture's pixels show, read in the page. */
interface Pixels {
  width: number;
  height: number;
  /** Pixels not of the background colour within `edge` pixels of the picture's border. */
  atEdge: number;
  /** The largest blank rectangle, as a share of the picture's area. */
  emptiest: number;
  /** The box of every pixel not of the background colour, as shares of the width and height. */
  content: { x1: number; y1: number; x2: number; y2: number };
}

/** Clicks "Download PNG" and returns the file, its name and what its pixels show. */
async function exportPicture(page: Page, saveAs: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const png = await downloaded(download);
  mkdirSync(SAVED, { recursive: true });
  writeFileSync(`${SAVED}/${saveAs}.png`, png);
  const pixels = await page.evaluate(async (b64: string): Promise<Pixels> => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const [w, h] = [img.width, img.height];
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, w, h).data;
    const bg = [d[0]!, d[1]!, d[2]!];
    const ink = (x: number, y: number) => {
      const p = (y * w + x) * 4;
      return (
        Math.abs(d[p]! - bg[0]!) + Math.abs(d[p + 1]! - bg[1]!) + Math.abs(d[p + 2]! - bg[2]!) > 12
      );
    };
    const edge = 16;
    let atEdge = 0;
    let [x1, y1, x2, y2] = [w, h, -1, -1];
    // Cells of 8 × 8 pixels: blank ones have no ink.
    const cell = 8;
    const [cw, ch] = [Math.floor(w / cell), Math.floor(h / cell)];
    const blank = new Uint8Array(cw * ch).fill(1);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        if (!ink(x, y)) continue;
        if (x < edge || y < edge || x >= w - edge || y >= h - edge) atEdge++;
        [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
        const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
        if (cx < cw && cy < ch) blank[cy * cw + cx] = 0;
      }
    // The largest rectangle of blank cells (the histogram method, row by row).
    const heights = new Array<number>(cw).fill(0);
    let best = 0;
    for (let cy = 0; cy < ch; cy++) {
      for (let cx = 0; cx < cw; cx++) heights[cx] = blank[cy * cw + cx] ? heights[cx]! + 1 : 0;
      const stack: number[] = [];
      for (let i = 0; i <= cw; i++) {
        const hi = i < cw ? heights[i]! : 0;
        while (stack.length && heights[stack.at(-1)!]! >= hi) {
          const top = heights[stack.pop()!]!;
          const left = stack.length ? stack.at(-1)! + 1 : 0;
          best = Math.max(best, top * (i - left));
        }
        stack.push(i);
      }
    }
    img.close();
    return {
      width: w,
      height: h,
      atEdge,
      emptiest: best / (cw * ch),
      content: { x1: x1 / w, y1: y1 / h, x2: (x2 + 1) / w, y2: (y2 + 1) / h },
    };
  }, png.toString('base64'));
  // The PNG's own header gives its size.
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([pixels.width, pixels.height]);
  return { name: download.suggestedFilename(), pixels };
}

/**
 * A picture that is all there: nothing runs out of its frame, and no large part is empty (at
 * most `emptiest` of it: a path's picture keeps the whole width of the rows it crosses, so a path
 * from the first track to the last keeps the empty corners of those rows).
 */
function expectFramed(p: Pixels, emptiest = 0.22) {
  expect(p.atEdge, 'pixels drawn at the picture’s edge').toBe(0);
  // Title at the top, legend at the bottom, lattice and axes across.
  expect(p.content.x1).toBeLessThan(0.05);
  expect(p.content.y1).toBeLessThan(0.05);
  expect(p.content.x2).toBeGreaterThan(0.95);
  expect(p.content.y2).toBeGreaterThan(0.95);
  expect(p.emptiest, 'largest empty rectangle, as a share of the picture').toBeLessThan(emptiest);
}

describe('the PNG export', () => {
  it('downloads the whole lattice at 2x, titled, with its axes and legend, cropped to it', async () => {
    const { page, errors } = await open(chromium.browser, APP);
    await drawn(page);
    const { name, pixels } = await exportPicture(page, 'export-lattice');
    // Named for the catalog's title, not its file name.
    expect(name).toBe('role-blueprints.png');
    // Twice the lattice's size in canvas units, and the level names, margins and no more.
    const lattice = latticeLayout(graph);
    const xs = [...lattice.positions.values()].map((p) => p.x);
    const span = Math.max(...xs) - Math.min(...xs) + CARD.width;
    expect(pixels.width).toBeGreaterThanOrEqual(2 * span);
    expect(pixels.width).toBeLessThan(2 * span + 600);
    expectFramed(pixels);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('downloads the part of the lattice a path crosses, titled as the user typed', async () => {
    const { page, errors } = await open(chromium.browser, `${APP}?from=${FROM}&to=${TO}`);
    await drawn(page);
    await page.waitForSelector('ol[aria-label="Career path"]');
    const title = page.getByLabel('Picture title');
    await expect.poll(() => title.getAttribute('placeholder')).toBe('Role blueprints');
    await title.fill('Service desk to account management');
    const { name, pixels } = await exportPicture(page, 'export-path');
    expect(name).toBe('service-desk-to-account-management.png');
    expectFramed(pixels, 0.35);
    // Only the rows the path crosses (entry to professional): less than the whole lattice's
    // height at 2x, title and legend included.
    const ys = [...latticeLayout(graph).positions.values()].map((p) => p.y);
    expect(pixels.height).toBeLessThan(2 * (Math.max(...ys) - Math.min(...ys) + CARD.height));
    expect(errors).toEqual([]);
    await close(page);
  });
});
