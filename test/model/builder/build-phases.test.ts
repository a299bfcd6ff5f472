import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph, buildCareerGraphFirst } from '../../../src/model/builder/build-graph';
import { defaultModel } from '../../../src/model/career/default-model';
import { parseCatalog, type CatalogRole } from '../../../src/model/index';
import { loadCatalog, startLoading } from '../../../src/model/load/load';
import { generateCatalog } from '../../synthetic';
import { readRepoFile } from '../helpers';

/*
 * The build in two phases (the worker shows a large catalog's first view between them) must give
 * exactly the graph of the build in one go, node and edge order included.
 */

function catalogs(): [string, string][] {
  const out: [string, string][] = [['seed', readRepoFile('data/role-blueprints.txt')]];
  const dir = new URL('../../corpus/', import.meta.url);
  for (const f of readdirSync(dir))
    if (/\.(txt|csv)$/.test(f) || (f.endsWith('.json') && !/\.(expect|model)\.json$/.test(f)))
      out.push([f, readRepoFile(`test/corpus/${f}`)]);
  out.push(['synthetic 1000', generateCatalog({ roles: 1000, seed: 5, statedShare: 0.3 })]);
  return out;
}

const roles = (name: string, text: string): CatalogRole[] => parseCatalog(text, name).roles;

describe('the build in two phases', () => {
  for (const [name, text] of catalogs())
    it(`gives the one-go build's graph on ${name}`, () => {
      const whole = buildCareerGraph(roles(name, text), defaultModel);
      const first = buildCareerGraphFirst(roles(name, text), defaultModel);
      const before = first.graph.export();
      first.finish();
      const after = first.graph.export();
      expect(JSON.stringify(after)).toBe(JSON.stringify(whole.graph.export()));
      expect(first.diagnostics).toEqual(whole.diagnostics);
      // The first phase already fixed every role (rank, track, attributes) and their order;
      // the second only adds moves, after the first phase's.
      expect(JSON.stringify(before.nodes)).toBe(JSON.stringify(after.nodes));
      expect(after.edges.slice(0, before.edges.length)).toEqual(before.edges);
      if (name.startsWith('synthetic'))
        expect(after.edges.length).toBeGreaterThan(before.edges.length);
      // A second call adds nothing.
      first.finish();
      expect(first.graph.size).toBe(whole.graph.size);
    });

  it('loads in steps to the same checked catalog as loadCatalog', () => {
    const text = generateCatalog({ roles: 800, seed: 3 });
    const stages: string[] = [];
    const steps = startLoading(
      { text, file: 'c.txt' },
      { model: defaultModel, progress: (p) => stages.push(p.stage) },
    );
    expect(stages).toEqual(['parsing', 'building']);
    const done = steps.finish();
    expect(stages).toEqual(['parsing', 'building', 'indexing']);
    const once = loadCatalog({ text, file: 'c.txt' }, { model: defaultModel });
    expect(JSON.stringify(done.graph.export())).toBe(JSON.stringify(once.graph.export()));
    expect(done.diagnostics).toEqual(once.diagnostics);
    expect(done.findings).toEqual(once.findings);
    expect(steps.finish()).toBe(done);
  });
});
