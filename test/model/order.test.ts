import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import { seedOverlay } from '../../src/model/career/default-overlay';
import type { Overlay } from '../../src/model/career/overlay';
import { parseCatalog } from '../../src/model/catalog/parse';
import { buildCareerGraph } from '../../src/model/builder/build-graph';
import type { CareerGraph, CatalogRole } from '../../src/model/graph';
import { overlayBeside, readRepoFile } from './helpers';

/*
 * Order independence: the same roles in any order give the same graph — ranks, families, track ids
 * and names, moves and their reasons. A deep link's `tracks=` or `role=` must survive an HR team
 * reordering its file. Checked on the bundled catalog and every corpus catalog, each with a few
 * random orders (a new seed each run; fast-check prints the one that fails).
 */

const catalogs: [string, CatalogRole[], Overlay | undefined][] = [
  [
    'data/role-blueprints.txt',
    parseCatalog(readRepoFile('data/role-blueprints.txt'), 'role-blueprints.txt').roles,
    seedOverlay,
  ],
];
for (const f of readdirSync('test/corpus'))
  if (/\.(txt|csv)$/.test(f) || (f.endsWith('.json') && !/\.(expect|model)\.json$/.test(f)))
    catalogs.push([
      `test/corpus/${f}`,
      parseCatalog(readRepoFile(`test/corpus/${f}`), f).roles,
      overlayBeside(`test/corpus/${f}`),
    ]);

/** The graph as plain sorted text: every role with its attributes, every move with its own. */
function described(g: CareerGraph) {
  return {
    roles: g.mapNodes((id, a) => `${id} ${JSON.stringify(a)}`).sort(),
    moves: g.mapEdges((_e, a, s, t) => `${s} > ${t} ${JSON.stringify(a)}`).sort(),
    graph: JSON.stringify(g.getAttributes()),
  };
}

describe('the graph does not depend on the order of the roles in the file', () => {
  it.each(catalogs)('%s', (_name, roles, overlay) => {
    const asWritten = described(buildCareerGraph(roles, defaultModel, overlay).graph);
    expect(asWritten.moves.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.shuffledSubarray(roles, { minLength: roles.length }), (order) => {
        expect(described(buildCareerGraph(order, defaultModel, overlay).graph)).toEqual(asWritten);
      }),
      { numRuns: 4 },
    );
  });
});
