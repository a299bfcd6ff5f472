/**
 * A graph finding worded for the catalog's author in the interface's language: what it does to
 * the lattice, and what to write in the catalog to change it, in the catalog's own format. Written
 * from the finding's data (`Finding`), as `src/model/present/advice.ts` writes it in English for
 * the command line; the words a catalog author types (`Next:`, `Lateral:`, `Level:`, the `next`,
 * `lateral`, `level` and `title` columns and fields, the example level words) stay as they are.
 */
import type { CatalogFormat, Finding } from '../model/graph';
import { m } from '../i18n/paraglide/messages.js';
import { listed } from '../i18n/format';

/** What a finding means for the lattice, and what to write to change it. */
export interface AdviceText {
  meaning: string;
  fix: string;
}

/** The level word suggested for a role placed by default, and for a role people are hired into. */
const PLACE_WORD = 'Senior';
const ENTRY_WORD = 'Associate';

/**
 * A finding's meaning and fix, in the interface's language.
 * @param f - the finding.
 * @param format - the format of the catalog it was found in.
 * @returns the advice.
 */
export function adviceText(f: Finding, format: CatalogFormat): AdviceText {
  switch (f.kind) {
    case 'unplaced':
      return {
        meaning: m.catalog_advice_unplaced({ title: f.title, level: f.level }),
        fix: f.next
          ? m.catalog_advice_unplaced_fix_next({
              format,
              title: f.title,
              next: f.next,
              word: PLACE_WORD,
            })
          : m.catalog_advice_unplaced_fix_some({ format, title: f.title, word: PLACE_WORD }),
      };
    case 'unreachable': {
      const feeders = f.from.length + f.more;
      return {
        meaning: feeders
          ? m.catalog_advice_unreachable({ feeders, title: f.title, list: listed(f.from, f.more) })
          : m.catalog_advice_unreachable_none({ title: f.title }),
        fix: m.catalog_advice_unreachable_fix({ format, title: f.title, word: ENTRY_WORD }),
      };
    }
    case 'dead-end':
      return {
        meaning: m.catalog_advice_dead_end({ title: f.title }),
        fix: m.catalog_advice_dead_end_fix({ format, title: f.title }),
      };
    case 'no-rise':
      return {
        meaning: m.catalog_advice_no_rise({
          same: f.toLevel === f.fromLevel ? 'yes' : 'no',
          from: f.from,
          to: f.to,
          fromLevel: f.fromLevel,
          toLevel: f.toLevel,
        }),
        fix: m.catalog_advice_no_rise_fix({
          format,
          stated: f.stated ? 'yes' : 'no',
          from: f.from,
          to: f.to,
          word: f.word,
        }),
      };
    case 'cycle': {
      const [a = '', b = ''] = f.titles;
      return {
        meaning: m.catalog_advice_cycle({
          list: listed(f.titles),
          circle: [...f.titles, a].join(' → '),
        }),
        fix: m.catalog_advice_cycle_fix({ format, a, b }),
      };
    }
  }
}
