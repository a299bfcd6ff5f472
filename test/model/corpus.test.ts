import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career/default-model';
import { findPath, formatFromFileName, loadCatalog, resolveRole } from '../../src/model/index';
import { levelAt } from '../../src/model/career/career-model';
import type { CareerGraph } from '../../src/model/graph/career-graph';
import { overlayBeside, readRepoFile } from './helpers';

/**
 * The evaluation corpus (`test/corpus/`): catalogs from six fields, each with the expectations a
 * person from that field would state. Every expectation must hold; the hit rate per catalog is
 * printed so a change that trades one field for another shows, from the text alone and with the
 * catalog's overlay (`<catalog>.model.json`, read as the command-line tool reads it) when it has one.
 */

type Expectation =
  | { kind: 'higher'; role: string; than: string; why: string }
  | {
      kind: 'sameLevel' | 'sameFamily' | 'differentFamily' | 'sameTrack';
      roles: string[];
      why: string;
    }
  | { kind: 'reachable' | 'notPromotion'; from: string; to: string; why: string };

interface ExpectFile {
  field: string;
  catalog: string;
  expectations: Expectation[];
}

const DIR = 'test/corpus';
const files = readdirSync(DIR).filter((f) => f.endsWith('.expect.json'));

/** Checks one expectation; returns what is wrong, or null when it holds. */
export function check(graph: CareerGraph, e: Expectation): string | null {
  const id = (title: string) => {
    const found = resolveRole(graph, title);
    if (!found) throw new Error(`no role "${title}" in the catalog`);
    return found;
  };
  const a = (title: string) => graph.getNodeAttributes(id(title));
  const describe = (title: string) => {
    const r = a(title);
    return `${title} (rank ${r.rank} ${levelAt(defaultModel, r.rank).label}, family ${r.family}, track ${r.track})`;
  };
  switch (e.kind) {
    case 'higher':
      return a(e.role).rank > a(e.than).rank
        ? null
        : `${describe(e.role)} is not above ${describe(e.than)}`;
    case 'sameLevel':
      return new Set(e.roles.map((r) => a(r).band)).size === 1
        ? null
        : `not one band: ${e.roles.map(describe).join('; ')}`;
    case 'sameFamily':
      return new Set(e.roles.map((r) => a(r).family.toLowerCase())).size === 1
        ? null
        : `not one family: ${e.roles.map(describe).join('; ')}`;
    case 'differentFamily':
      return new Set(e.roles.map((r) => a(r).family.toLowerCase())).size === e.roles.length
        ? null
        : `share a family: ${e.roles.map(describe).join('; ')}`;
    case 'sameTrack':
      return new Set(e.roles.map((r) => a(r).track)).size === 1
        ? null
        : `not one track: ${e.roles.map(describe).join('; ')}`;
    case 'reachable':
      return findPath(graph, id(e.from), id(e.to)).found
        ? null
        : `no path from ${e.from} to ${e.to}`;
    case 'notPromotion': {
      const s = id(e.from);
      const t = id(e.to);
      if (!graph.hasDirectedEdge(s, t)) return null;
      return graph.getDirectedEdgeAttribute(s, t, 'kind') === 'promotion'
        ? `${e.from} → ${e.to} is a promotion`
        : null;
    }
  }
}

describe('the evaluation corpus', () => {
  it('has at least six catalogs of ten or more roles from different fields', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const f of files) {
    const spec = JSON.parse(readRepoFile(`${DIR}/${f}`)) as ExpectFile;
    it(`holds every expectation on ${spec.catalog} (${spec.field})`, () => {
      const text = readRepoFile(`${DIR}/${spec.catalog}`);
      const format = formatFromFileName(spec.catalog);
      const overlay = overlayBeside(`${DIR}/${spec.catalog}`);
      const plain = loadCatalog({ text, file: spec.catalog, format }, { model: defaultModel });
      const loaded = overlay
        ? loadCatalog({ text, file: spec.catalog, format, overlay }, { model: defaultModel })
        : plain;
      expect(loaded.graph.order).toBeGreaterThanOrEqual(10);
      const missesIn = (g: CareerGraph) =>
        spec.expectations.map((e) => ({ e, wrong: check(g, e) })).filter((x) => x.wrong !== null);
      const misses = missesIn(loaded.graph);
      const rate = (n: number) =>
        `${spec.expectations.length - n}/${spec.expectations.length} (${((100 * (spec.expectations.length - n)) / spec.expectations.length).toFixed(0)}%)`;
      console.info(
        `corpus ${spec.catalog}: ${rate(missesIn(plain.graph).length)} hold from the text alone` +
          (overlay ? `, ${rate(misses.length)} with its overlay` : ''),
      );
      expect(misses.map((m) => `${m.e.kind}: ${m.wrong} — expected because ${m.e.why}`)).toEqual(
        [],
      );
    });
  }
});
