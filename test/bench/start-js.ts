/**
 * The page's JavaScript at start, gzip, from a build's manifest: what `index.html` loads to draw
 * the bundled catalog's first lattice, and what the app adds when it starts (`src/app.ts` and its
 * static imports, less the first). `npx tsx test/bench/start-js.ts [dist]` prints both, to
 * compare two builds (the languages' messages are in the second).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  imports?: string[];
}

const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8')) as Record<
  string,
  Chunk
>;

/** A chunk and every chunk it imports statically. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const i of chunk.imports ?? []) closure(i, seen);
  return seen;
}

const gzip = (keys: Iterable<string>) =>
  [...keys].reduce((n, k) => n + gzipSync(readFileSync(`${dist}/${manifest[k]!.file}`)).length, 0);
const first = closure('index.html');
const app = [...closure('src/app.ts')].filter((k) => !first.has(k));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`first lattice: ${kb(gzip(first))} gzip; the app at start: ${kb(gzip(app))} gzip`);
