import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/model/career';
import { language } from '../../src/i18n/language.svelte';
import { moveReason, moveSummary } from '../../src/i18n/reasons';
import { catalogGraphs, catalogsIn } from '../model/helpers';

/** The bundled catalog and every catalog of the corpus, each with its overlay. */
const all = catalogGraphs(['data/role-blueprints.txt', ...catalogsIn('test/corpus')]);

describe('a move written from its structured reason', () => {
  it('is, in English, the model’s own sentence and evidence, for every move of the corpus', () => {
    language.set('en');
    let moves = 0;
    const rules = new Set<string>();
    for (const { path, graph } of all) {
      const titleOf = (id: string) => graph.getNodeAttribute(id, 'title');
      graph.forEachEdge((_e, a, from, to) => {
        moves++;
        rules.add(a.why.rule);
        expect(moveSummary(defaultModel, a.why, a.kind), `${path}: ${from} → ${to}`).toBe(
          a.summary,
        );
        expect(moveReason(defaultModel, a, { from, to }, titleOf), `${path}: ${from} → ${to}`).toBe(
          a.reason,
        );
      });
    }
    expect(moves).toBeGreaterThan(400);
    // Every rule that makes moves is among them.
    expect([...rules].sort()).toEqual(['ladder', 'mention', 'overlay', 'similar', 'stated']);
  });

  it('reads German around the catalog’s own words, which stay as the catalog wrote them', () => {
    const { graph } = all.find((g) => g.path.includes('manufacturing-de'))!;
    const titleOf = (id: string) => graph.getNodeAttribute(id, 'title');
    language.set('de');
    try {
      const written = graph.mapEdges((_e, a, from, to) => ({
        a,
        summary: moveSummary(defaultModel, a.why, a.kind),
        reason: moveReason(defaultModel, a, { from, to }, titleOf),
      }));
      expect(written.length).toBeGreaterThan(10);
      for (const { a, summary, reason } of written) {
        // No English word of the model's sentences is left.
        for (const english of [
          'Promotion',
          'Lateral move',
          'blueprint',
          'Strength',
          'similar work',
        ])
          expect(`${summary} ${reason}`).not.toContain(english);
        expect(reason).toMatch(/Stärke: (stark|mittel|schwach), /);
        // The quoted words are the catalog's own.
        if (a.why.rule === 'similar')
          for (const q of a.why.quotes) expect(reason).toContain(`„${q.text}“`);
        if (a.why.rule === 'mention') expect(reason).toContain(`„${a.why.quote.text}“`);
      }
      const ladder = written.find((w) => w.a.why.rule === 'ladder');
      expect(ladder?.summary).toMatch(
        /^Beförderung innerhalb der Rollenfamilie .+: die nächsthöhere Stufe \(/,
      );
    } finally {
      language.set('en');
    }
  });

  it('names the levels in the reader’s language, from the career model’s data', () => {
    const { graph } = all[0]!;
    const edge = graph.findEdge((_e, a) => a.why.rule === 'ladder' && a.why.from !== a.why.to)!;
    const a = graph.getEdgeAttributes(edge);
    for (const [locale, word] of [
      ['fr', 'Promotion au sein de'],
      ['es', 'Ascenso dentro de'],
    ] as const) {
      language.set(locale);
      expect(moveSummary(defaultModel, a.why, a.kind)).toContain(word);
    }
    language.set('en');
  });
});
