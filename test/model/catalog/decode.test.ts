import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogEncoding, decodeCatalog } from '../../../src/model/catalog/decode';
import { readRepoFile } from '../helpers';

const TEXT = 'Support Analyst: Role Blueprint\nRésout les incidents. 👩‍💻\n';

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out[at++] = bigEndian ? 0xfe : 0xff;
    out[at++] = bigEndian ? 0xff : 0xfe;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[at++] = bigEndian ? c >> 8 : c & 0xff;
    out[at++] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('decodeCatalog', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeCatalog(new TextEncoder().encode(TEXT))).toBe(TEXT);
  });

  it('reads UTF-8 with a byte-order mark, and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeCatalog(bytes)).toBe(TEXT);
  });

  it('reads UTF-16LE and UTF-16BE with a byte-order mark, and drops the mark', () => {
    expect(decodeCatalog(utf16(TEXT, false))).toBe(TEXT);
    expect(decodeCatalog(utf16(TEXT, true))).toBe(TEXT);
  });

  it('reads the UTF-16LE fixture the same as its UTF-8 text', () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../fixtures/bad/utf16.txt', import.meta.url)),
    );
    const text = decodeCatalog(bytes);
    expect(text.startsWith('Support Analyst: Role Blueprint')).toBe(true);
    expect(text).not.toContain('\0');
    expect(readRepoFile('test/fixtures/bad/utf16.txt')).toContain('\0');
  });

  it('reads UTF-16 without a mark as UTF-8 (so the binary check still refuses it)', () => {
    expect(decodeCatalog(utf16('Ab', false, false))).toBe('A\0b\0');
  });

  it('turns bytes that are not UTF-8 into U+FFFD, and an odd last UTF-16 byte too', () => {
    expect(decodeCatalog(new Uint8Array([0x41, 0xff, 0x42]))).toBe('A\ufffdB');
    expect(decodeCatalog(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).toBe('A\ufffd');
    expect(decodeCatalog(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x42]))).toBe('A\ufffd');
  });

  it('catalogEncoding names the encoding the mark announces, for a streaming reader', () => {
    expect(catalogEncoding(utf16('A', false))).toBe('utf-16le');
    expect(catalogEncoding(utf16('A', true))).toBe('utf-16be');
    expect(catalogEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(catalogEncoding(new Uint8Array([0x41]))).toBe('utf-8');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeCatalog(new Uint8Array())).toBe('');
    expect(decodeCatalog(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('');
  });
});
