/**
 * The language a catalog is written in, and how its words become terms: the language's Snowball
 * stemmer (`@orama/stemmers`) and stop words (`stopword`), with the boilerplate of role
 * descriptions that `data/languages.json` lists. Which languages there are is data; the stemmers
 * and stop-word lists they name are the libraries'.
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { deu, eng, fra, spa } from 'stopword';
import languagesJson from '../../../data/languages.json';

/** The Snowball stemmers the language data may name. */
const STEMMERS: Record<string, (word: string) => string> = { english, german, french, spanish };
/** The stop-word lists the language data may name. */
const STOP_LISTS: Record<string, readonly string[]> = { eng, deu, fra, spa };

/** How one language's words become terms. */
export interface Language {
  /** Its code in `data/languages.json` (`en`, `de`…). */
  code: string;
  name: string;
  /** Its grammar words: what detection counts. */
  stopWords: ReadonlySet<string>;
  /** Grammar and boilerplate words, as written and stemmed: never a term. */
  ignored: ReadonlySet<string>;
  /** A lower-case word's stem. */
  stem(word: string): string;
  /** How titles in this language carry levels, beyond the model's words; none for English. */
  titles?: LanguageTitles;
}

/** A language's level words by band, and the other title words of `data/languages.json`. */
export interface LanguageTitles {
  levels: { band: string; ic?: string[]; management?: string[] }[];
  softManagement: string[];
  deputies: string[];
  connectors: string[];
  /** Deputy words after a management word (`adjoint`). */
  afterDeputies?: string[];
  /** Level words that may end a compound word (`leiter` of `Produktionsleiter`). */
  compoundLevels?: string[];
  /** Endings after which a compound's linking `s` comes off (`Produktions` → `Produktion`). */
  compoundLinks?: string[];
  /** True when a family's head word comes first (`Conseiller clientèle`). */
  headFirst?: boolean;
  /** How a track's name is put in the plural, in place of the model's rules. */
  plurals?: { ending: string; drop?: number; add: string }[];
}

interface LanguageData {
  name: string;
  stemmer: string;
  stopWords: string;
  boilerplate: string[];
  titles?: LanguageTitles;
}

function languageOf(code: string, data: LanguageData): Language {
  const base = STEMMERS[data.stemmer];
  const list = STOP_LISTS[data.stopWords];
  if (!base || !list)
    throw new Error(
      `data/languages.json: languages.${code}: no stemmer or stop words by that name`,
    );
  const stems = new Map<string, string>();
  const stem = (word: string) => {
    let s = stems.get(word);
    if (s === undefined) {
      if (stems.size > 200_000) stems.clear();
      stems.set(word, (s = base(word)));
    }
    return s;
  };
  const stopWords = new Set(list.map((w) => w.toLowerCase()));
  const ignored = new Set<string>();
  for (const w of [...stopWords, ...data.boilerplate.map((b) => b.toLowerCase())]) {
    ignored.add(w);
    ignored.add(stem(w));
  }
  return {
    code,
    name: data.name,
    stopWords,
    ignored,
    stem,
    ...(data.titles && { titles: data.titles }),
  };
}

/** Every language of `data/languages.json`, English first. */
export const LANGUAGES: readonly Language[] = Object.entries(
  languagesJson.languages as Record<string, LanguageData>,
).map(([code, data]) => languageOf(code, data));

/** English: the language of a catalog whose words tell no other. */
export const ENGLISH: Language = LANGUAGES.find((l) => l.code === 'en')!;

/** The words read to tell a catalog's language: enough to be sure, few enough to be quick. */
const DETECT_WORDS = 20_000;

/**
 * The language of some texts: the one whose stop words they use most, counted over their first
 * {@link DETECT_WORDS} words; English when none is used more than English.
 * @param texts - the catalog's texts (titles and summaries).
 * @returns the language.
 */
export function detectLanguage(texts: Iterable<string>): Language {
  const hits = new Map<Language, number>(LANGUAGES.map((l) => [l, 0]));
  let read = 0;
  for (const text of texts) {
    for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
      for (const l of LANGUAGES) if (l.stopWords.has(m[0])) hits.set(l, hits.get(l)! + 1);
      if (++read >= DETECT_WORDS) break;
    }
    if (read >= DETECT_WORDS) break;
  }
  let best = ENGLISH;
  for (const [l, n] of hits) if (n > hits.get(best)!) best = l;
  return best;
}

/** Each language's words' terms, already computed: a catalog's vocabulary is small beside its words. */
const wordTerms = new WeakMap<Language, Map<string, string[]>>();

/** A lower-case word's terms: its parts (split at hyphens and apostrophes), stemmed. */
function termsOfWord(word: string, language: Language): string[] {
  let cache = wordTerms.get(language);
  if (!cache) wordTerms.set(language, (cache = new Map()));
  let out = cache.get(word);
  if (out) return out;
  out = [];
  for (const part of word.split(/[-'’]/)) {
    if (part.length < 3 || language.ignored.has(part) || /^\d+$/.test(part)) continue;
    const s = language.stem(part);
    if (!language.ignored.has(s)) out.push(s);
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(word, out);
  return out;
}

/**
 * A text's terms in a language: its words (split at hyphens and apostrophes) of three letters or
 * more, stemmed, the language's stop words and boilerplate left out.
 * @param text - the text.
 * @param language - its language.
 * @returns the terms, in the order of the text.
 */
export function termsIn(text: string, language: Language): string[] {
  const out: string[] = [];
  // Split, not matched: a word's leading hyphen or apostrophe only makes an empty part, and a
  // match object per word was the largest allocation of a 20,000-role build (measured).
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u))
    if (word) for (const s of termsOfWord(word, language)) out.push(s);
  return out;
}
