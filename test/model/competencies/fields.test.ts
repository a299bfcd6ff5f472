import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import {
  catalogLexicon,
  compareRoles,
  defaultFramework,
  gapAlongPath,
} from '../../../src/model/competencies/index';
import { loadCatalog } from '../../../src/model/index';
import { findPath } from '../../../src/model/query/index';

/** A catalog read as the app reads it, with its competency lexicon. */
function read(text: string, file: string, format: 'text' | 'json' | 'csv') {
  const { graph } = loadCatalog({ text, file, format }, { model: defaultModel });
  return { graph, lexicon: catalogLexicon(graph, defaultFramework) };
}

/** A hotel kitchen, written for this test from how such blueprints read. */
const kitchen = [
  'Commis Chef: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path',
  'The Commis Chef prepares vegetables, sauces and garnishes for the section, follows recipes and portion sizes, and cleans the station at the end of service. This is an entry-level kitchen role.',
  'Chef de Partie: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path',
  'The Chef de Partie runs one section of the kitchen during service, cooks and plates its dishes, orders its produce and trains the commis chefs on the section.',
  'Executive Chef: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path',
  'The Executive Chef leads the kitchen brigade, writes the menus, sets the food cost budget and hires and develops the chefs. The executive chef negotiates with suppliers and answers for food safety audits.',
].join('\n');

describe('competencies of roles in other fields than support', () => {
  it('tell a registered nurse from a nurse manager, both ways', () => {
    const { graph, lexicon } = read(
      readFileSync('test/corpus/nursing.json', 'utf8'),
      'nursing.json',
      'json',
    );
    const c = compareRoles(graph, lexicon, 'registered-nurse', 'nurse-manager');
    // What the nurse does at the bedside, and what the manager answers for.
    expect(c.onlyA.map((x) => x.id)).toEqual(
      expect.arrayContaining(['patient-assessment', 'medication-administration']),
    );
    expect(c.onlyB.map((x) => x.id)).toContain('financial-resources');
    expect(c.onlyB.length).toBeGreaterThanOrEqual(3);
  });

  it('tell a commis chef from an executive chef, and list what each step adds', () => {
    const { graph, lexicon } = read(kitchen, 'kitchen.txt', 'text');
    const c = compareRoles(graph, lexicon, 'commis-chef', 'executive-chef');
    expect(c.onlyA.length).toBeGreaterThanOrEqual(3);
    expect(c.onlyB.length).toBeGreaterThanOrEqual(3);
    expect(c.onlyB.map((x) => x.id)).toEqual(
      expect.arrayContaining(['negotiation', 'financial-resources']),
    );
    const path = findPath(graph, 'commis-chef', 'executive-chef');
    expect(path.found).toBe(true);
    if (!path.found) return;
    const gap = gapAlongPath(graph, lexicon, path.path);
    // Every step after the first asks for something no earlier role on the path did.
    for (const step of gap.slice(1)) expect(step.new.length).toBeGreaterThan(0);
  });
});
