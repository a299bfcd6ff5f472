import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './hooks';

/*
 * The app opened with random query parameters and random stored values (saved views, a profile,
 * the imported-catalog flag) never meets a page error: whatever a link, a host page or an old
 * visit left, it parses into a working state or is dropped with a message.
 *
 * A case is one link the app shows. Stored values are read when the page loads and links also
 * when the user goes back or forward, so each load (one page, reloaded: a new page each time
 * would spend the run on starting pages) brings new stored values and a link, and then
 * {@link LINKS_PER_LOAD} - 1 more links arrive as back/forward would bring them: a load costs
 * about ten of those (0.7 s against 0.07 s measured here), and every case is still a link
 * rendered over random stored values.
 */

const APP = inject('appUrl');
const chromium = useBrowser();

/** Cases per run (the issue asks for at least 500); FUZZ_CASES overrides, e.g. for a long soak. */
const CASES = Number(process.env['FUZZ_CASES'] ?? 500);
/**
 * Links shown per page load: the first with the load, the rest as back/forward brings them
 * (twenty: 25 loads of new stored values per run, a new seed each run; the file took 73 s with
 * ten links a load and 50 loads, most of it loading pages).
 */
const LINKS_PER_LOAD = 20;

const ROLES = [
  'associate-service-desk-analyst',
  'support-analyst',
  'escalation-engineer',
  'technical-account-manager',
  'senior-technical-account-manager',
];
/** Values that broke parsers somewhere: repeats, separators, huge, odd and hostile text. */
const junk = fc.oneof(
  fc.constantFrom(
    '',
    ',',
    ',,',
    '__proto__',
    'constructor',
    '-1',
    '1e309',
    '99999999999999999999',
    'NaN',
    '<img src=x onerror=alert(1)>',
    '\u202e',
    '%',
    '%E0%A4%A',
    ' ',
    'null',
    '[]',
    '{}',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -3, max: 120 }).map(String),
);
const role = fc.oneof(fc.constantFrom(...ROLES), junk);
const roles = fc
  .array(role, { maxLength: 5 })
  .chain((a) => fc.constantFrom(a, [...a, ...a]))
  .map((a) => a.join(','));

/** A query string: any subset of the parameters the page reads, each with a plausible or odd value. */
const query = fc
  .record(
    {
      role,
      from: role,
      to: role,
      avoid: roles,
      compare: roles,
      tracks: fc.oneof(roles, fc.constantFrom('service-desk,service-desk', 'support-engineering')),
      kinds: fc.oneof(fc.constantFrom('promotion', 'lateral,lateral', 'promotion,lateral'), junk),
      levels: fc.oneof(fc.constantFrom('1-3', '-', '3-1', '0-99', '-5'), junk),
      within: fc.oneof(fc.constantFrom('1', '2', '99', '100'), junk),
      feeders: fc.constantFrom('1', '0', 'yes'),
      q: junk,
      comp: fc.oneof(fc.constantFrom('troubleshooting', 'triage'), junk),
      by: fc.oneof(fc.constantFrom('fastest', 'travelled', 'pay'), junk),
      alt: fc.oneof(fc.constantFrom('0', '1', '3', '4'), junk),
      weighted: fc.constantFrom('1', '0'),
      promotions: fc.constantFrom('1', '0'),
      mode: fc.constantFrom('fade', 'hide', 'x'),
      view: fc.constantFrom('list', 'graph', 'x'),
      embed: fc.constantFrom('1', '0'),
      compact: fc.constantFrom('1', '0'),
      readiness: fc.constantFrom('1', '0'),
      catalog: fc.constantFrom('missing.txt', 'javascript:alert(1)', '//127.0.0.1:9/x.txt', '%'),
      parentOrigin: fc.constantFrom('null', '*', 'https://intranet.example'),
    },
    { requiredKeys: [] },
  )
  .chain((params) =>
    // Sometimes a parameter twice, as a hand-edited link has it.
    fc.boolean().map((twice) => {
      const p = new URLSearchParams(params as Record<string, string>);
      if (twice) for (const [k, v] of [...p]) p.append(k, v);
      return p.toString();
    }),
  );

const view = fc.record(
  {
    name: fc.oneof(fc.constantFrom('Plan', 'Plan', ' ', '__proto__'), fc.string({ maxLength: 90 })),
    query: fc.oneof(query, fc.constant(5 as unknown as string)),
    savedAt: fc.oneof(fc.constant('2026-01-01T00:00:00.000Z'), junk),
    focus: fc.oneof(
      fc.record({
        kind: fc.constantFrom('auto', 'track', 'all'),
        radius: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constant(1.5)),
        track: fc.oneof(fc.constantFrom('service-desk'), junk),
      }),
      fc.constant(null),
    ),
  },
  { requiredKeys: ['name', 'query'] },
);
const rating = fc.oneof(fc.constantFrom('none', 'learning', 'practised', 'expert'), fc.jsonValue());
const profile = fc.record(
  {
    role: fc.oneof(role, fc.jsonValue()),
    ratings: fc.oneof(
      fc.dictionary(
        fc.oneof(fc.constantFrom('troubleshooting', 'triage', '__proto__', ''), fc.string()),
        rating,
      ),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
);
/** What an earlier visit (or a hand edit, or another version) left in localStorage. */
const stored = fc.record(
  {
    'cpe-views': fc.oneof(
      fc.array(view, { maxLength: 6 }).map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 20 }),
    ),
    'cpe-profile': fc.oneof(
      profile.map((p) => JSON.stringify(p)),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 20 }),
    ),
    // The flag says an import is stored; nothing is in IndexedDB behind it.
    'career-path-explorer:imported': fc.constantFrom('1', '0', 'true'),
  },
  { requiredKeys: [] },
);

describe('fuzz: random links and stored values', () => {
  it(
    `opens ${CASES} random links over random stored values with no page error`,
    { timeout: 1_800_000 },
    async () => {
      const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`a dialog opened: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(APP);
      // A new seed each run, printed with any failure so that it can be run again (FUZZ_SEED).
      const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 1e9);
      const loads = fc.sample(
        fc.tuple(fc.array(query, { minLength: LINKS_PER_LOAD, maxLength: LINKS_PER_LOAD }), stored),
        { numRuns: Math.ceil(CASES / LINKS_PER_LOAD), seed },
      );
      const failures: string[] = [];
      const settle = () =>
        page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
      let cases = 0;
      for (const [links, values] of loads) {
        const [first, ...more] = links;
        errors.length = 0;
        await page.evaluate((values) => {
          localStorage.clear();
          for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v as string);
        }, values);
        await page.goto(`${APP}?${first}`, { waitUntil: 'commit' });
        // Mounted: the path tool is on every page, embedded or not; then let effects settle.
        const mounted = await page
          .locator('#cpe-from')
          .waitFor({ timeout: 15_000 })
          .then(() => true)
          .catch(() => false);
        if (!mounted) errors.push('the app did not show its path tool within 15 s');
        await settle();
        cases++;
        const shown = [first];
        for (const q of more) {
          if (errors.length) break;
          // What back or forward does: the address changes, then popstate.
          await page.evaluate((q) => {
            history.pushState(null, '', `${location.pathname}?${q}`);
            dispatchEvent(new PopStateEvent('popstate'));
          }, q);
          await settle();
          cases++;
          shown.push(q);
        }
        if (errors.length)
          failures.push(
            `seed ${seed}: ${shown.map((q) => `?${q}`).join(' then ')} with ${JSON.stringify(values)}: ${errors.join('; ')}`,
          );
        if (failures.length >= 3) break;
      }
      if (!failures.length) expect(cases).toBeGreaterThanOrEqual(CASES);
      expect(failures).toEqual([]);
      await context.close();
    },
  );
});
