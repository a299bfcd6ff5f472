import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { drawn, importText, open } from './page';

/*
 * The law firm of issue 26, for the browser tests of corrections and edit mode: its draft
 * catalog (with the defects an HR reviewer found) and its corrections, kept under another name
 * than `law-firm.model.json` so that the draft is read without them where a test wants the draft.
 */
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
export const LAW = fixture('law-firm.csv');
export const LAW_FIXES = fixture('law-firm-corrections.model.json');

/** Opens the app and imports the law firm's catalog as a user does. */
export async function openLawFirm(
  browser: Browser,
  url: string,
): Promise<{ page: Page; errors: string[] }> {
  const opened = await open(browser, url);
  await drawn(opened.page);
  await importText(opened.page, 'law-firm.csv', LAW);
  await opened.page.getByText('law-firm.csv · 10 roles · imported').waitFor();
  return opened;
}
