/**
 * Where the parts of an exported picture go: the title, the level names down the side, the
 * track names across the top, the lattice and the legend. Pure arithmetic on sizes (text is
 * measured by the caller's `measure`), so that it is tested without a browser; `picture.ts`
 * draws what this lays out.
 */

/** The picture's kinds of text; `picture.ts` gives each its size and weight. */
export type PictureFont = 'title' | 'subtitle' | 'level' | 'track' | 'legend';

/** Each font's size in CSS pixels (multiplied by the picture's scale) and its weight. */
export const PICTURE_FONTS: Record<PictureFont, { px: number; bold: boolean }> = {
  title: { px: 22, bold: true },
  subtitle: { px: 13, bold: false },
  level: { px: 13, bold: false },
  track: { px: 13, bold: true },
  legend: { px: 13, bold: false },
};

/** A legend entry's mark: a track's dot, a move's line, or none. */
export type LegendMark = 'dot' | 'line' | 'dashed' | 'faint' | 'none';

export interface PictureInput {
  /** Image pixels per CSS pixel: 2 for a picture at twice the screen's resolution. */
  scale: number;
  title: string;
  subtitle: string;
  /** The lattice image's size, in picture pixels. */
  lattice: { width: number; height: number };
  /** Each row's level name and the row's centre, in picture pixels from the lattice's top. */
  rows: readonly { label: string; y: number }[];
  /**
   * Each track's name and its columns' extent, in picture pixels from the lattice's left
   * (none when the columns wrap into bands: no single header row fits them).
   */
  tracks: readonly { label: string; left: number; right: number; color: string }[];
  legend: readonly { label: string; mark: LegendMark; color?: string }[];
  /** The width of a text in a font, in picture pixels. */
  measure: (text: string, font: PictureFont) => number;
}

export type TextAlign = 'left' | 'center' | 'right';

/** A line of text, drawn with its baseline in the middle of `y`. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  font: PictureFont;
  align: TextAlign;
  muted?: boolean;
}

export interface PictureLayout {
  width: number;
  height: number;
  /** Where the lattice image goes (its top-left corner). */
  lattice: { x: number; y: number; width: number; height: number };
  texts: PlacedText[];
  /** Coloured bars under the track names. */
  bars: { x: number; y: number; width: number; height: number; color: string }[];
  /** Legend marks, each starting at x and centred on y, `size` wide. */
  marks: {
    mark: Exclude<LegendMark, 'none'>;
    x: number;
    y: number;
    size: number;
    color?: string;
  }[];
}

/**
 * Breaks a text into at most `maxLines` lines no wider than `width`, at spaces (a word wider
 * than the width is cut); the last line ends with an ellipsis when the text does not fit.
 * @returns the lines (at least one).
 */
export function wrapText(
  text: string,
  width: number,
  font: PictureFont,
  measure: PictureInput['measure'],
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i++]!;
    while (i < words.length && measure(`${line} ${words[i]}`, font) <= width)
      line = `${line} ${words[i++]}`;
    lines.push(line);
  }
  const last = lines.length - 1;
  if (last < 0) return [''];
  const rest = words.slice(i).join(' ');
  let end = rest ? `${lines[last]} ${rest}` : lines[last]!;
  if (measure(end, font) > width) {
    while (end.length > 1 && measure(`${end}…`, font) > width) end = end.slice(0, -1).trimEnd();
    end = `${end}…`;
  }
  lines[last] = end;
  return lines;
}

/**
 * Lays out a picture: the title and the subtitle (two lines each at most) at the top left, the track
 * names over their columns with a bar in the track's colour, the level names right-aligned
 * beside their rows, the lattice, and the legend in lines below it. The picture is as wide as
 * the level names and the lattice (or as the legend needs, at the least), with a margin all
 * round, so nothing touches its edge and nothing is left empty.
 * @param p - the sizes and texts.
 * @returns where everything goes, in picture pixels.
 */
export function pictureLayout(p: PictureInput): PictureLayout {
  const k = p.scale;
  const size = (font: PictureFont) => PICTURE_FONTS[font].px * k;
  const pad = 20 * k;
  const texts: PlacedText[] = [];
  const bars: PictureLayout['bars'] = [];
  const marks: PictureLayout['marks'] = [];

  // The side axis: the widest level name, then a gap to the lattice.
  const levelW = Math.max(0, ...p.rows.map((r) => p.measure(r.label, 'level')));
  const axisW = levelW ? levelW + 12 * k : 0;
  // The legend's entries, each a mark and its label.
  const markW = 22 * k;
  const entryW = p.legend.map(
    (e) => (e.mark === 'none' ? 0 : markW + 6 * k) + p.measure(e.label, 'legend'),
  );
  const blockW = axisW + p.lattice.width;
  // At least as wide as the widest legend entry, and room for a short legend on one line.
  const minInner = Math.max(360 * k, ...entryW);
  const width = Math.ceil(Math.max(blockW, minInner) + 2 * pad);
  const inner = width - 2 * pad;

  let y = pad;
  const titleLine = size('title') * 1.3;
  for (const line of wrapText(p.title, inner, 'title', p.measure, 2)) {
    texts.push({ text: line, x: pad, y: y + titleLine / 2, font: 'title', align: 'left' });
    y += titleLine;
  }
  if (p.subtitle) {
    const subLine = size('subtitle') * 1.5;
    for (const line of wrapText(p.subtitle, inner, 'subtitle', p.measure, 2)) {
      texts.push({
        text: line,
        x: pad,
        y: y + subLine / 2,
        font: 'subtitle',
        align: 'left',
        muted: true,
      });
      y += subLine;
    }
  }
  y += 14 * k;

  // The block of axes and lattice, centred when the legend makes the picture wider.
  const left = pad + (inner - blockW) / 2;
  const latticeX = left + axisW;
  if (p.tracks.length) {
    const trackLine = size('track') * 1.25;
    const barH = 3 * k;
    const heads = p.tracks.map((t) => {
      const w = Math.max(0, t.right - t.left - 6 * k);
      return { t, w, lines: wrapText(t.label, Math.max(w, size('track')), 'track', p.measure, 2) };
    });
    const headH = Math.max(...heads.map((h) => h.lines.length)) * trackLine;
    for (const { t, w, lines } of heads) {
      const cx = latticeX + (t.left + t.right) / 2;
      // Lines sit on the bar: a one-line name as low as the second line of a two-line one.
      const first = y + headH - lines.length * trackLine;
      lines.forEach((text, i) =>
        texts.push({
          text,
          x: cx,
          y: first + (i + 0.5) * trackLine,
          font: 'track',
          align: 'center',
        }),
      );
      bars.push({ x: cx - w / 2, y: y + headH + 2 * k, width: w, height: barH, color: t.color });
    }
    y += headH + 2 * k + barH + 8 * k;
  }

  const lattice = { x: latticeX, y, width: p.lattice.width, height: p.lattice.height };
  for (const r of p.rows)
    texts.push({
      text: r.label,
      x: latticeX - 12 * k,
      y: y + r.y,
      font: 'level',
      align: 'right',
      muted: true,
    });
  y += p.lattice.height + 16 * k;

  // The legend, in lines that fit the width.
  const legendLine = size('legend') * 1.7;
  const gap = 18 * k;
  let x = 0;
  let line = 0;
  p.legend.forEach((e, i) => {
    const w = entryW[i]!;
    if (x > 0 && x + w > inner) {
      line++;
      x = 0;
    }
    const cy = y + line * legendLine + legendLine / 2;
    let tx = pad + x;
    if (e.mark !== 'none') {
      marks.push({ mark: e.mark, x: tx, y: cy, size: markW, color: e.color });
      tx += markW + 6 * k;
    }
    texts.push({ text: e.label, x: tx, y: cy, font: 'legend', align: 'left' });
    x += w + gap;
  });
  if (p.legend.length) y += (line + 1) * legendLine;
  return { width, height: Math.ceil(y + pad), lattice, texts, bars, marks };
}
