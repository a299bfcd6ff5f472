/**
 * Building the graph: adding moves (one rule per function) — stated, overlay, ladders, mentions.
 */

import { RELATION_WORDS, type CareerModel } from '../career/career-model';
import type { Diagnostic } from '../graph/diagnostics';
import { MAX_MOVES_PER_CATALOG } from '../catalog/limits';
import { type Mention } from '../career/evidence';
import { type Overlay, type OverlayRejection } from '../career/overlay';

import type { MoveKind, MoveWhy, StatedMove } from '../graph/types';
import type { CareerGraph } from '../graph/career-graph';
import { bandLabel, type Draft, type Family } from './drafts';
import { summaries } from './summaries';
import { judge, withStrength, type Evidence } from './strength';
import { roleFinder } from './decisions';

/**
 * Adds moves to the graph; the first rule to add a move keeps it. Past
 * {@link MAX_MOVES_PER_CATALOG} moves, no more are added, with one warning.
 */
/** What a move's rule says of it: its reason (English, with the evidence), its summary, the same as data. */
export interface Said {
  reason: string;
  summary: string;
  why: MoveWhy;
  /** The terms a move of similar work rests on (`similar` moves only). */
  terms?: string[];
}

export class Moves {
  private full = false;
  /** Families whose roles state moves within them: their ladders are the catalog's. */
  private statedFamilies = new Set<number>();
  /** The moves the organization rejected, as `from-id->to-id`. */
  private rejected = new Set<string>();
  /** Roles that state a next role the catalog has: their promotions are the catalog's. */
  private statesNext = new Set<number>();
  /** Roles whose moves are exactly the stated ones (`Inference: none`). */
  private closed = new Set<number>();
  constructor(
    private graph: CareerGraph,
    private model: CareerModel,
    private drafts: Draft[],
    private trackOf: string[],
    private diagnostics: Diagnostic[],
    /** Moves the organization rejected: never added but by its overlay. */
    rejections: readonly OverlayRejection[] = [],
  ) {
    for (const r of rejections) {
      const s = this.find(r.from);
      const t = this.find(r.to);
      if (s !== undefined && t !== undefined)
        this.rejected.add(`${drafts[s]!.id}->${drafts[t]!.id}`);
      else
        diagnostics.push({
          severity: 'warning',
          line: 0,
          message: `the overlay rejects a move between unknown roles "${r.from}" and "${r.to}"; it is ignored`,
        });
    }
    for (const d of drafts) if (d.role.inference === 'none') this.closed.add(d.index);
    // A move to a role the catalog does not have is warned about and states nothing.
    for (const d of drafts)
      for (const [list, next] of [
        [d.role.next, true],
        [d.role.lateral, false],
      ] as const)
        for (const m of list) {
          const t = this.find(m.title);
          if (t === undefined || t === d.index) continue;
          if (next) this.statesNext.add(d.index);
          if (drafts[t]!.family === d.family) this.statedFamilies.add(d.family);
        }
  }
  /** The index of the role a stated move or an overlay names (by its title, else its id). */
  find(name: string): number | undefined {
    // Built on first use: most catalogs state no move.
    this.#find ??= statedTargets(this.drafts);
    return this.#find(name);
  }
  #find: ((name: string) => number | undefined) | null = null;
  /**
   * True when the catalog's statements leave no room for an inferred move: any move from or to a
   * role whose moves are exactly the stated ones; a promotion out of a role that states its next
   * roles, or within a family whose roles state moves within it; the way back of a stated
   * promotion.
   */
  private contradicts(s: number, t: number, kind: MoveKind): boolean {
    if (this.closed.has(s) || this.closed.has(t)) return true;
    const a = this.drafts[s]!;
    const b = this.drafts[t]!;
    if (kind === 'promotion') {
      if (this.statesNext.has(s)) return true;
      if (a.family === b.family && this.statedFamilies.has(a.family)) return true;
    }
    const back = `${b.id}->${a.id}`;
    return (
      this.graph.hasEdge(back) &&
      this.graph.getEdgeAttribute(back, 'provenance') === 'stated' &&
      this.graph.getEdgeAttribute(back, 'kind') === 'promotion'
    );
  }
  add(s: number, t: number, kind: MoveKind, evidence: Evidence, said: Said): boolean {
    const { reason, summary, why, terms } = said;
    const a = this.drafts[s]!;
    const b = this.drafts[t]!;
    if (s === t || this.graph.hasEdge(a.id, b.id)) return false;
    const { rule } = evidence;
    // What the organization rejected stays out, and a lateral move is rejected both ways.
    if (
      rule !== 'overlay' &&
      (this.rejected.has(`${a.id}->${b.id}`) ||
        (kind === 'lateral' && this.rejected.has(`${b.id}->${a.id}`)))
    )
      return false;
    // What the catalog (or the organization's overlay) states beats what is inferred.
    if (rule !== 'stated' && rule !== 'overlay' && this.contradicts(s, t, kind)) return false;
    if (this.graph.size >= MAX_MOVES_PER_CATALOG) {
      if (!this.full) {
        const max = MAX_MOVES_PER_CATALOG.toLocaleString('en-US');
        this.diagnostics.push({
          severity: 'warning',
          line: a.role.line,
          roleId: a.id,
          message: `the catalog has more than ${max} moves in all; taking the roles in the order of their titles, the moves after the first ${max} are dropped, from role "${a.role.title}" on`,
        });
        this.full = true;
      }
      return false;
    }
    const judged = judge(this.model, evidence);
    this.graph.addEdgeWithKey(`${a.id}->${b.id}`, a.id, b.id, {
      kind,
      reason: withStrength(reason, judged),
      summary,
      why,
      provenance: rule === 'stated' || rule === 'overlay' ? 'stated' : 'inferred',
      strength: judged.strength,
      cost:
        (kind === 'promotion' ? this.model.costs.promotion : this.model.costs.lateral) +
        (this.trackOf[a.family] === this.trackOf[b.family] ? 0 : this.model.costs.crossTrack) +
        this.model.strength.costs[judged.strength],
      rule,
      ...(evidence.rule === 'mention' && { relation: evidence.relation }),
      ...(terms && { terms }),
    });
    return true;
  }
  /** The ids of the roles a move leads to from the role. */
  successors(i: number): string[] {
    return this.graph.outNeighbors(this.drafts[i]!.id);
  }
  /** True when a move leads out of the role. */
  hasWayOut(i: number): boolean {
    return this.graph.outDegree(this.drafts[i]!.id) > 0;
  }
  /**
   * An inferred lateral move, both ways, or nothing when either way is already a move.
   * @returns whether a move was added.
   */
  lateral(s: number, t: number, evidence: Evidence, there: Said, back: Said): boolean {
    const a = this.drafts[s]!.id;
    const b = this.drafts[t]!.id;
    if (s === t || this.graph.hasEdge(a, b) || this.graph.hasEdge(b, a)) return false;
    const added = this.add(s, t, 'lateral', evidence, there);
    return this.add(t, s, 'lateral', evidence, back) || added;
  }
}

/** Finds the role a stated move or an overlay names: by its title, else by its id. */
function statedTargets(drafts: Draft[]): (title: string) => number | undefined {
  const find = roleFinder(drafts.map((d) => ({ title: d.role.title, id: d.id, index: d.index })));
  return (title) => find(title)?.index;
}

/** Bands that have roles, in order, so "the next band up" skips the scale's empty bands. */
export function occupiedBands(drafts: Draft[]): Map<number, number> {
  const bands = [...new Set(drafts.map((d) => d.band))].sort((a, b) => a - b);
  return new Map(bands.map((b, i) => [b, i]));
}

/** Step 5: each level of a family to the next level present in it. */
export function addLadders(
  moves: Moves,
  model: CareerModel,
  drafts: Draft[],
  families: Family[],
): void {
  const say = summaries(model);
  for (const f of families) {
    if (f.members.length < 2) continue;
    const sorted = [...f.members].sort((a, b) => drafts[a]!.rank - drafts[b]!.rank || a - b);
    for (let i = 1; i < sorted.length; i++) {
      const lo = drafts[sorted[i - 1]!]!;
      const hi = drafts[sorted[i]!]!;
      if (lo.rank === hi.rank) continue;
      const ends = { from: lo.rank, to: hi.rank };
      moves.add(
        lo.index,
        hi.index,
        'promotion',
        { rule: 'ladder' },
        {
          reason: `next level in the ${f.name} family`,
          summary: say.ladder(ends, f.name),
          why: { rule: 'ladder', ...ends, family: f.name },
        },
      );
    }
  }
}

/** Step 6: moves a summary shows by naming another role. */
export function addMentionMoves(
  moves: Moves,
  model: CareerModel,
  drafts: Draft[],
  mentions: Mention[],
  occupied: Map<number, number>,
): void {
  const say = summaries(model);
  for (const m of mentions) {
    if (m.rule.move === 'none') continue;
    const [s, t] = m.rule.move === 'to' ? [m.role, m.other] : [m.other, m.role];
    const a = drafts[s]!;
    const b = drafts[t]!;
    if (a.family === b.family) continue;
    const gap = occupied.get(b.band)! - occupied.get(a.band)!;
    if (gap < 0 || gap > model.moves.mentionBandGap) continue;
    const own = drafts[m.role]!.role.title;
    const relation = m.rule.relation;
    const said = `The ${own} blueprint says “${m.quote.excerpt}” (relation: ${RELATION_WORDS[relation]}).`;
    const named = m.rule.move === 'to' ? 'from' : 'to';
    const career = m.rule.career === true;
    const quote = { role: drafts[m.role]!.id, text: m.quote.excerpt };
    const data = (x: Draft, y: Draft) =>
      ({ rule: 'mention', from: x.rank, to: y.rank, named, career, relation, quote }) as const;
    if (gap === 0) {
      // Each way names the level of the role it leads from (two steps of one band differ).
      const why = (x: Draft) =>
        `Lateral move at the same level (${bandLabel(model, x.rank)}), named in a blueprint. ${said}`;
      const short = (x: Draft, y: Draft) =>
        say.mention({ from: x.rank, to: y.rank }, 'lateral', named, career);
      const evidence = { rule: 'mention', career, relation } as const;
      moves.lateral(
        s,
        t,
        evidence,
        { reason: why(a), summary: short(a, b), why: data(a, b) },
        { reason: why(b), summary: short(b, a), why: data(b, a) },
      );
    } else {
      const what =
        m.rule.move === 'to'
          ? `${b.role.title} is named above ${a.role.title} in its blueprint`
          : relation === 'origin'
            ? `${b.role.title} draws its people from ${a.role.title}`
            : `${b.role.title} takes on work over ${a.role.title}`;
      moves.add(
        s,
        t,
        'promotion',
        { rule: 'mention', career, relation },
        {
          reason: `Promotion (${bandLabel(model, a.rank)} → ${bandLabel(model, b.rank)}): ${what}. ${said}`,
          summary: say.mention({ from: a.rank, to: b.rank }, 'promotion', named, career),
          why: data(a, b),
        },
      );
    }
  }
}

/**
 * Step 8: the moves a catalog states. They come first: a stated move is a fact. A move's count of
 * people goes on the edge it states (not on the way back of a lateral move, which nobody counted);
 * a move stated twice keeps the first count.
 */
export function addStatedMoves(
  graph: CareerGraph,
  moves: Moves,
  model: CareerModel,
  drafts: Draft[],
  diagnostics: Diagnostic[],
): void {
  const say = summaries(model);
  const ends = (s: number, t: number) => ({ from: drafts[s]!.rank, to: drafts[t]!.rank });
  const resolve = (from: Draft, title: string, line: number): number | undefined => {
    const t = moves.find(title);
    if (t === undefined)
      diagnostics.push({
        severity: 'warning',
        line,
        message: `role "${from.role.title}" names a move to unknown role "${title}"; the move is ignored`,
        roleId: from.id,
      });
    return t;
  };
  const count = (d: Draft, t: number, m: StatedMove) => {
    const edge = `${d.id}->${drafts[t]!.id}`;
    // A lateral move stated from its other end may have drawn this way first, without a count.
    if (m.count === undefined || !graph.hasEdge(edge)) return;
    const e = graph.getEdgeAttributes(edge);
    if (e.rule === 'stated' && e.count === undefined)
      graph.setEdgeAttribute(edge, 'count', m.count);
  };
  /** Each stated lateral move, for its way back once every move stated from either end is in. */
  const laterals: { d: Draft; t: number; m: StatedMove }[] = [];
  for (const d of drafts) {
    for (const m of d.role.next) {
      const t = resolve(d, m.title, m.line);
      if (t === undefined) continue;
      moves.add(
        d.index,
        t,
        'promotion',
        { rule: 'stated' },
        {
          reason:
            m.because ??
            `the ${d.role.title} blueprint names ${drafts[t]!.role.title} as a next role`,
          summary: say.stated(ends(d.index, t), 'promotion'),
          why: { rule: 'stated', ...ends(d.index, t), ...(m.because && { because: m.because }) },
        },
      );
      count(d, t, m);
    }
    for (const m of d.role.lateral) {
      const t = resolve(d, m.title, m.line);
      if (t === undefined || t === d.index) continue;
      moves.add(
        d.index,
        t,
        'lateral',
        { rule: 'stated' },
        {
          reason:
            m.because ??
            `the ${d.role.title} blueprint names ${drafts[t]!.role.title} as a lateral move`,
          summary: say.stated(ends(d.index, t), 'lateral'),
          why: { rule: 'stated', ...ends(d.index, t), ...(m.because && { because: m.because }) },
        },
      );
      count(d, t, m);
      laterals.push({ d, t, m });
    }
  }
  // A lateral move goes both ways: the way back of each, unless its other end states it too.
  for (const { d, t, m } of laterals) {
    if (graph.hasEdge(drafts[t]!.id, d.id)) continue;
    moves.add(
      t,
      d.index,
      'lateral',
      { rule: 'stated' },
      {
        reason:
          m.because ??
          `the ${d.role.title} blueprint names ${drafts[t]!.role.title} as a lateral move, which goes both ways`,
        summary: say.stated(ends(t, d.index), 'lateral'),
        why: {
          rule: 'stated',
          ...ends(t, d.index),
          ...(m.because ? { because: m.because } : { back: true }),
        },
      },
    );
  }
}

/** How the reason of a move the overlay states begins; the overlay's own reason follows. */
export const OVERLAY_REASON = 'known to the organization (its overlay): ';

/** Step 9: moves the organization's overlay knows of. */
export function addOverlayMoves(
  moves: Moves,
  model: CareerModel,
  drafts: Draft[],
  overlay: Overlay,
  diagnostics: Diagnostic[],
): void {
  if (!overlay.moves.length) return;
  for (const m of overlay.moves) {
    const s = moves.find(m.from);
    const t = moves.find(m.to);
    if (s === undefined || t === undefined) {
      diagnostics.push({
        severity: 'warning',
        line: 0,
        message: `the overlay names a move between unknown roles "${m.from}" and "${m.to}"; the move is ignored`,
      });
      continue;
    }
    const why = `${OVERLAY_REASON}${m.because}`;
    const say = summaries(model);
    const ends = (x: number, y: number) => ({ from: drafts[x]!.rank, to: drafts[y]!.rank });
    const overlay = { rule: 'overlay' } as const;
    const said = (x: number, y: number, kind: MoveKind) => ({
      reason: why,
      summary: say.overlay(ends(x, y), kind, m.because),
      why: { rule: 'overlay', ...ends(x, y), because: m.because } as const,
    });
    moves.add(s, t, m.kind, overlay, said(s, t, m.kind));
    if (m.kind === 'lateral') moves.add(t, s, 'lateral', overlay, said(t, s, 'lateral'));
  }
}
