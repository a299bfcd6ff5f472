import { describe, expect, it } from 'vitest';
import { language } from '../../src/i18n/language.svelte';
import { CompetencyState } from '../../src/state/competencies.svelte';
import { loadSeed } from '../model/helpers';

const { graph } = loadSeed();

async function loaded(): Promise<CompetencyState> {
  const s = new CompetencyState({ graph: () => graph, compare: () => [], path: () => undefined });
  await s.load();
  return s;
}

describe('CompetencyState.nameOf', () => {
  const communication = { id: 'communication', label: 'Communication' };
  const medication = { id: 'medication-administration', label: 'Medication administration' };

  it('names a competency of the framework or a pack in the interface language', async () => {
    const s = await loaded();
    expect(s.nameOf(communication)).toBe('Communication');
    expect(s.nameOf(medication)).toBe('Medication administration');
    language.set('de');
    expect(s.nameOf(communication)).toBe('Kommunikation');
    expect(s.nameOf(medication)).toBe('Medikamentengabe');
    language.set('fr');
    expect(s.nameOf(medication)).toBe('Administration des médicaments');
    language.set('es');
    expect(s.nameOf(medication)).toBe('Administración de medicamentos');
    // The language is read on every call.
    language.set('en');
    expect(s.nameOf(communication)).toBe('Communication');
  });

  it("keeps a catalog's own competencies in the catalog's words", async () => {
    const s = await loaded();
    const own = [...(s.roleCompetencies?.values() ?? [])]
      .flat()
      .find((c) => c.id.startsWith('own-'));
    expect(own).toBeDefined();
    language.set('de');
    expect(s.nameOf(own!)).toBe(own!.label);
    expect(s.nameOf({ id: 'own-kommunikation', label: 'Gute Kommunikation' })).toBe(
      'Gute Kommunikation',
    );
  });

  it('names every competency the roles show, in German too', async () => {
    const s = await loaded();
    language.set('de');
    for (const c of [...(s.roleCompetencies?.values() ?? [])].flat())
      expect(s.nameOf(c), c.id).toBeTruthy();
    expect(s.filterable.some((c) => s.nameOf(c) !== c.label)).toBe(true);
  });

  it('gives the label as it is before the engine is loaded', () => {
    const s = new CompetencyState({ graph: () => graph, compare: () => [], path: () => undefined });
    language.set('de');
    expect(s.nameOf(communication)).toBe('Communication');
  });
});
