import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkCatalogUrl, refuseCatalogUrls } from '../../src/config';
import {
  MAX_COMMAND_FIELD_CHARS,
  bridgeOrigin,
  checkFraming,
  connectParent,
  framingOf,
  guardFraming,
  readCommand,
} from '../../src/embed/iframe';
import { defaultModel } from '../../src/model/career/default-model';
import { Explorer } from '../../src/state/explorer.svelte';
import { language } from '../../src/i18n/language.svelte';

const APP = 'https://careers.intranet.example';
const PORTAL = 'https://portal.example';
const EVIL = 'https://evil.example';

/** A framed window: its parent, origin, ancestors and referrer as given; records listeners. */
function fakeWindow(o: { ancestors?: string[]; referrer?: string; top?: boolean } = {}) {
  const listeners: ((e: MessageEvent) => void)[] = [];
  const parent = { postMessage: vi.fn() };
  const win = {
    location: {
      origin: APP,
      href: `${APP}/index.html?embed=1`,
      ...(o.ancestors ? { ancestorOrigins: o.ancestors } : {}),
    },
    document: { referrer: o.referrer ?? '', querySelector: () => null },
    addEventListener: (type: string, h: (e: MessageEvent) => void) => {
      if (type === 'message') listeners.push(h);
    },
    removeEventListener: () => {},
  } as unknown as Window & { parent: unknown };
  (win as { parent: unknown }).parent = o.top ? win : parent;
  const send = (origin: string, data: unknown, source: unknown = parent) =>
    listeners.forEach((h) => h({ origin, source, data } as MessageEvent));
  return { win, parent, listeners, send };
}

// The refusals are written in the interface's language; these tests read the English ones.
beforeEach(() => language.set('en'));

afterEach(() => {
  refuseCatalogUrls(null);
  vi.restoreAllMocks();
});

describe('who frames the page', () => {
  it('reads the ancestors, else the referrer’s origin, else does not know', () => {
    expect(framingOf(fakeWindow({ top: true }).win)).toEqual({ framed: false, ancestors: [] });
    expect(framingOf(fakeWindow({ ancestors: [PORTAL, EVIL] }).win)).toEqual({
      framed: true,
      ancestors: [PORTAL, EVIL],
    });
    expect(framingOf(fakeWindow({ referrer: `${PORTAL}/page?x=1` }).win)).toEqual({
      framed: true,
      ancestors: [PORTAL],
    });
    expect(framingOf(fakeWindow({}).win)).toEqual({ framed: true, ancestors: null });
  });

  it('trusts the page alone, its own origin and the configured origins, and nothing else', () => {
    expect(checkFraming({ framed: false, ancestors: [] }, APP, []).ok).toBe(true);
    expect(checkFraming({ framed: true, ancestors: [APP] }, APP, []).ok).toBe(true);
    expect(checkFraming({ framed: true, ancestors: [PORTAL] }, APP, [PORTAL]).ok).toBe(true);
    const evil = checkFraming({ framed: true, ancestors: [EVIL] }, APP, [PORTAL]);
    expect(evil).toEqual({ ok: false, message: expect.stringContaining(EVIL) });
    // Every ancestor counts, as for CSP frame-ancestors.
    expect(checkFraming({ framed: true, ancestors: [PORTAL, EVIL] }, APP, [PORTAL]).ok).toBe(false);
    // Framed by a page whose origin cannot be told (no ancestorOrigins, no referrer): refused.
    expect(checkFraming({ framed: true, ancestors: null }, APP, [PORTAL]).ok).toBe(false);
    expect(checkFraming({ framed: true, ancestors: ['null'] }, APP, [PORTAL]).ok).toBe(false);
  });

  it('says which tag would allow the framing page, or what to change when it cannot be told', () => {
    const page = `${APP}/tools/index.html?embed=1`;
    const evil = checkFraming({ framed: true, ancestors: [EVIL] }, APP, [PORTAL], page);
    expect(evil).toEqual({
      ok: false,
      message:
        'Refused to load the catalog: this page is embedded by https://evil.example, which is not allowed to embed it.\n' +
        `To allow it: put <meta name="cpe-parent-origins" content="${PORTAL} ${EVIL}"> in the <head> of ${APP}/tools/index.html ` +
        '(and add https://evil.example to frame-ancestors if the site sends a Content-Security-Policy).',
    });
    const unknown = checkFraming({ framed: true, ancestors: null }, APP, [PORTAL], page);
    expect(unknown.ok === false && unknown.message).toMatch(
      /sent no referrer.*\nTo allow it: add referrerpolicy="origin" to the <iframe> tag, and list that site's origin in <meta name="cpe-parent-origins"> in the <head> of https:\/\/careers\.intranet\.example\/tools\/index\.html\.$/,
    );
    const opaque = checkFraming({ framed: true, ancestors: ['null'] }, APP, [PORTAL], page);
    expect(opaque.ok === false && opaque.message).not.toMatch(/content="[^"]*null/);
  });

  it('says it in the interface’s language, the tags and names as a site must type them', () => {
    const page = `${APP}/tools/index.html?embed=1`;
    language.set('de');
    const evil = checkFraming({ framed: true, ancestors: [EVIL] }, APP, [PORTAL], page);
    expect(evil.ok === false && evil.message).toBe(
      'Katalog nicht geladen: Diese Seite ist in https://evil.example eingebettet, das sie nicht einbetten darf.\n' +
        `So erlauben Sie es: Fügen Sie <meta name="cpe-parent-origins" content="${PORTAL} ${EVIL}"> in den <head> von ${APP}/tools/index.html ein ` +
        '(und ergänzen Sie https://evil.example in frame-ancestors, falls die Website eine Content-Security-Policy sendet).',
    );
    language.set('fr');
    const unknown = checkFraming({ framed: true, ancestors: null }, APP, [PORTAL], page);
    expect(unknown.ok === false && unknown.message).toMatch(
      /^Chargement du catalogue refusé\u00a0: .*\n.*referrerpolicy="origin".*<iframe>.*<meta name="cpe-parent-origins">.*<head> de https:\/\/careers\.intranet\.example\/tools\/index\.html\.$/,
    );
    language.set('es');
    const opaque = checkFraming({ framed: true, ancestors: ['null'] }, APP, [PORTAL], page);
    expect(opaque.ok === false && opaque.message).toMatch(/^Se rechazó la carga del catálogo: /);
    // Asked in English (the console's language), whatever the interface speaks.
    const en = checkFraming({ framed: true, ancestors: [EVIL] }, APP, [PORTAL], page, 'en');
    expect(en.ok === false && en.message).toMatch(
      /^Refused to load the catalog: .*\nTo allow it: put/,
    );
  });

  it('refuses every ?catalog= once framed by an origin that is not allowed', () => {
    expect(guardFraming(fakeWindow({ ancestors: [EVIL] }).win, [PORTAL])).toBe(false);
    const r = checkCatalogUrl('/secret.json', `${APP}/`, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Refused.*https:\/\/evil\.example/);
  });
});

describe('the parent origin comes from the configuration, not from the URL alone', () => {
  it('honours ?parentOrigin= only when it is the app’s own origin or a configured one', () => {
    expect(bridgeOrigin(EVIL, APP, [PORTAL])).toBeNull();
    expect(bridgeOrigin(PORTAL, APP, [PORTAL])).toBe(PORTAL);
    expect(bridgeOrigin(APP, APP, [])).toBe(APP);
    expect(bridgeOrigin(`${PORTAL}/`, APP, [PORTAL])).toBeNull();
    expect(bridgeOrigin(null, APP, [PORTAL])).toBeNull();
  });

  it('listens to nothing when the parentOrigin is not configured, or the framer is not', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ex = new Explorer(defaultModel);
    await ex.catalog.load('');
    language.set('de');
    // The URL names the framer as parent, but the site never allowed it.
    const a = fakeWindow({ ancestors: [EVIL] });
    connectParent(ex, a.win, EVIL, [PORTAL]);
    expect(a.listeners).toHaveLength(0);
    // The URL names an allowed origin, but the page is framed by another one.
    const b = fakeWindow({ ancestors: [EVIL] });
    connectParent(ex, b.win, PORTAL, [PORTAL]);
    expect(b.listeners).toHaveLength(0);
    b.send(PORTAL, { type: 'career-path-explorer:select', id: 'Support Analyst' });
    expect(ex.q.role).toBe('');
    // Whoever sets the embedding up learns why from the console, in English.
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(
        /parentOrigin "https:\/\/evil\.example" is neither.*To allow it: put <meta name="cpe-parent-origins" content="https:\/\/portal\.example https:\/\/evil\.example">/,
      ),
      expect.stringMatching(/embedded by https:\/\/evil\.example/),
    ]);
  });

  it('accepts commands from the parent window at the allowed origin only', async () => {
    const ex = new Explorer(defaultModel);
    await ex.catalog.load('');
    const w = fakeWindow({ ancestors: [PORTAL] });
    connectParent(ex, w.win, PORTAL, [PORTAL]);
    w.send(EVIL, { type: 'career-path-explorer:select', id: 'Support Analyst' });
    w.send(PORTAL, { type: 'career-path-explorer:select', id: 'Support Analyst' }, {});
    expect(ex.q.role).toBe('');
    w.send(PORTAL, { type: 'career-path-explorer:select', id: 'Support Analyst' });
    expect(ex.q.role).toBe('support-analyst');
  });
});

describe('command size caps', () => {
  const big = 'x'.repeat(MAX_COMMAND_FIELD_CHARS + 1);
  it('reads well-formed commands', () => {
    expect(readCommand({ type: 'career-path-explorer:select', id: 'a' })).toEqual({
      type: 'career-path-explorer:select',
      id: 'a',
    });
    expect(
      readCommand({
        type: 'career-path-explorer:showPath',
        from: 'a'.repeat(MAX_COMMAND_FIELD_CHARS),
        to: 'b',
      }),
    ).toEqual({
      type: 'career-path-explorer:showPath',
      from: 'a'.repeat(MAX_COMMAND_FIELD_CHARS),
      to: 'b',
    });
    expect(readCommand('career-path-explorer:select')).toBeNull();
    expect(readCommand({ type: 'someone-else:hello', payload: big })).toBeNull();
  });

  it('ignores a command with an oversized field or message, with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readCommand({ type: 'career-path-explorer:showPath', from: big, to: 'b' })).toBeNull();
    expect(readCommand({ type: 'career-path-explorer:select', id: 'a', extra: big })).toBeNull();
    expect(readCommand({ type: 'career-path-explorer:select', id: 'a', [big]: 1 })).toBeNull();
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    expect(readCommand({ type: 'career-path-explorer:select', id: 'a', ...many })).toBeNull();
    expect(
      readCommand({ type: 'career-path-explorer:select', id: 'a', nested: { deep: big } }),
    ).toBeNull();
    expect(warn).toHaveBeenCalledTimes(5);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/career-path-explorer: ignored/);
  });

  it('never hands an oversized field to the explorer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ex = new Explorer(defaultModel);
    await ex.catalog.load('');
    const w = fakeWindow({ ancestors: [PORTAL] });
    connectParent(ex, w.win, PORTAL, [PORTAL]);
    w.send(PORTAL, {
      type: 'career-path-explorer:showPath',
      from: 'x'.repeat(5_000_000),
      to: 'support-analyst',
    });
    expect(ex.q.from).toBe('');
    expect(ex.q.to).toBe('');
  });
});
