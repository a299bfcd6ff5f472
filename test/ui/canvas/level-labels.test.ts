import { describe, expect, it } from 'vitest';
import { fitLevelLabels, levelForms, type AxisRow } from '../../../src/ui/canvas/level-labels';

/** Text 6 px a character, as the axis's small font is about. */
const measure = (t: string) => 6 * t.length;
const NAMES = [
  'Entry (Associate)',
  'Entry (Junior)',
  'Professional',
  'Senior',
  'Staff / Lead',
  'Principal',
];
/** The rows of a lattice at a zoom: entry level at the bottom, each `height` px tall. */
const rows = (height: number, names = NAMES): AxisRow[] =>
  names.map((label, i) => ({
    key: String(i),
    label,
    center: 600 - i * height,
    height,
  }));

/** No two labels' boxes overlap and each text fits its box. */
function readable(labels: ReturnType<typeof fitLevelLabels>) {
  const byTop = [...labels].sort((a, b) => a.top - b.top);
  for (let i = 1; i < byTop.length; i++)
    expect(byTop[i]!.top).toBeGreaterThanOrEqual(byTop[i - 1]!.top + byTop[i - 1]!.height - 1e-9);
  for (const l of labels) expect(measure(l.text)).toBeLessThanOrEqual(l.height);
}

describe('level names on the axis', () => {
  it('shortens a name by its bracketed step, its first alternative, its first word', () => {
    expect(levelForms('Entry (Junior)')).toEqual(['Entry (Junior)', 'Junior', 'Entry']);
    expect(levelForms('Staff / Lead')).toEqual(['Staff / Lead', 'Staff']);
    expect(levelForms('Senior Manager')).toEqual(['Senior Manager', 'Senior', 'SM']);
    expect(levelForms('Senior Vice President')).toEqual(['Senior Vice President', 'Senior', 'SVP']);
    expect(levelForms('VP')).toEqual(['VP']);
  });

  it('keeps every whole name when the rows are tall enough', () => {
    const labels = fitLevelLabels(rows(140), measure);
    expect(labels.map((l) => l.text)).toEqual([...NAMES].reverse());
    readable(labels);
  });

  it('shortens names that would run into the next row, never overlapping', () => {
    const labels = fitLevelLabels(rows(80), measure);
    expect(labels).toHaveLength(NAMES.length);
    expect(labels.map((l) => l.text)).toContain('Junior');
    expect(labels.map((l) => l.text)).toContain('Associate');
    readable(labels);
  });

  it('labels every second row when even short names do not fit, entry level kept', () => {
    const labels = fitLevelLabels(rows(18), measure);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(NAMES.length);
    expect(labels.at(-1)!.full).toBe('Entry (Associate)');
    readable(labels);
  });

  it('never names two levels alike: Senior Vice President is “SVP” beside “Senior”', () => {
    const labels = fitLevelLabels(
      rows(80, ['Professional', 'Senior', 'Senior Vice President']),
      measure,
    );
    expect(labels.map((l) => l.text)).toEqual(['SVP', 'Senior', 'Professional']);
    readable(labels);
  });

  it('draws nothing rather than unreadable text when the rows are a few pixels tall', () => {
    expect(fitLevelLabels(rows(1, ['A', 'B']), measure)).toEqual([]);
  });
});
