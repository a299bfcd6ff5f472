import { readHeadcountText, readMonths, readPayBand, type Read } from './facts';
import type { CatalogRole, ParsedCatalog } from '../graph/types';
import { splitLines, squash, stripEmphasis } from '../graph/text';
import { MAX_LINE_CHARS } from './limits';
import { hasMoveReason, RoleIntake, type RoleWarn, type Statement } from './intake';

/**
 * The blueprint text format.
 *
 * A role starts at a title line `<Title>: Role Blueprint…` (any text may follow `: Role Blueprint`)
 * and runs to the next title line. The lines after the title are its summary, up to the first
 * section header. Optional sections, each a header line followed by its items:
 *
 *     Skills: incident response; root-cause analysis        (items split on `;`, or on `,`)
 *     Responsibilities:
 *     - Own the queue                                        (bullets `-`, `*` or `•`)
 *     KPIs: first-contact resolution, CSAT
 *     Career Path:
 *     Next: Senior Support Analyst; Support Specialist       (promotions the catalog states)
 *     Lateral: Service Desk Analyst                          (lateral moves, both ways)
 *
 * Bullets directly under `Career Path:` are next roles. Headers are case-insensitive and may be
 * bold (`**Skills:**`) or bulleted. A stated move may end with how many people made it:
 * `Next: Senior Support Analyst (14 people)`, `(1 person)`.
 *
 * Role facts are one line each, anywhere in the role, and belong to no section (the lines before
 * and after them go on where they were):
 *
 *     Pay band: 55,000–70,000 USD                            (see `readPayBand` in facts.ts)
 *     Time in role: 18 months                                (or years)
 *     Headcount: 12
 *
 * The family, level and track the catalog states (they win over what the model infers) are one
 * line each too, like facts, and so is a role's inference:
 *
 *     Family: Paralegal
 *     Level: Senior                                          (a level word or a band of the scale)
 *     Track: Legal practice #7b3294                          (a label, and a colour if wanted)
 *     Inference: none                                        (its moves are exactly the stated ones)
 *
 * A stated move may give its reason after an em dash (or `--`) between spaces, one move a line:
 *
 *     Next: Senior Associate — qualified after two years; the firm's usual step
 *
 * A one-line comment `<!-- … -->` before the first title (a note about the catalog) is ignored
 * without the warning other text there gets.
 */

// Found with a plain search, not one anchored pattern: `^\s*(.*?)\s*:` backtracks cubically on a
// long run of white space, which froze the parser on a line of a few thousand spaces.
const ROLE_BLUEPRINT = /:\s*Role Blueprint\b/i;
const HEADING_MARK = /^\s*#{1,6}\s+/;
const BLUEPRINT_WORD = /blueprint/i;
const SECTION_LINE =
  /^\s*(?:[-*•]\s+)?(skills|responsibilities|kpis|career path|next roles?|next|lateral moves?|lateral)\s*:\s*(.*)$/i;
const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+(.*)$/;
const FACT_LINE = /^\s*(?:[-*•]\s+)?(pay band|time in role|headcount)\s*:\s*(.*)$/i;
const STATED_LINE = /^\s*(?:[-*•]\s+)?(family|level|track|inference)\s*:\s*(.*)$/i;
const COMMENT = /^<!--.*-->$/;

/** The line of a role that is read but skipped (no title, a duplicate, a title line cut short). */
const SKIPPED = -1;

type Fact = 'payBand' | 'monthsInRole' | 'headcount';

/** Each fact line: the role field it sets, its name in messages, and how its value is read. */
const FACTS: Record<string, { field: Fact; read: (text: string) => Read<unknown> }> = {
  'pay band': { field: 'payBand', read: readPayBand },
  'time in role': { field: 'monthsInRole', read: readMonths },
  headcount: { field: 'headcount', read: readHeadcountText },
};

type Section = 'skills' | 'responsibilities' | 'kpis' | 'next' | 'lateral';

function sectionOf(header: string): Section | 'careerPath' {
  const h = header.toLowerCase();
  if (h === 'career path') return 'careerPath';
  if (h.startsWith('next')) return 'next';
  if (h.startsWith('lateral')) return 'lateral';
  return h as Section;
}

function splitItems(text: string, allowComma: boolean, clean = squash): string[] {
  // A comma inside brackets belongs to the item (`Analyst (1,200 people)`).
  const parts = text.includes(';') || !allowComma ? text.split(';') : text.split(/,(?![^()]*\))/);
  return parts.map(clean).filter((p) => p.length > 0);
}

/** The title of a title line as written (not squashed nor normalized), or null. */
function rawTitleOf(line: string): string | null {
  // Nearly every line is a summary line: a plain substring test rejects them before any regex.
  if (!BLUEPRINT_WORD.test(line)) return null;
  const plain = stripEmphasis(line);
  const m = ROLE_BLUEPRINT.exec(plain);
  return m ? plain.slice(0, m.index).replace(HEADING_MARK, '') : null;
}

/** Returns the role title of a title line, or null when the line is not one. */
export function titleOf(line: string): string | null {
  const raw = rawTitleOf(line);
  return raw === null ? null : squash(raw);
}

/**
 * Parses blueprint text.
 * @param text - the catalog's content.
 * @returns every role (first definition of a duplicate title kept) and the problems noticed.
 *   A catalog with no roles yields an `error` diagnostic; callers decide whether to throw.
 */
export function parseBlueprintText(text: string): ParsedCatalog {
  const lines = splitLines(text);
  const intake = new RoleIntake();
  let current: CatalogRole | null = null;
  let summary: string[] = [];
  let section: Section | 'careerPath' | null = null;
  let strayLine = 0;
  /** The first title line too long to read, for the error when no role is found. */
  let longTitleLine = null as { line: number; length: number } | null;

  const finish = () => {
    if (!current || current.line === SKIPPED) return;
    const joined = summary.join(' ');
    // Paragraph breaks are rare: only then is the joined text rewritten.
    current.summary = intake.summary(
      current.title,
      (joined.includes('\n\n') ? joined.replace(/ ?\n\n ?/g, '\n\n') : joined).trim(),
      current.line,
    );
  };

  /** A role's warner at one of its lines; a skipped role's lines are read, not warned about. */
  const warnAt = (role: CatalogRole, line: number): RoleWarn =>
    role.line !== SKIPPED ? intake.warnFor(role.title, line) : () => {};

  const addItems = (
    role: CatalogRole,
    sec: Section | 'careerPath',
    text: string,
    line: number,
    bullet = false,
  ) => {
    const target: Section = sec === 'careerPath' ? 'next' : sec;
    // A bullet of skills, responsibilities or KPIs is one item (split on `;` only): its commas
    // belong to the sentence. Role titles have no commas, so move bullets still split on them.
    const moves = target === 'next' || target === 'lateral';
    const plain = stripEmphasis(text);
    // A move with its reason is the whole line: a reason may hold `;` and `,`.
    const items =
      moves && hasMoveReason(plain) ? [squash(plain)] : splitItems(plain, moves || !bullet, squash);
    if (target === 'next' || target === 'lateral') {
      for (const item of items) {
        const move = intake.move(item, line, warnAt(role, line));
        if (move) role[target].push(move);
      }
    } else {
      role[target].push(...items);
    }
  };

  /** Where each role's facts were first stated, to point at the first of a repeated one. */
  const factLines = new Map<string, number>();
  const readFact = (role: CatalogRole, header: string, text: string, line: number) => {
    const name = header.toLowerCase();
    const { field, read } = FACTS[name]!;
    const value = squash(text);
    const warn = intake.warnFor(role.title, line);
    const key = `${role.line}\u0000${field}`;
    const first = factLines.get(key);
    if (first !== undefined)
      return warn(`${name} is stated again (first at line ${first}); the first is kept`);
    if (!value) return warn(`${name} has no value; it is ignored`);
    const r = read(value);
    if (r.ok) factLines.set(key, line);
    intake.fact(role, field, r, `${name} "${value}"`, warn);
  };

  /** A `Family:`, `Level:`, `Track:` or `Inference:` line: the first of each is kept. */
  const statedLines = new Map<string, number>();
  const readStated = (role: CatalogRole, header: string, text: string, line: number) => {
    const field = header.toLowerCase() as Statement;
    const warn = intake.warnFor(role.title, line);
    const value = squash(text);
    const key = `${role.line}\u0000${field}`;
    const first = statedLines.get(key);
    if (first !== undefined)
      return warn(`${field} is stated again (first at line ${first}); the first is kept`);
    if (!value) return warn(`${field} has no value; it is ignored`);
    statedLines.set(key, line);
    intake.state(role, field, value, warn);
  };

  lines.forEach((whole, i) => {
    const lineNo = i + 1;
    let raw = whole;
    if (raw.length > MAX_LINE_CHARS) {
      intake.warn(
        lineNo,
        `line is ${raw.length.toLocaleString('en-US')} characters long; only the first ${MAX_LINE_CHARS.toLocaleString('en-US')} are read`,
      );
      const cut = raw.slice(0, MAX_LINE_CHARS);
      if (rawTitleOf(cut) === null && rawTitleOf(raw) !== null) {
        // A title line cut before its ": Role Blueprint": its role cannot be read, but its lines
        // must not run on into the role before it.
        finish();
        summary = [];
        section = null;
        intake.warn(
          lineNo,
          'this title line is cut before its ": Role Blueprint"; the role is skipped',
        );
        longTitleLine ??= { line: lineNo, length: raw.length };
        current = emptyRole('', SKIPPED);
        return;
      }
      raw = cut;
    }
    const rawTitle = rawTitleOf(raw);
    if (rawTitle !== null) {
      finish();
      current = null;
      summary = [];
      section = null;
      const title = intake.title(rawTitle, lineNo, 'title line has no role title; skipped');
      // A role without a title or a duplicate is read into a throw-away role, so its lines join
      // neither the role before it nor the stray-text warning meant for text before any title.
      current = emptyRole(title ?? '', SKIPPED);
      if (title === null || !intake.admit(rawTitle, title, lineNo)) return;
      current.line = lineNo;
      intake.roles.push(current);
      return;
    }
    const trimmed = raw.trim();
    if (!current) {
      if (trimmed && !strayLine && !COMMENT.test(trimmed)) strayLine = lineNo;
      return;
    }
    const role: CatalogRole = current;
    const fact = FACT_LINE.exec(stripEmphasis(raw));
    if (fact) {
      if (role.line !== SKIPPED) readFact(role, fact[1]!, fact[2]!, lineNo);
      return;
    }
    const stated = STATED_LINE.exec(stripEmphasis(raw));
    if (stated) {
      if (role.line !== SKIPPED) readStated(role, stated[1]!, stated[2]!, lineNo);
      return;
    }
    const sec = SECTION_LINE.exec(stripEmphasis(raw));
    if (sec) {
      section = sectionOf(sec[1] ?? '');
      if (sec[2]?.trim()) addItems(role, section, sec[2], lineNo);
      return;
    }
    if (section) {
      if (!trimmed) return;
      const bullet = BULLET.exec(raw);
      addItems(role, section, bullet ? (bullet[1] ?? '') : trimmed, lineNo, bullet !== null);
      return;
    }
    if (!trimmed) {
      if (summary.length && summary[summary.length - 1] !== '\n\n') summary.push('\n\n');
      return;
    }
    summary.push(squash(stripEmphasis(trimmed)));
  });
  finish();

  if (strayLine)
    intake.warn(
      strayLine,
      'text before the first role title is ignored (a role starts with "<Title>: Role Blueprint")',
    );
  return intake.done(
    'text',
    'no roles found: a role starts with a line "<Title>: Role Blueprint"' +
      (longTitleLine
        ? `; the title line at line ${longTitleLine.line} is too long to read (${longTitleLine.length.toLocaleString('en-US')} characters; the limit is ${MAX_LINE_CHARS.toLocaleString('en-US')})`
        : ''),
  );
}

function emptyRole(title: string, line: number): CatalogRole {
  return {
    title,
    summary: '',
    skills: [],
    responsibilities: [],
    kpis: [],
    next: [],
    lateral: [],
    line,
  };
}
