/**
 * Building the graph, steps 4 and 7: which families do alike work, and the moves between them.
 */

import { type CareerModel } from '../career-model';

import { excerptAt } from '../evidence';

import {
  countTerms,
  indexTerms,
  sharedTerms,
  similarPairs,
  termsOf,
  tfidf,
  type TermIndex,
} from '../similarity';

import { stem, wordsOf } from '../title-grammar';

import { bandLabel, type Draft, type Family } from './drafts';
import type { Moves } from './moves';

/** A quotation of the first of `terms` that a summary has, or undefined when it has none. */
function quoteTerm(summary: string, index: TermIndex, terms: string[]): string | undefined {
  for (const term of terms) {
    const hit = index.get(term);
    if (hit) return excerptAt(summary, hit.at, hit.word.length);
  }
  return undefined;
}

/** What the families' texts share. */
export interface FamilyTexts {
  roleTerms: Map<string, number>[];
  familyTerms: Map<string, number>[];
  idf: Map<string, number>;
  /** For each family, the families whose work is alike, most alike first. */
  related: number[][];
}

/**
 * Step 4: which families do alike work: TF-IDF over each family's texts (its titles' own words
 * left out), each family kept to its `maxFamilies` nearest above the model's thresholds.
 */
export function relateFamilies(
  model: CareerModel,
  drafts: Draft[],
  families: Family[],
): FamilyTexts {
  // A summary's own title words stay: a role whose text names another role's function
  // ("works alongside teachers") does related work.
  const roleTerms = drafts.map((d) =>
    countTerms(termsOf([d.role.summary, ...d.role.skills, ...d.role.responsibilities].join('. '))),
  );
  const familyTerms = families.map((f) => {
    const sum = new Map<string, number>();
    for (const i of f.members)
      for (const [t, c] of roleTerms[i]!) sum.set(t, (sum.get(t) ?? 0) + c);
    return sum;
  });
  const { vectors, idf } = tfidf(familyTerms);
  const related = similarPairs(vectors, 40, {
    score: model.moves.minSimilarity,
    ofBest: model.moves.relativeToBest,
  }).map((list) => list.slice(0, model.moves.maxFamilies).map(([g]) => g));
  return { roleTerms, familyTerms, idf, related };
}

/**
 * Step 7: moves between families whose texts are alike, in the same band (lateral, both ways)
 * or the next occupied band up (promotion); at most one move from a role into each family.
 */
export function addSimilarMoves(
  moves: Moves,
  model: CareerModel,
  drafts: Draft[],
  families: Family[],
  occupied: Map<number, number>,
  texts: FamilyTexts,
): void {
  const { roleTerms, familyTerms, idf } = texts;
  const termIndexes = new Map<number, TermIndex>();
  const termIndex = (i: number) => {
    let t = termIndexes.get(i);
    if (!t) termIndexes.set(i, (t = indexTerms(drafts[i]!.role.summary)));
    return t;
  };
  // Each title's stemmed words, once per role rather than once per move.
  const titleWords = new Map<number, Set<string>>();
  const titleStems = (d: Draft) => {
    let t = titleWords.get(d.index);
    if (!t) titleWords.set(d.index, (t = new Set(wordsOf(d.role.title).map(stem))));
    return t;
  };
  const linked = new Set<string>();
  texts.related.forEach((list, f) => {
    for (const g of list) linked.add(f < g ? `${f},${g}` : `${g},${f}`);
  });
  for (const key of linked) {
    const [f, g] = key.split(',').map(Number) as [number, number];
    link(f, g);
    link(g, f);
  }

  function link(f: number, g: number) {
    for (const s of families[f]!.members) {
      const a = drafts[s]!;
      let lateral: Draft | undefined;
      let up: Draft | undefined;
      for (const t of families[g]!.members) {
        const b = drafts[t]!;
        const gap = occupied.get(b.band)! - occupied.get(a.band)!;
        if (gap === 0) {
          if (!lateral || Math.abs(b.rank - a.rank) < Math.abs(lateral.rank - a.rank)) lateral = b;
        } else if (gap > 0 && gap <= model.moves.maxBandGap && (!up || b.rank < up.rank)) up = b;
      }
      // A promotion into another family leaves from the top of the role's band in its own
      // family (a Junior, not the Associate below it), and climbs two bands only when its own
      // family has no level in between (a Junior analyst becomes an analyst first).
      if (!lateral && up) {
        const own = families[f]!.members.map((m) => drafts[m]!);
        const gap = occupied.get(up.band)! - occupied.get(a.band)!;
        if (
          own.some((m) => m.band === a.band && m.rank > a.rank) ||
          (gap > 1 && own.some((m) => m.band > a.band && m.band < up!.band))
        )
          up = undefined;
      }
      const b = lateral ?? up;
      if (!b) continue;
      // The evidence shown is what the two roles do alike: words of their titles ("analyst")
      // say only what they are called, so they come last.
      const ta = titleStems(a);
      const tb = titleStems(b);
      const titled = (t: string) => ta.has(t) || tb.has(t);
      const pick = (found: string[]) =>
        [...found.filter((t) => !titled(t)), ...found.filter(titled)].slice(0, 4);
      const shared = pick(sharedTerms(roleTerms[s]!, roleTerms[b.index]!, idf, 8));
      const terms = shared.length
        ? shared
        : pick(sharedTerms(familyTerms[f]!, familyTerms[g]!, idf, 8));
      const reason = (x: Draft, y: Draft) => {
        const qx = quoteTerm(x.role.summary, termIndex(x.index), terms);
        const qy = quoteTerm(y.role.summary, termIndex(y.index), terms);
        const ofX = qx && `The ${x.role.title} blueprint says “${qx}”`;
        const ofY = qy && `${qx ? 'the' : 'The'} ${y.role.title} blueprint says “${qy}”`;
        const said =
          ofX && ofY
            ? `${ofX}; ${ofY}.`
            : ofX || ofY
              ? `${ofX || ofY}.`
              : 'No phrase of either summary shows it.';
        const words = terms.map(
          (t) => (termIndex(x.index).get(t) ?? termIndex(y.index).get(t))?.word.toLowerCase() ?? t,
        );
        return `similar work — shared terms: ${words.join(', ')}. ${said}`;
      };
      if (b === lateral) {
        const level = bandLabel(model, a.rank);
        const why = `Lateral move between families at the same level (${level}): `;
        moves.lateral(s, b.index, why + reason(a, b), why + reason(b, a), 'similar');
      } else {
        moves.add(
          s,
          b.index,
          'promotion',
          `Promotion to the next level up (${bandLabel(model, a.rank)} → ${bandLabel(model, b.rank)}) in a related family: ${reason(a, b)}`,
          'similar',
        );
      }
    }
  }
}
