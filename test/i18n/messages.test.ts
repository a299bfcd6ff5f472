import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messageProblems } from '../../src/i18n/check-messages';

const LOCALES = ['en', 'de', 'fr', 'es'];

/** A messages folder of one area, `files` by locale. */
function folder(files: Record<string, Record<string, unknown>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpe-messages-'));
  mkdirSync(join(dir, 'area'));
  for (const [locale, messages] of Object.entries(files))
    writeFileSync(join(dir, 'area', `${locale}.json`), JSON.stringify(messages, null, 2));
  return dir;
}

describe('the interface messages', () => {
  it('are complete in every language, with the same inputs', () => {
    const dir = fileURLToPath(new URL('../../src/i18n/messages', import.meta.url));
    expect(messageProblems(dir, LOCALES)).toEqual([]);
  });

  it('name a message missing in one language, with its file', () => {
    const dir = folder({
      en: { a_hello: 'Hello', a_bye: 'Bye' },
      de: { a_hello: 'Hallo' },
      fr: { a_hello: 'Bonjour', a_bye: 'Au revoir' },
      es: { a_hello: 'Hola', a_bye: 'Adiós' },
    });
    const problems = messageProblems(dir, LOCALES);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/area[\\/]de\.json:1: "a_bye" is not translated/);
  });

  it('name a translation that drops or invents an input, and one in no base file', () => {
    const dir = folder({
      en: { a_count: '{count} roles' },
      de: { a_count: 'Rollen' },
      fr: { a_count: '{nombre} rôles' },
      es: { a_count: '{count} puestos', a_extra: 'más' },
    });
    const problems = messageProblems(dir, LOCALES).join('\n');
    expect(problems).toMatch(/de\.json:2: "a_count" has inputs \{\}/);
    expect(problems).toMatch(/fr\.json:2: "a_count" has inputs \{nombre\}/);
    expect(problems).toMatch(/es\.json:3: "a_extra" is not a en message/);
  });

  it('read a broken file as a problem, not a crash', () => {
    const dir = folder({ en: { a: 'A' }, de: { a: 'A' }, fr: { a: 'A' }, es: { a: 'A' } });
    writeFileSync(join(dir, 'area', 'de.json'), '{ "a": ');
    expect(messageProblems(dir, LOCALES)[0]).toMatch(/de\.json:1: /);
  });
});
