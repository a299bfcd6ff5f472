import { describe, expect, it } from 'vitest';
import { familyKeyOf, wordsOf } from '../../../src/model/career/title-words';

describe('family keys', () => {
  it('gives one key to the forms of a family name', () => {
    expect(familyKeyOf('Nursing')).toBe(familyKeyOf('Nurses'));
    expect(familyKeyOf('Engineering')).toBe(familyKeyOf('Engineer'));
    expect(familyKeyOf('Product Marketing')).toBe(familyKeyOf('product market'));
  });

  it('keeps different families apart', () => {
    expect(familyKeyOf('Support Analyst')).not.toBe(familyKeyOf('Support Engineer'));
    expect(familyKeyOf('Ops')).toBe('ops');
  });

  it('splits phrases on spaces and commas, lower-cased', () => {
    expect(wordsOf('Head of')).toEqual(['head', 'of']);
    expect(wordsOf(' Senior Manager,  Support ')).toEqual(['senior', 'manager', 'support']);
  });
});
