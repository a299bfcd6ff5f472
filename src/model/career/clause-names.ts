/**
 * The roles a clause names: where the words after (or before) a mention pattern stop naming roles,
 * and which names of the catalog its list holds ("supervises cashiers and sales associates").
 * Apart from the mention patterns (`evidence.ts`) because it is about the names in a sentence,
 * whatever phrase introduced them.
 */
import { MAX_CLAUSE_CHARS } from '../catalog/limits';
import { namesIn, type NameIndex } from './names';

/**
 * Where the words after a pattern stop naming roles: the sentence's end, or a new clause (`and
 * may`, `, who`, `while`…), so "under the supervision of a registered nurse and may direct
 * nursing assistants" names only the nurse.
 */
export const CLAUSE_END =
  /[.;:!?](?:\s|$)|\s\(|,\s+(?:and|but|who|which|while|where|so|to|with)\b|,\s+(?!including\b)(?:\p{L}+ly\s+)?\p{L}+ing\b|\s(?:and|or|but)\s+(?:may|can|will|is|are|has|have|must|also|then|works?|leads?|reports?|supports?|provides?|helps?|directs?|coordinates?|manages?|oversees?|supervises?)\b|\s(?:who|which|that|while|to\s+ensure|so\s+that|in\s+order|as\s+well\s+as|before|after|until|when)\b/u;

/** The first `MAX_CLAUSE_CHARS` of a text, cut back to a whole word when it is longer. */
export function clauseWindow(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_CLAUSE_CHARS) return { text, cut: false };
  const head = text.slice(0, MAX_CLAUSE_CHARS);
  const space = head.search(/\s\S*$/);
  return { text: space > 0 ? head.slice(0, space) : head, cut: true };
}

const DETERMINERS =
  /^(?:(?:a|an|the|all|any|each|every|other|its|their|his|her|our|both|several|multiple|new|newly\s+hired|experienced|fellow)\s+)+/i;

/**
 * The roles a clause lists right after (or before) a pattern: "supervises cashiers and sales
 * associates" names both; "reports to the Store Manager and partners with the visual merchandiser"
 * names only the first, since the list ends at an item that does not start with a name.
 */
export function listedNames(
  index: NameIndex,
  clause: string,
  before: boolean,
): { role: number; at: number; name: string }[] {
  const found = namesIn(index, clause);
  if (before) return found.slice(-1);
  const out: typeof found = [];
  // "the department heads, including the Front Office Manager and …": the names follow.
  const inc = /\b(?:including|such as|namely)\s+/i.exec(clause);
  const named = inc && found.some((n) => n.at < inc.index);
  const lead0 =
    inc && !named ? inc.index + inc[0].length : /^\s*(?:(?:and|or)\s+)?/.exec(clause)![0].length;
  const items = [
    ...clause
      .slice(lead0)
      .matchAll(/[^,]+?(?=\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+|$)/g),
  ];
  // The names are in text order, as the items are: one pointer walks them for all the items.
  let next = 0;
  /** Words of items that named no role, waiting for the next name's head ("senior and …"). */
  let elided: { word: string; at: number }[] = [];
  for (const item of items) {
    const text = item[0].trim();
    if (!text) continue;
    const start = lead0 + item.index + item[0].indexOf(text);
    const lead = DETERMINERS.exec(text)?.[0].length ?? 0;
    const words = text.slice(lead).split(/\s+/);
    const limit = start + lead + words.slice(0, 3).join(' ').length;
    while (next < found.length && found[next]!.at < start + lead) next++;
    const hit = next < found.length && found[next]!.at <= limit ? found[next] : undefined;
    if (hit) {
      out.push(...sharedHead(index, clause, elided, hit), hit);
      elided = [];
    } else if (words.length >= 2) break;
    else elided.push({ word: words[0]!, at: start + lead });
  }
  return out;
}

/**
 * The roles of list items that share the head of the name after them: "supervises senior and
 * staff accountants" names the Senior Accountant too. Each one-word item is tried with the words
 * after the name's first word ("senior" + "accountants"); only a whole name counts.
 */
function sharedHead(
  index: NameIndex,
  clause: string,
  items: readonly { word: string; at: number }[],
  hit: { at: number; name: string },
): { role: number; at: number; name: string }[] {
  const space = hit.name.indexOf(' ');
  if (space < 0) return [];
  const head = hit.name.slice(space);
  // Quoted as written, up to the end of the name that lends its head.
  const name = (at: number) => clause.slice(at, hit.at + hit.name.length);
  return items.flatMap(({ word, at }) => {
    const [found] = namesIn(index, word + head);
    return found && found.at === 0 && found.name === word + head
      ? [{ role: found.role, at, name: name(at) }]
      : [];
  });
}
