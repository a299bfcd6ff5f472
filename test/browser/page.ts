import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Download, Frame, Page } from 'playwright-core';

export const SCREENSHOTS = 'test-results/screenshots';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** A phone: touch events and a mobile viewport (a context of its own, reused by phone tests). */
  phone?: boolean;
  /** Called with the page before it navigates, to listen to it from the start. */
  listen?: (page: Page) => void;
}

interface Tab {
  page: Page;
  /** Handed back by its last test with {@link close}. */
  free: boolean;
}

/** The tabs each test file reuses, by the file's browser connection and by phone or not. */
const tabs = new WeakMap<Browser, Map<boolean, Tab>>();

/** Events a test may listen to on its page: a reused tab forgets the last test's listeners. */
const PAGE_EVENTS = ['pageerror', 'console', 'dialog', 'download', 'popup', 'request', 'response'];

/**
 * Opens the app in a tab and collects its errors, so a test can assert none happened. A test file
 * reuses one tab in one context: when the last test handed its tab back with {@link close}, the
 * tab is emptied (storage, routes, permissions, listeners, media, the mouse) and sized for this
 * test. Opening the app in a new context costs about three times as much as in a reused tab, most
 * of the suite's time.
 */
export async function open(
  browser: Browser,
  url: string,
  o: OpenOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const viewport = { width: o.width ?? 1440, height: o.height ?? 900 };
  const media = {
    colorScheme: o.colorScheme ?? 'light',
    reducedMotion: o.reducedMotion ?? 'reduce',
  };
  const phone = o.phone ?? false;
  const mine = tabs.get(browser) ?? new Map<boolean, Tab>();
  tabs.set(browser, mine);
  const tab = mine.get(phone);
  let page: Page;
  if (tab?.free && !tab.page.isClosed()) {
    page = tab.page;
    tab.free = false;
    await emptyTab(page);
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media: null, ...media });
  } else {
    // A tab still in use (its test failed before handing it back) goes with its context.
    if (tab && !tab.page.isClosed()) await tab.page.context().close();
    const touch = phone ? { hasTouch: true, isMobile: true } : {};
    const context = await browser.newContext({ viewport, ...media, ...touch });
    page = await context.newPage();
    mine.set(phone, { page, free: false });
  }
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  o.listen?.(page);
  await page.goto(url);
  return { page, errors };
}

/**
 * Ends a test's page. A tab from {@link open} is handed back for the file's next test; any other
 * page closes with its context. A test that adds init scripts, exposed functions or a CDP session
 * to its tab closes the context itself instead, so that none of it reaches the next test.
 */
export async function close(page: Page): Promise<void> {
  const browser = page.context().browser();
  const tab = [...((browser && tabs.get(browser)?.values()) ?? [])].find((t) => t.page === page);
  if (tab && !page.isClosed()) tab.free = true;
  else await page.context().close();
}

/** Leaves a reused tab as a new one: blank, with no storage, routes, permissions or listeners. */
async function emptyTab(page: Page): Promise<void> {
  for (const event of PAGE_EVENTS) page.removeAllListeners(event);
  const context = page.context();
  for (const other of context.pages()) if (other !== page) await other.close();
  // Blank first, so that nothing the last page was still writing lands after the clearing.
  await page.goto('about:blank');
  await Promise.all([page.unrouteAll(), context.unrouteAll(), context.clearPermissions()]);
  await context.setStorageState({ cookies: [], origins: [] });
  await page.mouse.move(0, 0);
}

/**
 * Leaves in the context's storage an import stored by an earlier visit, as an older version
 * stored it (IndexedDB key `imported`, the flag `1`), with a text this version refuses (no role
 * title at all).
 * @param once - store it only before the first page of the session (a reload then finds what
 *   the app made of it), not before every page.
 */
export async function seedRefusedImport(context: BrowserContext, once = false): Promise<void> {
  await context.addInitScript((once: boolean) => {
    if (once) {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
    }
    localStorage.setItem('career-path-explorer:imported', '1');
    const req = indexedDB.open('career-path-explorer', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('catalogs');
    req.onsuccess = () => {
      const tx = req.result.transaction('catalogs', 'readwrite');
      tx.objectStore('catalogs').put(
        { name: 'old.txt', text: 'no titles here', savedAt: '2025-01-01' },
        'imported',
      );
    };
  }, once);
}

/** Imports a catalog as a user does, through the page's file input. */
export async function importText(page: Page, name: string, text: string): Promise<void> {
  await page.setInputFiles('input[type="file"]', {
    name,
    mimeType: 'text/plain',
    buffer: Buffer.from(text),
  });
}

/** Waits until the lattice has been drawn at least once. */
export async function drawn(page: Page): Promise<void> {
  await page.waitForSelector('.cpe-canvas[data-drawn="true"]', { timeout: 15_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: object) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

/** Role ids and titles listed in the path list, in order. */
export async function pathListed(page: Page): Promise<string[]> {
  return page.$$eval('ol[aria-label="Career path"] > li', (lis) =>
    lis.map((li) => li.querySelector('button')?.textContent?.trim() ?? ''),
  );
}

/** What the Cytoscape canvas shows, read from the instance the container holds. */
export async function canvasState(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('.cpe-canvas .cpe-cy') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    const cy = el._cyreg!.cy;
    const visible = cy.nodes().filter((n) => n.visible());
    return {
      visibleNodes: visible.map((n) => n.id()),
      onPath: cy.nodes('.on-path').map((n) => n.id()),
      pathEdges: cy.edges('.on-path').length,
      labelBoxes: visible.map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true, includeNodes: true });
        return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      }),
      labelOnly: visible.map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true, includeNodes: false });
        return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      }),
    };
  });
}

/**
 * A download's bytes. The tests share one browser over a connection, where a download has no
 * local path: its bytes come over the connection.
 */
export async function downloaded(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Waits until the page's `#frame` iframe has handled every message the page posted it so far, and
 * has acted on them: a last message the frame waits for arrives after them (messages arrive in
 * order), then the frame draws three frames and each worker answers between its tasks. For
 * checking that a message changed nothing, without a fixed wait.
 * @param page - the page that posted the messages.
 * @param frame - the iframe's frame.
 */
export async function frameHandledMessages(page: Page, frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const w = window as unknown as { cpeTestLast?: Promise<void> };
    w.cpeTestLast = new Promise<void>((done) => {
      const on = (e: MessageEvent) => {
        if ((e.data as { type?: unknown } | null)?.type !== 'cpe-test:last') return;
        removeEventListener('message', on);
        done();
      };
      addEventListener('message', on);
    });
  });
  await page.evaluate(() =>
    (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(
      { type: 'cpe-test:last' },
      '*',
    ),
  );
  await frame.evaluate(() => (window as unknown as { cpeTestLast: Promise<void> }).cpeTestLast);
  await settled(page, frame);
}

/**
 * Waits until a page (or one of its frames) and the page's workers have run what is queued: two
 * animation frames, then each worker answers (a worker runs a call between its tasks), three
 * times over: a message to a worker, its answer, and what the page draws from it.
 * @param page - the page, whose workers are waited for.
 * @param frame - the frame whose animation frames are waited for (the page's own by default).
 */
export async function settled(page: Page, frame: Frame = page.mainFrame()): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await Promise.all(page.workers().map((w) => w.evaluate(() => 0).catch(() => 0)));
  }
}

/**
 * The app's frame in a host page, once it is there (Playwright reaches into cross-origin frames).
 * @param page - the host page.
 */
export async function appFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('embed=1'))).toBe(true);
  return page.frames().find((f) => f.url().includes('embed=1'))!;
}
