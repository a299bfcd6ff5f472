import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { loadCatalog } from '../../../src/model/index';
import { catalogLevels, graphLevels } from '../../../src/model/career/levels';
import { readRepoFile } from '../helpers';

const labels = (text: string, format?: 'csv') =>
  graphLevels(
    loadCatalog({ text, file: 'catalog', format }, { model: defaultModel }).graph,
    defaultModel,
  ).map((l) => l.label);

describe('the levels a catalog uses', () => {
  it('are the bundled catalog’s six, by the words of its titles', () => {
    expect(labels(readRepoFile('data/role-blueprints.txt'))).toEqual([
      'Associate',
      'Junior',
      'Professional',
      'Senior',
      'Lead',
      'Principal',
    ]);
  });

  it('follow a CSV catalog’s stated levels, and name a level no title names by the scale', () => {
    const csv = [
      'title,summary,level',
      'Picker,Picks orders.,Trainee',
      'Forklift Driver,Drives a forklift.,',
      'Shift Boss,Runs a shift.,Supervisor',
      'Head of Warehouse,Runs the warehouse.,',
    ].join('\n');
    expect(labels(csv, 'csv')).toEqual(['Trainee', 'Professional', 'Supervisor', 'Head']);
  });

  it('name each level once, where its word is most used, and only by titles that placed a role', () => {
    const roles = [
      { rank: 4, level: 'Senior', rankEvidence: 'title' },
      { rank: 4, level: 'Senior', rankEvidence: 'title' },
      // A Senior one step up (its summary claims more): the word stays with rank 4.
      { rank: 5, level: 'Senior', rankEvidence: 'title' },
      // A level word evidence moved elsewhere does not name the rank it landed on.
      { rank: 7, level: 'Manager', rankEvidence: 'mention' },
      { rank: 8, level: 'Director of', rankEvidence: 'title' },
    ];
    expect(catalogLevels(roles, defaultModel)).toEqual([
      { rank: 4, label: 'Senior' },
      { rank: 5, label: 'Staff / Lead', scale: true },
      { rank: 7, label: 'Principal', scale: true },
      { rank: 8, label: 'Director' },
    ]);
  });
});
