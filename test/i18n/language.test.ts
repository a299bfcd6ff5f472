import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyLanguageHints,
  directionOf,
  language,
  localeOf,
  pickLocale,
} from '../../src/i18n/language.svelte';
import { m } from '../../src/i18n/paraglide/messages.js';

describe('the interface language', () => {
  it('comes from the element, then ?lang=, the user, the host page, the browser', () => {
    applyLanguageHints({ attribute: 'de', param: 'fr', chosen: 'es', host: 'en', browser: ['fr'] });
    expect(language.current).toBe('de');
    applyLanguageHints({ param: 'fr-CA', chosen: 'es', browser: ['de'] });
    expect(language.current).toBe('fr');
    applyLanguageHints({ chosen: 'es', host: 'de', browser: ['fr'] });
    expect(language.current).toBe('es');
    applyLanguageHints({ host: 'de-AT', browser: ['fr'] });
    expect(language.current).toBe('de');
    applyLanguageHints({ browser: ['pt-BR', 'es-MX', 'fr'] });
    expect(language.current).toBe('es');
    applyLanguageHints({ attribute: 'ja', browser: ['pt'] });
    expect(language.current).toBe('en');
  });

  it('writes every message again in the language chosen', () => {
    language.set('de');
    expect(m.app_copy_link()).toBe('Link kopieren');
    expect(m.app_roles_count({ count: 1200 })).toBe('1.200 Rollen');
    language.set('fr');
    expect(m.app_roles_count({ count: 1 })).toBe('1 rôle');
    language.set('en');
    expect(m.app_roles_count({ count: 1 })).toBe('1 role');
    expect(m.app_roles_count({ count: 30 })).toBe('30 roles');
  });

  it('mirrors for a right-to-left host, even in an interface language it does not speak', () => {
    applyLanguageHints({ host: 'ar-EG', browser: ['en'] });
    expect(language.current).toBe('en');
    expect(language.dir).toBe('rtl');
    applyLanguageHints({ attribute: 'he', browser: ['fr'] });
    expect([language.current, language.dir]).toEqual(['fr', 'rtl']);
    // The browser's language alone never mirrors the layout.
    applyLanguageHints({ browser: ['ar'] });
    expect(language.dir).toBe('ltr');
    applyLanguageHints({ host: 'de', browser: ['ar'] });
    expect(language.dir).toBe('ltr');
  });

  it('reads any attribute, parameter or stored value without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        expect(['en', 'de', 'fr', 'es']).toContain(pickLocale([a, b]));
        expect(['ltr', 'rtl']).toContain(directionOf([a, b]));
      }),
    );
    expect(localeOf('de_CH')).toBe('de');
    expect(localeOf('deutsch')).toBeNull();
    expect(localeOf('  ES  ')).toBe('es');
  });
});
