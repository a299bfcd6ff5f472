import Graph from 'graphology';
import { bandRanks, baseRank, levelAt, type CareerModel } from './career-model';
import type { Diagnostic } from './diagnostics';
import {
  buildNameIndex,
  excerptAt,
  mentionsIn,
  standingOf,
  withoutNames,
  type Mention,
  type NameIndex,
} from './evidence';
import { EMPTY_OVERLAY, type Overlay } from './overlay';
import { solveRanks, type RankConstraint, type RankInput, type RankReason } from './ranks';
import {
  countTerms,
  indexTerms,
  sharedTerms,
  similarPairs,
  termsOf,
  tfidf,
  type TermIndex,
} from './similarity';
import { slugify } from './text';
import { familyKeyOf, readTitle, stem, wordsOf, type TitleReading } from './title-grammar';
import { findTracks, type TrackInfo } from './tracks';
import type { CatalogRole, MoveEdge, MoveKind, RoleNode } from './types';

/** The career graph: directed, one edge per move (a lateral move is two edges, one each way). */
export type CareerGraph = Graph<RoleNode, MoveEdge, CareerGraphAttributes>;

/** Graph attributes: the tracks found, lowest first (ids, labels, colours and why). */
export interface CareerGraphAttributes {
  [key: string]: unknown;
  tracks?: TrackInfo[];
}

export interface BuiltGraph {
  graph: CareerGraph;
  diagnostics: Diagnostic[];
}

/** A role while the graph is built. */
interface Draft {
  index: number;
  id: string;
  role: CatalogRole;
  title: TitleReading;
  family: number;
  rank: number;
  band: number;
}

interface Family {
  name: string;
  members: number[];
  /** True when some title of the family carries a level word. */
  levelled: boolean;
  /** The role a mention of the family's name stands for: its unlevelled role, else its lowest. */
  base: number;
}

/**
 * Step 1: each role's id and what its title says (level, rank, family).
 * A stated level (a CSV `level` column) wins over the title's words.
 */
function readRoles(roles: CatalogRole[], model: CareerModel, diagnostics: Diagnostic[]): Draft[] {
  const ids = new Set<string>();
  return roles.map((role, index) => {
    let id = slugify(role.title);
    // graphology keeps neighbours in plain objects: an id such as "constructor" would match an
    // Object.prototype member there and make it see edges that do not exist (and throw).
    if (id in Object.prototype) id = `${id}-role`;
    if (ids.has(id)) {
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      diagnostics.push({
        severity: 'warning',
        line: role.line,
        message: `role "${role.title}" has the same id "${id}" as another role; it is "${id}-${n}"`,
      });
      id = `${id}-${n}`;
    }
    ids.add(id);
    let title = readTitle(model, role.title);
    if (role.level !== undefined) {
      const stated = statedLevel(model, role.level);
      if (!stated) {
        diagnostics.push({
          severity: 'warning',
          line: role.line,
          message: `role "${role.title}" has unknown level "${role.level}" (known levels: ${knownLevelWords(model)}, or any level word of the scale); the role is kept with no level`,
          roleId: id,
        });
        title = { ...title, level: '', rank: null, firm: true };
      } else
        title = {
          ...title,
          level: stated.word,
          rank: stated.rank,
          ladder: stated.ladder,
          firm: true,
        };
    }
    if (role.family?.trim())
      title = {
        ...title,
        family: role.family.trim(),
        familyKey: (title.ladder === 'management' ? 'm:' : '') + familyKeyOf(role.family.trim()),
      };
    return { index, id, role, title, family: -1, rank: 0, band: 0 };
  });
}

function knownLevelWords(model: CareerModel): string {
  return model.scale.map((b) => b.label).join(', ');
}

/**
 * Finds the level a catalog states by name (a CSV `level` column): any level word of the scale,
 * or a band's label, ignoring case; '' is the level of titles with no level word.
 * @param model - the career model.
 * @param word - the stated level.
 * @returns the rank and ladder, or undefined when the scale has no such level.
 */
export function statedLevel(
  model: CareerModel,
  word: string,
): { rank: number; ladder: 'ic' | 'management'; word: string } | undefined {
  const w = word.trim().toLowerCase();
  if (!w) return { rank: baseRank(model), ladder: 'ic', word: '' };
  // An IC word first (`Lead` the level, not the team lead), then a management word, then a band.
  for (const ladder of ['ic', 'management'] as const) {
    let rank = 0;
    for (const b of model.scale)
      for (const s of b.steps) {
        const found = s[ladder].find((x) => x.toLowerCase() === w);
        if (found !== undefined) return { rank, ladder, word: found };
        rank++;
      }
  }
  const b = model.scale.findIndex((x) => x.label.toLowerCase() === w || x.band.toLowerCase() === w);
  if (b >= 0) return { rank: bandRanks(model, b)[0], ladder: 'ic', word: model.scale[b]!.label };
  // Any level words a title can carry (`II`, `(L3)`, `Level 2`, `Director of`), as the export
  // writes them back.
  const asTitle = /\bof$/i.test(w)
    ? readTitle(model, `${word.trim()} Role`)
    : readTitle(model, `Role ${word.trim()}`);
  return asTitle.rank === null
    ? undefined
    : { rank: asTitle.rank, ladder: asTitle.ladder, word: word.trim() };
}

/**
 * Step 1b: a deputy word before another role's whole title (`Assistant Controller`, `Vice
 * Principal`) makes the role that one's deputy: the same family, a step below it.
 * @returns `[deputy, holder]` pairs.
 */
function findDeputies(model: CareerModel, drafts: Draft[]): [number, number][] {
  const byTitle = titleIndex(drafts);
  const deputies = model.grammar.deputies.map((w) => w.toLowerCase());
  const out: [number, number][] = [];
  for (const d of drafts) {
    if (d.title.rank !== null) continue;
    const t = d.role.title.toLowerCase();
    const word = deputies.find((w) => t.startsWith(`${w} `));
    const holder = word === undefined ? undefined : byTitle.get(t.slice(word.length + 1).trim());
    if (holder === undefined || holder === d.index) continue;
    const h = drafts[holder]!;
    d.title = { ...d.title, family: h.title.family, familyKey: h.title.familyKey };
    out.push([d.index, holder]);
  }
  return out;
}

/** Step 2: families, from the title grammar's family identity. */
function groupFamilies(drafts: Draft[], model: CareerModel): Family[] {
  const byKey = new Map<string, number>();
  const families: Family[] = [];
  for (const d of drafts) {
    let f = byKey.get(d.title.familyKey);
    if (f === undefined) {
      f = families.length;
      byKey.set(d.title.familyKey, f);
      families.push({ name: d.title.family, members: [], levelled: false, base: d.index });
    }
    d.family = f;
    families[f]!.members.push(d.index);
    if (d.title.rank !== null) families[f]!.levelled = true;
  }
  const base = baseRank(model);
  for (const f of families) {
    const unlevelled = f.members.find((i) => drafts[i]!.title.rank === null);
    f.base =
      unlevelled ??
      f.members.reduce((a, b) =>
        (drafts[b]!.title.rank ?? base) < (drafts[a]!.title.rank ?? base) ? b : a,
      );
  }
  return families;
}

const bandLabel = (model: CareerModel, rank: number) => levelAt(model, rank).label;

/**
 * Step 3: ranks. A title's level words rank it; an unlevelled role of a levelled family sits at
 * the scale's no-level-word step; every other role starts from its own summary's words of standing
 * (or the default) and is moved by stated moves and mentions (see `ranks.ts`).
 */
function rankRoles(
  model: CareerModel,
  drafts: Draft[],
  families: Family[],
  mentions: Mention[],
  names: NameIndex,
  deputies: [number, number][],
): RankReason[] {
  const base = baseRank(model);
  const inputs = drafts.map((d): RankInput => {
    const t = d.title;
    const fam = families[d.family]!;
    if (t.rank !== null && t.firm)
      return {
        titleRank: t.rank,
        firm: true,
        family: d.family,
        start: {
          rank: t.rank,
          evidence: 'title',
          reason: `the level words “${t.level}” in its title`,
        },
      };
    const standing = standingIn(model, names, d.role.summary);
    const standingRank = standing && bandRanks(model, standing.bandIndex)[0];
    // The summary's own words of standing, else the fallback.
    const fromStanding = (fallback: RankReason): RankReason =>
      standing
        ? {
            rank: standingRank!,
            evidence: 'standing',
            reason: `“${standing.quote.phrase}” — its own summary`,
          }
        : fallback;
    if (t.rank === null && fam.levelled)
      // The role with no level word in a family whose other titles have them: the scale's
      // no-level-word step, unless its own summary says otherwise (its family's other levels
      // still bound it, below).
      return {
        titleRank: null,
        firm: false,
        family: d.family,
        start: fromStanding({
          rank: base,
          evidence: 'family',
          reason: `no level word, in a family whose other titles have them: the family's ${bandLabel(model, base)} level`,
        }),
      };
    if (t.rank !== null) {
      // A soft level word or a manager of a place: the title's rank, unless its own summary's
      // words of standing say it sits lower.
      const soft =
        standing &&
        standingRank! < t.rank &&
        model.grammar.soft.some((w) => w.toLowerCase() === t.level.toLowerCase());
      return {
        titleRank: t.rank,
        firm: false,
        family: d.family,
        start: soft
          ? {
              rank: standingRank!,
              evidence: 'standing',
              reason: `“${standing.quote.phrase}” — its own summary (the word “${t.level}” in its title names the ordinary practitioner here)`,
            }
          : {
              rank: t.rank,
              evidence: 'title',
              reason: `the level words “${t.level}” in its title`,
            },
      };
    }
    return {
      titleRank: null,
      firm: false,
      family: d.family,
      start: fromStanding({
        rank: base,
        evidence: 'default',
        reason: `no evidence of standing in the catalog: a title with no level word sits at ${bandLabel(model, base)}`,
      }),
    };
  });
  const constraints: RankConstraint[] = deputies.map(([d, h]) => ({
    lo: d,
    hi: h,
    evidence: 'title',
    reasonHi: `above its deputy, the ${drafts[d]!.role.title}`,
    reasonLo: `its title is the ${drafts[h]!.role.title}'s with a deputy's word before it: a step below`,
  }));
  // The role with no level word sits between its family's lower and higher level words.
  for (const f of families) {
    if (!f.levelled) continue;
    const b = f.base;
    if (drafts[b]!.title.rank !== null) continue;
    for (const i of f.members) {
      const r = drafts[i]!.title.rank;
      if (r === null || r === base) continue;
      const [lo, hi] = r < base ? [i, b] : [b, i];
      constraints.push({
        lo,
        hi,
        evidence: 'title',
        reasonHi: `above the ${drafts[lo]!.role.title} of its family`,
        reasonLo: `below the ${drafts[hi]!.role.title} of its family`,
      });
    }
  }
  const byTitle = titleIndex(drafts);
  drafts.forEach((d) => {
    for (const m of d.role.next) {
      const t = byTitle.get(m.title.toLowerCase());
      if (t === undefined || t === d.index) continue;
      constraints.push({
        lo: d.index,
        hi: t,
        evidence: 'stated',
        reasonHi: `the ${d.role.title} blueprint names it as a next role`,
        reasonLo: `it names ${drafts[t]!.role.title} as a next role`,
      });
    }
  });
  for (const m of mentions) {
    const own = drafts[m.role]!.role.title;
    const other = drafts[m.other]!.role.title;
    const said = `“${m.quote.phrase}”`;
    const [lo, hi] = m.rule.other === 'above' ? [m.role, m.other] : [m.other, m.role];
    constraints.push({
      lo,
      hi,
      evidence: 'mention',
      reasonHi: hi === m.role ? `${said} — its own summary` : `${said} — the ${own} summary`,
      reasonLo:
        lo === m.role
          ? `${said} — its own summary`
          : `${said} — the ${own} summary (it is named below ${own})`,
    });
    void other;
  }
  return separateFamilies(model, solveRanks(model, inputs, constraints), drafts, families, names);
}

/**
 * A summary's words of standing, names of roles left out ("supervises licensed practical nurses"
 * says nothing of the role's own licence). Remembered per summary: the family step asks again.
 */
const standingCache = new WeakMap<NameIndex, Map<string, ReturnType<typeof standingOf>>>();
function standingIn(model: CareerModel, names: NameIndex, summary: string) {
  let cache = standingCache.get(names);
  if (!cache) standingCache.set(names, (cache = new Map()));
  if (cache.has(summary)) return cache.get(summary);
  // Most summaries have no word of standing at all: only those are searched for names.
  const found = standingOf(model, summary) && standingOf(model, withoutNames(names, summary));
  cache.set(summary, found);
  return found;
}

/**
 * Two roles of one family on one step (`Support Engineer (L3)` and `Senior Support Engineer`, both
 * Senior) would be one level twice: the one whose own summary claims more standing (else the one
 * named by a level word rather than a number, else the later one) goes a step up, and any above
 * it move up with it.
 */
function separateFamilies(
  model: CareerModel,
  ranks: RankReason[],
  drafts: Draft[],
  families: Family[],
  names: NameIndex,
): RankReason[] {
  const top = levelAt(model, Infinity).rank;
  const standing = (i: number) =>
    standingIn(model, names, drafts[i]!.role.summary)?.bandIndex ?? -1;
  const numbered = (i: number) => /\d|\b[IVX]+\b/.test(drafts[i]!.title.level);
  for (const f of families) {
    if (f.members.length < 2) continue;
    const order = [...f.members].sort(
      (a, b) =>
        ranks[a]!.rank - ranks[b]!.rank ||
        standing(a) - standing(b) ||
        Number(!numbered(a)) - Number(!numbered(b)) ||
        a - b,
    );
    for (let k = 1; k < order.length; k++) {
      const prev = ranks[order[k - 1]!]!;
      const cur = ranks[order[k]!]!;
      if (cur.rank > prev.rank || prev.rank >= top) continue;
      ranks[order[k]!] = {
        rank: prev.rank + 1,
        evidence: cur.evidence,
        reason: `${cur.reason}; a step above the ${drafts[order[k - 1]!]!.role.title} of its family, which has the same level`,
      };
    }
  }
  return ranks;
}

function titleIndex(drafts: Draft[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of drafts)
    if (!m.has(d.role.title.toLowerCase())) m.set(d.role.title.toLowerCase(), d.index);
  return m;
}

/** Adds moves to the graph; the first rule to add a move keeps it. */
class Moves {
  constructor(
    private graph: CareerGraph,
    private model: CareerModel,
    private drafts: Draft[],
    private trackOf: string[],
  ) {}
  add(s: number, t: number, kind: MoveKind, reason: string, rule: string): boolean {
    const a = this.drafts[s]!;
    const b = this.drafts[t]!;
    if (s === t || this.graph.hasEdge(a.id, b.id)) return false;
    this.graph.addEdgeWithKey(`${a.id}->${b.id}`, a.id, b.id, {
      kind,
      reason,
      provenance: rule === 'stated' || rule === 'overlay' ? 'stated' : 'inferred',
      cost:
        (kind === 'promotion' ? this.model.costs.promotion : this.model.costs.lateral) +
        (this.trackOf[a.family] === this.trackOf[b.family] ? 0 : this.model.costs.crossTrack),
      rule,
    });
    return true;
  }
  /** An inferred lateral move, both ways, or nothing when either way is already a move. */
  lateral(s: number, t: number, there: string, back: string, rule: string): void {
    const a = this.drafts[s]!.id;
    const b = this.drafts[t]!.id;
    if (s === t || this.graph.hasEdge(a, b) || this.graph.hasEdge(b, a)) return;
    this.add(s, t, 'lateral', there, rule);
    this.add(t, s, 'lateral', back, rule);
  }
}

/** Bands that have roles, in order, so "the next band up" skips the scale's empty bands. */
function occupiedBands(drafts: Draft[]): Map<number, number> {
  const bands = [...new Set(drafts.map((d) => d.band))].sort((a, b) => a - b);
  return new Map(bands.map((b, i) => [b, i]));
}

/** Step 5: each level of a family to the next level present in it. */
function addLadders(moves: Moves, drafts: Draft[], families: Family[]): void {
  for (const f of families) {
    if (f.members.length < 2) continue;
    const sorted = [...f.members].sort((a, b) => drafts[a]!.rank - drafts[b]!.rank || a - b);
    for (let i = 1; i < sorted.length; i++) {
      const lo = drafts[sorted[i - 1]!]!;
      const hi = drafts[sorted[i]!]!;
      if (lo.rank === hi.rank) continue;
      moves.add(lo.index, hi.index, 'promotion', `next level in the ${f.name} family`, 'ladder');
    }
  }
}

/** Step 6: moves a summary shows by naming another role. */
function addMentionMoves(
  moves: Moves,
  model: CareerModel,
  drafts: Draft[],
  mentions: Mention[],
  occupied: Map<number, number>,
): void {
  for (const m of mentions) {
    const [s, t] = m.rule.move === 'to' ? [m.role, m.other] : [m.other, m.role];
    const a = drafts[s]!;
    const b = drafts[t]!;
    if (a.family === b.family) continue;
    const gap = occupied.get(b.band)! - occupied.get(a.band)!;
    if (gap < 0 || gap > model.moves.mentionBandGap) continue;
    const own = drafts[m.role]!.role.title;
    const said = `The ${own} blueprint says “${m.quote.excerpt}”.`;
    if (gap === 0) {
      const why = `Lateral move at the same level (${bandLabel(model, a.rank)}), named in a blueprint. ${said}`;
      moves.lateral(s, t, why, why, 'mention');
    } else {
      const what =
        m.rule.move === 'to'
          ? `${b.role.title} is named above ${a.role.title} in its blueprint`
          : `${b.role.title} takes on work over ${a.role.title}`;
      moves.add(
        s,
        t,
        'promotion',
        `Promotion (${bandLabel(model, a.rank)} → ${bandLabel(model, b.rank)}): ${what}. ${said}`,
        'mention',
      );
    }
  }
}

/** A quotation of the first of `terms` that a summary has, or undefined when it has none. */
function quoteTerm(summary: string, index: TermIndex, terms: string[]): string | undefined {
  for (const term of terms) {
    const hit = index.get(term);
    if (hit) return excerptAt(summary, hit.at, hit.word.length);
  }
  return undefined;
}

/** What the families' texts share. */
interface FamilyTexts {
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
function relateFamilies(model: CareerModel, drafts: Draft[], families: Family[]): FamilyTexts {
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
  const related = similarPairs(vectors).map((list) => {
    const best = list[0]?.[1] ?? 0;
    return list
      .filter(
        ([, score]) =>
          score >= model.moves.minSimilarity && score >= best * model.moves.relativeToBest,
      )
      .slice(0, model.moves.maxFamilies)
      .map(([g]) => g);
  });
  return { roleTerms, familyTerms, idf, related };
}

/**
 * Step 7: moves between families whose texts are alike, in the same band (lateral, both ways)
 * or the next occupied band up (promotion); at most one move from a role into each family.
 */
function addSimilarMoves(
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
      const titled = new Set([a, b].flatMap((d) => wordsOf(d.role.title).map(stem)));
      const pick = (found: string[]) =>
        [...found.filter((t) => !titled.has(t)), ...found.filter((t) => titled.has(t))].slice(0, 4);
      const shared = pick(sharedTerms(roleTerms[s]!, roleTerms[b.index]!, idf, 8));
      const terms = shared.length
        ? shared
        : pick(sharedTerms(familyTerms[f]!, familyTerms[g]!, idf, 8));
      const reason = (x: Draft, y: Draft) => {
        const qx = quoteTerm(x.role.summary, termIndex(x.index), terms);
        const qy = quoteTerm(y.role.summary, termIndex(y.index), terms);
        const quotes = [
          qx && `The ${x.role.title} blueprint says “${qx}”`,
          qy && `the ${y.role.title} blueprint says “${qy}”`,
        ].filter(Boolean);
        const said = quotes.length
          ? `${quotes.join('; ')}.`.replace(/^the/, 'The')
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

/**
 * Builds the career graph from a catalog's roles and a career model, in named steps: read each
 * title, group families, rank every role from its evidence, find tracks, then add moves — ladders
 * within families, moves that summaries show by naming another role, moves between families with
 * similar work, the moves the catalog states, and the overlay's.
 * @param roles - the catalog's roles.
 * @param model - the career model.
 * @param overlay - the organization's overlay for this catalog (tracks, known moves).
 * @returns the graph and the problems noticed while building it (stated moves to unknown roles).
 */
export function buildCareerGraph(
  roles: CatalogRole[],
  model: CareerModel,
  overlay: Overlay = EMPTY_OVERLAY,
): BuiltGraph {
  const graph: CareerGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const diagnostics: Diagnostic[] = [];
  const drafts = readRoles(roles, model, diagnostics);
  const deputies = findDeputies(model, drafts);
  const families = groupFamilies(drafts, model);

  const names = buildNameIndex(
    drafts.map((d) => ({
      title: d.role.title.replace(/\s*\([^()]*\)\s*/g, ' ').trim(),
      family: families[d.family]!.name,
      personFamily: d.title.ladder === 'ic' && families[d.family]!.levelled,
      aliases: d.title.aliases,
      base: families[d.family]!.base,
    })),
    drafts.map((d) => d.role.summary),
  );
  const mentions = drafts.flatMap((d) =>
    mentionsIn(model, names, d.index, d.role.summary).filter(
      (m) => drafts[m.other]!.family !== d.family,
    ),
  );
  const ranks = rankRoles(model, drafts, families, mentions, names, deputies);
  drafts.forEach((d, i) => {
    d.rank = ranks[i]!.rank;
    d.band = levelAt(model, d.rank).bandIndex;
  });

  const texts = relateFamilies(model, drafts, families);
  // A family a summary names in a career move ("usually promoted from Stock Associate") does
  // the nearest work of all.
  const careerLink = new Map<number, number>();
  // A manager of a place manages a function: the families its summary says it supervises.
  const supervised = new Map<number, number[]>();
  for (const m of mentions)
    if (m.rule.other === 'below') {
      const f = drafts[m.role]!.family;
      supervised.set(f, [...(supervised.get(f) ?? []), drafts[m.other]!.family]);
    }
  for (const m of mentions)
    if (m.rule.career) {
      const a = drafts[m.role]!.family;
      const b = drafts[m.other]!.family;
      if (!careerLink.has(a)) careerLink.set(a, b);
      if (!careerLink.has(b)) careerLink.set(b, a);
    }
  const { trackOf, tracks } = findTracks(
    model,
    families.map((f, fi) => ({
      name: f.name,
      place: f.members.some((i) => drafts[i]!.title.place),
      person: f.members.some((i) => drafts[i]!.title.ladder === 'ic'),
      minRank: Math.min(...f.members.map((i) => drafts[i]!.rank)),
      related: f.members.some((i) => drafts[i]!.title.place)
        ? (supervised.get(fi) ?? [])
        : [...(careerLink.has(fi) ? [careerLink.get(fi)!] : []), ...(texts.related[fi] ?? [])],
    })),
    overlay,
    mentions.map((m) => [drafts[m.role]!.family, drafts[m.other]!.family]),
  );
  graph.setAttribute('tracks', tracks);

  for (const d of drafts) {
    const r = ranks[d.index]!;
    graph.addNode(d.id, {
      title: d.role.title,
      family: families[d.family]!.name,
      level: d.title.level,
      ladder: d.title.ladder,
      rank: r.rank,
      band: levelAt(model, r.rank).band,
      rankReason: r.reason,
      rankEvidence: r.evidence,
      track: trackOf[d.family]!,
      summary: d.role.summary,
      skills: d.role.skills,
      responsibilities: d.role.responsibilities,
      kpis: d.role.kpis,
      line: d.role.line,
    });
  }

  const moves = new Moves(graph, model, drafts, trackOf);
  const occupied = occupiedBands(drafts);
  addStatedMoves(graph, moves, drafts, diagnostics);
  addOverlayMoves(moves, drafts, overlay, diagnostics);
  addLadders(moves, drafts, families);
  addMentionMoves(moves, model, drafts, mentions, occupied);
  addSimilarMoves(moves, model, drafts, families, occupied, texts);
  return { graph, diagnostics };
}

/** Step 8: the moves a catalog states. They come first: a stated move is a fact. */
function addStatedMoves(
  graph: CareerGraph,
  moves: Moves,
  drafts: Draft[],
  diagnostics: Diagnostic[],
): void {
  const byTitle = titleIndex(drafts);
  const bySlug = new Map(drafts.map((d) => [slugify(d.role.title), d.index]));
  const resolve = (from: Draft, title: string, line: number): number | undefined => {
    const t = byTitle.get(title.toLowerCase()) ?? bySlug.get(slugify(title));
    if (t === undefined)
      diagnostics.push({
        severity: 'warning',
        line,
        message: `role "${from.role.title}" names a move to unknown role "${title}"; the move is ignored`,
        roleId: from.id,
      });
    return t;
  };
  for (const d of drafts) {
    for (const m of d.role.next) {
      const t = resolve(d, m.title, m.line);
      if (t !== undefined)
        moves.add(
          d.index,
          t,
          'promotion',
          `the ${d.role.title} blueprint names ${drafts[t]!.role.title} as a next role`,
          'stated',
        );
    }
    for (const m of d.role.lateral) {
      const t = resolve(d, m.title, m.line);
      if (t === undefined || t === d.index) continue;
      const other = drafts[t]!.role.title;
      moves.add(
        d.index,
        t,
        'lateral',
        `the ${d.role.title} blueprint names ${other} as a lateral move`,
        'stated',
      );
      if (graph.hasEdge(drafts[t]!.id, d.id)) continue;
      moves.add(
        t,
        d.index,
        'lateral',
        `the ${d.role.title} blueprint names ${other} as a lateral move, which goes both ways`,
        'stated',
      );
    }
  }
}

/** Step 9: moves the organization's overlay knows of. */
function addOverlayMoves(
  moves: Moves,
  drafts: Draft[],
  overlay: Overlay,
  diagnostics: Diagnostic[],
): void {
  if (!overlay.moves.length) return;
  const byTitle = titleIndex(drafts);
  const byId = new Map(drafts.map((d) => [d.id, d.index]));
  const find = (name: string) => byTitle.get(name.toLowerCase()) ?? byId.get(name);
  for (const m of overlay.moves) {
    const s = find(m.from);
    const t = find(m.to);
    if (s === undefined || t === undefined) {
      diagnostics.push({
        severity: 'warning',
        line: 0,
        message: `the overlay names a move between unknown roles "${m.from}" and "${m.to}"; the move is ignored`,
      });
      continue;
    }
    const why = `known to the organization (its overlay): ${m.because}`;
    moves.add(s, t, m.kind, why, 'overlay');
    if (m.kind === 'lateral') moves.add(t, s, 'lateral', why, 'overlay');
  }
}
