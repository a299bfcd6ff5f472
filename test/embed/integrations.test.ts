import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url));
const json = (path: string) => JSON.parse(read(path).toString('utf8')) as Record<string, unknown>;

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('the templates an intranet author starts from', () => {
  it('a Microsoft Teams tab: a manifest that opens the embedded explorer, with its icons', () => {
    const m = json('public/integrations/teams/manifest.json');
    expect(m['manifestVersion']).toBe('1.17');
    expect(String(m['$schema'])).toContain('/v1.17/');
    expect(m['id']).toMatch(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/);
    const [tab] = m['staticTabs'] as { contentUrl: string; entityId: string; scopes: string[] }[];
    // The tab shows the iframe mode, on an https page of a domain the manifest lists.
    const content = new URL(tab!.contentUrl);
    expect(content.protocol).toBe('https:');
    expect(content.searchParams.get('embed')).toBe('1');
    expect(m['validDomains']).toContain(content.hostname);
    expect(tab!.scopes).toEqual(['personal']);
    // Teams asks for a 192 px colour icon and a 32 px outline.
    const icons = m['icons'] as { color: string; outline: string };
    expect(pngSize(read(`public/integrations/teams/${icons.color}`))).toEqual({
      width: 192,
      height: 192,
    });
    expect(pngSize(read(`public/integrations/teams/${icons.outline}`))).toEqual({
      width: 32,
      height: 32,
    });
  });

  it('oEmbed: a rich embed of the iframe mode, found from the app’s page', () => {
    const o = json('public/oembed.json');
    expect(o).toMatchObject({ version: '1.0', type: 'rich' });
    expect(o['width']).toBeGreaterThan(0);
    expect(o['height']).toBeGreaterThan(0);
    const html = String(o['html']);
    const src = /<iframe src="([^"]+)"/.exec(html)?.[1];
    expect(new URL(src!).searchParams.get('embed')).toBe('1');
    expect(html).toMatch(/title="[^"]+"/);
    // The app's page names it for discovery.
    expect(read('index.html').toString('utf8')).toMatch(
      /<link\s+rel="alternate"\s+type="application\/json\+oembed"\s+href="\.\/oembed\.json"/,
    );
  });
});
