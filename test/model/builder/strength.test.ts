import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import type { CareerModel } from '../../../src/model/career/career-model';
import {
  findPath,
  loadCatalog,
  STRENGTHS,
  type CareerGraph,
  type MoveEdge,
} from '../../../src/model/index';
import { overlayBeside, readRepoFile } from '../helpers';

/*
 * Every move carries a strength from its evidence, says it in its reason, and a weighted path
 * prefers strong moves.
 */

const files = [
  'data/role-blueprints.txt',
  ...readdirSync('test/corpus')
    .filter(
      (f) =>
        /\.(txt|csv)$/.test(f) ||
        (f.endsWith('.json') && !/\.(expect|model|overlay)\.json$/.test(f)),
    )
    .map((f) => `test/corpus/${f}`),
];
const build = (file: string, model: CareerModel = defaultModel) =>
  loadCatalog({ text: readRepoFile(file), file, overlay: overlayBeside(file) }, { model }).graph;

const distinct = (e: MoveEdge) => Number(/(\d+) distinctive term/.exec(e.reason)?.[1]);

describe('the strength of a move', () => {
  it.each(files)('%s: every move has one, and its reason says which and why', (file) => {
    const g = build(file);
    const seen = new Set<string>();
    g.forEachEdge((_e, a) => {
      expect(STRENGTHS).toContain(a.strength);
      expect(a.reason).toMatch(new RegExp(`\\. Strength: ${a.strength}, [^.]+\\.$`));
      seen.add(a.strength);
      // What the catalog or the organization states, and a family's own next level, are strong.
      if (a.rule === 'stated' || a.rule === 'overlay' || a.rule === 'ladder')
        expect(a.strength).toBe('strong');
      // Similar work is never strong: moderate on enough distinctive terms, else weak; a move
      // kept only so that a role is not an island is weak.
      if (a.rule === 'similar') {
        const rescue = a.reason.includes('no role is an island');
        expect(a.strength).toBe(
          !rescue && distinct(a) >= defaultModel.strength.moderateTerms ? 'moderate' : 'weak',
        );
      }
    });
    expect(seen.size).toBeGreaterThan(1);
  });

  it('is strong for a sentence naming a career step, moderate for one that only names a role', () => {
    const g = loadCatalog(
      {
        text: [
          'Claims Clerk: Role Blueprint',
          'Keys in claims and typically progresses to Claims Adjuster after two years.',
          'Claims Adjuster: Role Blueprint',
          'Assesses claims on site.',
          'Fraud Investigator: Role Blueprint',
          'Investigates suspicious claims and reports to the Loss Controller.',
          'Loss Controller: Role Blueprint',
          'Oversees recoveries and the budget for losses.',
          '',
        ].join('\n'),
      },
      { model: defaultModel },
    ).graph;
    expect(g.getEdgeAttributes('claims-clerk', 'claims-adjuster')).toMatchObject({
      strength: 'strong',
      rule: 'mention',
    });
    expect(g.getEdgeAttributes('fraud-investigator', 'loss-controller')).toMatchObject({
      strength: 'moderate',
      rule: 'mention',
    });
  });
});

describe('a weighted path', () => {
  /** Every pair of roles with a path, and the weak moves of its path. */
  const weakOnPaths = (g: CareerGraph, weighted: boolean) => {
    let weak = 0;
    let moves = 0;
    g.forEachNode((s) =>
      g.forEachNode((t) => {
        if (s === t) return;
        const r = findPath(g, s, t, { weighted });
        if (!r.found) return;
        moves += r.moves.length;
        weak += r.moves.filter(
          (m) => g.getEdgeAttribute(m.from, m.to, 'strength') === 'weak',
        ).length;
      }),
    );
    return { weak, moves };
  };

  it('takes fewer weak moves than the shortest paths, over every pair of the corpus', () => {
    let plain = 0;
    let weighted = 0;
    for (const f of files) {
      const g = build(f);
      plain += weakOnPaths(g, false).weak;
      weighted += weakOnPaths(g, true).weak;
    }
    expect(weighted).toBeLessThan(plain);
  });

  it('takes no weak move where a path without one exists, when weak moves cost a lot', () => {
    const model: CareerModel = {
      ...defaultModel,
      strength: { ...defaultModel.strength, costs: { strong: 0, moderate: 0, weak: 1000 } },
    };
    let checked = 0;
    for (const f of files) {
      const g = build(f, model);
      const strongOnly = g.copy();
      g.forEachEdge((e, a) => {
        if (a.strength === 'weak') strongOnly.dropEdge(e);
      });
      g.forEachNode((s) =>
        g.forEachNode((t) => {
          if (s === t || !findPath(strongOnly, s, t).found) return;
          const r = findPath(g, s, t, { weighted: true });
          expect(r.found).toBe(true);
          if (!r.found) return;
          checked++;
          for (const m of r.moves)
            expect(g.getEdgeAttribute(m.from, m.to, 'strength'), `${s} → ${t}`).not.toBe('weak');
        }),
      );
    }
    expect(checked).toBeGreaterThan(100);
  });
});
