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

/** Level words lower-cased and longest first, once per model. */
const levelWordCache = new WeakMap<CareerModel, { word: string; label: string; index: number }[]>();

function levelWords(model: CareerModel) {
  let words = levelWordCache.get(model);
  if (!words) {
    words = model.levels
      .flatMap((l, index) => l.words.map((w) => ({ word: w.toLowerCase(), label: l.label, index })))
      .sort((a, b) => b.word.length - a.word.length);
    levelWordCache.set(model, words);
  }
  return words;
}

function baseLevel(model: CareerModel): number {
  return model.levels.findIndex((l) => l.label === '');
}

/**
 * Finds the level a catalog states by name: a level's label or one of its words, ignoring case.
 * @param model - the career model.
 * @param word - the stated level (`Senior`, `sr.`, or '' for the level of titles with no level word).
 * @returns the level's label and index, or undefined when the model has no such level.
 */
export function statedLevel(
  model: CareerModel,
  word: string,
): { label: string; index: number } | undefined {
  const w = word.trim().toLowerCase();
  if (!w) return { label: '', index: baseLevel(model) };
  const index = model.levels.findIndex(
    (l) => l.label.toLowerCase() === w || l.words.some((x) => x.toLowerCase() === w),
  );
  return index < 0 ? undefined : { label: model.levels[index]!.label, index };
}

/** Reads the level from the title's leading word(s); the rest of the title is the family. */
function matchLevel(model: CareerModel, title: string): LevelMatch {
  const base = baseLevel(model);
  const t = title.toLowerCase();
  for (const { word, label, index } of levelWords(model)) {
    if (t.length > word.length + 1 && t.startsWith(word) && t[word.length] === ' ') {
      return { label, index, rest: title.slice(word.length + 1).trim() };
    }
  }
  return { label: '', index: base, rest: title };
}

function wordsIn(haystack: string, needle: string): boolean {
  const h = ` ${haystack.toLowerCase()} `;
  return h.includes(` ${needle.toLowerCase()} `);
}

const trackCache = new WeakMap<CareerModel, Map<string, { track: TrackRule; band: number }>>();

/** A family's track and band; remembered per model, since a family has many roles. */
function trackOf(model: CareerModel, family: string): { track: TrackRule; band: number } {
  let cache = trackCache.get(model);
  if (!cache) trackCache.set(model, (cache = new Map()));
  const key = family.toLowerCase();
  let found = cache.get(key);
  if (!found) cache.set(key, (found = findTrack(model, family, key)));
  return found;
}

function findTrack(
  model: CareerModel,
  family: string,
  key: string,
): { track: TrackRule; band: number } {
  // Own keys only: a family named like an Object.prototype member ("Constructor") is unlisted.
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
  const fromTitle = matchLevel(model, role.title);
  // A stated level wins over the title's level word; an unknown one means "no level".
  const lv =
    role.level === undefined
      ? fromTitle
      : (statedLevel(model, role.level) ?? { label: '', index: baseLevel(model) });
  const family = role.family?.trim() || fromTitle.rest || role.title;
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

/** A role while the graph is built: its id, attributes and lower-cased family, read once. */
interface BuildNode {
  /** Position in the catalog: selections keep catalog order, so edges are added in it. */
  index: number;
  id: string;
  a: RoleNode;
  fam: string;
  /** Summary lower-cased, on first use (most bridges select by family and never read it). */
  sum?: string;
}

const summaryOf = (n: BuildNode) => (n.sum ??= n.a.summary.toLowerCase());

/** Turns a selector into a predicate; every condition given must hold. */
function compileSelector(sel: Selector): (n: BuildNode) => boolean {
  const families = sel.family && new Set(sel.family.map((f) => f.toLowerCase()));
  const tracks = sel.track && new Set(sel.track);
  const levels = sel.level && new Set(sel.level.map((l) => l.toLowerCase()));
  const phrases = sel.phrase?.map((p) => p.toLowerCase());
  return (n) =>
    (!families || families.has(n.fam)) &&
    (!tracks || tracks.has(n.a.track)) &&
    (!levels || levels.has(n.a.level.toLowerCase())) &&
    (!phrases || phrases.some((p) => summaryOf(n).includes(p)));
}

/**
 * The roles a selector picks. A selector naming families looks only at those families' roles
 * (from the index), so a bridge between two families costs nothing at 20,000 roles.
 */
function select(sel: Selector, all: BuildNode[], byFamily: Map<string, BuildNode[]>): BuildNode[] {
  const test = compileSelector(sel);
  if (!sel.family) return all.filter(test);
  const out: BuildNode[] = [];
  const families = new Set(sel.family.map((x) => x.toLowerCase()));
  for (const f of families) for (const n of byFamily.get(f) ?? []) if (test(n)) out.push(n);
  return families.size > 1 ? out.sort((x, y) => x.index - y.index) : out;
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
  const nodes: BuildNode[] = [];
  const byId = new Map<string, BuildNode>();
  const byFamily = new Map<string, BuildNode[]>();

  for (const role of roles) {
    let id = slugify(role.title);
    // graphology keeps neighbours in plain objects: an id such as "constructor" would match an
    // Object.prototype member there and make it see edges that do not exist (and throw).
    if (id in Object.prototype) id = `${id}-role`;
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
    if (role.level !== undefined && !statedLevel(model, role.level)) {
      const known = model.levels.map((l) => l.label).filter((l) => l);
      diagnostics.push({
        severity: 'warning',
        line: role.line,
        message: `role "${role.title}" has unknown level "${role.level}" (known levels: ${known.join(', ')}); the role is kept with no level`,
        roleId: id,
      });
    }
    const a = deriveRole(model, role);
    graph.addNode(id, a);
    const node: BuildNode = { index: nodes.length, id, a, fam: a.family.toLowerCase() };
    nodes.push(node);
    byId.set(id, node);
    const family = byFamily.get(node.fam);
    if (family) family.push(node);
    else byFamily.set(node.fam, [node]);
    idByTitle.set(role.title.toLowerCase(), id);
  }

  const add = (s: BuildNode, t: BuildNode, kind: MoveKind, reason: string, rule: string) => {
    if (s === t || graph.hasEdge(s.id, t.id)) return;
    graph.addEdgeWithKey(`${s.id}->${t.id}`, s.id, t.id, {
      kind,
      reason,
      provenance: rule === 'stated' ? 'stated' : 'inferred',
      cost:
        (kind === 'promotion' ? model.costs.promotion : model.costs.lateral) +
        (s.a.track === t.a.track ? 0 : model.costs.crossTrack),
      rule,
    });
  };

  // Ladders: each level to the next level present in the family.
  const byLevel = (x: BuildNode, y: BuildNode) => x.a.levelIndex - y.a.levelIndex;
  for (const members of byFamily.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort(byLevel);
    for (let i = 1; i < sorted.length; i++) {
      const lo = sorted[i - 1]!;
      const hi = sorted[i]!;
      if (lo.a.levelIndex === hi.a.levelIndex) continue;
      add(lo, hi, 'promotion', `next level in the ${hi.a.family} family`, 'ladder');
    }
  }

  // Bridges: for each source role, at most one move into each target family — the role at equal
  // rank (lateral) or else the lowest rank above within maxRankGap (promotion). This keeps the
  // lattice readable: one way across, not every pairing. Summaries are lower-cased once and the
  // fallback citation is found once per bridge: at 20,000 roles, doing either per edge made
  // building take seconds instead of milliseconds.
  for (const bridge of model.bridges) {
    // The side without a phrase is cheap to select: select it first and skip the bridge when it
    // is empty, so phrase scans over every summary only run for bridges that can apply.
    const phraseFirst = !!bridge.from.phrase && !bridge.to.phrase;
    const first = select(phraseFirst ? bridge.to : bridge.from, nodes, byFamily);
    if (!first.length) continue;
    const second = select(phraseFirst ? bridge.from : bridge.to, nodes, byFamily);
    if (!second.length) continue;
    const sources = phraseFirst ? second : first;
    const targets = phraseFirst ? first : second;
    const targetFamilies = new Map<string, BuildNode[]>();
    for (const t of targets) {
      const list = targetFamilies.get(t.fam);
      if (list) list.push(t);
      else targetFamilies.set(t.fam, [t]);
    }
    const evidence = bridge.evidence.map((e) => e.toLowerCase());
    const quote = (n: BuildNode) => {
      const i = evidence.findIndex((e) => summaryOf(n).includes(e));
      return i < 0
        ? null
        : ` The ${n.a.title} blueprint says “${excerpt(n.a.summary, bridge.evidence[i]!)}”.`;
    };
    let fallback: string | undefined;
    const cite = (s: BuildNode, t: BuildNode) => {
      const direct = quote(s) ?? quote(t);
      if (direct) return direct;
      if (fallback === undefined) {
        fallback = '';
        for (const n of [...sources, ...targets]) {
          const q = quote(n);
          if (q) {
            fallback = q;
            break;
          }
        }
      }
      return fallback;
    };
    const sentence = bridge.because.charAt(0).toUpperCase() + bridge.because.slice(1);
    for (const s of sources) {
      for (const [family, members] of targetFamilies) {
        if (family === s.fam) continue;
        let equal: BuildNode | undefined;
        let above: BuildNode | undefined;
        for (const m of members) {
          const gap = m.a.rank - s.a.rank;
          if (gap === 0) equal ??= m;
          else if (gap > 0 && gap <= bridge.maxRankGap && (!above || m.a.rank < above.a.rank))
            above = m;
        }
        if (equal && bridge.kind !== 'promotion') {
          const reason = `Lateral move across families: ${bridge.because}.${cite(s, equal)}`;
          add(s, equal, 'lateral', reason, `bridge:${bridge.id}`);
          add(equal, s, 'lateral', reason, `bridge:${bridge.id}`);
        } else if (above && bridge.kind !== 'lateral') {
          add(s, above, 'promotion', `${sentence}.${cite(s, above)}`, `bridge:${bridge.id}`);
        }
      }
    }
  }

  // Stated moves: merged with inferred ones (an inferred edge the catalog also states becomes stated).
  const resolve = (from: CatalogRole, title: string, line: number): BuildNode | undefined => {
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
    return id === undefined ? undefined : byId.get(id);
  };
  const state = (s: BuildNode, t: BuildNode, kind: MoveKind, reason: string) => {
    if (s === t) return;
    if (graph.hasEdge(s.id, t.id)) {
      graph.mergeEdgeAttributes(s.id, t.id, { provenance: 'stated' });
      return;
    }
    add(s, t, kind, reason, 'stated');
  };
  // Every role became one node, in order: nodes[i] is roles[i].
  roles.forEach((role, i) => {
    if (!role.next.length && !role.lateral.length) return;
    const s = nodes[i]!;
    for (const m of role.next) {
      const t = resolve(role, m.title, m.line);
      if (t)
        state(s, t, 'promotion', `the ${role.title} blueprint names ${t.a.title} as a next role`);
    }
    for (const m of role.lateral) {
      const t = resolve(role, m.title, m.line);
      if (!t) continue;
      const reason = `the ${role.title} blueprint names ${t.a.title} as a lateral move`;
      state(s, t, 'lateral', reason);
      state(t, s, 'lateral', reason);
    }
  });
  return { graph, diagnostics };
}
