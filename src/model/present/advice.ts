import type { Diagnostic, Finding } from '../graph/diagnostics';
import type { CatalogFormat } from '../graph/types';

/**
 * What a graph finding means for a catalog's author, in words an HR author reads rather than the
 * engine's (`checkGraph` keeps those for the command line's `--check`): what it does to the
 * lattice, and what to write in the catalog to change it, in the catalog's own format (a line of
 * blueprint text, a CSV column, a JSON field). Only what a catalog can state is suggested: a
 * level word in a title, a CSV `level`, and stated moves (`Next`/`Lateral`, `next`/`lateral`).
 */
export interface Advice {
  /** What the finding means for the lattice. */
  meaning: string;
  /** What to write in the catalog to change it (or why nothing may be needed). */
  fix: string;
}

/** How each format states a move, and a level. */
interface Syntax {
  /** Names `to` as a promotion out of `from`. */
  next(from: string, to: string): string;
  /** Names a role described as `what` as a move out of `from` (`sideways`: or a lateral one). */
  some(from: string, what: string, sideways: boolean): string;
  /** Turns `from`'s stated promotion to `to` into a lateral move. */
  lateral(from: string, to: string): string;
  /** Gives the role `title` a level (`word`: an example level word). */
  level(title: string, word: string): string;
}

const q = (s: string) => `“${s}”`;

const SYNTAX: Record<CatalogFormat, Syntax> = {
  text: {
    next: (from, to) => `add the line ${q(`Next: ${to}`)} to ${from}'s blueprint`,
    some: (from, what, sideways) =>
      `add a line ${q('Next: …')} to ${from}'s blueprint naming ${what}${sideways ? ` (${q('Lateral: …')} for a sideways move)` : ''}`,
    lateral: (from, to) =>
      `change ${q(`Next: ${to}`)} in ${from}'s blueprint to ${q(`Lateral: ${to}`)}`,
    level: (title, word) =>
      `add the line ${q(`Level: ${word}`)} to its blueprint, or start its title with a level word, as in ${q(`${word} ${title}`)}`,
  },
  csv: {
    next: (from, to) => `write ${q(to)} in the ${q('next')} column of ${from}'s row`,
    some: (from, what, sideways) =>
      `write ${what} in the ${q('next')} column of ${from}'s row${sideways ? ` (the ${q('lateral')} column for a sideways move)` : ''}`,
    lateral: (from, to) =>
      `move ${q(to)} from the ${q('next')} column of ${from}'s row to its ${q('lateral')} column`,
    level: (_title, word) =>
      `write its level in the ${q('level')} column of its row (for example ${word})`,
  },
  json: {
    next: (from, to) => `add ${q(to)} to the ${q('next')} list of ${from}`,
    some: (from, what, sideways) =>
      `list ${what} in the ${q('next')} list of ${from}${sideways ? ` (the ${q('lateral')} list for a sideways move)` : ''}`,
    lateral: (from, to) =>
      `move ${q(to)} from the ${q('next')} list of ${from} to its ${q('lateral')} list`,
    level: (title, word) =>
      `give it a ${q('level')} (for example ${q(word)}), or start its ${q('title')} with a level word, as in ${q(`${word} ${title}`)}`,
  },
};

/** "A", "A and B", "A, B and C", with how many more. */
export function listed(titles: readonly string[], more = 0): string {
  const all = more > 0 ? [...titles, `${more.toLocaleString('en-US')} more`] : [...titles];
  return all.length < 2 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

/**
 * A finding's meaning and fix.
 * @param f - the finding.
 * @param format - the format of the catalog it was found in.
 * @returns the advice.
 */
export function adviceFor(f: Finding, format: CatalogFormat): Advice {
  const s = SYNTAX[format];
  switch (f.kind) {
    case 'unplaced':
      return {
        meaning: `${f.title} is placed at the ${f.level} level only because its title has no level word and nothing else in the catalog says where it stands.`,
        fix: `To place it yourself, ${
          f.next
            ? `${s.next(f.title, f.next)} if people move up from it to ${f.next}`
            : s.some(f.title, 'the role people move up to', false)
        }, or ${s.level(f.title, 'Senior')}.`,
      };
    case 'unreachable': {
      const feeders = f.from.length + f.more;
      return {
        meaning: feeders
          ? `No path on the lattice leads to ${f.title} from an entry-level role: only ${listed(f.from, f.more)} ${feeders > 1 ? 'lead' : 'leads'} into it, and no path reaches ${feeders > 1 ? 'them' : 'it'} either.`
          : `No path on the lattice leads to ${f.title} from an entry-level role: no move leads into it.`,
        fix: `If people move into it from another role, ${s.next('that role', f.title)}. If people are hired into it, ${s.level(f.title, 'Associate')}.`,
      };
    }
    case 'dead-end':
      return {
        meaning: `No move leads out of ${f.title}: paths on the lattice end there.`,
        fix: `Nothing to do if it is the top of its ladder. Otherwise ${s.some(f.title, 'the role people move on to', true)}.`,
      };
    case 'no-rise':
      return {
        meaning: `The promotion from ${f.from} to ${f.to} does not lead up the lattice: ${f.to} is at the ${f.toLevel} level, ${f.toLevel === f.fromLevel ? 'the same as' : 'below'} ${f.from} (${f.fromLevel}).`,
        fix: `If ${f.to} is the more senior role, ${s.level(f.to, f.word)}${f.stated ? `; if the move is sideways, ${s.lateral(f.from, f.to)}` : ''}.`,
      };
    case 'cycle': {
      const [a = '', b = ''] = f.titles;
      return {
        meaning: `${listed(f.titles)} are promoted into one another in a circle (${[...f.titles, a].join(' → ')}), so the lattice cannot put one above the other.`,
        fix: `Decide which is the most senior. The move to look at is ${a} → ${b}: if it is sideways, ${s.lateral(a, b)}; if nobody makes it, remove it.`,
      };
    }
  }
}

/**
 * The advice for a diagnostic, when it is a graph finding; parser warnings already speak of the
 * catalog's text and have none.
 * @param d - the diagnostic.
 * @param format - the format of the catalog.
 * @returns the advice, or null.
 */
export function adviceOf(d: Diagnostic, format: CatalogFormat): Advice | null {
  return d.finding ? adviceFor(d.finding, format) : null;
}
