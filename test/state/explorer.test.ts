import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchSpy } from './fetch-spy';
import { checkCatalogUrl } from '../../src/config';
import { defaultModel } from '../../src/model/career/default-model';
import { findPath } from '../../src/model/index';
import { Explorer, matchRoles } from '../../src/state/explorer.svelte';
import { MAX_ALTERNATIVES } from '../../src/state/query-values';
import { loadSeed } from '../model/helpers';
import { language } from '../../src/i18n/language.svelte';

const { graph } = loadSeed();

// What the explorer announces is in the interface's language: these tests read the English.
beforeEach(() => language.set('en'));
afterEach(() => vi.restoreAllMocks());

async function ready(): Promise<Explorer> {
  const ex = new Explorer(defaultModel);
  await ex.catalog.load('');
  return ex;
}

const fakeFetch =
  (files: Record<string, string>) =>
  async (url: string | URL | Request): Promise<Response> => {
    const path = new URL(String(url)).pathname;
    const body = files[path];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  };

describe('Explorer state', () => {
  it('loads the bundled seed and lists its 30 roles alphabetically', async () => {
    const ex = await ready();
    expect(ex.catalog.status).toBe('ready');
    expect(ex.roles).toHaveLength(30);
    const titles = ex.roles.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });

  it('derives the path and its alternatives from from/to and the options', async () => {
    const ex = await ready();
    expect(ex.pathResult).toBeNull();
    ex.setPath('associate-service-desk-analyst', 'technical-account-manager');
    const direct = findPath(graph, 'associate-service-desk-analyst', 'technical-account-manager', {
      alternatives: MAX_ALTERNATIVES,
    });
    expect(direct.found).toBe(true);
    if (!direct.found) return;
    expect(ex.activePath?.path).toEqual(direct.path);
    expect(ex.paths).toHaveLength(1 + direct.alternatives.length);
    ex.chooseAlternative(1);
    expect(ex.activePath?.path).toEqual(direct.alternatives[0]?.path);
    expect(ex.announcement).toContain('Alternative 1');
    ex.q.promotionsOnly = true;
    ex.setPath('associate-service-desk-analyst', 'lead-service-desk-analyst');
    expect(ex.activePath?.moves.length).toBeGreaterThan(0);
    expect(ex.activePath?.moves.every((m) => m.kind === 'promotion')).toBe(true);
  });

  it('announces a selection and a comparison in the interface’s language', async () => {
    const ex = await ready();
    ex.select('support-analyst');
    expect(ex.announcement).toBe('Selected Support Analyst.');
    ex.compare('support-analyst', 'senior-support-analyst');
    expect(ex.announcement).toBe('Comparing Support Analyst with Senior Support Analyst.');
    language.set('de');
    ex.select('senior-support-analyst');
    expect(ex.announcement).toBe('Senior Support Analyst ausgewählt.');
    language.set('es');
    ex.compare('senior-support-analyst', 'support-analyst');
    expect(ex.announcement).toBe('Comparando Senior Support Analyst con Support Analyst.');
  });

  it('announces when there is no path', async () => {
    const ex = await ready();
    ex.q.promotionsOnly = true;
    ex.setPath('principal-service-desk-analyst', 'associate-support-analyst');
    expect(ex.pathResult?.found).toBe(false);
    expect(ex.announcement).toMatch(/^No path from Principal Service Desk Analyst/);
  });

  it('swaps From and To', async () => {
    const ex = await ready();
    ex.setPath('support-analyst', 'senior-support-analyst');
    ex.swap();
    expect([ex.q.from, ex.q.to]).toEqual(['senior-support-analyst', 'support-analyst']);
  });

  it('filters by track and by the selected role’s neighbourhood, and clears all', async () => {
    const ex = await ready();
    ex.q.tracks = ['service-desk'];
    expect(
      [...ex.visible.roles].every((id) => graph.getNodeAttribute(id, 'track') === 'service-desk'),
    ).toBe(true);
    expect(ex.visible.roles.size).toBe(6);
    expect(ex.filtersActive).toBe(true);
    ex.clearFilters();
    expect(ex.visible.roles.size).toBe(30);
    ex.select('service-desk-analyst');
    ex.q.within = 1;
    const oneMove = new Set([
      'service-desk-analyst',
      ...graph.outNeighbors('service-desk-analyst'),
    ]);
    expect(ex.visible.roles).toEqual(oneMove);
    ex.q.within = null;
    ex.q.feeders = true;
    expect(ex.visible.roles.has('associate-service-desk-analyst')).toBe(true);
    expect(ex.visible.roles.has('senior-service-desk-analyst')).toBe(false);
  });

  it('lists moves in and out of a role', async () => {
    const ex = await ready();
    const out = ex.movesOut('technical-account-manager').map((m) => m.id);
    expect(out).toContain('senior-technical-account-manager');
    const into = ex.movesIn('escalation-engineer').map((m) => m.id);
    expect(into.sort()).toEqual(graph.inNeighbors('escalation-engineer').sort());
  });

  it('loads a catalog from an allowed URL, and keeps the last good one when a load fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const ex = new Explorer(defaultModel);
    const files = {
      '/c/good.json': JSON.stringify({ roles: [{ title: 'Data Analyst', summary: 'Reports.' }] }),
      '/c/bad.txt': 'no titles here',
    };
    await ex.catalog.load(
      '/c/good.json',
      fakeFetch(files) as typeof fetch,
      'http://intranet.test/app/',
    );
    expect(ex.catalog.status).toBe('ready');
    expect(ex.roles.map((r) => r.title)).toEqual(['Data Analyst']);
    await ex.catalog.load(
      '/c/bad.txt',
      fakeFetch(files) as typeof fetch,
      'http://intranet.test/app/',
    );
    expect(ex.catalog.error).toContain('bad.txt');
    expect(ex.catalog.error).toContain('no roles found');
    expect(ex.roles.map((r) => r.title)).toEqual(['Data Analyst']);
    await ex.catalog.load(
      '/c/missing.txt',
      fakeFetch(files) as typeof fetch,
      'http://intranet.test/app/',
    );
    expect(ex.catalog.error).toContain('HTTP 404');
  });

  it('never leaves the page without a catalog: a link that fails opens the bundled one, and says so', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const files = { '/c/bad.txt': 'no titles here' };
    for (const url of ['/c/bad.txt', '/c/missing.txt', 'https://hr.test/c.txt']) {
      logged.mockClear();
      const ex = new Explorer(defaultModel);
      await ex.catalog.load(url, fakeFetch(files) as typeof fetch, 'http://intranet.test/app/');
      expect(ex.catalog.status).toBe('ready');
      expect(ex.roles).toHaveLength(30);
      expect(ex.catalog.catalogName).toBe('role-blueprints.txt');
      expect(ex.catalog.error).toMatch(/bundled catalog is shown/);
      expect(ex.catalog.error).not.toMatch(/has no catalog/);
      // Said once in the console too, for whoever set the link or the attribute up.
      expect(logged.mock.calls).toEqual([[`career-path-explorer: ${ex.catalog.error}`]]);
    }
  });

  it('shows the bundled catalog when a stored import is refused, and keeps the import to download', async () => {
    const ex = new Explorer(defaultModel);
    await ex.catalog.restoreSaved({ name: 'old.txt', text: 'no titles here' });
    expect(ex.catalog.status).toBe('ready');
    expect(ex.roles).toHaveLength(30);
    expect(ex.catalog.imported).toBe(false);
    expect(ex.catalog.refusedStored).toEqual({ name: 'old.txt', text: 'no titles here' });
    expect(ex.catalog.error).toMatch(/^The catalog imported earlier, old\.txt, could not be read/);
    expect(ex.catalog.error).toMatch(/download it or forget it in the Catalog panel/);
  });

  it('clears the choices an imported catalog has no role for, and says which', async () => {
    const ex = await ready();
    ex.setPath('associate-service-desk-analyst', 'support-analyst');
    ex.select('escalation-engineer');
    const text = [
      'Support Analyst: Role Blueprint',
      'Works the queue.',
      'Senior Support Analyst: Role Blueprint',
      'Owns the queue.',
    ].join('\n');
    await ex.catalog.importText('mine.txt', text, false);
    expect(ex.catalog.catalogName).toBe('mine.txt');
    // Support Analyst is in both catalogs: that choice stays.
    expect([ex.q.from, ex.q.to, ex.q.role]).toEqual(['', 'support-analyst', '']);
    expect(ex.catalog.notice).toBe(
      'mine.txt has no role for From (Associate Service Desk Analyst) and the selected role (Escalation Engineer): cleared.',
    );
    expect(ex.announcement.trim()).toBe(ex.catalog.notice);
    // An import that keeps every choice says nothing.
    ex.setPath('support-analyst', 'senior-support-analyst');
    await ex.catalog.importText('again.txt', text, false);
    expect(ex.catalog.notice).toBe('');
  });

  it('refuses a catalog from an origin that is not allowed, and says why', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const ex = new Explorer(defaultModel);
    const spy = fetchSpy();
    await ex.catalog.load('https://elsewhere.test/c.txt', spy.fetch, 'http://intranet.test/app/');
    expect(spy.called).toBe(false);
    // The bundled catalog is shown instead, with the reason.
    expect(ex.catalog.status).toBe('ready');
    expect(ex.catalog.error).toMatch(/Refused.*elsewhere\.test/);
    // And what to add, where: the page is the one the explorer runs in.
    expect(ex.catalog.error).toContain(
      'To allow it: put <meta name="cpe-catalog-origins" content="https://elsewhere.test"> in the <head> of http://intranet.test/app/',
    );
  });
});

describe('checkCatalogUrl', () => {
  const base = 'https://intranet.test/tools/careers/';
  it('accepts the same origin and configured origins only', () => {
    expect(checkCatalogUrl('data/x.txt', base, []).ok).toBe(true);
    expect(checkCatalogUrl('https://hr.test/x.txt', base, []).ok).toBe(false);
    expect(checkCatalogUrl('https://hr.test/x.txt', base, ['https://hr.test']).ok).toBe(true);
    expect(checkCatalogUrl('javascript:alert(1)', base, []).ok).toBe(false);
  });
});

describe('matchRoles (search and pickers)', () => {
  const options = [
    { id: 'stam', title: 'Senior Technical Account Manager' },
    { id: 'tam', title: 'Technical Account Manager' },
    { id: 'tse', title: 'Technical Support Engineer' },
  ];
  it('puts the exact title first, then titles starting with the text', () => {
    expect(matchRoles(options, 'technical account manager').map((o) => o.id)).toEqual([
      'tam',
      'stam',
    ]);
    expect(matchRoles(options, 'technical').map((o) => o.id)).toEqual(['tam', 'tse', 'stam']);
  });
  it('matches every word in any order, case-insensitively', () => {
    expect(matchRoles(options, 'ENGINEER support').map((o) => o.id)).toEqual(['tse']);
    expect(matchRoles(options, 'nothing')).toEqual([]);
    expect(matchRoles(options, '  ')).toHaveLength(3);
  });
});
