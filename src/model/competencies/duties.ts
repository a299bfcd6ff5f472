/**
 * The duties a blueprint's own sentences name: "The Room Attendant cleans guest rooms, making beds
 * and replenishing amenities" names three, each starting at an action verb. The verbs and the
 * little words around them are data per language (`data/competencies/duties.json`); this file
 * only reads a text with them. A duty becomes a competency of the catalog's own when no competency
 * of the framework or its packs names it.
 */
import { slugify } from '../graph/text';

/** One language's words for reading duties: plain data (it can be posted to a worker). */
export interface DutyGrammar {
  /**
   * Action verbs, each `"<infinitive> <third person> [<participle>]"` (`"plan plans planning"`,
   * `"planen plant"`); a German separable verb's infinitive marks its particle (`"ein|teilen teilt"`).
   */
  verbs: string[];
  /** Particles that may follow a verb (en: up, out) or end a German clause (ein, ab). */
  particles: string[];
  /** Words where a duty's object ends once it has a word of its own. */
  prepositions: string[];
  /** Articles: left out of a duty's id, so "plans the menu" and "plans menus" are one duty. */
  articles: string[];
  /** Pronouns between a verb and its object ("verantwortet er die Budgets"): left out. */
  pronouns: string[];
  /** Words that may stand between a clause's start and its verb ("also", "zudem"). */
  adverbs: string[];
  /** Endings that make any word an adverb (en "-ly": "directly"). */
  adverbEndings: string[];
  /** Words that join two verbs or two objects ("and", "und", "et", "y"). */
  and: string[];
  /** Words that join a noun to the next ("of", "de"): an object never ends on one. */
  of: string[];
  /**
   * Endings of words that modify a noun before it ("-al", "-ive"; a German adjective's "-en"): an
   * object of such words alone goes on past a comma ("complex, high-impact issues").
   */
  modifiers: string[];
  /** Common adjectives of job texts ("complex", "clear"): modifiers whatever their ending. */
  adjectives: string[];
  /**
   * Words after which a list names the role's areas, each item a competency of its own ("such as
   * attendance, timetabling", "responsible for nursing practice"); a colon does the same.
   */
  lists: string[];
  /**
   * How a third-person form unknown to `verbs` gives its infinitive (`["ies", "y"]`): tried only
   * for a word joined by "and" to a known verb of the same ending ("develops and aligns").
   */
  guess: [string, string][];
  /**
   * Words that open another predicate ("is", "has"): a duty's object never runs past them, and one
   * right after the object makes it a clause's subject ("ensures issues are resolved"): no duty.
   */
  stops: string[];
  /** Words that open a relative clause ("that", "qui"): a duty's object ends there. */
  relatives: string[];
  /** Words after which a verb form names a thing ("a training program"). */
  determiners: string[];
  /** How a label reads: verb then object ("Plan menus") or object then verb ("Schichten planen"). */
  order: 'verb-first' | 'verb-last';
}

/** A duty found in a text. */
export interface Duty {
  /** `own-<words>`: the same duty in two roles is one competency. */
  id: string;
  /** The duty in the infinitive ("Clean and service assigned guest rooms"). */
  label: string;
  /** The words of the text that name it, as written. */
  evidence: string;
  /** Where the evidence starts in the text. */
  at: number;
}

/** The grammar's word lists that are looked up word by word. */
const WORD_SETS = [
  'particles',
  'prepositions',
  'articles',
  'pronouns',
  'adverbs',
  'and',
  'of',
  'adjectives',
  'stops',
  'relatives',
  'determiners',
] as const;
type WordSet = (typeof WORD_SETS)[number];
/** Every word list of a grammar: those sets, word endings and list openers. */
const WORD_LISTS = [...WORD_SETS, 'modifiers', 'adverbEndings', 'lists'] as const;
type WordList = (typeof WORD_LISTS)[number];

const isObj = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((s): s is string => typeof s === 'string').map((s) => s.trim().toLowerCase())
    : [];

/**
 * One language's grammar from the duties file, read without throwing.
 * @param data - the parsed `duties.json`.
 * @param code - a language code.
 * @returns the grammar, or undefined when the file has none for that language.
 */
export function dutyGrammar(data: unknown, code: string): DutyGrammar | undefined {
  const langs = isObj(data) && isObj(data['languages']) ? data['languages'] : {};
  const g = langs[code];
  if (!isObj(g)) return undefined;
  const verbs = strings(g['verbs']).filter((v) => v.split(/\s+/).length >= 2);
  if (!verbs.length) return undefined;
  return {
    verbs,
    ...(Object.fromEntries(WORD_LISTS.map((k) => [k, strings(g[k])])) as Pick<
      DutyGrammar,
      WordList
    >),
    guess: Array.isArray(g['guess'])
      ? g['guess'].flatMap((p: unknown) =>
          Array.isArray(p) && typeof p[0] === 'string' && p[0] && typeof p[1] === 'string'
            ? [[p[0].toLowerCase(), p[1].toLowerCase()] as [string, string]]
            : [],
        )
      : [],
    order: g['order'] === 'verb-last' ? 'verb-last' : 'verb-first',
  };
}

/** A verb form: the infinitives it may be (a German separable one with its particle). */
interface Lemma {
  infinitive: string;
  particle?: string;
}
interface Form {
  lemmas: Lemma[];
  /** The infinitive itself: a duty starts with it only at the start of a sentence or list item. */
  base: boolean;
  /** A participle ("making"): after "and" it joins only a participle ("and operating costs"). */
  participle: boolean;
  /** A third-person form ("finance"): after a preposition it names a thing ("en finance"). */
  third: boolean;
}

type Compiled = { [K in WordSet]: Set<string> } & {
  forms: Map<string, Form>;
  modifiers: string[];
  adverbEndings: string[];
  /** Each list opener as its words. */
  lists: string[][];
  guess: [string, string][];
  order: DutyGrammar['order'];
};

const compiledCache = new WeakMap<DutyGrammar, Compiled>();

function compile(g: DutyGrammar): Compiled {
  let c = compiledCache.get(g);
  if (c) return c;
  const forms = new Map<string, Form>();
  const add = (form: string, lemma: Lemma, kind: 'base' | 'third' | 'participle') => {
    const f = forms.get(form);
    if (!f)
      forms.set(form, {
        lemmas: [lemma],
        base: kind === 'base',
        participle: kind === 'participle',
        third: kind === 'third',
      });
    else {
      if (!f.lemmas.some((l) => l.infinitive === lemma.infinitive)) f.lemmas.push(lemma);
      f.base &&= kind === 'base';
      f.participle ||= kind === 'participle';
      f.third ||= kind === 'third';
    }
  };
  for (const v of g.verbs) {
    const [inf = '', ...rest] = v.split(/\s+/);
    const bar = inf.indexOf('|');
    const lemma: Lemma =
      bar > 0
        ? { infinitive: inf.slice(0, bar) + inf.slice(bar + 1), particle: inf.slice(0, bar) }
        : { infinitive: inf };
    if (rest[0]) add(rest[0], lemma, 'third');
    if (rest[1]) add(rest[1], lemma, 'participle');
    if (bar < 0) add(inf, lemma, 'base');
  }
  c = {
    forms,
    ...(Object.fromEntries(WORD_SETS.map((k) => [k, new Set(g[k])])) as {
      [K in WordSet]: Set<string>;
    }),
    modifiers: g.modifiers,
    adverbEndings: g.adverbEndings,
    lists: g.lists.map((l) => l.split(/\s+/).filter(Boolean)).filter((l) => l.length),
    guess: g.guess,
    order: g.order,
  };
  compiledCache.set(g, c);
  return c;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /\p{N}+(?:\.\p{N}+)+|[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?|[,;:.!?()–—]/gu;
/** A sentence ends at one of these (a list item or a line is a sentence of its own too). */
const SENTENCE_END = new Set(['.', '!', '?']);
/** A clause ends at one of these: a duty's words never run past them. */
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '–', '—', '.', '!', '?']);

/** Opening and closing quotation marks: a quote opened in a duty's words is closed there too. */
const QUOTES: Record<string, string> = { '“': '”', '„': '“', '«': '»', '‘': '’', '"': '"' };

/** The words text[from, to), with the closing mark of a quote they open but do not close. */
function quoted(text: string, from: number, to: number): string {
  const words = text.slice(from, to);
  for (const [open, close] of Object.entries(QUOTES)) {
    const opened = words.split(open).length - 1;
    const closed = open === close ? opened : words.split(close).length - 1;
    const unbalanced = open === close ? opened % 2 === 1 : opened > closed;
    if (unbalanced && text[to] === close) return words + close;
  }
  return words;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start: m.index,
      end: m.index + t.length,
      word: !CLAUSE_END.has(t),
    });
  }
  return out;
}

/** At most this many words after the verb make a duty's object (a longer one is cut). */
const OBJECT_WORDS = 6;

/**
 * The duties a text names: in each sentence, the first action verb (after its subject) and every
 * action verb that opens a clause (after a comma, a semicolon or "and"), each with its object up to
 * the clause's end or a preposition. A verb with no object is no duty ("reviews" alone), unless it
 * shares the next verb's ("washes, cuts and portions vegetables").
 * @param text - a summary or a list item.
 * @param grammar - the language's words.
 * @param subject - the role's title: its words are never read as a verb.
 * @returns the duties, in the text's order, each once.
 */
export function findDuties(text: string, grammar: DutyGrammar, subject = ''): Duty[] {
  const g = compile(grammar);
  const tokens = tokenize(text);
  const titleWords = new Set(subject.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
  const out: Duty[] = [];
  const seen = new Set<string>();
  const verbAt = (i: number, sentenceStart: boolean): Form | undefined => {
    const t = tokens[i];
    if (!t?.word) return undefined;
    // Mid-sentence, a capital letter starts a name or a title ("El Jefe de Cocina"), and in German
    // a noun: verbs are written in lower case.
    if (!sentenceStart && t.text !== t.lower) return undefined;
    const f = g.forms.get(t.lower);
    if (!f || (f.base && !sentenceStart)) return undefined;
    // After a determiner a verb form names a thing ("a training program"), and so does a third
    // person after a preposition ("un master en finance").
    const before = tokens[i - 1]?.lower ?? '';
    if (g.determiners.has(before)) return undefined;
    if (f.third && !f.participle && !f.base && g.prepositions.has(before)) return undefined;
    return f;
  };
  /** A lower-case word that is no little word, followed by an article: a verb and its object. */
  const nextClause = (n: number) => {
    const t = tokens[n];
    const little = (w: string) =>
      g.articles.has(w) || g.prepositions.has(w) || g.and.has(w) || g.of.has(w);
    return (
      !!t?.word &&
      t.text === t.lower &&
      !little(t.lower) &&
      g.articles.has(tokens[n + 1]?.lower ?? '') &&
      tokens[n + 1]!.word
    );
  };
  /** A verb at `n` followed by a word: it starts a duty after "and" rather than name a thing. */
  const opensDuty = (n: number) => !!verbAt(n, false) && !!tokens[n + 1]?.word;
  /**
   * A verb after "and" that opens the next duty: of the same kind as the duty's own ("evaluates
   * the design and operating effectiveness": "operating" names a thing).
   */
  const opensAlike = (n: number, verbs: readonly { form: Form }[]) => {
    const f = verbAt(n, false);
    if (!f || !tokens[n + 1]?.word) return false;
    const own = verbs.at(-1)!.form;
    return f.participle === own.participle || f.third === own.third;
  };
  /** The grammar's guess rules whose ending a word shares with a verb ("aligns", "develops"). */
  const sharedEndings = (word: string, verb: string) =>
    g.guess.filter(([suffix]) => word.endsWith(suffix) && verb.endsWith(suffix));
  /**
   * A word after "and" with the ending of the duty's last verb and words of its own after it, as a
   * verb the grammar's rules give ("develops and aligns curriculum", "erstellt … und lernt die").
   */
  const guessed = (n: number, verbs: readonly { token: Token }[]): Form | undefined => {
    const t = tokens[n];
    const next = tokens[n + 1];
    const verb = verbs.at(-1)!.token;
    if (!t?.word || t.text !== t.lower || !g.and.has(tokens[n - 1]?.lower ?? '')) return undefined;
    if (!next?.word || g.prepositions.has(next.lower) || g.and.has(next.lower)) return undefined;
    const [rule] = sharedEndings(t.lower, verb.lower);
    if (!rule || t.lower.length < rule[0].length + 3) return undefined;
    return {
      lemmas: [{ infinitive: t.lower.slice(0, -rule[0].length) + rule[1] }],
      base: false,
      participle: false,
      third: true,
    };
  };
  /** A lower-case word with the ending of the duty's last verb, then a preposition. */
  const sameEnding = (n: number, verbs: readonly { token: Token }[]) => {
    const t = tokens[n];
    const verb = verbs.at(-1)!.token;
    if (!t?.word || t.text !== t.lower || !g.prepositions.has(tokens[n + 1]?.lower ?? ''))
      return false;
    return sharedEndings(t.lower, verb.lower).some(
      ([suffix]) => t.lower.length >= suffix.length + 3,
    );
  };
  /**
   * Whether a list item (its tokens, the first at `at`) reads as a clause: its first word a verb
   * of the given verb's ending.
   */
  const clauseLike = (item: readonly Token[], at: number, verb: Token) => {
    const w = item[0]!;
    if (g.stops.has(w.lower)) return true;
    if (w.text !== w.lower) return false;
    if (nextClause(at)) return true;
    if (item.length < 2) return false;
    const form = g.forms.get(verb.lower);
    // A participle's ending is its last three letters ("-ing", "-ant", "-ndo").
    if (form?.participle && !form.third) return w.lower.slice(-3) === verb.lower.slice(-3);
    return sharedEndings(w.lower, verb.lower).length > 0;
  };
  /**
   * Whether an object so far is only modifiers of a noun yet to come: one or two lower-case words,
   * each an adverb, hyphenated ("high-impact") or with a modifier's ending ("technical").
   */
  const modifiersOnly = (object: readonly Token[]) => {
    const words = object.filter((o) => !g.articles.has(o.lower));
    const modifier = (o: Token) =>
      o.text === o.lower &&
      (isAdverb(o) ||
        o.lower.includes('-') ||
        g.adjectives.has(o.lower) ||
        g.modifiers.some((e) => o.lower.endsWith(e)));
    // A longer object that ends on a common adjective: "customers receive clear, accurate updates".
    const last = words.at(-1);
    if (words.length > 2 && last && last.text === last.lower && g.adjectives.has(last.lower))
      return true;
    if (!words.length || words.length > 2) return false;
    // An adverb and the adjective it qualifies: "technically deep, …".
    if (words.length === 2 && isAdverb(words[0])) return true;
    return words.every(modifier);
  };
  const isAdverb = (t: Token | undefined) =>
    !!t?.word && (g.adverbs.has(t.lower) || g.adverbEndings.some((e) => t.lower.endsWith(e)));

  let i = 0;
  while (i < tokens.length) {
    // One sentence: tokens[i..end).
    let end = i;
    while (end < tokens.length && !SENTENCE_END.has(tokens[end]!.text)) end++;
    let verbSeen = false;
    let clauseStart = true;
    for (let k = i; k < end; k++) {
      const t = tokens[k]!;
      const opener = t.text === ':' ? 1 : listOpener(k);
      if (opener) {
        k = readItems(k + opener, end) - 1;
        clauseStart = true;
        continue;
      }
      if (!t.word) {
        clauseStart = true;
        continue;
      }
      if (g.and.has(t.lower)) {
        clauseStart = true;
        continue;
      }
      if (isAdverb(t) || g.pronouns.has(t.lower)) continue;
      const sentenceStart = k === i;
      const form = titleWords.has(t.lower) ? undefined : verbAt(k, sentenceStart);
      if (form && (clauseStart || !verbSeen)) {
        const duty = readDuty(k, end);
        verbSeen = true;
        if (duty) {
          if (!seen.has(duty.id)) {
            seen.add(duty.id);
            out.push(duty.value);
          }
          k = duty.last;
          // More objects of the same verb after a comma: "verantwortet das Managementsystem, die
          // Zertifizierungsaudits und die Qualitätsziele".
          if (duty.list) {
            k = readItems(duty.list.from, end, duty.list) - 1;
            // What follows the list opens a clause ("…, making beds").
            clauseStart = true;
            continue;
          }
        }
      }
      clauseStart = false;
    }
    i = end + 1;
  }
  return out;

  /** How many tokens from k make one of the grammar's list openers ("such as"), or 0. */
  function listOpener(k: number): number {
    // In a title ("Le Responsable des engagements") the words are a name, not an opener (German
    // writes every noun with a capital: "die Verantwortung für").
    if (g.order === 'verb-first' && tokens[k]?.text !== tokens[k]?.lower) return 0;
    for (const words of g.lists)
      if (words.every((w, n) => tokens[k + n]?.lower === w)) return words.length;
    return 0;
  }

  /**
   * The items of a list of areas from tokens[k] ("attendance, timetabling, and the evaluation of
   * teaching staff"), each a duty named by its words; a name or a title (a capital letter mid-
   * sentence, in a language that writes nouns in lower case) is no area. The list ends at a clause
   * that opens with a verb, a semicolon, or an item too long to be a name of something.
   * @returns where reading goes on.
   */
  function readItems(
    k: number,
    end: number,
    verb?: { infinitives: string[]; text: string; article: boolean; token: Token },
  ): number {
    let j = k;
    while (j < end) {
      // A clause of its own: "…des engagements : il encadre les analystes".
      if (opensDuty(j) || g.pronouns.has(tokens[j]!.lower)) return j;
      const item: Token[] = [];
      // A single word before "and" qualifies the next ("accurate and timely reporting").
      const joins = () => item.length === 1 && !!tokens[j + 1]?.word && !opensDuty(j + 1);
      const collect = () => {
        while (j < end && tokens[j]!.word && (!g.and.has(tokens[j]!.lower) || joins()))
          item.push(tokens[j++]!);
      };
      collect();
      // "fast, high-quality resolution": modifiers before their noun make one item.
      while (tokens[j]?.text === ',' && tokens[j + 1]?.word && modifiersOnly(item)) {
        j++;
        if (g.and.has(tokens[j]?.lower ?? '')) j++;
        collect();
      }
      if (item.length > OBJECT_WORDS) return j;
      // More objects of a verb start as its first did, with an article or without one: "leads the
      // school, overseeing areas" goes on with no object.
      if (verb && item.length && g.articles.has(item[0]!.lower) !== verb.article)
        return j - item.length;
      // A clause of its own, with a verb the grammar does not list: "…, owns delivery", "…,
      // supports the adoption", "…, putting stock away", "…, is accountable".
      if (verb && item.length && clauseLike(item, j - item.length, verb.token))
        return j - item.length;
      // A verb's object keeps its article, as the first did; an area is named without one.
      const first = item[0];
      while (item.length && g.articles.has(item[0]!.lower)) item.shift();
      while (item.length && (g.of.has(item.at(-1)!.lower) || g.articles.has(item.at(-1)!.lower)))
        item.pop();
      const named = g.order === 'verb-first' && item.some((t) => t.text !== t.lower);
      // "typically …", "during breakfast": a circumstance, not an area.
      const circumstance = !!item[0] && (isAdverb(item[0]) || g.prepositions.has(item[0].lower));
      // More objects of a verb end where a circumstance starts ("…, safely, for end users").
      if (verb && circumstance) return j;
      if (item.length && !named && !circumstance) {
        const words = item.filter((t) => !g.articles.has(t.lower)).map((t) => t.lower);
        const id = `own-${slugify([...(verb?.infinitives ?? []), ...words].join(' '))}`;
        const evidence = text.slice((verb ? first! : item[0]!).start, item.at(-1)!.end);
        const label = !verb
          ? evidence
          : g.order === 'verb-last'
            ? `${evidence} ${verb.text}`
            : `${verb.text} ${evidence}`;
        if (!seen.has(id)) {
          seen.add(id);
          out.push({
            id,
            label: label.charAt(0).toUpperCase() + label.slice(1),
            evidence,
            at: (verb ? first! : item[0]!).start,
          });
        }
      }
      const sep = tokens[j];
      if (!sep || (sep.word && !g.and.has(sep.lower)) || (!sep.word && sep.text !== ',')) return j;
      j++;
      if (tokens[j] && g.and.has(tokens[j]!.lower)) j++;
    }
    return j;
  }

  /** The duty whose verb is tokens[k], read up to the sentence's end `end` at most. */
  function readDuty(k: number, end: number) {
    const verbs: { token: Token; form: Form }[] = [{ token: tokens[k]!, form: verbAt(k, true)! }];
    let j = k + 1;
    const particleAfter: (string | undefined)[] = [undefined];
    const takeParticle = () => {
      const p = tokens[j];
      if (g.order === 'verb-first' && p?.word && g.particles.has(p.lower)) {
        particleAfter[particleAfter.length - 1] = p.text;
        j++;
      }
    };
    takeParticle();
    // Verbs sharing one object: "cleans and services rooms", "washes, cuts, and portions".
    for (;;) {
      let n = j;
      if (tokens[n]?.text === ',') n++;
      if (tokens[n] && g.and.has(tokens[n]!.lower)) n++;
      if (n === j || n >= end) break;
      const form = verbAt(n, false) ?? guessed(n, verbs);
      if (!form) break;
      verbs.push({ token: tokens[n]!, form });
      particleAfter.push(undefined);
      j = n + 1;
      takeParticle();
    }
    // The object: up to the clause's end, a preposition after a word of its own, or "and" before
    // another verb.
    const object: Token[] = [];
    let content = 0;
    while (j < end && object.length < OBJECT_WORDS) {
      const t = tokens[j]!;
      // "technically proficient, customer-focused support", "complex, high-impact issues":
      // modifiers listed before their noun.
      if (t.text === ',' && modifiersOnly(object)) {
        j++;
        if (g.and.has(tokens[j]?.lower ?? '')) j++;
        continue;
      }
      if (!t.word) break;
      if (content > 0 && g.prepositions.has(t.lower)) break;
      if (g.relatives.has(t.lower)) break;
      if (g.stops.has(t.lower)) {
        // "ensures issues are resolved": the object is a clause's subject, not what is done.
        if (object.length && !g.and.has(object.at(-1)!.lower)) return undefined;
        break;
      }
      // "and" before a word and an article opens a clause of its own ("y cumple las normas").
      if (g.and.has(t.lower) && object.length && nextClause(j + 1)) break;
      // "and" before a verb with words of its own opens the next duty ("and trains cooks"); before
      // a verb form alone it joins two nouns ("prep lists and schedules, …").
      if (
        g.and.has(t.lower) &&
        (!object.length || opensAlike(j + 1, verbs) || !!guessed(j + 1, verbs))
      )
        break;
      // "leads the managers and steps in for the CFO": a verb of the same ending before a
      // preposition may be a clause of its own; the object ends before it, to be safe.
      if (g.and.has(t.lower) && object.length && sameEnding(j + 1, verbs)) break;
      // "and often …", "and also …": an adverb after "and" starts another predicate.
      if (g.and.has(t.lower) && object.length && isAdverb(tokens[j + 1])) break;
      if (!object.length && g.pronouns.has(t.lower)) {
        j++;
        continue;
      }
      object.push(t);
      if (!g.articles.has(t.lower) && !g.prepositions.has(t.lower) && !g.and.has(t.lower))
        content++;
      j++;
    }
    // "day to day", "end to end": the words before the preposition are an idiom's half.
    const cut = tokens[j];
    if (cut && g.prepositions.has(cut.lower) && tokens[j + 1]?.lower === object.at(-1)?.lower)
      object.pop();
    // An object never ends on a little word ("the", "and", "of") or a figure ("and 15").
    while (object.length && /\d/.test(object.at(-1)!.text)) object.pop();
    while (object.length) {
      const w = object[object.length - 1]!.lower;
      if (g.order === 'verb-last' && g.particles.has(w)) break;
      const little = g.articles.has(w) || g.prepositions.has(w) || g.and.has(w) || g.of.has(w);
      // Nor on an adverb: "reviews the analysts' work and often …".
      if (little || (object.length > 1 && isAdverb(object.at(-1)))) object.pop();
      else break;
    }
    // A German separable verb: its particle ends the clause ("teilt die Mitarbeiter ein").
    let particle: Token | undefined;
    if (g.order === 'verb-last' && object.length) {
      const w = object[object.length - 1]!.lower;
      if (verbs.some((v) => v.form.lemmas.some((l) => l.particle === w))) particle = object.pop();
    }
    // Its particle may end the clause past the object's cut ("führt Prüfungen an Anlagen durch").
    if (!particle && g.order === 'verb-last') {
      let e = j;
      while (e < end && tokens[e]!.word && !(g.and.has(tokens[e]!.lower) && opensDuty(e + 1))) e++;
      const w = tokens[e - 1];
      if (e > j && w && verbs.some((v) => v.form.lemmas.some((l) => l.particle === w.lower)))
        particle = w;
    }
    const lastParticle = particle?.lower;
    const words = object.filter((t) => !g.articles.has(t.lower));
    if (!words.some((t) => !g.prepositions.has(t.lower) && !g.and.has(t.lower))) return undefined;
    // A separable verb without its particle is another verb ("arbeitet" is not "einarbeiten").
    if (verbs.some((v) => !v.form.lemmas.some((l) => !l.particle || l.particle === lastParticle)))
      return undefined;
    const infinitives = verbs.map((v, n) => {
      const lemmas = v.form.lemmas;
      const chosen =
        (lastParticle && lemmas.find((l) => l.particle === lastParticle)) ||
        lemmas.find((l) => !l.particle) ||
        lemmas[0]!;
      return particleAfter[n] ? `${chosen.infinitive} ${particleAfter[n]}` : chosen.infinitive;
    });
    const verbText = joinList(infinitives);
    const objectText = object.length ? quoted(text, object[0]!.start, object.at(-1)!.end) : '';
    const label =
      g.order === 'verb-last' ? `${objectText} ${verbText}` : `${verbText} ${objectText}`;
    const lastToken =
      particle && particle.start < (object.at(-1)?.end ?? 0) + 2
        ? particle
        : (object.at(-1) ?? tokens[k]!);
    const id = `own-${slugify([...infinitives, ...words.map((t) => t.lower)].join(' '))}`;
    return {
      id,
      value: {
        id,
        label: label.charAt(0).toUpperCase() + label.slice(1),
        evidence: quoted(text, tokens[k]!.start, lastToken.end),
        at: tokens[k]!.start,
      },
      last: Math.max(k, j - 1),
      // A comma right after a plain object (no preposition or "of" in it, no particle after it)
      // may go on with more objects of the same verb.
      list:
        tokens[j]?.text === ',' &&
        !particle &&
        // "quickly, safely, and consistently": the comma lists how, not what.
        !isAdverb(tokens[j - 1]) &&
        !object.some((t) => g.prepositions.has(t.lower) || g.of.has(t.lower))
          ? {
              from: j + 1,
              infinitives,
              text: verbText,
              article: !!object[0] && g.articles.has(object[0].lower),
              token: verbs.at(-1)!.token,
            }
          : undefined,
    };

    function joinList(list: string[]): string {
      const and = grammar.and[0] ?? 'and';
      if (list.length < 2) return list[0] ?? '';
      return `${list.slice(0, -1).join(', ')} ${and} ${list.at(-1)}`;
    }
  }
}
