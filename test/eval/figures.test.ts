import { describe, expect, it } from 'vitest';
import { moveFigures } from './figures';
import { tinyGraph } from '../model/helpers';

/**
 * Six roles of six families, all in the warehouse: a and b share "forklift, pallet, shrinkwrap";
 * d and e share only "racking"; every role names the warehouse, which is then no evidence.
 */
function warehouse() {
  const g = tinyGraph(['a', 'b', 'c', 'd', 'e', 'f'], []);
  const text: Record<string, string> = {
    a: 'Drives the forklift, stacks each pallet and applies shrinkwrap in the warehouse.',
    b: 'Checks forklift safety, moves every pallet, orders shrinkwrap for the warehouse.',
    c: 'Reconciles invoices and the ledger of the warehouse.',
    d: 'Counts stock on the racking by the dock of the warehouse.',
    e: 'Repairs the racking and the doors of the warehouse.',
    f: 'Cleans the warehouse canteen.',
  };
  for (const [id, summary] of Object.entries(text)) g.setNodeAttribute(id, 'summary', summary);
  const move = (s: string, t: string, kind: 'promotion' | 'lateral', rule: string) =>
    g.addDirectedEdgeWithKey(`${s}->${t}`, s, t, {
      kind,
      reason: '',
      summary: '',
      why: { rule: 'stated', from: 0, to: 0 },
      provenance: 'inferred',
      strength: 'strong',
      cost: 1,
      rule,
    });
  return { g, move };
}

describe('the figures npm run eval prints', () => {
  it('count a lateral move once, and a promotion once', () => {
    const { g, move } = warehouse();
    move('a', 'b', 'lateral', 'similar');
    move('b', 'a', 'lateral', 'similar');
    move('a', 'c', 'promotion', 'ladder');
    expect(moveFigures(g)).toMatchObject({ roles: 6, moves: 2, similarMoves: 1 });
  });

  it('count a similar-work move whose roles share fewer than three distinctive terms', () => {
    const { g, move } = warehouse();
    move('a', 'b', 'lateral', 'similar');
    move('b', 'a', 'lateral', 'similar');
    move('d', 'e', 'promotion', 'similar');
    const before = moveFigures(g);
    expect(before).toMatchObject({ similarMoves: 2, similarOnFewTerms: 1 });
    // One more move resting on the warehouse alone: one more on few terms.
    move('e', 'f', 'promotion', 'similar');
    expect(moveFigures(g).similarOnFewTerms).toBe(before.similarOnFewTerms + 1);
  });

  it('leave moves of other rules out of the similar-work figures', () => {
    const { g, move } = warehouse();
    move('d', 'e', 'promotion', 'mention');
    expect(moveFigures(g)).toMatchObject({ moves: 1, similarMoves: 0, similarOnFewTerms: 0 });
  });
});
