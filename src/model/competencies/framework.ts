/**
 * The competency framework for every field: a cross-field framework (modelled on O*NET's skills
 * and generalized work activities and ESCO's transversal skills, `data/competencies/framework.json`)
 * and field packs (`data/competencies/packs/*.json`: support, software, healthcare…), each
 * competency with its phrases per language. A catalog is read with the framework, the packs its
 * text fits, and its own words: the items of its roles' Skills, Responsibilities and KPIs that no
 * competency of the framework or the packs names become competencies of their own. All of it is
 * data; this file only reads it and puts a catalog's lexicon together.
 */
import { CatalogError, type Diagnostic } from '../graph/diagnostics';
import type { CareerGraph } from '../graph/career-graph';
import { slugify } from '../graph/text';
import { catalogLanguage } from '../builder/build-graph';
import { readLexicon, type Competency, type Lexicon } from './lexicon';
import { extractCompetencies, roleDuties, withDuties } from './matching';
import { dutyGrammar, type DutyGrammar } from './duties';

/** The languages the framework's phrases are written in. */
export const FRAMEWORK_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
type Code = (typeof FRAMEWORK_LANGUAGES)[number];

/** A competency of the framework or of a pack, with its phrases in each language. */
export interface FrameworkCompetency {
  id: string;
  /** Its name in English. */
  label: string;
  /**
   * Its name in other languages of the framework, by language code (`{ de: 'Kommunikation' }`):
   * what a reader of that language is shown instead of `label`. Names only, never matched.
   */
  labels?: Readonly<Record<string, string>>;
  phrases: Partial<Record<Code, string[]>>;
}

/** A field pack: the competencies of one field, used when a catalog's text fits it. */
export interface FieldPack {
  id: string;
  label: string;
  competencies: FrameworkCompetency[];
}

/** The whole framework as data: cross-field competencies, what to ignore, and the packs. */
export interface CompetencyFramework {
  competencies: FrameworkCompetency[];
  /** Per language, phrases that make a sentence about someone else's authority over the role. */
  ignore: Partial<Record<Code, string[]>>;
  packs: FieldPack[];
  /** Per language, the words a role's duties are read with (`data/competencies/duties.json`). */
  duties: Partial<Record<Code, DutyGrammar>>;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * A competency's `labels`: its names in the languages of the framework, each a non-empty string
 * (trimmed). Names are only shown, never matched, so anything else is left out rather than
 * stopping the framework: a value that is no object, a language the framework does not have, a
 * name that is no string or is blank.
 * @returns the names, or undefined when none is valid.
 */
function readLabels(v: unknown): Readonly<Record<string, string>> | undefined {
  if (!isObj(v)) return undefined;
  const out: Record<string, string> = {};
  for (const l of FRAMEWORK_LANGUAGES) {
    const name = Object.hasOwn(v, l) ? v[l] : undefined;
    if (typeof name === 'string' && name.trim()) out[l] = name.trim();
  }
  return Object.keys(out).length ? out : undefined;
}

/** Reads one file's competencies, checked as a lexicon is (every language's phrases together). */
function readCompetencies(data: unknown, file: string, problems: Diagnostic[]) {
  const list = isObj(data) ? data['competencies'] : undefined;
  const out: FrameworkCompetency[] = [];
  if (!Array.isArray(list) || !list.length) {
    problems.push({ severity: 'error', line: 0, message: `${file}: competencies: must be a list` });
    return out;
  }
  const flat = list.map((c: unknown) => {
    const o = isObj(c) ? c : {};
    const phrases = isObj(o['phrases']) ? o['phrases'] : {};
    const unknown = Object.keys(phrases).filter(
      (k) => !(FRAMEWORK_LANGUAGES as readonly string[]).includes(k),
    );
    for (const k of unknown)
      problems.push({
        severity: 'error',
        line: 0,
        message: `${file}: ${String(o['id'])}.phrases.${k}: not a language of the framework (${FRAMEWORK_LANGUAGES.join(', ')})`,
      });
    const all = FRAMEWORK_LANGUAGES.flatMap((l) => (Array.isArray(phrases[l]) ? phrases[l] : []));
    const labels = readLabels(o['labels']);
    out.push({
      id: String(o['id']),
      label: String(o['label']),
      ...(labels ? { labels } : {}),
      phrases: Object.fromEntries(
        FRAMEWORK_LANGUAGES.filter((l) => Array.isArray(phrases[l])).map((l) => [
          l,
          (phrases[l] as unknown[])
            .filter((p): p is string => typeof p === 'string')
            .map((p) => p.trim()),
        ]),
      ),
    });
    // Each language lists its own forms: the same word in two languages is one phrase.
    return { id: o['id'], label: o['label'], phrases: [...new Set(all)] };
  });
  try {
    readLexicon({ competencies: flat }, file);
  } catch (e) {
    if (!(e instanceof CatalogError)) throw e;
    problems.push(...e.diagnostics);
  }
  return out;
}

/**
 * Validates and reads the framework and the packs.
 * @param framework - the parsed `framework.json`.
 * @param packs - each pack file's parsed JSON, with its name for messages.
 * @param duties - the parsed `duties.json` (a language it has no verbs for reads no duties).
 * @returns the framework.
 * @throws CatalogError listing every problem, each as `<file>: <json path>: <what is wrong>`.
 */
export function readFramework(
  framework: unknown,
  packs: readonly { file: string; data: unknown }[],
  duties: unknown = undefined,
): CompetencyFramework {
  const problems: Diagnostic[] = [];
  const fw = readCompetencies(framework, 'framework.json', problems);
  const ignoreData = isObj(framework) && isObj(framework['ignore']) ? framework['ignore'] : {};
  const ignore: Partial<Record<Code, string[]>> = {};
  for (const l of FRAMEWORK_LANGUAGES) {
    const v = ignoreData[l];
    if (Array.isArray(v)) ignore[l] = v.filter((p): p is string => typeof p === 'string');
  }
  const read: FieldPack[] = packs.map(({ file, data }) => {
    const o = isObj(data) ? data : {};
    if (typeof o['id'] !== 'string' || typeof o['label'] !== 'string')
      problems.push({
        severity: 'error',
        line: 0,
        message: `${file}: needs an "id" and a "label"`,
      });
    return {
      id: String(o['id']),
      label: String(o['label']),
      competencies: readCompetencies(data, file, problems),
    };
  });
  // An id names one competency everywhere: a profile's ratings and ?comp= links rely on it.
  const seen = new Map<string, string>();
  for (const [where, list] of [
    ['framework.json', fw],
    ...read.map((p) => [`packs/${p.id}.json`, p.competencies] as const),
  ] as const)
    for (const c of list) {
      const first = seen.get(c.id);
      if (first)
        problems.push({
          severity: 'error',
          line: 0,
          message: `${where}: ${c.id}: the id is also used in ${first}`,
        });
      else seen.set(c.id, where);
    }
  if (problems.length) throw new CatalogError(problems, 'competency framework');
  const grammars: Partial<Record<Code, DutyGrammar>> = {};
  for (const l of FRAMEWORK_LANGUAGES) {
    const g = dutyGrammar(duties, l);
    if (g) grammars[l] = g;
  }
  return { competencies: fw, ignore, packs: read, duties: grammars };
}

const labelCache = new WeakMap<
  CompetencyFramework,
  ReadonlyMap<string, Readonly<Record<string, string>>>
>();

/**
 * The names in other languages of every competency of the framework and its packs that has some,
 * by id: what the interface shows a reader of that language instead of the English label.
 * Remembered per framework.
 * @param fw - the framework.
 * @returns id → language code → name.
 */
export function competencyLabels(
  fw: CompetencyFramework,
): ReadonlyMap<string, Readonly<Record<string, string>>> {
  const had = labelCache.get(fw);
  if (had) return had;
  const map = new Map<string, Readonly<Record<string, string>>>();
  for (const c of [...fw.competencies, ...fw.packs.flatMap((p) => p.competencies)])
    if (c.labels && !map.has(c.id)) map.set(c.id, c.labels);
  labelCache.set(fw, map);
  return map;
}

/** Competencies with the phrases of one language and English (which names terms everywhere). */
function inLanguage(
  list: readonly FrameworkCompetency[],
  code: string,
  source: string,
): Competency[] {
  return list.map((c) => ({
    id: c.id,
    label: c.label,
    source,
    phrases: [
      ...new Set([
        ...(c.phrases[code as Code] ?? []),
        ...(code === 'en' ? [] : (c.phrases.en ?? [])),
      ]),
    ],
  }));
}

/** At most this many roles are read to choose the packs (evenly spread over a large catalog). */
const PACK_SAMPLE = 400;
/** A pack is used when at least this share of the roles read show one of its competencies. */
const PACK_FIT = 0.25;
/**
 * A pack besides the best fitting one is used only when it fits at least this share as well: a
 * field's words some roles of another field share ("incident", "customer") fit far less.
 */
const PACK_NEAR_BEST = 0.6;
/** A pack after the first is used only when it alone shows competencies in this share of roles. */
const PACK_OWN_ROLES = 0.15;
/** A pack that fits this share as well as the best is used whatever roles it adds: a tie. */
const PACK_TIE = 0.9;
/** At most this many packs are used for one catalog. */
const MAX_PACKS = 2;

type Node = Parameters<typeof extractCompetencies>[0];

/**
 * The packs a catalog's text fits, best first: those at least {@link PACK_FIT} of its roles show a
 * competency of, and nearly as many as of the best fitting one (at most {@link MAX_PACKS}), each
 * after the first showing one in roles the others show none in ({@link PACK_OWN_ROLES}) or fitting
 * nearly as well as the best ({@link PACK_TIE}), plus any the catalog names.
 * @param roles - the catalog's roles.
 * @param fw - the framework.
 * @param code - the catalog's language.
 * @param named - pack ids the catalog's overlay names: always used.
 * @returns the packs.
 */
export function choosePacks(
  roles: readonly Node[],
  fw: CompetencyFramework,
  code: string,
  named: readonly string[] = [],
): FieldPack[] {
  const step = Math.max(1, Math.ceil(roles.length / PACK_SAMPLE));
  const sample = roles.filter((_, i) => i % step === 0);
  const fits = fw.packs.map((p) => {
    const lexicon: Lexicon = { competencies: inLanguage(p.competencies, code, p.id) };
    const hit = sample.map((r) => extractCompetencies(r, lexicon).length > 0);
    return { p, hit, fit: sample.length ? hit.filter(Boolean).length / sample.length : 0 };
  });
  const best = Math.max(0, ...fits.map((f) => f.fit));
  const candidates = fits
    .filter((f) => f.fit >= PACK_FIT && f.fit >= PACK_NEAR_BEST * best)
    .sort((a, b) => b.fit - a.fit);
  // A further pack must show a competency in roles the chosen ones show none in, or fit nearly as
  // well as the best: a nursing catalog's words support work shares ("documentation",
  // "investigates") add no role of its own.
  const chosen: FieldPack[] = [];
  const shown = sample.map(() => false);
  for (const f of candidates) {
    if (chosen.length >= MAX_PACKS) break;
    const adds = f.hit.filter((h, i) => h && !shown[i]).length;
    const tie = f.fit >= PACK_TIE * best;
    if (chosen.length && !tie && adds < PACK_OWN_ROLES * sample.length) continue;
    chosen.push(f.p);
    f.hit.forEach((h, i) => (shown[i] ||= h));
  }
  for (const id of named) {
    const p = fw.packs.find((x) => x.id === id);
    if (p && !chosen.includes(p)) chosen.push(p);
  }
  return chosen;
}

/** An item this long or shorter (in words) may be a competency of its own; longer is a sentence. */
const OWN_WORDS = 5;

/** An item of a role's lists as a competency label: trimmed, no final stop, first letter capital. */
function ownLabel(item: string): string {
  const t = item
    .replace(/\s+/g, ' ')
    .replace(/[.;:,]+$/, '')
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * The catalog's own competencies: the short items of its roles' Skills, Responsibilities and KPIs
 * that no competency of `known` names as a whole (most of the item). The same words in two roles
 * are one competency.
 */
function ownCompetencies(roles: readonly Node[], known: Lexicon): Competency[] {
  const own = new Map<string, Competency>();
  for (const r of roles)
    for (const item of [...r.skills, ...(r.responsibilities ?? []), ...(r.kpis ?? [])]) {
      const label = ownLabel(item);
      const words = label.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (!words.length || words.length > OWN_WORDS || label.length > 60) continue;
      const id = `own-${slugify(label)}`;
      if (own.has(id) || id === 'own-') continue;
      const found = extractCompetencies({ summary: label, skills: [] }, known);
      if (found.some((c) => c.evidence.length * 2 >= label.length)) continue;
      own.set(id, { id, label, phrases: [label.replace(/\*/g, '')], source: 'own' });
    }
  return [...own.values()];
}

/**
 * The duties the roles' own sentences name, as competencies without phrases: the same duty in two
 * roles is one competency. A duty a phrase of `known` names in a role is that phrase's evidence
 * there, and is left out when the role's competencies are read.
 */
function dutyCompetencies(roles: readonly Node[], known: Lexicon): Competency[] {
  if (!known.duties) return [];
  const taken = new Set(known.competencies.map((c) => c.id));
  const out: Competency[] = [];
  for (const r of roles)
    for (const d of roleDuties(r, known)) {
      if (taken.has(d.id)) continue;
      taken.add(d.id);
      out.push({ id: d.id, label: d.label, phrases: [], source: 'duty' });
    }
  return out;
}

const cache = new WeakMap<
  CompetencyFramework,
  WeakMap<CareerGraph, { order: number; lexicon: CatalogLexicon }>
>();

/** A catalog's lexicon, and the packs chosen for it. */
export interface CatalogLexicon extends Lexicon {
  packs: { id: string; label: string }[];
}

/**
 * The lexicon a catalog is read with: the cross-field framework, the packs its text fits (or its
 * overlay names), then its own words; in the catalog's language (and English). Remembered per
 * graph.
 * @param graph - the catalog's graph.
 * @param fw - the framework.
 * @param named - pack ids the catalog's overlay names.
 * @returns the lexicon, with the sentences to ignore in the catalog's language.
 */
export function catalogLexicon(
  graph: CareerGraph,
  fw: CompetencyFramework,
  named: readonly string[] = [],
): CatalogLexicon {
  let perGraph = cache.get(fw);
  if (!perGraph) cache.set(fw, (perGraph = new WeakMap()));
  const had = perGraph.get(graph);
  if (had && had.order === graph.order) return had.lexicon;
  const roles = graph.mapNodes((_id, a) => a);
  // The catalog's language, found as the graph was built (titles and summaries).
  const code = catalogLanguage(roles).code;
  const packs = choosePacks(roles, fw, code, [...(graph.getAttribute('packs') ?? []), ...named]);
  // The packs first: where a field's competency and a cross-field one name the same words, the
  // field's, more specific, is the one those words show.
  const known: Lexicon = {
    competencies: [
      ...packs.flatMap((p) => inLanguage(p.competencies, code, p.id)),
      ...inLanguage(fw.competencies, code, 'framework'),
    ],
  };
  const ignore = [
    ...new Set([
      ...(fw.ignore[code as Code] ?? []),
      ...(code === 'en' ? [] : (fw.ignore.en ?? [])),
    ]),
  ];
  const duties = fw.duties[code as Code];
  const withOwn: Lexicon = {
    competencies: [...known.competencies, ...ownCompetencies(roles, known)],
    ignore,
    ...(duties ? { duties } : {}),
  };
  const lexicon: CatalogLexicon = withDuties(withOwn, dutyCompetencies(roles, withOwn), {
    packs: packs.map((p) => ({ id: p.id, label: p.label })),
  });
  perGraph.set(graph, { order: graph.order, lexicon });
  return lexicon;
}

/**
 * One pack's competencies as a lexicon, in one language (and English).
 * @param fw - the framework.
 * @param id - the pack's id.
 * @param code - the language.
 * @returns the lexicon (empty when there is no such pack).
 */
export function packLexicon(fw: CompetencyFramework, id: string, code = 'en'): Lexicon {
  const pack = fw.packs.find((p) => p.id === id);
  return { competencies: pack ? inLanguage(pack.competencies, code, pack.id) : [] };
}
