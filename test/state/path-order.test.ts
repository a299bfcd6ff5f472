import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import type { CareerGraph } from '../../src/model/index';
import { Explorer } from '../../src/state/explorer.svelte';
import { CatalogEngine } from '../../src/worker/handler';
import type { LoadResult } from '../../src/worker/protocol';

/* Paths ordered by role facts through the explorer's state and the worker (`by`). */

const example = readFileSync(
  new URL('../../public/examples/support-with-facts.txt', import.meta.url),
  'utf8',
);
const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';

describe('ordering paths in the explorer', () => {
  it('offers no fact orders on the bundled catalog, and says why a fact order finds nothing', async () => {
    const ex = new Explorer(defaultModel);
    await ex.catalog.load('');
    expect(ex.facts).toEqual({ pay: false, months: false, headcount: false, counts: false });
    ex.setPath(FROM, TO);
    ex.q.by = 'fastest';
    expect(ex.pathResult).toEqual({
      found: false,
      message: 'this catalog states no time in role, so there is no fastest path',
      why: { kind: 'order', issue: { by: 'fastest' } },
    });
  });

  it('follows q.by on a catalog with facts, and keys the question by it', async () => {
    const ex = new Explorer(defaultModel);
    await ex.catalog.importText('support-with-facts.txt', example, false);
    expect(ex.facts).toEqual({ pay: true, months: true, headcount: true, counts: true });
    ex.setPath(FROM, TO);
    const fewest = ex.activePath?.path;
    const key = ex.pathKey;
    ex.q.by = 'travelled';
    expect(ex.pathKey).not.toBe(key);
    expect(ex.activePath?.path).not.toEqual(fewest);
    expect(ex.activePath?.path).toContain('associate-support-specialist');
    expect(ex.activePath?.figure).toBe('least-travelled move: 8 people');
  });
});

describe('ordering paths in the worker', () => {
  it('reports the whole catalog’s facts with a load, and answers path questions by them', () => {
    const engine = new CatalogEngine(defaultModel);
    const loaded = engine.handle({
      type: 'load',
      text: example,
      name: 'support-with-facts.txt',
    }) as LoadResult;
    expect(loaded.facts).toEqual({ pay: true, months: true, headcount: true, counts: true });
    // The serialized graph the page gets keeps the facts.
    const g = Graph.from(loaded.whole!) as CareerGraph;
    expect(g.getNodeAttribute(TO, 'payMin')).toBe(95000);
    expect(g.getEdgeAttribute('customer-support-engineer', TO, 'count')).toBe(8);
    const r = engine.handle({ type: 'path', from: FROM, to: TO, options: { by: 'fastest' } });
    expect(r).toMatchObject({
      found: true,
      path: [
        FROM,
        'associate-technical-support-specialist',
        'technical-support-engineer',
        'customer-support-engineer',
        TO,
      ],
      figure: '51 months in the roles passed through',
    });
  });
});
