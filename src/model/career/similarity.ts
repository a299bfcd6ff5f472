import { termsIn, type Language } from './language';

/**
 * Similar work, from the words of two texts: TF-IDF vectors over stemmed words, compared by cosine.
 * Families are compared as wholes (their roles' texts together), through an inverted index of
 * each family's strongest terms, so the work grows with the number of families and their
 * vocabulary, not with the square of the number of roles.
 */

/**
 * A text's terms: stemmed words in the catalog's language, its stop words and the given
 * own-title words left out.
 * @param text - the text.
 * @param language - the catalog's language (its stemmer and stop words).
 * @param leaveOut - terms to leave out.
 */
export function termsOf(
  text: string,
  language: Language,
  leaveOut?: ReadonlySet<string>,
): string[] {
  const terms = termsIn(text, language);
  return leaveOut ? terms.filter((t) => !leaveOut.has(t)) : terms;
}

/** A sparse vector: term → weight, and its length. */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

/** Counts terms. */
export function countTerms(terms: Iterable<string>, into = new Map<string, number>()) {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + 1);
  return into;
}

/**
 * TF-IDF vectors of a set of documents (term counts), with the inverse document frequency of
 * each term over those documents.
 * @param docs - term counts per document.
 * @returns one vector per document, and the IDF table.
 */
export function tfidf(docs: Map<string, number>[]): {
  vectors: TermVector[];
  idf: Map<string, number>;
} {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [t, f] of df) idf.set(t, Math.log((1 + n) / (1 + f)) + 1);
  const vectors = docs.map((d) => {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [t, c] of d) {
      const w = (1 + Math.log(c)) * idf.get(t)!;
      weights.set(t, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) || 1 };
  });
  return { vectors, idf };
}

/**
 * For each document, the others most similar to it (cosine), through the documents' `keep`
 * strongest terms.
 * @param vectors - the documents' vectors.
 * @param keep - terms per document used to find candidates and to score them.
 * @param min - the least similarity kept, and the least share of the document's best kept
 *   (leaving the others out before sorting: most candidates are far below the best).
 * @param limit - the most pairs kept per document: its nearest, as a sort of all would have them
 *   (ties in the order the documents were first scored). Sorting every candidate of every
 *   document was most of the time at 20,000 roles.
 * @returns for each document, `[other, similarity]` pairs, most similar first.
 */
export function similarPairs(
  vectors: TermVector[],
  keep = 40,
  min: { score: number; ofBest: number } = { score: 0, ofBest: 0 },
  limit = Infinity,
): [number, number][][] {
  const strong = vectors.map((v) => [...v.weights].sort((a, b) => b[1] - a[1]).slice(0, keep));
  // Postings as two parallel arrays per term (document, normalized weight): at 5,000 families
  // the pairs of tuples and the per-document score maps were most of the build's garbage.
  const postings = new Map<string, { docs: number[]; weights: number[] }>();
  strong.forEach((terms, i) => {
    for (const [t, w] of terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = { docs: [], weights: [] }));
      list.docs.push(i);
      list.weights.push(w / vectors[i]!.norm);
    }
  });
  // One score per document, reset after each use; `touched` keeps the order in which documents
  // were first scored, the order a Map of scores had, so ties sort as they did.
  const score = new Float64Array(vectors.length);
  const seen = new Uint8Array(vectors.length);
  const touched: number[] = [];
  return strong.map((terms, i) => {
    touched.length = 0;
    for (const [t, w] of terms) {
      const { docs, weights } = postings.get(t)!;
      // A term most documents share says little and makes the work quadratic: skip it.
      if (docs.length > 200) continue;
      const wi = w / vectors[i]!.norm;
      for (let k = 0; k < docs.length; k++) {
        const j = docs[k]!;
        if (j === i) continue;
        if (!seen[j]) {
          seen[j] = 1;
          touched.push(j);
        }
        score[j] = score[j]! + wi * weights[k]!;
      }
    }
    let best = 0;
    for (const j of touched) best = Math.max(best, score[j]!);
    const out: [number, number][] = [];
    for (const j of touched) {
      const x = score[j]!;
      score[j] = 0;
      seen[j] = 0;
      if (x < min.score || x < best * min.ofBest) continue;
      if (out.length >= limit && x <= out[out.length - 1]![1]) continue;
      // Inserted after every pair at least as near: a stable sort's order.
      let k = out.length;
      while (k > 0 && out[k - 1]![1] < x) k--;
      out.splice(k, 0, [j, x]);
      if (out.length > limit) out.pop();
    }
    return out;
  });
}

/**
 * The terms two texts share, strongest first (by the product of their weights).
 * @param a - one text's term counts.
 * @param b - the other's.
 * @param idf - inverse document frequencies.
 * @param limit - most terms returned.
 * @returns shared terms.
 */
export function sharedTerms(
  a: Map<string, number>,
  b: Map<string, number>,
  idf: Map<string, number>,
  limit = 4,
): string[] {
  // The best `limit` kept in order as they come: terms are distinct, so the order is total and
  // the result is that of sorting them all (sorting every shared term was about a tenth of the similar
  // moves' time), whichever text is walked, so the smaller one is.
  if (b.size < a.size) [a, b] = [b, a];
  const terms: string[] = [];
  const weights: number[] = [];
  for (const [t, ca] of a) {
    const cb = b.get(t);
    if (!cb) continue;
    const w = Math.min(ca, cb) * (idf.get(t) ?? 1) ** 2;
    let k = terms.length;
    while (k > 0 && (weights[k - 1]! < w || (weights[k - 1] === w && t < terms[k - 1]!))) k--;
    if (k >= limit) continue;
    terms.splice(k, 0, t);
    weights.splice(k, 0, w);
    if (terms.length > limit) {
      terms.pop();
      weights.pop();
    }
  }
  return terms;
}

/** Where each stemmed term first occurs as a word of a text: term → position and word. */
export type TermIndex = Map<string, { at: number; word: string }>;

/**
 * Indexes a text's words by stem, first occurrence only (one pass; asking per term was most of
 * the build's time at 2,000 roles).
 * @param text - the text.
 * @param language - the catalog's language.
 * @returns the index.
 */
export function indexTerms(text: string, language: Language): TermIndex {
  const out: TermIndex = new Map();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (m[0].length < 3) continue;
    const s = language.stem(m[0].toLowerCase());
    if (!out.has(s)) out.set(s, { at: m.index, word: m[0] });
  }
  return out;
}
