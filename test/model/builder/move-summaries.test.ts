import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { formatFromFileName, loadCatalog, readOverlay } from '../../../src/model/index';
import type { CareerGraph } from '../../../src/model/graph/career-graph';
import { readRepoFile } from '../helpers';

/** A catalog's finished graph, with its overlay when it has one. */
function graphOf(file: string, overlayFile?: string): CareerGraph {
  const overlay = overlayFile
    ? readOverlay(JSON.parse(readRepoFile(overlayFile)), overlayFile)
    : undefined;
  return loadCatalog(
    { text: readRepoFile(file), file, format: formatFromFileName(file), overlay },
    { model: defaultModel },
  ).graph;
}

const support = graphOf('data/role-blueprints.txt');
const nursing = graphOf('test/corpus/nursing.json', 'test/corpus/nursing.model.json');
const retail = graphOf('test/corpus/retail.txt');
const finance = graphOf('test/corpus/finance.csv');
const summary = (g: CareerGraph, s: string, t: string) => g.getEdgeAttribute(s, t, 'summary');

describe('a move’s summary: one short sentence a manager could say in a 1:1', () => {
  it('says a promotion within a family and its two levels', () => {
    expect(summary(support, 'support-analyst', 'senior-support-analyst')).toBe(
      'Promotion within Support Analyst: the next level up (Professional → Senior).',
    );
    // Two steps of one band are named by their own words, not "Entry (Junior)".
    expect(summary(support, 'associate-service-desk-analyst', 'junior-service-desk-analyst')).toBe(
      'Promotion within Service Desk Analyst: the next level up (Associate → Junior).',
    );
  });

  it('says what two roles of similar work both do, without quotes or the word list', () => {
    expect(summary(support, 'support-analyst', 'service-desk-analyst')).toBe(
      'Same level (Professional), similar work: both involve users.',
    );
    // Its reason keeps the evidence: the distinctive terms and the quotations.
    expect(support.getEdgeAttribute('support-analyst', 'service-desk-analyst', 'reason')).toMatch(
      /^Lateral move between families at the same level \(Professional\): similar work — shared terms: structured, disciplined, documented, users\. The Support Analyst blueprint says “/,
    );
    // A verb in -s ("replenishes", "keeps"), or a noun only ever before another ("sales
    // floor"), is not work both roles "involve".
    expect(summary(retail, 'sales-associate', 'stock-associate')).toBe(
      'Same level (Entry), similar work: both involve floor.',
    );
    // A word that only ever describes another ("deep troubleshooting") is not one either.
    expect(summary(support, 'customer-support-engineer', 'technical-account-manager')).toBe(
      'Same level (Professional), similar work: both involve troubleshooting and product.',
    );
    expect(summary(finance, 'accounts-payable-clerk', 'accounts-receivable-clerk')).toMatch(
      /^Same level \(Entry\), similar work: both involve [a-z]+/,
    );
  });

  it('says a stated move, a move a blueprint shows and an overlay’s move in their own words', () => {
    expect(summary(nursing, 'registered-nurse', 'charge-nurse')).toBe(
      'Promotion the catalog names as a next step (Professional → Senior).',
    );
    expect(summary(nursing, 'registered-nurse', 'case-manager')).toBe(
      'Same level (Professional): the catalog names this move.',
    );
    // "Supervises senior and staff accountants" names the Senior Accountant too.
    expect(summary(finance, 'senior-accountant', 'accounting-manager')).toBe(
      "Promotion (Senior → Staff / Lead): it oversees the starting role's work.",
    );
    // The nursing catalog states where a Licensed Practical Nurse goes next (Registered Nurse):
    // the Charge Nurse who "oversees" LPNs is not inferred as another next step.
    expect(nursing.hasEdge('licensed-practical-nurse', 'charge-nurse')).toBe(false);
    expect(summary(retail, 'store-manager', 'district-manager')).toBe(
      'Promotion (Senior Manager → Principal): the starting role works under it.',
    );
    // "Works under the supervision of registered nurses" orders the ranks, and is no step
    // towards the registered nurse's job: a licence stands between them.
    expect(nursing.hasEdge('nursing-assistant', 'registered-nurse')).toBe(false);
    expect(summary(retail, 'stock-associate', 'inventory-specialist')).toBe(
      'Promotion (Junior → Professional): its blueprint says people are promoted into it from the starting role.',
    );
    expect(summary(nursing, 'registered-nurse', 'nurse-educator')).toMatch(
      /^Same level \(Professional\), known to the organization: experienced registered nurses move into staff education/,
    );
  });

  it('is one sentence of a couple of lines on every move of catalogs from four fields', () => {
    for (const g of [support, nursing, retail, finance])
      g.forEachEdge((_e, a, s, t) => {
        const where = `${s} -> ${t}: ${a.summary}`;
        expect(a.summary, where).toMatch(/^[A-Z].*\.$/);
        expect(a.summary, where).not.toMatch(/[“”]|shared terms/);
        // The overlay's reason is the organization's own sentence, kept whole.
        if (a.rule !== 'overlay') expect(a.summary.length, where).toBeLessThanOrEqual(120);
        expect(a.reason.length, where).toBeGreaterThan(0);
      });
  });
});
