import { afterEach, describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { Explorer } from '../../../src/state/explorer.svelte';
import { problemText, type CatalogProblem } from '../../../src/state/catalog/problems';
import { progressText } from '../../../src/state/catalog/progress';
import { language } from '../../../src/i18n/language.svelte';

/*
 * What the catalog state says is kept as data and written in the interface's language when it is
 * read: English word for word as before, and another language once the user picks one.
 */

const MB = 1024 * 1024;

describe('the catalog state’s messages', () => {
  afterEach(() => language.set('en'));

  it('say in English what they said before', () => {
    const cases: [CatalogProblem, string][] = [
      [
        { kind: 'unreadable', name: 'x.txt', lines: ['x.txt:3: a', 'x.txt:4: b'], then: 'current' },
        'The catalog x.txt could not be read; the current catalog stays:\nx.txt:3: a\nx.txt:4: b',
      ],
      [
        { kind: 'unreadable', name: 'x.txt', lines: ['x.txt: no roles found'], then: 'bundled' },
        'The catalog x.txt could not be read; the bundled catalog is shown:\nx.txt: no roles found',
      ],
      [
        { kind: 'said', text: 'HTTP 404 for x.txt', bundled: true },
        'HTTP 404 for x.txt\nThe bundled catalog is shown instead.',
      ],
      [{ kind: 'said', text: 'HTTP 404 for x.txt' }, 'HTTP 404 for x.txt'],
      [
        { kind: 'too-large', file: 'big.csv', bytes: 75.25 * MB, limit: 50 * MB, overlay: false },
        'big.csv: catalog is 75.3 MB; the limit is 50.0 MB. The current catalog stays.',
      ],
      [
        { kind: 'too-large', file: 'o.json', bytes: 2 * MB, limit: MB, overlay: true },
        'o.json: the overlay is 2.0 MB; the limit is 1.0 MB. The current catalog stays.',
      ],
      [
        {
          kind: 'refused-stored',
          name: 'old.txt',
          why: { kind: 'unreadable', name: 'old.txt', lines: ['old.txt: bad'], then: 'bundled' },
        },
        'The catalog imported earlier, old.txt, could not be read by this version:\nold.txt: bad\nIt is still stored in this browser: download it or forget it in the Catalog panel.',
      ],
      [{ kind: 'export-failed', why: 'no canvas' }, 'Export failed: no canvas'],
    ];
    for (const [p, text] of cases) expect(problemText(p)).toBe(text);
  });

  it('write figures and sentences in the interface’s language, and English for the console', () => {
    const big: CatalogProblem = {
      kind: 'too-large',
      file: 'big.csv',
      bytes: 75.25 * MB,
      limit: 50 * MB,
      overlay: false,
    };
    language.set('de');
    expect(problemText(big)).toBe(
      'big.csv: Der Katalog ist 75,3 MB groß; die Grenze liegt bei 50,0 MB. Der aktuelle Katalog bleibt.',
    );
    expect(problemText(big, 'en')).toMatch(/^big\.csv: catalog is 75\.3 MB/);
    language.set('fr');
    expect(problemText({ kind: 'export-failed', why: 'x' })).toBe('Échec de l’export\u00a0: x');
  });

  it('say how far a load has come, its figures in the language’s way', () => {
    const at = { stage: 'building', fraction: 0.5 } as const;
    expect(progressText({ ...at, step: 'building', roles: 20000 })).toBe(
      'Building the graph of 20,000 roles…',
    );
    expect(progressText({ ...at, step: 'checking', roles: 1 })).toBe('Checking 1 role…');
    expect(progressText({ ...at, step: 'loading', name: 'big.csv' })).toBe('Loading big.csv…');
    language.set('de');
    expect(progressText({ ...at, step: 'indexing', roles: 20000 })).toBe(
      '20.000 Rollen werden indiziert…',
    );
  });

  it('follow the language the user picks, with no new load', async () => {
    const ex = new Explorer(defaultModel);
    await ex.catalog.load('');
    await ex.catalog.importOverlay(new File(['{}'], 'fixes.model.json'));
    expect(ex.catalog.error).toBe(
      'Import your catalog first: corrections (an overlay) go with an imported catalog. The current catalog stays.',
    );
    language.set('es');
    expect(ex.catalog.error).toMatch(/^Importe primero su catálogo/);
    ex.catalog.loadProgress = { stage: 'indexing', fraction: 0.9, step: 'indexing', roles: 1200 };
    expect(ex.catalog.progress).toEqual({
      stage: 'indexing',
      fraction: 0.9,
      message: 'Indexando 1200 puestos…',
    });
    ex.catalog.finishingMoves = true;
    expect(ex.catalog.finishing).toBe('Buscando movimientos entre familias similares…');
  });
});
