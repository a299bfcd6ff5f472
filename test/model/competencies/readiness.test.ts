import { describe, expect, it } from 'vitest';
import {
  fitOf,
  readLexicon,
  readinessAlongPath,
  readinessFor,
} from '../../../src/model/competencies/index';
import { roleNode, tinyGraph } from '../helpers';

const lexicon = readLexicon({
  competencies: [
    { id: 'sql', label: 'SQL', phrases: ['sql'] },
    { id: 'dns', label: 'DNS', phrases: ['dns'] },
    { id: 'coaching', label: 'Coaching', phrases: ['coaching'] },
  ],
});

// junior (SQL) → analyst (SQL, DNS) → lead (SQL, DNS, coaching); other (DNS) → lead.
const graph = tinyGraph(
  ['junior', 'analyst', 'lead', 'other'],
  [
    { from: 'junior', to: 'analyst' },
    { from: 'analyst', to: 'lead' },
    { from: 'other', to: 'lead' },
  ],
);
const summaries: Record<string, string> = {
  junior: 'Writes SQL reports.',
  analyst: 'Writes SQL and fixes DNS records.',
  lead: 'Owns SQL and DNS, and does coaching.',
  other: 'Runs DNS.',
};
for (const [id, summary] of Object.entries(summaries))
  graph.replaceNodeAttributes(id, roleNode(id.toUpperCase(), 0, 'other', { summary }));

const me = { sql: 'expert', dns: 'learning' };

describe('readiness', () => {
  it('counts practised and expert as met, learning as partly, the rest as missing', () => {
    expect(['none', 'learning', 'practised', 'expert', undefined].map(fitOf)).toEqual([
      'missing',
      'partly',
      'met',
      'met',
      'missing',
    ]);
  });

  it('gives a role’s figure from its competencies, hand-computed', () => {
    // lead asks for SQL (expert: met), DNS (learning: partly), coaching (unrated: missing).
    const r = readinessFor(graph, lexicon, 'lead', me);
    expect(r.met.map((c) => c.id)).toEqual(['sql']);
    expect(r.partly.map((c) => c.id)).toEqual(['dns']);
    expect(r.missing.map((c) => c.id)).toEqual(['coaching']);
    expect(r.score).toBeCloseTo((1 + 0.5) / 3);
    expect(r.explanation).toBe(
      '1 of 3 competencies met, 1 partly (learning: DNS), 1 missing (Coaching)',
    );
    // Each competency carries the words of the role's text that name it.
    expect(r.missing[0]?.evidence.toLowerCase()).toBe('coaching');
  });

  it('ranks the gaps of a path by how many steps ask for them', () => {
    const p = readinessAlongPath(graph, lexicon, ['junior', 'analyst', 'lead'], me);
    // The junior's blueprint names one competency: too little for a figure.
    expect(p.steps.map((s) => s.score)).toEqual([null, (1 + 0.5) / 2, (1 + 0.5) / 3]);
    expect(p.unjudged).toEqual([]);
    // DNS: analyst and lead (2 steps); coaching: lead only.
    expect(p.gaps.map((g) => [g.id, g.fit, g.steps])).toEqual([
      ['dns', 'partly', ['analyst', 'lead']],
      ['coaching', 'missing', ['lead']],
    ]);
    expect(p.totalGap).toBe(0.5 + 1);
  });

  it('ranks paths by total gap: closest to what one knows first', () => {
    const viaAnalyst = readinessAlongPath(graph, lexicon, ['junior', 'analyst', 'lead'], me);
    const direct = readinessAlongPath(graph, lexicon, ['other', 'lead'], { dns: 'expert' });
    // From other with DNS at expert: SQL and coaching missing at lead.
    expect(direct.totalGap).toBe(2);
    expect([viaAnalyst, direct].sort((a, b) => a.totalGap - b.totalGap)[0]).toBe(viaAnalyst);
  });

  it('gives no figure for a role whose blueprint names fewer than two competencies', () => {
    // Never "100% ready" for a role the app knows nothing about, nor for one skill met.
    const one = readinessFor(graph, lexicon, 'other', { dns: 'expert' });
    expect(one.score).toBeNull();
    expect(one.explanation).toBe(
      'This blueprint names too little to work out readiness (it names one competency: DNS)',
    );
    const two = readinessFor(graph, lexicon, 'analyst', { sql: 'expert', dns: 'expert' });
    expect(two.score).toBe(1);
    // A path says how many of its steps it could not judge.
    const p = readinessAlongPath(graph, lexicon, ['lead', 'other'], me);
    expect(p.unjudged).toEqual(['other']);
  });
});
