import { describe, expect, it } from 'vitest';
import {
  PICTURE_FONTS,
  pictureLayout,
  wrapText,
  type PictureFont,
  type PictureInput,
} from '../../../src/ui/canvas/picture-layout';
import { fileStem, titleFromName } from '../../../src/ui/download';
import { language } from '../../../src/i18n/language.svelte';

/** Text as wide as its characters at 0.6 of the font's size, at 2x. */
const measure = (text: string, font: PictureFont) => text.length * PICTURE_FONTS[font].px * 2 * 0.6;

const input = (over: Partial<PictureInput> = {}): PictureInput => ({
  scale: 2,
  title: 'Role blueprints',
  subtitle: '30 roles in 6 tracks',
  lattice: { width: 3000, height: 1900 },
  rows: [
    { label: 'Senior', y: 100 },
    { label: 'Entry (Associate)', y: 1800 },
  ],
  tracks: [
    { label: 'Service Desk', left: 0, right: 280, color: '#0072b2' },
    { label: 'Account Management', left: 2580, right: 3000, color: '#56b4e9' },
  ],
  legend: [
    { label: 'Service Desk', mark: 'dot', color: '#0072b2' },
    { label: 'Account Management', mark: 'dot', color: '#56b4e9' },
    { label: 'Promotion', mark: 'line' },
    { label: 'Lateral move', mark: 'dashed' },
  ],
  measure,
  ...over,
});

const textOf = (l: ReturnType<typeof pictureLayout>, font: PictureFont) =>
  l.texts.filter((t) => t.font === font);

describe('pictureLayout', () => {
  it('puts the title, the track names, the lattice and the legend top to bottom', () => {
    const l = pictureLayout(input());
    const [title] = textOf(l, 'title');
    const [sub] = textOf(l, 'subtitle');
    expect(title!.text).toBe('Role blueprints');
    expect(sub!.text).toBe('30 roles in 6 tracks');
    const heads = textOf(l, 'track');
    expect(heads.map((t) => t.text)).toEqual(['Service Desk', 'Account Management']);
    const legend = textOf(l, 'legend');
    expect(legend.map((t) => t.text)).toEqual([
      'Service Desk',
      'Account Management',
      'Promotion',
      'Lateral move',
    ]);
    expect(title!.y).toBeLessThan(sub!.y);
    for (const h of heads) {
      expect(h.y).toBeGreaterThan(sub!.y);
      expect(h.y).toBeLessThan(l.lattice.y);
    }
    for (const t of legend) expect(t.y).toBeGreaterThan(l.lattice.y + l.lattice.height);
    expect(l.bars.map((b) => b.color)).toEqual(['#0072b2', '#56b4e9']);
    for (const b of l.bars) expect(b.y + b.height).toBeLessThan(l.lattice.y);
  });

  it('puts each level name beside its row and each track name over its columns', () => {
    const l = pictureLayout(input());
    const levels = textOf(l, 'level');
    expect(levels.map((t) => [t.text, t.y - l.lattice.y])).toEqual([
      ['Senior', 100],
      ['Entry (Associate)', 1800],
    ]);
    // Right-aligned just left of the lattice, and clear of the picture's left edge.
    for (const t of levels) {
      expect(t.align).toBe('right');
      expect(t.x).toBeLessThan(l.lattice.x);
      expect(t.x - measure(t.text, 'level')).toBeGreaterThan(0);
    }
    const [desk, accounts] = textOf(l, 'track');
    expect(desk!.x).toBe(l.lattice.x + 140);
    expect(accounts!.x).toBe(l.lattice.x + 2790);
  });

  it('keeps a margin all round and leaves no room beyond the axes, the lattice and the margin', () => {
    const l = pictureLayout(input());
    expect(l.lattice.x + l.lattice.width).toBeLessThan(l.width);
    expect(l.width - (l.lattice.x + l.lattice.width)).toBeCloseTo(40, 0);
    const last = Math.max(...l.texts.map((t) => t.y));
    expect(l.height - last).toBeLessThan(80);
    for (const t of l.texts) {
      const w = measure(t.text, t.font);
      const left = t.align === 'left' ? t.x : t.align === 'center' ? t.x - w / 2 : t.x - w;
      expect(left, t.text).toBeGreaterThanOrEqual(40);
      expect(left + w, t.text).toBeLessThanOrEqual(l.width - 40);
    }
  });

  it('wraps a long track name into two lines over narrow columns, and a long title', () => {
    const l = pictureLayout(
      input({
        title: 'A very long picture title that does not fit on one line of a narrow picture at all',
        lattice: { width: 800, height: 400 },
        tracks: [{ label: 'Account Management', left: 0, right: 200, color: '#56b4e9' }],
      }),
    );
    expect(textOf(l, 'track').map((t) => t.text)).toEqual(['Account', 'Management']);
    const subtitle = 'Career path: Associate Service Desk Analyst → Senior Service Desk Analyst';
    const narrow = pictureLayout(input({ subtitle, lattice: { width: 300, height: 400 } }));
    // A long subtitle takes a second line rather than losing its end.
    expect(
      textOf(narrow, 'subtitle')
        .map((t) => t.text)
        .join(' '),
    ).toBe(subtitle);
    const titles = textOf(l, 'title');
    expect(titles.length).toBe(2);
    for (const t of titles) expect(measure(t.text, 'title')).toBeLessThanOrEqual(l.width - 80);
  });

  it('makes a narrow lattice as wide as a line of legend, the lattice centred', () => {
    const l = pictureLayout(input({ lattice: { width: 300, height: 400 }, rows: [], tracks: [] }));
    expect(l.width).toBe(360 * 2 + 80);
    expect(l.lattice.x).toBe((l.width - 300) / 2);
    // The legend wraps onto more lines rather than running out of the picture.
    const legend = textOf(l, 'legend');
    expect(new Set(legend.map((t) => t.y)).size).toBeGreaterThan(1);
  });
});

describe('wrapText', () => {
  it('ends with an ellipsis what does not fit in the lines given', () => {
    const lines = wrapText('one two three four five six', 100, 'legend', measure, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(measure(l, 'legend')).toBeLessThanOrEqual(100);
  });
});

describe('a picture’s title and file name', () => {
  it('titles a picture with the catalog name in words, never its file name', () => {
    expect(titleFromName('role-blueprints.txt')).toBe('Role blueprints');
    expect(titleFromName('ACME_roles 2024.json')).toBe('ACME roles 2024');
    expect(titleFromName('.csv')).toBe('Career paths');
    expect(fileStem('Service desk to account management').toLowerCase()).toBe(
      'service-desk-to-account-management',
    );
  });

  it('titles a picture of a catalog without a name in the interface’s language', () => {
    try {
      language.set('de');
      expect(titleFromName('.csv')).toBe('Karrierepfade');
      expect(titleFromName('role-blueprints.txt')).toBe('Role blueprints');
    } finally {
      language.set('en');
    }
  });
});
