import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { EMPTY_OVERLAY, type Overlay } from '../../../src/model/career';
import { NO_FACTS } from '../../../src/model/query/catalog-facts';
import { openCatalog, type RouteTarget, type Routes } from '../../../src/state/catalog/route';

/*
 * The load route in the page with no worker (a page whose policy refuses workers): the catalog's
 * overlay applies there as it does in the worker and the command-line tool.
 */

const CATALOG = [
  'Field Technician: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path',
  'Installs and repairs equipment at customer sites.',
  '',
  'Account Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path',
  'Looks after a portfolio of customer accounts and their renewals.',
  '',
].join('\n');

function target(): RouteTarget {
  return {
    status: 'loading',
    catalogName: '',
    loaded: null,
    large: false,
    workerHasGraph: false,
    total: 0,
    index: [],
    wholeFacts: NO_FACTS,
    format: 'text',
    levels: [],
    loadProgress: null,
    finishingMoves: false,
    viewKey: '',
    diagnostics: [],
    problemCount: 0,
    imported: false,
    showView: () => {},
  };
}

const routes: Routes = {
  model: defaultModel,
  backend: null,
  // The worker's host: never reached on this route.
  host: { firstView: () => ({ spec: { kind: 'entry' }, include: [] }), forgetAnswers: () => {} },
  fail: (problem) => {
    throw new Error(JSON.stringify(problem));
  },
};

async function open(overlay?: Overlay) {
  const t = target();
  const signal = new AbortController().signal;
  const source = { text: CATALOG, ...(overlay ? { overlay } : {}) };
  expect(await openCatalog(t, routes, 'import', { source, name: 'roles.txt', signal })).toBe(true);
  return t.loaded!.graph;
}

describe('a catalog opened in the page, with no worker', () => {
  it("applies the catalog's overlay: its move is there with its reason, and not without it", async () => {
    const because = 'Our technicians often take on the accounts they serve.';
    const overlay: Overlay = {
      ...EMPTY_OVERLAY,
      moves: [{ from: 'Field Technician', to: 'Account Manager', kind: 'promotion', because }],
    };
    const moves = (g: Awaited<ReturnType<typeof open>>) =>
      g.filterEdges((_e, a) => a.reason.includes(because)).map((e) => g.extremities(e));
    expect(moves(await open(overlay))).toEqual([['field-technician', 'account-manager']]);
    expect(moves(await open())).toEqual([]);
  });
});
