import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { readOverlay } from '../../../src/model/career/overlay';
import { formatFromFileName, loadCatalog } from '../../../src/model/index';
import { publishFramework } from '../../../src/model/export/index';
import type { CareerGraph } from '../../../src/model/graph/career-graph';
import type { CatalogFormat } from '../../../src/model/graph/types';
import { CORPUS, expectFiles, loadGraphs, readExpectFile } from '../corpus-check';
import { readRepoFile } from '../helpers';

/** Everything a person sees of a role and a move, reasons without their strength sentence. */
function picture(g: CareerGraph) {
  const tracks = new Map((g.getAttribute('tracks') ?? []).map((t) => [t.id, t]));
  const roles = g.mapNodes((id, a) => ({
    id,
    title: a.title,
    family: a.family,
    rank: a.rank,
    band: a.band,
    track: tracks.get(a.track)?.label,
    color: tracks.get(a.track)?.color,
    summary: a.summary.replace(/\s+/g, ' '),
    skills: a.skills,
    responsibilities: a.responsibilities,
    kpis: a.kpis,
    facts: [a.payMin, a.payMax, a.currency, a.monthsInRole, a.headcount],
  }));
  const moves = g
    .mapEdges((e, a) => ({
      e,
      kind: a.kind,
      // The author's own reason, which the overlay wrapped and the published file states.
      reason: a.reason
        .replace(/ Strength: [^]*$/, '')
        .replace('known to the organization (its overlay): ', '')
        .replace(/\s+/g, ' '),
      count: a.count,
    }))
    .sort((x, y) => (x.e < y.e ? -1 : 1));
  return { roles, moves };
}

/** Publishes a graph in a format, and loads the published file with no overlay. */
function republish(g: CareerGraph, format: CatalogFormat) {
  const text = publishFramework(g, format, defaultModel);
  const file = `published.${format === 'text' ? 'txt' : format}`;
  return { text, back: loadCatalog({ text, file, format }, { model: defaultModel }) };
}

describe('publishFramework: the published framework gives the same graph with no inference', () => {
  const catalogs = [
    'data/role-blueprints.txt',
    ...expectFiles().map((f) => `${CORPUS}/${readExpectFile(f).catalog}`),
  ];
  for (const path of catalogs)
    it(`${path.slice(path.lastIndexOf('/') + 1)}, in its own format`, () => {
      const { loaded } = loadGraphs(path);
      const format = formatFromFileName(path) ?? 'text';
      const { back } = republish(loaded, format);
      expect(back.format).toBe(format);
      expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(picture(back.graph)).toEqual(picture(loaded));
      // Nothing in the published graph is inferred: every move is the catalog's.
      expect(back.graph.filterEdges((_e, a) => a.provenance !== 'stated')).toEqual([]);
      // Publishing the published file changes nothing.
      expect(republish(back.graph, format).text).toBe(republish(loaded, format).text);
    });

  it('keeps every correction an author made in the overlay (the law firm example)', () => {
    const text = readRepoFile('test/fixtures/law-firm.csv');
    const overlay = readOverlay(
      JSON.parse(readRepoFile('test/fixtures/law-firm-corrections.model.json')),
    );
    const corrected = loadCatalog(
      { text, file: 'law-firm.csv', format: 'csv', overlay },
      { model: defaultModel },
    ).graph;
    for (const format of ['csv', 'text', 'json'] as const) {
      const { text: published, back } = republish(corrected, format);
      expect(picture(back.graph)).toEqual(picture(corrected));
      expect(back.graph.hasEdge('senior-paralegal->counsel')).toBe(false);
      if (format === 'text') {
        expect(published).toContain('Inference: none');
        expect(published).toMatch(/^Level: /m);
        expect(published).toMatch(/^Track: .+ #[0-9a-fA-F]{6}$/m);
        expect(published).toMatch(/^Next: .+ — .+$/m);
      }
    }
  });
});
