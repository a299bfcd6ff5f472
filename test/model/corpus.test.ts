import { describe, expect, it } from 'vitest';
import type { CareerGraph } from '../../src/model/graph/career-graph';
import {
  check,
  CORPUS,
  expectFiles,
  hitsIn,
  loadGraphs,
  rate,
  readExpectFile,
} from './corpus-check';

/**
 * The evaluation corpus (`test/corpus/`): catalogs from six fields, each with the expectations a
 * person from that field would state. Every expectation must hold; the hit rate per catalog is
 * printed so a change that trades one field for another shows, from the text alone and with the
 * catalog's overlay (`<catalog>.model.json`, read as the command-line tool reads it) when it has one.
 */

const files = expectFiles();

describe('the evaluation corpus', () => {
  it('has at least six catalogs of ten or more roles from different fields', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const f of files) {
    const spec = readExpectFile(f);
    it(`holds every expectation on ${spec.catalog} (${spec.field})`, () => {
      const { plain, loaded, overlaid } = loadGraphs(`${CORPUS}/${spec.catalog}`);
      expect(loaded.order).toBeGreaterThanOrEqual(10);
      const total = spec.expectations.length;
      const rateIn = (g: CareerGraph) => rate(hitsIn(g, spec.expectations), total);
      console.info(
        `corpus ${spec.catalog}: ${rateIn(plain)} hold from the text alone` +
          (overlaid ? `, ${rateIn(loaded)} with its overlay` : ''),
      );
      const misses = spec.expectations
        .map((e) => ({ e, wrong: check(loaded, e) }))
        .filter((x) => x.wrong !== null);
      expect(misses.map((m) => `${m.e.kind}: ${m.wrong} — expected because ${m.e.why}`)).toEqual(
        [],
      );
    });
  }
});
