/**
 * The 20k catalog's focus view in headless Chromium: the first focused view's time after
 * navigation, the longest frame while it loads and while the focus changes (a role selected,
 * "Widen", another role), and the pan/zoom frame rate. Median of seven runs, with the range.
 *
 *     npm run build && npx tsx test/bench/focus-frames.ts [--dist <dir>]... [--runs <n>]
 *
 * Several `--dist` builds (say, before and after a change) are measured in turn, alternating.
 *
 * Code run in the page is passed as strings: the TypeScript runner would wrap named closures in a
 * helper that does not exist in the page.
 */
import type { Browser, Page } from 'playwright-core';
import { generateCatalog } from '../../src/model/synthetic';
import { launchChromium } from '../browser/chromium';
import { serveStatic } from '../browser/static-server';

const ROLE_A = 'Senior Cloud Operations Support Engineer';
const ROLE_B = 'Senior Cloud Operations Technical Account Manager';
/** A phase is over when neither a canvas change nor a frame over 50 ms came for this long. */
const QUIET_MS = 600;

const INSTRUMENT = `(() => {
  const b = { gaps: [], loaf: [], firstFocused: null, changes: 0, lastChange: 0, lastLong: 0, cy: null };
  window.__ff = b;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    const gap = now - last;
    last = now;
    b.gaps.push(now, gap);
    if (gap > 50) b.lastLong = now;
    const el = document.querySelector('.cpe-canvas .cpe-cy');
    const cy = el && el._cyreg ? el._cyreg.cy : null;
    if (cy && cy !== b.cy) {
      b.cy = cy;
      b.changes++;
      b.lastChange = now;
      cy.on('add remove', () => { b.changes++; b.lastChange = performance.now(); });
    }
    if (b.firstFocused === null) {
      const f = document.querySelector('.cpe-focus');
      if (document.querySelector('.cpe-canvas[data-drawn="true"]') && f && /showing [1-9]/.test(f.textContent))
        b.firstFocused = now;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.loaf.push(e.startTime, e.duration); })
      .observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

const FOCUS = `(document.querySelector('.cpe-focus')?.textContent ?? '')`;

interface Phase {
  frame: number;
  loaf: number;
}

async function settle(page: Page, t0: number, changes: number, ready: string): Promise<Phase> {
  await page.waitForFunction(
    `(() => { const b = window.__ff, now = performance.now();
      return (${ready}) && b.changes > ${changes} && now - b.lastChange > ${QUIET_MS} && now - b.lastLong > ${QUIET_MS}; })()`,
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  return (await page.evaluate(`(() => {
    const b = window.__ff, t1 = performance.now();
    let frame = 0, loaf = 0;
    for (let i = 0; i < b.gaps.length; i += 2) if (b.gaps[i] > ${t0} && b.gaps[i] <= t1) frame = Math.max(frame, b.gaps[i + 1]);
    for (let i = 0; i < b.loaf.length; i += 2) if (b.loaf[i] >= ${t0} && b.loaf[i] < t1) loaf = Math.max(loaf, b.loaf[i + 1]);
    return { frame, loaf };
  })()`)) as Phase;
}

async function phase(page: Page, act: () => Promise<void>, ready: (before: string) => string) {
  const [t0, changes, before] = (await page.evaluate(
    `[performance.now(), window.__ff.changes, ${FOCUS}]`,
  )) as [number, number, string];
  await act();
  return settle(page, t0, changes, ready(before));
}

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

async function selectRole(page: Page, title: string) {
  await page.fill('#cpe-search', title);
  await page.press('#cpe-search', 'Enter');
}

async function run(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.addInitScript(INSTRUMENT);
    await page.goto(url);
    const load = await settle(page, 0, 0, 'window.__ff.firstFocused !== null');
    const first = (await page.evaluate('window.__ff.firstFocused')) as number;
    const shown = (await page.evaluate(
      `document.querySelector('.cpe-canvas .cpe-cy')._cyreg.cy.nodes().length`,
    )) as number;
    const fps = (await page.evaluate(PAN_ZOOM_FPS)) as number;
    const has = (s: string) => `${FOCUS}.includes(${JSON.stringify(s)})`;
    const role = await phase(
      page,
      () => selectRole(page, ROLE_A),
      () => has(`of ${ROLE_A}`),
    );
    const widen = await phase(
      page,
      () => page.locator('.cpe-focus').getByRole('button', { name: 'Widen' }).click(),
      (before) => `${FOCUS} !== ${JSON.stringify(before)}`,
    );
    const another = await phase(
      page,
      () => selectRole(page, ROLE_B),
      () => has(`of ${ROLE_B}`),
    );
    return { first, shown, fps, load, role, widen, another };
  } finally {
    await page.close();
  }
}

function stat(xs: number[], digits = 0): string {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  const f = (x: number) => x.toFixed(digits);
  return `${f(m)} (${f(s[0]!)}–${f(s.at(-1)!)})`;
}

const args = process.argv.slice(2);
/** Every `--dist <dir>` given (default: dist); several are measured in turn, alternating. */
const dists = args.flatMap((a, i) => (a === '--dist' ? [args[i + 1]!] : []));
if (!dists.length) dists.push('dist');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const big = generateCatalog({ roles: 20000 });
const servers = await Promise.all(
  dists.map((d) =>
    serveStatic(d, '/app/', {}, { '/app/big.txt': { body: big, type: 'text/plain' } }),
  ),
);
const browser = await launchChromium();
type Run = Awaited<ReturnType<typeof run>>;
try {
  const all: Run[][] = dists.map(() => []);
  for (let i = 0; i < runs; i++) {
    // Which build goes first swaps each round, so drift in the machine's load affects all alike.
    const order = dists.map((_, k) => k);
    if (i % 2) order.reverse();
    for (const k of order) {
      const r = await run(browser, `${servers[k]!.url}?catalog=big.txt`);
      process.stderr.write(
        `${dists[k]} run ${i + 1}: first ${r.first.toFixed(0)} ms, ${r.shown} roles, ${r.fps.toFixed(1)} fps; ` +
          `longest frame load ${r.load.frame.toFixed(0)} / role ${r.role.frame.toFixed(0)} / widen ${r.widen.frame.toFixed(0)} / another ${r.another.frame.toFixed(0)} ms; ` +
          `LoAF ${Math.max(r.load.loaf, r.role.loaf, r.widen.loaf, r.another.loaf).toFixed(0)} ms\n`,
      );
      all[k]!.push(r);
    }
  }
  const phases = ['load', 'role', 'widen', 'another'] as const;
  console.log(`Chromium ${browser.version()}, ${runs} runs each, median (min–max):`);
  dists.forEach((d, k) => {
    const rs = all[k]!;
    console.log(`\n${d}`);
    console.log(`first focused view     ${stat(rs.map((r) => r.first))} ms`);
    for (const p of phases)
      console.log(`longest frame, ${p.padEnd(8)} ${stat(rs.map((r) => r[p].frame))} ms`);
    console.log(
      `longest frame, all     ${stat(rs.map((r) => Math.max(...phases.map((p) => r[p].frame))))} ms`,
    );
    console.log(
      `longest LoAF, all      ${stat(rs.map((r) => Math.max(...phases.map((p) => r[p].loaf))))} ms`,
    );
    console.log(
      `pan/zoom               ${stat(
        rs.map((r) => r.fps),
        1,
      )} fps`,
    );
  });
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
