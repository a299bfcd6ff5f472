/**
 * Every test starts in English: the interface language is one rune for the module graph, which
 * the files of a worker share (`isolate: false`), so a file that switches it would otherwise
 * leave the next file in German.
 */
import { beforeEach } from 'vitest';
import { language } from '../../src/i18n/language.svelte';

beforeEach(() => {
  language.current = 'en';
  language.dir = 'ltr';
});
