import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  exportAs,
  exportButtons,
  exportCSV,
  exportFormat,
  exportGEXF,
  exportGraphML,
  exportJSON,
} from '../../../src/model/export';
import { loadSeed } from '../helpers';

describe('the export registry', () => {
  const { graph } = loadSeed();

  it('names each format once, with a file name that ends in its extension and a media type of its own kind', () => {
    const ids = EXPORT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const suffixes = EXPORT_FORMATS.map((f) => f.suffix);
    expect(new Set(suffixes).size).toBe(suffixes.length);
    for (const f of EXPORT_FORMATS) {
      expect(f.suffix.endsWith(`.${f.extension}`), f.id).toBe(true);
      // An XML format says which (a GEXF file is not downloaded as generic XML).
      expect(f.mediaType, f.id).not.toBe('application/xml');
      expect(f.mediaType).toMatch(/^(application|text)\/[\w.+-]+$/);
    }
  });

  it('writes what each format writer writes', () => {
    const csv = exportCSV(graph);
    expect(exportAs(graph, 'json')).toBe(exportJSON(graph));
    expect(exportAs(graph, 'gexf')).toBe(exportGEXF(graph));
    expect(exportAs(graph, 'graphml')).toBe(exportGraphML(graph));
    expect(exportAs(graph, 'csv-roles')).toBe(csv.roles);
    expect(exportAs(graph, 'csv-moves')).toBe(csv.moves);
  });

  it('finds a format by its id only', () => {
    expect(exportFormat('gexf')?.suffix).toBe('.gexf');
    expect(exportFormat('csv')).toBeUndefined();
    expect(exportFormat('__proto__')).toBeUndefined();
  });

  it('offers one button per label, the CSV tables under one', () => {
    const buttons = exportButtons().map((b) => ({
      label: b.label,
      formats: b.formats.map((f) => f.id),
    }));
    expect(buttons).toEqual([
      { label: 'Graph JSON', formats: ['json'] },
      { label: 'GEXF (Gephi)', formats: ['gexf'] },
      { label: 'GraphML (yEd, Cytoscape)', formats: ['graphml'] },
      { label: 'Roles and moves CSV', formats: ['csv-roles', 'csv-moves'] },
    ]);
  });
});
