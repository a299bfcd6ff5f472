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
