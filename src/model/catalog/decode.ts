/**
 * Turning the bytes of a catalog file into text, the same way in the CLI and in the page: the
 * byte-order mark decides (UTF-8, UTF-16LE or UTF-16BE, the mark itself dropped); without one the
 * bytes are read as UTF-8. Bytes that do not decode become U+FFFD, which the binary-content check
 * then counts (so UTF-16 without a mark, full of NUL characters, is still refused as binary).
 *
 * Readers differ without this: Chromium's `File.text()` follows a UTF-16 mark, while the Encoding
 * standard's UTF-8 decode (Node's `readFileSync(file, 'utf8')` and `Blob.text()`,
 * `TextDecoder('utf-8')`) reads a UTF-16 file as text full of NUL characters.
 */

export type CatalogEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding a catalog's first bytes announce with a byte-order mark (UTF-8 when there is none).
 * For a reader that decodes a stream: pick the decoder from the first chunk (of 2 bytes at least).
 * @param bytes - the first bytes of the file.
 * @returns the encoding.
 */
export function catalogEncoding(bytes: Uint8Array): CatalogEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes a whole catalog file.
 * @param bytes - the file's content.
 * @returns its text, without a byte-order mark.
 */
export function decodeCatalog(bytes: Uint8Array): string {
  const encoding = catalogEncoding(bytes);
  if (encoding !== 'utf-16be') return new TextDecoder(encoding).decode(bytes);
  // UTF-16BE as UTF-16LE with each pair of bytes swapped: some runtimes (Node built with small
  // ICU) have no UTF-16BE decoder. An odd last byte is left alone and decodes to U+FFFD.
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  if (bytes.length % 2) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
  return new TextDecoder('utf-16le').decode(swapped);
}
