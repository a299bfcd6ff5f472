import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { excerptAt, mentionsIn, standingOf } from '../../../src/model/career/evidence';
import { parseCatalog, type CatalogRole } from '../../../src/model/index';
import { buildNameIndex, namesIn, withoutNames } from '../../../src/model/career/names';
import {
  countTerms,
  sharedTerms,
  similarPairs,
  termsOf,
  tfidf,
} from '../../../src/model/career/similarity';
import { ENGLISH } from '../../../src/model/career/language';
import { generateCatalog } from '../../synthetic';
import { readRepoFile } from '../helpers';

/*
 * The build's faster paths against the straightforward code they replaced, on real and synthetic
 * catalogs: each must give exactly what the plain version gives, in the same order.
 */

/** The catalogs compared: the seed, the corpus and a few synthetic ones. */
function catalogs(): [string, CatalogRole[]][] {
  const out: [string, CatalogRole[]][] = [
    ['seed', parseCatalog(readRepoFile('data/role-blueprints.txt')).roles],
  ];
  const dir = new URL('../../corpus/', import.meta.url);
  for (const f of readdirSync(dir))
    if (/\.(txt|csv)$/.test(f) || (f.endsWith('.json') && !/\.(expect|model)\.json$/.test(f)))
      out.push([f, parseCatalog(readRepoFile(`test/corpus/${f}`), f).roles]);
  for (const [roles, seed, statedShare] of [
    [300, 1, 0.3],
    [600, 7, 0.8],
    [1200, 42, 0.3],
  ] as const)
    out.push([
      `synthetic ${roles}`,
      parseCatalog(generateCatalog({ roles, seed, statedShare })).roles,
    ]);
  return out;
}
const CATALOGS = catalogs();

const texts = (r: CatalogRole) => [r.summary, ...r.skills, ...r.responsibilities].join('. ');

/** `similarPairs` as it was: a map of scores per document, all sorted, then filtered. */
function plainSimilarPairs(
  vectors: ReturnType<typeof tfidf>['vectors'],
  min: { score: number; ofBest: number },
): [number, number][][] {
  const strong = vectors.map((v) => [...v.weights].sort((a, b) => b[1] - a[1]).slice(0, 40));
  const postings = new Map<string, [number, number][]>();
  strong.forEach((terms, i) => {
    for (const [t, w] of terms) {
      const entry: [number, number] = [i, w / vectors[i]!.norm];
      postings.set(t, [...(postings.get(t) ?? []), entry]);
    }
  });
  return strong.map((terms, i) => {
    const score = new Map<number, number>();
    for (const [t, w] of terms) {
      const list = postings.get(t)!;
      if (list.length > 200) continue;
      for (const [j, wj] of list)
        if (j !== i) score.set(j, (score.get(j) ?? 0) + (w / vectors[i]!.norm) * wj);
    }
    const all = [...score].sort((a, b) => b[1] - a[1]);
    const best = all[0]?.[1] ?? 0;
    return all.filter(([, s]) => s >= min.score && s >= best * min.ofBest);
  });
}

/** `sharedTerms` as it was: every shared term sorted. */
function plainSharedTerms(
  a: Map<string, number>,
  b: Map<string, number>,
  idf: Map<string, number>,
  limit: number,
): string[] {
  const out: [string, number][] = [];
  for (const [t, ca] of a) {
    const cb = b.get(t);
    if (cb) out.push([t, Math.min(ca, cb) * (idf.get(t) ?? 1) ** 2]);
  }
  return out
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([t]) => t);
}

/** `excerptAt` as it was: it looked for the sentence's ends in the whole text. */
function plainExcerptAt(text: string, at: number, length: number): string {
  const dot = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at));
  const sentenceStart = dot < 0 ? 0 : dot + 2;
  const stops = ['. ', '; '].map((s) => text.indexOf(s, at + length)).filter((i) => i >= 0);
  const sentenceEnd = stops.length ? Math.min(...stops) : text.length;
  const from = Math.max(sentenceStart, at - 50);
  const to = Math.min(sentenceEnd, at + length + 50);
  const a = from > sentenceStart ? text.indexOf(' ', from) + 1 : from;
  const bSpace = to < sentenceEnd ? text.lastIndexOf(' ', to) : to;
  const b = Math.max(bSpace, at + length);
  const s = text.slice(a, b).replace(/[.,;:]+$/, '');
  return `${a > sentenceStart ? '…' : ''}${s}${b < sentenceEnd ? '…' : ''}`;
}

/** `withoutNames` as it was: each name replaced in the whole text. */
function plainWithoutNames(names: ReturnType<typeof buildNameIndex>, text: string): string {
  let out = text;
  for (const n of namesIn(names, text))
    out = out.slice(0, n.at) + ' '.repeat(n.name.length) + out.slice(n.at + n.name.length);
  return out;
}

describe("the build's faster paths give what the plain code gives", () => {
  it.each(CATALOGS)('terms, similar families and shared terms: %s', (_name, roles) => {
    const counts = roles.map((r) => countTerms(termsOf(texts(r), ENGLISH)));
    // Each word's terms are kept once computed: asked again, and with words left out, the same.
    roles.forEach((r, i) => {
      const leaveOut = new Set(termsOf(r.title, ENGLISH));
      expect(termsOf(texts(r), ENGLISH, leaveOut)).toEqual(
        termsOf(texts(r), ENGLISH).filter((t) => !leaveOut.has(t)),
      );
      expect([...countTerms(termsOf(texts(r), ENGLISH))]).toEqual([...counts[i]!]);
    });
    const { vectors, idf } = tfidf(counts);
    for (const min of [
      { score: 0, ofBest: 0 },
      { score: defaultModel.moves.minSimilarity, ofBest: defaultModel.moves.relativeToBest },
    ])
      expect(similarPairs(vectors, 40, min)).toEqual(plainSimilarPairs(vectors, min));
    for (let i = 1; i < counts.length; i++)
      for (const limit of [1, 4, 8])
        expect(sharedTerms(counts[i - 1]!, counts[i]!, idf, limit)).toEqual(
          plainSharedTerms(counts[i - 1]!, counts[i]!, idf, limit),
        );
  });

  it.each(CATALOGS)('mentions and words of standing, ASCII or not: %s', (_name, roles) => {
    const names = buildNameIndex(
      roles.map((r, i) => ({
        title: r.title,
        family: r.title,
        personFamily: false,
        aliases: [],
        base: i,
      })),
      roles.map((r) => r.summary),
    );
    // A summary that starts with a sentence of one non-ASCII word is read by the patterns alone,
    // without the ASCII substring test: the same mentions and standing must come out.
    const unicode = (s: string) => `é. ${s}`;
    // Pattern words next to underscores, hyphens, capitals and longer words.
    const other = (i: number) => roles[(i + 1) % roles.length]!.title;
    const odd = (i: number) =>
      `x_reports to the ${other(i)}_ and LEADS-a team of ${other(i)}s. Leadership, Tier_1 ` +
      `entry-level work; under the direct supervision of an ${other(i).toUpperCase()}.`;
    roles.forEach((r, i) => {
      for (const summary of [r.summary, odd(i), `${r.summary} ${odd(i)}`]) {
        expect(mentionsIn(defaultModel, names, i, summary)).toEqual(
          mentionsIn(defaultModel, names, i, unicode(summary)),
        );
        expect(standingOf(defaultModel, summary)).toEqual(
          standingOf(defaultModel, unicode(summary)),
        );
      }
    });
  });

  it.each(CATALOGS)(
    'quotes and summaries without names, from a window of the text: %s',
    (_name, roles) => {
      const names = buildNameIndex(
        roles.map((r, i) => ({
          title: r.title,
          family: r.title,
          personFamily: false,
          aliases: [],
          base: i,
        })),
        roles.map((r) => r.summary),
      );
      for (const r of roles.slice(0, 200)) {
        const text = [r.summary, ...r.skills].join('. ');
        // Every word of the text, quoted alone and with the word after it.
        for (const w of text.matchAll(/\S+/g))
          for (const length of [w[0].length, Math.min(text.length - w.index, w[0].length + 12)])
            expect(excerptAt(text, w.index, length)).toBe(plainExcerptAt(text, w.index, length));
        expect(withoutNames(names, text)).toBe(plainWithoutNames(names, text));
      }
    },
  );
});
