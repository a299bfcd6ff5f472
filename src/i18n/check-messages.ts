/**
 * The build's check of the interface's messages (`src/i18n/messages/<area>/<locale>.json`): every
 * message of the base language is in every other, with the same inputs, and nowhere else. Paraglide
 * would quietly fall back to English for a message missing in German; `vite.config.ts` makes that a
 * build error instead, with this list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Messages = Record<string, unknown>;

/** The inputs a message uses: `{name}` placeholders and `input name` declarations. */
function inputsOf(message: unknown): Set<string> {
  const text = JSON.stringify(message) ?? '';
  const out = new Set<string>();
  for (const m of text.matchAll(/\{([A-Za-z_][\w]*)\}/g)) out.add(m[1]!);
  for (const m of text.matchAll(/"input ([A-Za-z_][\w]*)"/g)) out.add(m[1]!);
  // A local variable (`local countPlural = count: plural`) is no input.
  for (const m of text.matchAll(/"local ([A-Za-z_][\w]*) =/g)) out.delete(m[1]!);
  return out;
}

function read(file: string, problems: string[]): Messages | null {
  try {
    const v: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Messages;
    problems.push(`${file}:1: not a JSON object of messages`);
  } catch (e) {
    problems.push(`${file}:1: ${e instanceof Error ? e.message : String(e)}`);
  }
  return null;
}

/** The line a key is on in its file, for the message. */
function lineOf(file: string, key: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(`"${key}"`));
  return i < 0 ? 1 : i + 1;
}

/**
 * What is wrong with the messages, as `file:line: what is wrong` ([] when nothing).
 * @param dir - the messages folder (one folder per area, one file per locale in each).
 * @param locales - the locales, the base one first.
 */
export function messageProblems(dir: string, locales: readonly string[]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const [base, ...others] = locales;
  for (const area of readdirSync(dir).sort()) {
    const baseFile = join(dir, area, `${base}.json`);
    const en = read(baseFile, problems);
    if (!en) continue;
    for (const key of Object.keys(en)) {
      if (key === '$schema') continue;
      const first = owner.get(key);
      if (first)
        problems.push(`${baseFile}:${lineOf(baseFile, key)}: "${key}" is also in ${first}`);
      else owner.set(key, baseFile);
    }
    for (const locale of others) {
      const file = join(dir, area, `${locale}.json`);
      const tr = read(file, problems);
      if (!tr) continue;
      for (const [key, message] of Object.entries(en)) {
        if (key === '$schema') continue;
        if (!(key in tr)) {
          problems.push(
            `${file}:1: "${key}" is not translated (${base}: ${JSON.stringify(message)})`,
          );
          continue;
        }
        const want = inputsOf(message);
        const got = inputsOf(tr[key]);
        const lost = [...want].filter((x) => !got.has(x));
        const extra = [...got].filter((x) => !want.has(x));
        if (lost.length || extra.length)
          problems.push(
            `${file}:${lineOf(file, key)}: "${key}" has inputs {${[...got].join(', ')}}, the ${base} message {${[...want].join(', ')}}`,
          );
        if (tr[key] === '' || tr[key] === null)
          problems.push(`${file}:${lineOf(file, key)}: "${key}" is empty`);
      }
      for (const key of Object.keys(tr))
        if (key !== '$schema' && !(key in en))
          problems.push(`${file}:${lineOf(file, key)}: "${key}" is not a ${base} message`);
    }
  }
  return problems;
}
