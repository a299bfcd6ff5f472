import Graph from 'graphology';
import type { CareerModel, Selector, TrackRule } from './career-model';
import type { Diagnostic } from './diagnostics';
import type { CatalogRole, MoveEdge, MoveKind, RoleNode } from './types';
import { slugify } from './text';

/** The career graph: directed, one edge per move (a lateral move is two edges, one each way). */
export type CareerGraph = Graph<RoleNode, MoveEdge>;

export interface BuiltGraph {
  graph: CareerGraph;
  diagnostics: Diagnostic[];
}

interface LevelMatch {
  label: string;
  index: number;
  rest: string;
}

/** Reads the level from the title's leading word(s); the rest of the title is the family. */
function matchLevel(model: CareerModel, title: string): LevelMatch {
  const base = model.levels.findIndex((l) => l.label === '');
  let best: LevelMatch = { label: '', index: base, rest: title };
  let bestLen = 0;
  model.levels.forEach((level, index) => {
    for (const word of level.words) {
      const w = word.toLowerCase();
      const t = title.toLowerCase();
      if (w.length > bestLen && t.startsWith(w + ' ') && title.length > w.length + 1) {
        best = { label: level.label, index, rest: title.slice(w.length + 1).trim() };
        bestLen = w.length;
      }
    }
  });
  return best;
}

function wordsIn(haystack: string, needle: string): boolean {
  const h = ` ${haystack.toLowerCase()} `;
  return h.includes(` ${needle.toLowerCase()} `);
}

function trackOf(model: CareerModel, family: string): { track: TrackRule; band: number } {
  // Own keys only: a family named like an Object.prototype member ("Constructor") is unlisted.
  const key = family.toLowerCase();
  const known = Object.hasOwn(model.families, key) ? model.families[key] : undefined;
  if (known) {
    const track = model.tracks.find((t) => t.id === known.track) ?? model.defaultTrack;
    return { track, band: known.band };
  }
  // An unlisted family goes to the track whose longest keyword it contains.
  let best: TrackRule = model.defaultTrack;
  let bestLen = 0;
  for (const t of model.tracks)
    for (const k of t.keywords)
      if (k.length > bestLen && wordsIn(family, k)) {
        best = t;
        bestLen = k.length;
      }
  return { track: best, band: best.band };
}

/**
 * Derives a role's graph attributes from its catalog entry.
 * @param model - the career model.
 * @param role - the role as the catalog states it.
 * @returns node attributes: family, level, rank and track come from the model's rules.
 */
export function deriveRole(model: CareerModel, role: CatalogRole): RoleNode {
  const lv = matchLevel(model, role.title);
  const family = lv.rest || role.title;
  const { track, band } = trackOf(model, family);
  return {
    title: role.title,
    family,
    level: lv.label,
    levelIndex: lv.index,
    rank: band + lv.index,
    track: track.id,
    summary: role.summary,
    skills: role.skills,
    responsibilities: role.responsibilities,
    kpis: role.kpis,
    line: role.line,
  };
}

function includesAny(text: string, phrases: string[]): string | undefined {
  const t = text.toLowerCase();
  return phrases.find((p) => t.includes(p.toLowerCase()));
}

function matches(sel: Selector, r: RoleNode): boolean {
  const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
  if (sel.family && !lower(sel.family).includes(r.family.toLowerCase())) return false;
  if (sel.track && !sel.track.includes(r.track)) return false;
  if (sel.level && !lower(sel.level).includes(r.level.toLowerCase())) return false;
  if (sel.phrase && !includesAny(r.summary, sel.phrase)) return false;
  return true;
}

/** Quotes the words around `phrase` in `text`, within its sentence, so a reason shows its evidence. */
function excerpt(text: string, phrase: string): string {
  const i = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (i < 0) return phrase;
  const dot = text.lastIndexOf('. ', i);
  const sentenceStart = dot < 0 ? 0 : dot + 2;
  const stop = text.indexOf('. ', i + phrase.length);
  const sentenceEnd = stop < 0 ? text.length : stop;
  const from = Math.max(sentenceStart, i - 40);
  const to = Math.min(sentenceEnd, i + phrase.length + 40);
  const a = from > sentenceStart ? text.indexOf(' ', from) + 1 : from;
  const b = to < sentenceEnd ? text.lastIndexOf(' ', to) : to;
  const s = text.slice(a, Math.max(b, i + phrase.length)).replace(/[.,;:]+$/, '');
  return `${a > sentenceStart ? '…' : ''}${s}${b < sentenceEnd ? '…' : ''}`;
}

/**
 * Builds the career graph from a catalog's roles and a career model.
 * Ladders come first (each level to the next level present in its family), then the model's
 * bridges between families, then the moves the catalog states, merged into the inferred ones.
 * @param roles - the catalog's roles.
 * @param model - the career model.
 * @returns the graph and the problems noticed while building it (stated moves to unknown roles).
 */
export function buildCareerGraph(roles: CatalogRole[], model: CareerModel): BuiltGraph {
  const graph: CareerGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const diagnostics: Diagnostic[] = [];
  const idByTitle = new Map<string, string>();

  for (const role of roles) {
    let id = slugify(role.title);
    if (graph.hasNode(id)) {
      let n = 2;
      while (graph.hasNode(`${id}-${n}`)) n++;
      diagnostics.push({
        severity: 'warning',
        line: role.line,
        message: `role "${role.title}" has the same id "${id}" as another role; it is "${id}-${n}"`,
      });
      id = `${id}-${n}`;
    }
    graph.addNode(id, deriveRole(model, role));
    idByTitle.set(role.title.toLowerCase(), id);
  }

  const cost = (kind: MoveKind, a: RoleNode, b: RoleNode) =>
    (kind === 'promotion' ? model.costs.promotion : model.costs.lateral) +
    (a.track === b.track ? 0 : model.costs.crossTrack);

  const add = (s: string, t: string, kind: MoveKind, reason: string, rule: string) => {
    if (s === t || graph.hasEdge(s, t)) return;
    graph.addEdgeWithKey(`${s}->${t}`, s, t, {
      kind,
      reason,
      provenance: rule === 'stated' ? 'stated' : 'inferred',
      cost: cost(kind, graph.getNodeAttributes(s), graph.getNodeAttributes(t)),
      rule,
    });
  };

  // Ladders: each level to the next level present in the family.
  const byFamily = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    const key = a.family.toLowerCase();
    byFamily.set(key, [...(byFamily.get(key) ?? []), id]);
  });
  for (const ids of byFamily.values()) {
    const attrs = (id: string) => graph.getNodeAttributes(id);
    const sorted = [...ids].sort((a, b) => attrs(a).levelIndex - attrs(b).levelIndex);
    for (let i = 1; i < sorted.length; i++) {
      const lo = sorted[i - 1]!;
      const hi = sorted[i]!;
      if (attrs(lo).levelIndex === attrs(hi).levelIndex) continue;
      add(lo, hi, 'promotion', `next level in the ${attrs(hi).family} family`, 'ladder');
    }
  }

  // Bridges: for each source role, at most one move into each target family — the role at equal
  // rank (lateral) or else the lowest rank above within maxRankGap (promotion). This keeps the
  // lattice readable: one way across, not every pairing.
  const nodes = graph.mapNodes((id, a) => ({ id, a }));
  for (const bridge of model.bridges) {
    const sources = nodes.filter((n) => matches(bridge.from, n.a));
    const targets = nodes.filter((n) => matches(bridge.to, n.a));
    const targetFamilies = new Map<string, typeof targets>();
    for (const t of targets) {
      const k = t.a.family.toLowerCase();
      targetFamilies.set(k, [...(targetFamilies.get(k) ?? []), t]);
    }
    const cite = (s: (typeof nodes)[number], t: (typeof nodes)[number]) => {
      for (const who of [s, t, ...sources, ...targets]) {
        const phrase = includesAny(who.a.summary, bridge.evidence);
        if (phrase)
          return ` The ${who.a.title} blueprint says “${excerpt(who.a.summary, phrase)}”.`;
      }
      return '';
    };
    for (const s of sources) {
      for (const [family, members] of targetFamilies) {
        if (family === s.a.family.toLowerCase()) continue;
        const equal = members.find((m) => m.a.rank === s.a.rank);
        const above = members
          .filter((m) => m.a.rank > s.a.rank && m.a.rank - s.a.rank <= bridge.maxRankGap)
          .sort((x, y) => x.a.rank - y.a.rank)[0];
        const sentence = bridge.because.charAt(0).toUpperCase() + bridge.because.slice(1);
        if (equal && bridge.kind !== 'promotion') {
          const reason = `Lateral move across families: ${bridge.because}.${cite(s, equal)}`;
          add(s.id, equal.id, 'lateral', reason, `bridge:${bridge.id}`);
          add(equal.id, s.id, 'lateral', reason, `bridge:${bridge.id}`);
        } else if (above && bridge.kind !== 'lateral') {
          add(s.id, above.id, 'promotion', `${sentence}.${cite(s, above)}`, `bridge:${bridge.id}`);
        }
      }
    }
  }

  // Stated moves: merged with inferred ones (an inferred edge the catalog also states becomes stated).
  const resolve = (from: CatalogRole, title: string, line: number): string | undefined => {
    const id =
      idByTitle.get(title.toLowerCase()) ??
      (graph.hasNode(slugify(title)) ? slugify(title) : undefined);
    if (!id)
      diagnostics.push({
        severity: 'warning',
        line,
        message: `role "${from.title}" names a move to unknown role "${title}"; the move is ignored`,
        roleId: idByTitle.get(from.title.toLowerCase()),
      });
    return id;
  };
  const state = (s: string, t: string, kind: MoveKind, reason: string) => {
    if (s === t) return;
    if (graph.hasEdge(s, t)) {
      graph.mergeEdgeAttributes(s, t, { provenance: 'stated' });
      return;
    }
    add(s, t, kind, reason, 'stated');
  };
  for (const role of roles) {
    const s = idByTitle.get(role.title.toLowerCase());
    if (!s) continue;
    for (const m of role.next) {
      const t = resolve(role, m.title, m.line);
      if (t)
        state(
          s,
          t,
          'promotion',
          `the ${role.title} blueprint names ${graph.getNodeAttribute(t, 'title')} as a next role`,
        );
    }
    for (const m of role.lateral) {
      const t = resolve(role, m.title, m.line);
      if (!t) continue;
      const reason = `the ${role.title} blueprint names ${graph.getNodeAttribute(t, 'title')} as a lateral move`;
      state(s, t, 'lateral', reason);
      state(t, s, 'lateral', reason);
    }
  }
  return { graph, diagnostics };
}
