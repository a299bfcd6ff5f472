/**
 * The built app in headless Chromium: the seed's first drawn lattice beside the bare-Cytoscape
 * floor page, the embed module's start, and a 20k catalog (first focused view, longest frames
 * while it loads and while its focus changes, pan/zoom frame rate).
 *
 * Code run in the page is passed as strings: the TypeScript runner would wrap named closures in a
 * helper that does not exist in the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { build } from 'vite';
import { defaultModel } from '../../src/model/career/default-model';
import { seedOverlay } from '../../src/model/career/default-overlay';
import { loadCatalog } from '../../src/model/index';
import { latticeLayout } from '../../src/model/present/layout';
import { launchChromium } from '../browser/chromium';
import { serveStatic } from '../browser/static-server';
import { progress, RUNS, sample, type Sample } from './stats';

const VIEWPORT = { width: 1440, height: 900 };

/** What could not be measured, and why: printed with the tables, so a run never just stops. */
export const failures: string[] = [];

/** `f`'s result, or `fallback` when it throws (the error goes to `failures`). */
async function attempt<T>(what: string, f: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await f();
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
    failures.push(`${what}: ${message}`);
    return fallback;
  }
}
/** Two roles of the generated catalog: the focus moves from the first to the second. */
export const ROLE_A = 'Senior Cloud Operations Support Engineer';
export const ROLE_B = 'Senior Cloud Operations Technical Account Manager';
/** A frame longer than this breaks the quiet a view change must end with. */
const LONG_FRAME_MS = 50;
/** How long the page must stay quiet (no new view, no long frame) for a change to be over. */
const QUIET_MS = 500;

/**
 * The floor page: the seed's roles and moves (the bundled catalog as the seed lattice loads it),
 * drawn by a bare Cytoscape page at the same lattice positions, nothing else.
 */
async function buildFloor(root: string, outDir: string): Promise<void> {
  const { graph } = loadCatalog(
    {
      text: readFileSync(`${root}data/role-blueprints.txt`, 'utf8'),
      file: 'role-blueprints.txt',
      format: 'text',
      overlay: seedOverlay,
    },
    { model: defaultModel },
  );
  const lattice = latticeLayout(graph);
  const elements = [
    ...graph.mapNodes((id, a) => ({
      group: 'nodes',
      data: { id, label: a.title },
      position: lattice.positions.get(id),
    })),
    ...graph.mapEdges((e, _a, s, t) => ({ group: 'edges', data: { id: e, source: s, target: t } })),
  ];
  writeFileSync(`${root}test/bench/floor/seed-elements.json`, JSON.stringify(elements));
  await build({
    configFile: false,
    root: `${root}test/bench/floor`,
    base: './',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
}

/** Opens `url` in a fresh context and returns the time of the performance mark `mark`. */
async function firstGraph(
  browser: Browser,
  url: string,
  mark: string,
  ready: string,
): Promise<number> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const entry = `performance.getEntriesByName(${JSON.stringify(mark)})[0]`;
  try {
    await page.goto(url);
    await page.waitForFunction(`!!${entry}`, undefined, { timeout: 30_000 });
    await page.waitForSelector(ready, { state: 'attached', timeout: 30_000 });
    return (await page.evaluate(`${entry}.startTime`)) as number;
  } finally {
    await page.close();
  }
}

/**
 * Target 1: the seed's first drawn lattice and the floor page's, alternated (which goes first
 * swaps each round) after one warm-up of each, so drift in the machine's load affects both alike.
 */
async function seedAndFloor(browser: Browser, appUrl: string, floorUrl: string) {
  const seed = () =>
    firstGraph(browser, appUrl, 'cpe-first-graph', '.cpe-canvas[data-drawn="true"]');
  const floor = () => firstGraph(browser, floorUrl, 'floor-first-graph', '#cy canvas');
  await floor();
  await seed();
  const s: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2) {
      s.push(await seed());
      f.push(await floor());
    } else {
      f.push(await floor());
      s.push(await seed());
    }
  }
  return { seed: sample(s), floor: sample(f) };
}

/**
 * When the element's first lattice was drawn: the `cpe-first-graph` mark when the element sets
 * one, else the first animation frame in which its shadow root holds a Cytoscape canvas with roles
 * (the pre-drawn lattice or the app's), or the app's canvas says it has drawn.
 */
const EMBED_DRAWN = `(() => {
  window.__embedDrawn = null;
  const tick = () => {
    const mark = performance.getEntriesByName('cpe-first-graph')[0];
    const root = document.querySelector('career-path-explorer')?.shadowRoot;
    const cys = root ? [...root.querySelectorAll('.cpe-cy')] : [];
    if (mark) window.__embedDrawn = mark.startTime;
    else if (
      root?.querySelector('.cpe-canvas[data-drawn="true"]') ||
      cys.some((el) => el._cyreg && el._cyreg.cy.nodes().length > 0)
    )
      window.__embedDrawn = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/**
 * Target 4: the embed's JavaScript the page fetches before the element's first lattice, gzip
 * (level 9) of each file as served. A host page with nothing but the module and the element; a
 * request counts when it was sent from under the embed's path before the lattice was drawn.
 */
async function embedRun(browser: Browser, appUrl: string, dist: string) {
  const appPath = new URL(appUrl).pathname;
  const embedPath = `${appPath}embed/`;
  const context = await browser.newContext({ viewport: VIEWPORT });
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  try {
    const page = await context.newPage();
    await page.addInitScript(EMBED_DRAWN);
    await page.goto(`${appUrl}embed-host.html`);
    await page.waitForFunction('window.__embedDrawn !== null', undefined, { timeout: 30_000 });
    const drawnAt = (await page.evaluate('performance.timeOrigin + window.__embedDrawn')) as number;
    await page.waitForLoadState('networkidle');
    const files = new Map<string, number>();
    for (const r of requests) {
      const path = new URL(r.url()).pathname;
      if (!path.startsWith(embedPath) || !/\.m?js$/.test(path)) continue;
      const sent = r.timing().startTime;
      if (sent > drawnAt) continue;
      const file = `${dist}${path.slice(appPath.length)}`;
      files.set(path, gzipSync(readFileSync(file), { level: 9 }).length);
    }
    return { bytes: [...files.values()].reduce((a, b) => a + b, 0), files: [...files.keys()] };
  } finally {
    await context.close();
  }
}

/**
 * Recorded in the 20k page from its first script: every animation frame's gap, long animation
 * frames, the first frame showing the drawn focus view, and when the canvas last changed graph
 * (a new Cytoscape instance, or elements added or removed).
 */
const INSTRUMENT = `(() => {
  const b = { gaps: [], loaf: [], firstFocused: null, changes: 0, lastChange: 0, lastLong: 0, cy: null };
  window.__bench = b;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    const gap = now - last;
    last = now;
    b.gaps.push(now, gap);
    if (gap > ${LONG_FRAME_MS}) b.lastLong = now;
    const el = document.querySelector('.cpe-canvas .cpe-cy');
    const cy = el && el._cyreg ? el._cyreg.cy : null;
    if (cy && cy !== b.cy) {
      b.cy = cy;
      b.changes++;
      b.lastChange = now;
      cy.on('add remove', () => {
        b.changes++;
        b.lastChange = performance.now();
      });
    }
    if (b.firstFocused === null) {
      const focus = document.querySelector('.cpe-focus');
      if (document.querySelector('.cpe-canvas[data-drawn="true"]') && focus && /showing [1-9]/.test(focus.textContent))
        b.firstFocused = now;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.loaf.push(e.startTime, e.duration);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

const FOCUS_TEXT = `(document.querySelector('.cpe-focus')?.textContent ?? '')`;

interface Phase {
  /** Longest gap between animation frames in the phase, ms. */
  longestFrame: number;
  /** Longest long-animation-frame entry that started in the phase, ms (0 if none). */
  longestLoaf: number;
  /** Phase length, ms. */
  ms: number;
  /** The page never settled (no new view, or no quiet), so the phase was cut at its time limit. */
  timedOut: boolean;
}

/**
 * Waits until `ready` (a page expression) holds, the canvas has changed graph since `changes`,
 * and neither a new view nor a long frame came for `QUIET_MS`; then reads the phase's frames
 * from `t0` on.
 */
async function settle(
  page: Page,
  t0: number,
  changes: number,
  ready: string,
  timeout: number,
): Promise<Phase> {
  let timedOut = false;
  await page
    .waitForFunction(
      `(() => {
        const b = window.__bench, now = performance.now();
        return (${ready}) && b.changes > ${changes} && now - b.lastChange > ${QUIET_MS} && now - b.lastLong > ${QUIET_MS};
      })()`,
      undefined,
      { timeout, polling: 50 },
    )
    .catch(() => (timedOut = true));
  const r = (await page.evaluate(`(() => {
    const b = window.__bench, t1 = performance.now();
    let longestFrame = 0, longestLoaf = 0;
    for (let i = 0; i < b.gaps.length; i += 2)
      if (b.gaps[i] > ${t0} && b.gaps[i] <= t1) longestFrame = Math.max(longestFrame, b.gaps[i + 1]);
    for (let i = 0; i < b.loaf.length; i += 2)
      if (b.loaf[i] >= ${t0} && b.loaf[i] < t1) longestLoaf = Math.max(longestLoaf, b.loaf[i + 1]);
    return { longestFrame, longestLoaf, ms: t1 - ${t0} };
  })()`)) as Omit<Phase, 'timedOut'>;
  return { ...r, timedOut };
}

/** One user action on the 20k page, measured from just before it until the new view is quiet. */
async function phase(page: Page, act: () => Promise<void>, ready: (before: string) => string) {
  const [t0, changes, before] = (await page.evaluate(
    `[performance.now(), window.__bench.changes, ${FOCUS_TEXT}]`,
  )) as [number, number, string];
  await act();
  return settle(page, t0, changes, ready(before), 15_000);
}

/** Pan/zoom frame rate over three seconds, panning and zooming the canvas every frame. */
const PAN_ZOOM_FPS = `new Promise((done) => {
  const cy = document.querySelector('.cpe-canvas .cpe-cy')._cyreg.cy;
  let frames = 0;
  const start = performance.now();
  const step = () => {
    frames++;
    cy.panBy({ x: frames % 40 < 20 ? 6 : -6, y: 0 });
    cy.zoom({ level: cy.zoom() * (frames % 60 < 30 ? 1.01 : 0.99), renderedPosition: { x: 600, y: 400 } });
    if (performance.now() - start < 3000) requestAnimationFrame(step);
    else done((frames / (performance.now() - start)) * 1000);
  };
  requestAnimationFrame(step);
})`;

/** Selects a role through the search box, as a user would. */
async function selectRole(page: Page, title: string): Promise<void> {
  await page.fill('#cpe-search', title);
  await page.press('#cpe-search', 'Enter');
}

/**
 * Targets 3 and 5, one run: open the app on the 20k catalog and wait for its focus view (load),
 * measure pan/zoom, then select a role, widen the focus by one move, and select another role.
 */
export async function largeRun(browser: Browser, url: string, run: number) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const failed: Phase = { longestFrame: NaN, longestLoaf: NaN, ms: NaN, timedOut: false };
  const step = <T>(what: string, f: () => Promise<T>, fallback: T) =>
    attempt(`20k run ${run}, ${what}`, f, fallback);
  try {
    await page.addInitScript(INSTRUMENT);
    await page.goto(url);
    const load = await settle(page, 0, 0, 'window.__bench.firstFocused !== null', 120_000);
    const firstFocused = (await page.evaluate('window.__bench.firstFocused')) as number | null;
    if (firstFocused === null) failures.push(`20k run ${run}: no focus view was drawn`);
    const shown = await step(
      'roles drawn',
      async () =>
        (await page.evaluate(
          `document.querySelector('.cpe-canvas .cpe-cy')._cyreg.cy.nodes().length`,
        )) as number,
      NaN,
    );
    const fps = await step(
      'pan/zoom',
      async () => (await page.evaluate(PAN_ZOOM_FPS)) as number,
      NaN,
    );
    const has = (s: string) => `${FOCUS_TEXT}.includes(${JSON.stringify(s)})`;
    const role = await step(
      'select a role',
      () =>
        phase(
          page,
          () => selectRole(page, ROLE_A),
          () => has(`of ${ROLE_A}`),
        ),
      failed,
    );
    const widen = await step(
      'Widen',
      () =>
        phase(
          page,
          () => page.locator('.cpe-focus').getByRole('button', { name: 'Widen' }).click(),
          (before) => `${FOCUS_TEXT} !== ${JSON.stringify(before)}`,
        ),
      failed,
    );
    const another = await step(
      'another role',
      () =>
        phase(
          page,
          () => selectRole(page, ROLE_B),
          () => has(`of ${ROLE_B}`),
        ),
      failed,
    );
    return { firstFocused: firstFocused ?? NaN, shown, fps, load, role, widen, another };
  } finally {
    await page.close();
  }
}

export interface LargeRuns {
  firstFocused: Sample;
  fps: Sample;
  /** Per run, the longest frame of all four phases. */
  longestFrame: Sample;
  load: Sample;
  role: Sample;
  widen: Sample;
  another: Sample;
  /** The same four phases by long-animation-frame entries, for comparison. */
  longestLoaf: Sample;
  shown: number[];
  timedOut: string[];
}

export async function browserBench(root: string, out: string, largeText: string) {
  const dist = `${root}dist/`;
  progress('browser: building the floor page');
  await buildFloor(root, `${out}/floor`);
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="./embed/career-path-explorer.js"></script></head>
<body><career-path-explorer height="600"></career-path-explorer></body></html>`;
  const app = await serveStatic(
    dist,
    '/app/',
    {},
    {
      '/app/synthetic-large.txt': { body: largeText, type: 'text/plain' },
      '/app/embed-host.html': { body: host, type: 'text/html' },
    },
  );
  const floor = await serveStatic(`${out}/floor`, '/floor/');
  const chromium = await launchChromium();
  try {
    const version = chromium.version();
    progress('browser: seed and floor pages');
    const first = await seedAndFloor(chromium, app.url, `${floor.url}index.html`);

    const embedRuns: { bytes: number; files: string[] }[] = [];
    progress('browser: embed module');
    for (let i = 0; i < RUNS; i++)
      embedRuns.push(
        await attempt(`embed run ${i + 1}`, () => embedRun(chromium, app.url, dist), {
          bytes: NaN,
          files: [],
        }),
      );

    const runs: Awaited<ReturnType<typeof largeRun>>[] = [];
    for (let i = 0; i < RUNS; i++) {
      progress(`browser: 20k catalog, run ${i + 1} of ${RUNS}`);
      runs.push(await largeRun(chromium, `${app.url}?catalog=synthetic-large.txt`, i + 1));
    }
    const phases = ['load', 'role', 'widen', 'another'] as const;
    const large: LargeRuns = {
      firstFocused: sample(runs.map((r) => r.firstFocused)),
      fps: sample(runs.map((r) => r.fps)),
      longestFrame: sample(runs.map((r) => Math.max(...phases.map((p) => r[p].longestFrame)))),
      load: sample(runs.map((r) => r.load.longestFrame)),
      role: sample(runs.map((r) => r.role.longestFrame)),
      widen: sample(runs.map((r) => r.widen.longestFrame)),
      another: sample(runs.map((r) => r.another.longestFrame)),
      longestLoaf: sample(runs.map((r) => Math.max(...phases.map((p) => r[p].longestLoaf)))),
      shown: runs.map((r) => r.shown),
      timedOut: runs.flatMap((r, i) =>
        phases.filter((p) => r[p].timedOut).map((p) => `run ${i + 1} ${p}`),
      ),
    };
    return {
      chromium: version,
      seed: first.seed,
      floor: first.floor,
      embed: {
        bytes: sample(embedRuns.map((r) => r.bytes)),
        files: [...new Set(embedRuns.flatMap((r) => r.files))],
      },
      large,
      largeRuns: runs,
      failures,
    };
  } finally {
    await chromium.close();
    await app.close();
    await floor.close();
  }
}
