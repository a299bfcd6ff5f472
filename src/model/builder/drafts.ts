/**
 * Building the graph, steps 1–2: each role's id and what its title says, deputies, families.
 */

import { bandRanks, baseRank, levelAt, type CareerModel } from '../career/career-model';
import type { Diagnostic } from '../graph/diagnostics';
import { MAX_STATED_MOVES_PER_ROLE } from '../catalog/limits';

import { slugify, titleKey } from '../graph/text';
import { readTitle, type TitleReading } from '../career/title-grammar';
import { familyKeyOf, wordsOf } from '../career/title-words';

import type { CatalogRole } from '../graph/types';

/** A role while the graph is built. */
export interface Draft {
  index: number;
  id: string;
  role: CatalogRole;
  title: TitleReading;
  /** True when the catalog states a level the title's own words do not say: it pins the rank. */
  levelStated: boolean;
  family: number;
  rank: number;
  band: number;
}

export interface Family {
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
export function readRoles(
  roles: CatalogRole[],
  model: CareerModel,
  diagnostics: Diagnostic[],
): Draft[] {
  const ids = new Set<string>();
  const drafts = roles.map((role, index) => {
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
    let levelStated = false;
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
      } else {
        levelStated =
          stated.rank !== title.rank || stated.word.toLowerCase() !== title.level.toLowerCase();
        title = {
          ...title,
          level: stated.word,
          rank: stated.rank,
          ladder: stated.ladder,
          firm: true,
        };
      }
    }
    if (role.family?.trim())
      title = {
        ...title,
        family: role.family.trim(),
        familyKey: (title.ladder === 'management' ? 'm:' : '') + familyKeyOf(role.family.trim()),
      };
    return {
      index,
      id,
      role: withStatedCap(role, id, diagnostics),
      title,
      levelStated,
      family: -1,
      rank: 0,
      band: 0,
    };
  });
  joinNamedTeams(model, drafts);
  return drafts;
}

/**
 * A level phrase of several words whose first word, after the family, is part of a name other
 * titles of the catalog use (`Red Team Lead` beside `Red Team Operator`): the family is that name
 * (`Red Team`) and the level the phrase's last words (`Lead`), not `Red` at the `Team Lead` level.
 */
function joinNamedTeams(model: CareerModel, drafts: Draft[]): void {
  // The titles whose reading this may change, and the name each asks about (`red team`).
  const asks: { d: Draft; name: string; level: string[] }[] = [];
  for (const d of drafts) {
    const t = d.title;
    const level = t.level.split(' ');
    if (d.role.level !== undefined || d.role.family !== undefined || level.length < 2) continue;
    const family = wordsOf(t.family).join(' ');
    // Only a phrase at the end, right after the family (`Red Team Lead`).
    if (!family || wordsOf(d.role.title).join(' ') !== `${family} ${wordsOf(t.level).join(' ')}`)
      continue;
    asks.push({ d, name: `${family} ${level[0]!.toLowerCase()}`, level });
  }
  if (!asks.length) return;
  // How many titles hold each name asked about, and how many are each title: one pass over the
  // titles, rather than every title searched for every name.
  const names = new Set(asks.map((a) => a.name));
  const lengths = new Set(asks.map((a) => a.name.split(' ').length));
  const holding = new Map<string, number>();
  const same = new Map<string, number>();
  for (const d of drafts) {
    const words = wordsOf(d.role.title);
    const own = words.join(' ');
    same.set(own, (same.get(own) ?? 0) + 1);
    const found = new Set<string>();
    for (const n of lengths)
      for (let i = 0; i + n <= words.length; i++) {
        const gram = words.slice(i, i + n).join(' ');
        if (names.has(gram)) found.add(gram);
      }
    for (const gram of found) holding.set(gram, (holding.get(gram) ?? 0) + 1);
  }
  for (const { d, name, level } of asks) {
    // Another title names the team: one that holds the name and is not this very title.
    const own = wordsOf(d.role.title).join(' ');
    if (holding.get(name)! - same.get(own)! <= 0) continue;
    const t = d.title;
    const joined = `${t.family} ${level[0]}`;
    const again = readTitle(model, `${joined.replace(/\s+/g, '')} ${level.slice(1).join(' ')}`);
    if (again.rank === null) continue;
    d.title = {
      ...t,
      family: joined,
      familyKey: (again.ladder === 'management' ? 'm:' : '') + familyKeyOf(joined),
      level: again.level,
      rank: again.rank,
      ladder: again.ladder,
      firm: again.firm,
    };
  }
}

/**
 * A role's stated moves, at most {@link MAX_STATED_MOVES_PER_ROLE} of them (the first by line,
 * Next before Lateral on one line), with one warning when some are ignored.
 */
function withStatedCap(role: CatalogRole, id: string, diagnostics: Diagnostic[]): CatalogRole {
  const stated = role.next.length + role.lateral.length;
  if (stated <= MAX_STATED_MOVES_PER_ROLE) return role;
  const byLine = [...role.next, ...role.lateral].sort((a, b) => a.line - b.line);
  const kept = new Set(byLine.slice(0, MAX_STATED_MOVES_PER_ROLE));
  diagnostics.push({
    severity: 'warning',
    line: byLine[MAX_STATED_MOVES_PER_ROLE]!.line,
    roleId: id,
    message: `role "${role.title}" states ${stated.toLocaleString('en-US')} moves; only the first ${MAX_STATED_MOVES_PER_ROLE} are read (the limit for one role), the other ${(stated - MAX_STATED_MOVES_PER_ROLE).toLocaleString('en-US')} are ignored`,
  });
  return {
    ...role,
    next: role.next.filter((m) => kept.has(m)),
    lateral: role.lateral.filter((m) => kept.has(m)),
  };
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
export function findDeputies(model: CareerModel, drafts: Draft[]): [number, number][] {
  const byTitle = titleIndex(drafts);
  const deputies = model.grammar.deputies.map((w) => w.toLowerCase());
  const out: [number, number][] = [];
  for (const d of drafts) {
    if (d.title.rank !== null) continue;
    const t = titleKey(d.role.title);
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
export function groupFamilies(drafts: Draft[], model: CareerModel): Family[] {
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

export const bandLabel = (model: CareerModel, rank: number) => levelAt(model, rank).label;

/** Roles by title, compared as the parsers compare them (`titleKey`); the first of a title wins. */
export function titleIndex(drafts: Draft[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of drafts) {
    const key = titleKey(d.role.title);
    if (!m.has(key)) m.set(key, d.index);
  }
  return m;
}
