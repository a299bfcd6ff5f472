/**
 * A load's progress in the interface's language. The worker and the model report it as data (a
 * step and its figures, `LoadProgress`); the words are written here, each time they are read, so a
 * progress bar shown while the language changes speaks the new one.
 */
import { m } from '../../i18n/paraglide/messages.js';
import type { LoadProgress } from '../../worker/protocol';

/** A load's progress as a progress bar shows it. */
export interface ShownProgress {
  stage: LoadProgress['stage'];
  /** 0..1 */
  fraction: number;
  /** What is being done, in the interface's language. */
  message: string;
}

/**
 * What a load is doing, in the interface's language: `Building the graph of 1,200 roles…`.
 * @param p - the progress, as data.
 * @returns the sentence.
 */
export function progressText(p: LoadProgress): string {
  switch (p.step) {
    case 'loading':
      return m.catalog_progress_loading({ name: p.name });
    case 'downloading':
      return m.catalog_progress_downloading({ name: p.name });
    case 'reading':
      return m.catalog_progress_reading();
    case 'building':
      return m.catalog_progress_building({ count: p.roles });
    case 'checking':
      return m.catalog_progress_checking({ count: p.roles });
    case 'indexing':
      return m.catalog_progress_indexing({ count: p.roles });
  }
}

/**
 * A load's progress as a progress bar shows it, its message in the interface's language.
 * @param p - the progress, as data; null when no load is under way.
 */
export function shownProgress(p: LoadProgress | null): ShownProgress | null {
  return p && { stage: p.stage, fraction: p.fraction, message: progressText(p) };
}

/** Says what the page still waits for while a large catalog's preview is shown. */
export const finishingText = (): string => m.catalog_finishing();
