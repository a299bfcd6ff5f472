/**
 * The 20k catalog's focus view in headless Chromium, for a before/after: the first focused view's
 * time after navigation, the longest frame while it loads and while the focus changes (a role
 * selected, "Widen", another role), and the pan/zoom frame rate, measured as `npm run bench` does
 * (its `largeRun`). Median of seven runs, with the range.
 *
 *     npm run build && npx tsx test/bench/focus-frames.ts [--dist <dir>]... [--runs <n>]
 *
 * Several `--dist` builds (say, before and after a change) are measured in turn, alternating.
 */
import { generateCatalog } from '../synthetic';
import { launchChromium } from '../browser/chromium';
import { serveStatic } from '../browser/static-server';
import { failures, largeRun } from './browser';
import { RUNS, sample, spread } from './stats';

const args = process.argv.slice(2);
/** Every `--dist <dir>` given (default: dist); several are measured in turn, alternating. */
const dists = args.flatMap((a, i) => (a === '--dist' ? [args[i + 1]!] : []));
if (!dists.length) dists.push('dist');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : RUNS;
const big = generateCatalog({ roles: 20000 });
const servers = await Promise.all(
  dists.map((d) =>
    serveStatic(d, '/app/', {}, { '/app/big.txt': { body: big, type: 'text/plain' } }),
  ),
);
const browser = await launchChromium();
type Run = Awaited<ReturnType<typeof largeRun>>;
const phases = ['load', 'role', 'widen', 'another'] as const;
const stat = (xs: number[], digits = 0) => spread(sample(xs), (x) => x.toFixed(digits));
try {
  const all: Run[][] = dists.map(() => []);
  for (let i = 0; i < runs; i++) {
    // Which build goes first swaps each round, so drift in the machine's load affects all alike.
    const order = dists.map((_, k) => k);
    if (i % 2) order.reverse();
    for (const k of order) {
      const r = await largeRun(browser, `${servers[k]!.url}?catalog=big.txt`, i + 1);
      process.stderr.write(
        `${dists[k]} run ${i + 1}: first ${r.firstFocused.toFixed(0)} ms, ${r.shown} roles, ${r.fps.toFixed(1)} fps; ` +
          `longest frame ${phases.map((p) => `${p} ${r[p].longestFrame.toFixed(0)}`).join(' / ')} ms; ` +
          `LoAF ${Math.max(...phases.map((p) => r[p].longestLoaf)).toFixed(0)} ms\n`,
      );
      all[k]!.push(r);
    }
  }
  console.log(`Chromium ${browser.version()}, ${runs} runs each, median (min–max):`);
  dists.forEach((d, k) => {
    const rs = all[k]!;
    console.log(`\n${d}`);
    console.log(`first focused view     ${stat(rs.map((r) => r.firstFocused))} ms`);
    for (const p of phases)
      console.log(`longest frame, ${p.padEnd(8)} ${stat(rs.map((r) => r[p].longestFrame))} ms`);
    const worst = (r: Run, key: 'longestFrame' | 'longestLoaf') =>
      Math.max(...phases.map((p) => r[p][key]));
    console.log(`longest frame, all     ${stat(rs.map((r) => worst(r, 'longestFrame')))} ms`);
    console.log(`longest LoAF, all      ${stat(rs.map((r) => worst(r, 'longestLoaf')))} ms`);
    console.log(
      `pan/zoom               ${stat(
        rs.map((r) => r.fps),
        1,
      )} fps`,
    );
  });
  if (failures.length) console.log(`\nNot measured:\n${failures.join('\n')}`);
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
