/** Text and attribute values as XML carries them (GEXF and GraphML). */

/** Characters XML 1.0 does not allow at all (not even escaped): C0 controls but tab, LF, CR; U+FFFE/F; lone surrogates. */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML cannot carry. */
export function xmlSafe(s: string): string {
  return s.replace(XML_INVALID, '');
}

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

export type Scalar = string | number | boolean;

/** One attribute value as a flat scalar: lists joined with `; `, objects as JSON. */
function flat(v: unknown): Scalar | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return xmlSafe(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return xmlSafe(v.map((x) => String(x)).join('; '));
  return xmlSafe(JSON.stringify(v) ?? '');
}

export function flatten(attrs: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(attrs)) {
    const f = flat(v);
    if (f !== undefined) out[k] = f;
  }
  return out;
}
