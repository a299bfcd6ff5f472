import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { language } from '../../src/i18n/language.svelte';
import { DEFAULT_QUERY, type ExplorerQuery } from '../../src/state/url';
import {
  VIEWS_KEY,
  deleteView,
  loadViews,
  openView,
  readViews,
  saveView,
} from '../../src/state/saved-views';

const view: ExplorerQuery = {
  ...DEFAULT_QUERY,
  from: 'associate-service-desk-analyst',
  to: 'technical-account-manager',
  alt: 1,
  promotionsOnly: true,
  avoid: ['support-engineer'],
  tracks: ['service-desk', 'support-engineering'],
  levels: [1, 5],
  role: 'support-analyst',
  within: 2,
  filterMode: 'fade',
};

describe('saved views', () => {
  it('open exactly as saved', () => {
    const storage = memoryStorage();
    const { views, stored } = saveView(storage, '  My 1:1 plan ', view, new Date(0));
    expect(stored).toBe(true);
    expect(views.map((v) => v.name)).toEqual(['My 1:1 plan']);
    const [back] = loadViews(storage);
    expect(openView(back!)).toEqual(view);
    // The stored query is the link's query string: sharing a view is sharing that link.
    expect(back!.query).toContain('from=associate-service-desk-analyst');
  });

  it('keeps the newest first, replaces one of the same name, and deletes by name', () => {
    const storage = memoryStorage();
    saveView(storage, 'a', view);
    saveView(storage, 'b', DEFAULT_QUERY);
    saveView(storage, 'a', { ...view, to: 'escalation-engineer' });
    expect(loadViews(storage).map((v) => v.name)).toEqual(['a', 'b']);
    expect(openView(loadViews(storage)[0]!).to).toBe('escalation-engineer');
    expect(deleteView(storage, 'a').map((v) => v.name)).toEqual(['b']);
    expect(saveView(storage, '   ', view).problem).toBe('Give the view a name.');
  });

  it("keeps a large catalog's focus, which the link does not carry", () => {
    const storage = memoryStorage();
    const focus = { kind: 'track' as const, radius: 3, track: 'support-engineering' };
    saveView(storage, 'wide', view, new Date(0), focus);
    expect(loadViews(storage)[0]!.focus).toEqual(focus);
    // A stored focus that is not one is dropped; the view itself is kept.
    storage.setItem(
      VIEWS_KEY,
      JSON.stringify([{ name: 'odd', query: 'role=a', focus: { kind: 'all', radius: -1 } }]),
    );
    expect(loadViews(storage)).toEqual([{ name: 'odd', query: 'role=a', savedAt: '' }]);
  });

  it('never throws on a corrupt store or a refusing browser, and keeps what is valid', () => {
    const storage = memoryStorage();
    storage.setItem(VIEWS_KEY, '{not json');
    expect(loadViews(storage)).toEqual([]);
    storage.setItem(
      VIEWS_KEY,
      JSON.stringify([{ name: 'ok', query: 'from=a' }, { name: 5 }, null, { name: 'x', query: 7 }]),
    );
    expect(loadViews(storage)).toEqual([{ name: 'ok', query: 'from=a', savedAt: '' }]);
    const refusing = memoryStorage('writes');
    const r = saveView(refusing, 'a', view);
    expect(r.stored).toBe(false);
    expect(r.problem).toMatch(/did not keep/);
    expect(loadViews(null)).toEqual([]);
  });

  it('keep one view per name, the newest, and say how many were left out', () => {
    // Two views of one name locked the user out of the panels on every reload: the list is
    // keyed by name.
    const storage = memoryStorage();
    storage.setItem(
      VIEWS_KEY,
      JSON.stringify([
        { name: 'plan', query: 'from=a&to=b' },
        { name: 'plan', query: 'avoid=x,x' },
        { name: 'other', query: '' },
        { name: 'plan', query: 'role=c' },
        { query: 'role=d' },
      ]),
    );
    const { views, problems } = readViews(storage);
    expect(views.map((v) => [v.name, v.query])).toEqual([
      ['plan', 'from=a&to=b'],
      ['other', ''],
    ]);
    expect(problems).toEqual([
      '1 saved view could not be read and is left out',
      '2 saved views repeated the name of a newer one and are left out',
    ]);
    // Saving again writes the cleaned list back.
    saveView(storage, 'new', view);
    expect(loadViews(storage).map((v) => v.name)).toEqual(['new', 'plan', 'other']);
    expect(readViews(storage).problems).toEqual([]);
  });

  it('say what was left out in the interface’s language, its figures written as it writes them', () => {
    const storage = memoryStorage();
    const many = Array.from({ length: 1200 }, (_, i) => ({ name: `v${i}`, query: '' }));
    storage.setItem(VIEWS_KEY, JSON.stringify([{ name: 5 }, ...many]));
    expect(readViews(storage).problems).toEqual([
      '1 saved view could not be read and is left out',
      'Only the newest 100 of 1,201 saved views are kept',
    ]);
    try {
      language.set('de');
      expect(readViews(storage).problems).toEqual([
        '1 gespeicherte Ansicht war nicht lesbar und wird weggelassen',
        'Nur die 100 neuesten von 1.201 gespeicherten Ansichten werden behalten',
      ]);
      expect(saveView(storage, ' ', view).problem).toBe('Geben Sie der Ansicht einen Namen.');
      language.set('fr');
      storage.setItem(VIEWS_KEY, JSON.stringify([{ name: 5 }, null, { name: 'a', query: '' }]));
      expect(readViews(storage).problems).toEqual([
        '2 vues enregistrées sont illisibles et ont été écartées',
      ]);
    } finally {
      language.set('en');
    }
  });

  it('open a view whose link repeats a role to avoid with that role once', () => {
    expect(openView({ name: 'x', query: 'avoid=x,x,y,x', savedAt: '' }).avoid).toEqual(['x', 'y']);
  });
});
