import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { defaultModel } from '../../src/model/career/default-model';
import { Explorer } from '../../src/state/explorer.svelte';
import { PlanState, readinessText } from '../../src/state/plan.svelte';
import type { Readiness, RoleCompetency } from '../../src/model/competencies';
import { language } from '../../src/i18n/language.svelte';
import { PROFILE_KEY, problemText } from '../../src/state/profile';
import { VIEWS_KEY } from '../../src/state/saved-views';
import { toSearchParams } from '../../src/state/url';

const FROM = 'associate-service-desk-analyst';
const TO = 'technical-account-manager';

async function ready(storage: Storage) {
  const ex = new Explorer(defaultModel);
  await ex.catalog.load('');
  await ex.competencies.load();
  const plan = new PlanState(ex, () => storage);
  plan.load();
  return { ex, plan };
}

describe('plan state', () => {
  it('keeps the profile in storage only: never in the query the URL is written from', async () => {
    const storage = memoryStorage();
    const { ex, plan } = await ready(storage);
    ex.setPath(FROM, TO);
    plan.setRole(FROM);
    plan.rate('troubleshooting', 'expert');
    plan.rate('triage', 'learning');
    const stored = JSON.parse(storage.getItem(PROFILE_KEY)!);
    expect(stored.role).toBe(FROM);
    expect(stored.ratings).toEqual({ triage: 'learning', troubleshooting: 'expert' });
    const url = toSearchParams(ex.q).toString();
    expect(url).not.toMatch(/troubleshooting|triage|expert|learning|profile/);
    // Rating "none" forgets the rating; clearing forgets the profile.
    plan.rate('triage', 'none');
    expect(JSON.parse(storage.getItem(PROFILE_KEY)!).ratings).toEqual({
      troubleshooting: 'expert',
    });
    plan.clear();
    expect(storage.getItem(PROFILE_KEY)).toBeNull();
    expect(plan.hasProfile).toBe(false);
  });

  it('gives readiness along the shown path only with a profile, and ranks paths by gap', async () => {
    const { ex, plan } = await ready(memoryStorage());
    ex.setPath(FROM, TO);
    expect(plan.pathReadiness).toBeNull();
    expect(plan.readiness(TO)).toBeNull();
    plan.rate('troubleshooting', 'expert');
    const along = plan.pathReadiness!;
    expect(along.steps.map((s) => s.id)).toEqual(ex.activePath!.path);
    // Each path's gap is the sum over its gaps: missing 1, learning ½.
    const gaps = plan.pathGaps!;
    expect(gaps).toHaveLength(ex.paths.length);
    expect(gaps[0]).toBe(along.totalGap);
    expect(along.totalGap).toBe(
      along.gaps.reduce((t, g) => t + (g.fit === 'missing' ? 1 : 0.5), 0),
    );
    // Readiness is off when the host has not enabled it (an embedding).
    plan.enabled = false;
    expect(plan.pathReadiness).toBeNull();
  });

  it('imports a profile file, keeping what is valid and saying what was not', async () => {
    const storage = memoryStorage();
    const { ex, plan } = await ready(storage);
    plan.importText(
      JSON.stringify({ role: FROM, ratings: { triage: 'practised', dns: 'guru' } }),
      'me.json',
    );
    expect(plan.profile.ratings).toEqual({ triage: 'practised' });
    expect(plan.problems.map(problemText)).toEqual([
      'me.json: competency "dns": unknown level "guru" (use none, learning, practised, expert)',
    ]);
    expect(ex.announcement).toBe('Profile imported from me.json with 1 problem.');
    plan.importText('{nope', 'bad.json');
    expect(plan.problems.map(problemText)).toEqual(['bad.json: not JSON']);
    expect(ex.announcement).toBe('The profile was not imported: bad.json: not JSON.');
    // The profile imported before is kept.
    expect(plan.profile.role).toBe(FROM);
  });

  it('opens a saved view exactly as saved', async () => {
    const storage = memoryStorage();
    const { ex, plan } = await ready(storage);
    ex.setPath(FROM, TO);
    ex.q.promotionsOnly = false;
    ex.q.alt = 1;
    ex.select('support-analyst');
    const saved = JSON.parse(JSON.stringify(ex.q));
    expect(plan.saveView('1:1 plan')).toBeNull();
    expect(JSON.parse(storage.getItem(VIEWS_KEY)!)).toHaveLength(1);
    ex.setPath('', '');
    ex.select(null);
    plan.openView(plan.views[0]!);
    expect(JSON.parse(JSON.stringify(ex.q))).toEqual(saved);
    plan.deleteView('1:1 plan');
    expect(plan.views).toEqual([]);
  });

  it('lists the competencies to rate in the order of their names in the language shown', async () => {
    const { ex, plan } = await ready(memoryStorage());
    const names = () => plan.catalogCompetencies.map((c) => ex.competencies.nameOf(c));
    const sorted = (l: string) => (xs: string[]) => [...xs].sort((a, b) => a.localeCompare(b, l));
    expect(names()).toEqual(sorted('en')(names()));
    const english = names();
    language.set('de');
    // The same competencies, named and ordered in German ("Kommunikation", not "Communication").
    expect(names()).toEqual(sorted('de')(names()));
    expect(names()).not.toEqual(english);
    expect(names()).toHaveLength(english.length);
  });

  it('walks a path one step at a time, selecting each role', async () => {
    const { ex, plan } = await ready(memoryStorage());
    ex.setPath(FROM, TO);
    const path = ex.activePath!.path;
    plan.startWalk();
    expect([plan.walking, plan.step, ex.q.role]).toEqual([true, 1, path[1]]);
    plan.goTo(99);
    expect(ex.q.role).toBe(path[path.length - 1]);
    plan.goTo(-3);
    expect(ex.q.role).toBe(FROM);
    expect(ex.announcement).toMatch(/^Step 1 of \d: Associate Service Desk Analyst, the start/);
  });

  it('writes readiness in the interface language, from what is met, partly met and missing', () => {
    const c = (id: string, label: string): RoleCompetency => ({
      id,
      label,
      evidence: id,
      source: 'summary',
    });
    const r: Readiness = {
      id: 'x',
      title: 'X',
      met: [c('sql', 'SQL')],
      partly: [c('dns', 'DNS')],
      missing: [c('coaching', 'Coaching'), c('automation', 'Automation')],
      score: 1.5 / 4,
      explanation: '',
    };
    const one: Readiness = { ...r, met: [], partly: [], score: null };
    try {
      expect(readinessText(r)).toBe(
        '1 of 4 competencies met, 1 partly (learning: DNS), 2 missing (Coaching and Automation)',
      );
      expect(readinessText({ ...one, missing: [c('sql', 'SQL')] })).toBe(
        'This blueprint names too little to work out readiness (it names one competency: SQL)',
      );
      language.set('de');
      expect(readinessText(r)).toBe(
        '1 von 4 Kompetenzen erfüllt, 1 teilweise (lernend: DNS), 2 fehlen (Coaching und Automation)',
      );
      language.set('fr');
      expect(readinessText({ ...r, met: [], missing: [c('sql', 'SQL')] })).toBe(
        '0 compétence acquise sur 2, 1 partiellement (en apprentissage\u00a0: DNS), 1 manquante (SQL)',
      );
    } finally {
      language.set('en');
    }
  });
});
