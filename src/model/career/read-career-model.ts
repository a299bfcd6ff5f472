/**
 * Reading a career model file: checks the parsed JSON of `data/career-model.json` (or an
 * organization's own) field by field, fills the optional parts' defaults, and lists every problem
 * at once. Apart from the model's shape and its scale queries (`career-model.ts`), which every
 * build step needs, while only loading a model reads JSON.
 */
import { CatalogError, type Diagnostic } from '../graph/diagnostics';
import { STRENGTHS, type Strength } from '../graph/types';
import { RELATION_WORDS } from './career-model';
import type {
  CareerModel,
  Relation,
  StrengthRules,
  MentionRule,
  MoveCosts,
  MoveRules,
  PluralRule,
  ScaleBand,
  TitleGrammar,
} from './career-model';

type Obj = Record<string, unknown>;

/** Plural rules (`{ "ending": "z", "drop": 1, "add": "ces" }`), checked. */
function readPlurals(c: Checker, v: unknown, path: string): PluralRule[] {
  return c.list(v, path).map((rv, i) => {
    const r = c.obj(rv, `${path}[${i}]`);
    return {
      ending: c.str(r['ending'] ?? '', `${path}[${i}].ending`).toLowerCase(),
      drop: c.num(r['drop'] ?? 0, `${path}[${i}].drop`),
      add: c.str(r['add'] ?? '', `${path}[${i}].add`),
    };
  });
}

/** The relation of a mention rule that names none (a model written before relations were typed). */
function defaultRelation(below: boolean, move: unknown, career: boolean): Relation {
  if (career) return below ? 'origin' : 'progression';
  if (move === 'none') return 'supervision';
  return below ? 'leadership' : 'reporting';
}

class Checker {
  readonly problems: Diagnostic[] = [];
  fail(path: string, what: string): void {
    this.problems.push({ severity: 'error', line: 0, message: `${path}: ${what}` });
  }
  obj(v: unknown, path: string): Obj {
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Obj;
    this.fail(path, 'must be an object');
    return {};
  }
  str(v: unknown, path: string, fallback = ''): string {
    if (typeof v === 'string') return v;
    this.fail(path, 'must be a string');
    return fallback;
  }
  num(v: unknown, path: string, fallback = 0): number {
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.fail(path, 'must be a finite number');
    return fallback;
  }
  strs(v: unknown, path: string, optional = false): string[] {
    if (v === undefined && optional) return [];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    this.fail(path, 'must be a list of strings');
    return [];
  }
  list(v: unknown, path: string): unknown[] {
    if (Array.isArray(v)) return v;
    this.fail(path, 'must be a list');
    return [];
  }
}

function readScale(c: Checker, v: unknown): ScaleBand[] {
  const bands = c.list(v, 'scale').map((bv, i): ScaleBand => {
    const p = `scale[${i}]`;
    const b = c.obj(bv, p);
    const steps = c.list(b['steps'], `${p}.steps`).map((sv, j) => {
      const s = c.obj(sv, `${p}.steps[${j}]`);
      return {
        ic: c.strs(s['ic'], `${p}.steps[${j}].ic`, true),
        management: c.strs(s['management'], `${p}.steps[${j}].management`, true),
      };
    });
    if (!steps.length) c.fail(`${p}.steps`, 'needs at least one step');
    const band = { band: c.str(b['band'], `${p}.band`), label: c.str(b['label'], `${p}.label`) };
    if (b['labels'] === undefined) return { ...band, steps };
    const labels = c.obj(b['labels'], `${p}.labels`);
    for (const [tag, text] of Object.entries(labels))
      if (typeof text !== 'string' || !text.trim())
        c.fail(`${p}.labels.${tag}`, 'must be a non-empty string');
    return { ...band, labels: labels as Record<string, string>, steps };
  });
  if (!bands.some((b) => b.steps.some((s) => s.ic.includes(''))))
    c.fail('scale', 'needs one step whose ic words include "" (titles with no level word)');
  // A word may name a level on each ladder (`Lead Analyst` is IC, `Warehouse Lead` a team lead),
  // but only once on one ladder.
  const seen = new Map<string, string>();
  bands.forEach((b, i) =>
    b.steps.forEach((s, j) =>
      [...s.ic.map((w) => `ic:${w}`), ...s.management.map((w) => `m:${w}`)].forEach((tagged) => {
        const w = tagged.slice(tagged.indexOf(':') + 1);
        const key = tagged.toLowerCase();
        const at = `scale[${i}].steps[${j}]`;
        const first = seen.get(key);
        if (first !== undefined && w !== '')
          c.fail(at, `the level word "${w}" is also at ${first}`);
        seen.set(key, at);
      }),
    ),
  );
  return bands;
}

/**
 * Validates and reads a career model.
 * @param data - the parsed JSON of a model file.
 * @param file - the name used in messages.
 * @returns the model.
 * @throws CatalogError listing every problem, each as `<file>: <json path>: <what is wrong>`.
 */
export function readCareerModel(data: unknown, file = 'career-model.json'): CareerModel {
  const c = new Checker();
  const o = c.obj(data, 'model');
  const scale = readScale(c, o['scale']);
  const bandIds = new Set(scale.map((b) => b.band));
  const band = (v: unknown, path: string) => {
    const id = c.str(v, path);
    if (id && !bandIds.has(id)) c.fail(path, `unknown band "${id}"`);
    return id;
  };
  const g = c.obj(o['grammar'], 'grammar');
  const chiefs: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.obj(g['chiefs'] ?? {}, 'grammar.chiefs')))
    chiefs[k] = c.str(v, `grammar.chiefs.${k}`);
  const grammar: TitleGrammar = {
    numbered: c
      .strs(g['numbered'], 'grammar.numbered')
      .map((b, i) => band(b, `grammar.numbered[${i}]`)),
    numberWords: c.strs(g['numberWords'], 'grammar.numberWords', true),
    soft: c.strs(g['soft'], 'grammar.soft', true),
    suffixes: c.strs(g['suffixes'], 'grammar.suffixes', true),
    softManagement: c.strs(g['softManagement'], 'grammar.softManagement', true),
    deputies: c.strs(g['deputies'], 'grammar.deputies', true),
    occupations: c.strs(g['occupations'], 'grammar.occupations', true),
    scopes: c.strs(g['scopes'], 'grammar.scopes', true),
    roleNouns: c.strs(g['roleNouns'], 'grammar.roleNouns', true),
    chiefs,
    connectors: c.strs(g['connectors'] ?? [], 'grammar.connectors', true),
    afterDeputies: c.strs(g['afterDeputies'] ?? [], 'grammar.afterDeputies', true),
    compoundLevels: c.strs(g['compoundLevels'] ?? [], 'grammar.compoundLevels', true),
    headFirst: g['headFirst'] === true,
    plurals: readPlurals(c, g['plurals'] ?? [], 'grammar.plurals'),
    compoundLinks: c.strs(g['compoundLinks'] ?? [], 'grammar.compoundLinks', true),
    wholeTitles: Object.fromEntries(
      Object.entries(c.obj(g['wholeTitles'] ?? {}, 'grammar.wholeTitles')).map(([k, v]) => [
        k,
        band(v, `grammar.wholeTitles.${k}`),
      ]),
    ),
  };
  const st = c.obj(o['standing'] ?? {}, 'standing');
  const standing = c.list(st['phrases'] ?? [], 'standing.phrases').map((sv, i) => {
    const s = c.obj(sv, `standing.phrases[${i}]`);
    return {
      band: band(s['band'], `standing.phrases[${i}].band`),
      words: c.strs(s['words'], `standing.phrases[${i}].words`),
    };
  });
  const mo = c.obj(o['mentions'] ?? {}, 'mentions');
  const mentions = c.list(mo['patterns'] ?? [], 'mentions.patterns').map((mv, i): MentionRule => {
    const p = `mentions.patterns[${i}]`;
    const m = c.obj(mv, p);
    const before = m['before'] === undefined ? undefined : c.str(m['before'], `${p}.before`);
    const after = m['after'] === undefined ? undefined : c.str(m['after'], `${p}.after`);
    if ((before === undefined) === (after === undefined))
      c.fail(p, 'needs exactly one of "before" and "after"');
    const other = m['other'];
    if (other !== 'above' && other !== 'below') c.fail(`${p}.other`, 'must be "above" or "below"');
    const move = m['move'];
    if (move !== 'to' && move !== 'from' && move !== 'none')
      c.fail(`${p}.move`, 'must be "to", "from" or "none"');
    const career = m['career'] === true;
    const relation = m['relation'] ?? defaultRelation(other === 'below', move, career);
    if (!(typeof relation === 'string' && relation in RELATION_WORDS))
      c.fail(`${p}.relation`, `must be one of ${Object.keys(RELATION_WORDS).join(', ')}`);
    return {
      ...(before !== undefined && { before }),
      ...(after !== undefined && { after }),
      other: other === 'below' ? 'below' : 'above',
      move: move === 'from' ? 'from' : move === 'none' ? 'none' : 'to',
      career,
      relation: relation as Relation,
    };
  });
  const mv = c.obj(o['moves'] ?? {}, 'moves');
  const moves: MoveRules = {
    minSimilarity: c.num(mv['minSimilarity'] ?? 0.12, 'moves.minSimilarity'),
    relativeToBest: c.num(mv['relativeToBest'] ?? 0.6, 'moves.relativeToBest'),
    maxFamilies: c.num(mv['maxFamilies'] ?? 3, 'moves.maxFamilies'),
    maxBandGap: c.num(mv['maxBandGap'] ?? 1, 'moves.maxBandGap'),
    mentionBandGap: c.num(mv['mentionBandGap'] ?? 2, 'moves.mentionBandGap'),
    minTerms: c.num(mv['minTerms'] ?? 3, 'moves.minTerms'),
    distinctiveShare: c.num(mv['distinctiveShare'] ?? 0.3, 'moves.distinctiveShare'),
    maxPerRole: c.num(mv['maxPerRole'] ?? 3, 'moves.maxPerRole'),
  };
  const co = c.obj(o['costs'] ?? {}, 'costs');
  const costs: MoveCosts = {
    promotion: c.num(co['promotion'] ?? 1, 'costs.promotion'),
    lateral: c.num(co['lateral'] ?? 1, 'costs.lateral'),
    crossTrack: c.num(co['crossTrack'] ?? 0, 'costs.crossTrack'),
  };
  for (const [k, v] of Object.entries(costs)) {
    if (k !== 'crossTrack' && v <= 0) c.fail(`costs.${k}`, 'must be greater than 0');
    if (v < 0) c.fail(`costs.${k}`, 'must not be negative');
  }
  const so = c.obj(o['strength'] ?? {}, 'strength');
  const sc = c.obj(so['costs'] ?? {}, 'strength.costs');
  const strength: StrengthRules = {
    moderateTerms: c.num(so['moderateTerms'] ?? 4, 'strength.moderateTerms'),
    costs: Object.fromEntries(
      STRENGTHS.map((k) => {
        const v = c.num(sc[k] ?? 0, `strength.costs.${k}`);
        if (v < 0) c.fail(`strength.costs.${k}`, 'must not be negative');
        return [k, v];
      }),
    ) as Record<Strength, number>,
  };
  if (c.problems.length) throw new CatalogError(c.problems, file);
  return { scale, grammar, standing, mentions, moves, costs, strength };
}
