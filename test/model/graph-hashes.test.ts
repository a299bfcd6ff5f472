import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import { formatFromFileName, loadCatalog } from '../../src/model/index';
import { overlayBeside, readRepoFile } from './helpers';

/*
 * The graph of every catalog in test/corpus/ and test/fixtures/ (and the bundled one), hashed:
 * a change that means to move code and not behaviour shows here as a hash that moved. A change
 * that means to change the graphs records the new hashes with UPDATE_GRAPH_HASHES=1 and says
 * why in its commit.
 */

const RECORD = new URL('./graph-hashes.json', import.meta.url);
const CATALOG = /\.(txt|csv|json)$/;
const NOT_A_CATALOG = /\.(expect|model)\.json$/;

function catalogs(): string[] {
  const inDir = (dir: string) =>
    readdirSync(new URL(`../../${dir}`, import.meta.url))
      .filter((f) => CATALOG.test(f) && !NOT_A_CATALOG.test(f) && f !== 'staff-model.json')
      .map((f) => `${dir}/${f}`);
  return [
    'data/role-blueprints.txt',
    ...inDir('test/corpus'),
    ...inDir('test/fixtures'),
    ...inDir('test/fixtures/bad'),
  ].sort();
}

/** The hash of a catalog's graph as the app builds it (with its overlay), or why it has none. */
function graphHash(path: string): string {
  const text = readRepoFile(path);
  const overlay = overlayBeside(path);
  try {
    const { graph } = loadCatalog(
      { text, file: path, format: formatFromFileName(path), overlay },
      { model: defaultModel },
    );
    return createHash('sha256').update(JSON.stringify(graph.export())).digest('hex');
  } catch (e) {
    return `no graph: ${(e as Error).message}`;
  }
}

describe('the graphs of the corpus and the fixtures', () => {
  it('are the ones recorded, byte for byte', () => {
    const hashes = Object.fromEntries(catalogs().map((p) => [p, graphHash(p)]));
    if (process.env['UPDATE_GRAPH_HASHES'])
      writeFileSync(RECORD, JSON.stringify(hashes, null, 2) + '\n');
    const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, string>;
    expect(hashes).toEqual(recorded);
    expect(Object.keys(hashes).length).toBeGreaterThanOrEqual(45);
  });
});
