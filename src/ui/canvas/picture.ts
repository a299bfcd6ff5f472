/**
 * Draws an exported picture: the lattice image Cytoscape rendered, with the title, the axes and
 * the legend where `pictureLayout` puts them.
 */
import {
  PICTURE_FONTS,
  pictureLayout,
  type PictureFont,
  type PictureInput,
  type PictureLayout,
} from './picture-layout';

import type { LatticePicture } from '../../state/picture';
import { m } from '../../i18n/paraglide/messages.js';

export type { LatticePicture };

export interface PictureColors {
  bg: string;
  fg: string;
  muted: string;
}

export type PictureParts = Omit<PictureInput, 'measure' | 'lattice'>;

/**
 * Composes the picture and encodes it as a PNG.
 * @param lattice - the lattice image.
 * @param parts - the texts and axes, the axes' positions in picture pixels from the lattice
 *   image's corner.
 * @param colors - the theme's colours.
 * @param family - the font family.
 * @returns the PNG, and the layout it was drawn from.
 * @throws when the browser cannot draw or encode it, with a reason worded for the user (the
 *   catalog panel shows it).
 */
export async function composePicture(
  lattice: LatticePicture,
  parts: PictureParts,
  colors: PictureColors,
  family: string,
): Promise<{ png: Blob; layout: PictureLayout }> {
  const img = await createImageBitmap(lattice.png);
  const canvas = document.createElement('canvas');
  const g = canvas.getContext('2d');
  if (!g) {
    img.close();
    throw new Error(m.lattice_picture_cannot_draw());
  }
  const font = (f: PictureFont) =>
    `${PICTURE_FONTS[f].bold ? 'bold ' : ''}${PICTURE_FONTS[f].px * parts.scale}px ${family}`;
  const measure = (text: string, f: PictureFont) => {
    g.font = font(f);
    return g.measureText(text).width;
  };
  const layout = pictureLayout({
    ...parts,
    lattice: { width: img.width, height: img.height },
    measure,
  });
  canvas.width = layout.width;
  canvas.height = layout.height;
  g.fillStyle = colors.bg;
  g.fillRect(0, 0, layout.width, layout.height);
  g.drawImage(img, layout.lattice.x, layout.lattice.y);
  img.close();
  for (const b of layout.bars) {
    g.fillStyle = b.color;
    g.fillRect(b.x, b.y, b.width, b.height);
  }
  const k = parts.scale;
  for (const m of layout.marks) {
    if (m.mark === 'dot') {
      const r = 6 * k;
      g.fillStyle = m.color ?? colors.fg;
      g.beginPath();
      g.arc(m.x + m.size / 2, m.y, r, 0, 2 * Math.PI);
      g.fill();
    } else {
      g.strokeStyle = m.color ?? colors.fg;
      g.lineWidth = (m.mark === 'faint' ? 1 : 2) * k;
      g.globalAlpha = m.mark === 'faint' ? 0.45 : 1;
      g.setLineDash(m.mark === 'dashed' ? [4 * k, 3 * k] : []);
      g.beginPath();
      g.moveTo(m.x, m.y);
      g.lineTo(m.x + m.size, m.y);
      g.stroke();
      g.setLineDash([]);
      g.globalAlpha = 1;
    }
  }
  g.textBaseline = 'middle';
  for (const t of layout.texts) {
    g.font = font(t.font);
    g.textAlign = t.align;
    g.fillStyle = t.muted ? colors.muted : colors.fg;
    g.fillText(t.text, t.x, t.y);
  }
  const png = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error(m.lattice_picture_cannot_encode()))),
      'image/png',
    ),
  );
  return { png, layout };
}
