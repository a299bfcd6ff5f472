import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import type { PathResult } from '../../src/model/query/paths';
import { answer, type AnswerContext } from '../../src/worker/answer';
import { CatalogEngine } from '../../src/worker/handler';
import type { WorkerResponse } from '../../src/worker/protocol';
import { readRepoFile } from '../model/helpers';

/*
 * The worker's answers, driven as catalog.worker.ts drives them, with the page's cancellation
 * arriving at each point where the worker reads its messages.
 */

const SEED = readRepoFile('data/role-blueprints.txt');
const OTHER =
  'Ward Clerk: Role Blueprint\nKeeps records.\nNext: Ward Manager\n\nWard Manager: Role Blueprint\nRuns the ward.\n';
const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';

function worker() {
  const posted: WorkerResponse[] = [];
  const ctx: AnswerContext = {
    engine: new CatalogEngine(defaultModel),
    post: (m) => posted.push(m),
    yieldTask: async () => {},
  };
  return { ctx, posted };
}
const live = () => new AbortController().signal;

describe('the worker, when the page cancels a load', () => {
  // The page shows the seed, held by the worker; another catalog starts loading, and the user
  // chooses something else while it builds.
  for (const at of [1, 2, 3])
    it(`keeps answering about the catalog shown when a load is cancelled at step ${at} of 3`, async () => {
      const { ctx, posted } = worker();
      await answer(ctx, 1, { type: 'load', text: SEED, name: 'seed.txt' }, live());
      const cancel = new AbortController();
      let yields = 0;
      const cancelling: AnswerContext = {
        ...ctx,
        // A cancellation posted while the worker was busy is read at its next yield: before the
        // build (1), before its second phase (2), after that phase, which replaces the catalog
        // held in one task (3).
        yieldTask: async () => {
          if (++yields === at) cancel.abort();
        },
      };
      await answer(cancelling, 2, { type: 'load', text: OTHER, name: 'ward.txt' }, cancel.signal);
      expect(posted.filter((m) => m.id === 2 && 'ok' in m)).toEqual([]);
      await answer(ctx, 3, { type: 'path', from: FROM, to: TO, options: {} }, live());
      const last = posted.at(-1)!;
      expect(last).toMatchObject({ id: 3, ok: true });
      const path = (last as { result: PathResult }).result;
      expect(path.found && [path.path[0], path.path.at(-1)]).toEqual([FROM, TO]);
    });

  it('holds a load that is not cancelled', async () => {
    const { ctx, posted } = worker();
    await answer(ctx, 1, { type: 'load', text: SEED, name: 'seed.txt' }, live());
    await answer(ctx, 2, { type: 'load', text: OTHER, name: 'ward.txt' }, live());
    expect(posted.at(-1)).toMatchObject({ id: 2, ok: true, result: { total: 2 } });
    await answer(
      ctx,
      3,
      { type: 'path', from: 'ward-clerk', to: 'ward-manager', options: {} },
      live(),
    );
    expect((posted.at(-1) as { result: PathResult }).result).toMatchObject({
      found: true,
      path: ['ward-clerk', 'ward-manager'],
    });
  });
});

describe('the overlay beside a catalog fetched by URL', () => {
  const LAW = readRepoFile('test/fixtures/law-firm.csv');
  const OVERLAY = JSON.stringify({
    rejected: [{ from: 'Senior Paralegal', to: 'Counsel' }],
    roles: [{ role: 'Counsel', level: 'Principal' }],
  });
  /** A site serving the catalog, and beside it `overlay` (a body, or an HTTP status). */
  const site =
    (overlay: string | number, asked: string[] = []): typeof fetch =>
    async (input) => {
      const url = String(input);
      asked.push(url);
      if (url.endsWith('/law.csv')) return new Response(LAW);
      if (url.endsWith('/law.model.json'))
        return typeof overlay === 'number'
          ? new Response('nope', { status: overlay })
          : new Response(overlay);
      return new Response('', { status: 404 });
    };
  const load = async (fetchImpl: typeof fetch) => {
    const { ctx, posted } = worker();
    const page = 'https://intranet.example/careers/';
    await answer(
      { ...ctx, fetch: fetchImpl },
      1,
      { type: 'load', url: `${page}law.csv`, name: 'law.csv', page, allowedOrigins: [] },
      live(),
    );
    const done = posted.find((m) => 'ok' in m && m.ok);
    if (!done || !('result' in done)) throw new Error(JSON.stringify(posted.at(-1)));
    const result = done.result as import('../../src/worker/protocol').LoadResult;
    return { whole: result.whole!, diagnostics: result.diagnostics };
  };
  const edge = (w: { edges: { source: string; target: string }[] }, s: string, t: string) =>
    w.edges.some((e) => e.source === s && e.target === t);

  it('fetches <catalog>.model.json from the same place and applies it', async () => {
    const asked: string[] = [];
    const { whole, diagnostics } = await load(site(OVERLAY, asked));
    expect(asked).toEqual([
      'https://intranet.example/careers/law.csv',
      'https://intranet.example/careers/law.model.json',
    ]);
    expect(edge(whole, 'senior-paralegal', 'counsel')).toBe(false);
    expect(whole.nodes.find((n) => n.key === 'counsel')?.attributes?.['rankEvidence']).toBe(
      'level',
    );
    expect(diagnostics.map((d) => d.message).join('\n')).not.toContain('overlay');
  });

  it('reads the catalog alone when there is none beside it', async () => {
    const { whole, diagnostics } = await load(site(404));
    expect(edge(whole, 'senior-paralegal', 'counsel')).toBe(true);
    expect(diagnostics.map((d) => d.message).join('\n')).not.toContain('overlay');
  });

  it.each([
    ['{ not json', 'the overlay law.model.json is not applied: it is not JSON'],
    [
      '{"roles": [{"role": "Counsel"}]}',
      'the overlay law.model.json is not applied: roles[0]: needs "level" or "family"',
    ],
    [500, 'the overlay law.model.json is not applied: HTTP 500'],
  ])(
    'reads the catalog without an overlay it cannot read (%s), and says why',
    async (body, said) => {
      const { whole, diagnostics } = await load(site(body));
      expect(edge(whole, 'senior-paralegal', 'counsel')).toBe(true);
      expect(diagnostics.map((d) => d.message).join('\n')).toContain(said);
    },
  );
});
