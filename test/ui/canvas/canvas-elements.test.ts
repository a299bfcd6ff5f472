import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model/career/default-model';
import { trackColorScale, tracksOf } from '../../../src/model/present/encoding';
import { latticeLayout } from '../../../src/model/present/layout';
import { loadCatalog } from '../../../src/model/load/load';
import {
  canvasEdgeId,
  cardLabel,
  drawingElements,
  isolate,
} from '../../../src/ui/canvas/canvas-elements';
import { latticeDrawing, latticeElements } from '../../../src/ui/canvas/lattice-elements';

/** Two tracks of two levels each, a promotion in each, and a lateral move between them. */
const text = JSON.stringify({
  roles: [
    {
      title: 'Support Analyst',
      summary: 'Resolves tickets.',
      next: ['Senior Support Analyst'],
      lateral: ['Support Engineer'],
    },
    { title: 'Senior Support Analyst', summary: 'Resolves hard tickets.' },
    { title: 'Support Engineer', summary: 'Fixes the product.', next: ['Senior Support Engineer'] },
    { title: 'Senior Support Engineer', summary: 'Fixes hard product issues.' },
  ],
});
const { graph } = loadCatalog({ text, file: 'small.json' }, { model: defaultModel });
const lattice = latticeLayout(graph);
const colors: Record<string, string> = { analysts: '#111111', engineers: '#222222' };
const elements = drawingElements({
  graph,
  lattice,
  color: (t) => colors[t] ?? 'none',
});
const nodes = elements.filter((e) => e.group === 'nodes');
const edges = elements.filter((e) => e.group === 'edges');

describe('canvas elements', () => {
  it('reads the catalog as the test expects', () => {
    expect(graph.order).toBe(4);
    expect(graph.mapNodes((_, a) => a.track)).toEqual([
      'analysts',
      'analysts',
      'engineers',
      'engineers',
    ]);
    expect(graph.mapEdges((_, a) => a.kind).sort()).toEqual([
      'lateral',
      'lateral',
      'promotion',
      'promotion',
    ]);
  });

  it('makes every role a node where the lattice puts it, labelled and colored', () => {
    expect(nodes.map((n) => n.data.id)).toEqual(graph.nodes());
    for (const n of nodes) {
      const a = graph.getNodeAttributes(n.data.id!);
      expect(n.data).toEqual({
        id: n.data.id,
        label: `\u2068${a.title}\u2069`,
        color: colors[a.track],
      });
      expect(n.position).toEqual(lattice.positions.get(n.data.id!));
      // A copy: moving the drawn node does not move the layout.
      expect(n.position).not.toBe(lattice.positions.get(n.data.id!));
    }
    expect(nodes.find((n) => n.data.id === 'support-analyst')!.data['label']).toBe(
      '\u2068Support Analyst\u2069',
    );
  });

  it('puts nodes first, then one edge per move, classed by its kind, a lateral pair as one', () => {
    expect(elements.slice(0, nodes.length)).toEqual(nodes);
    expect(edges.map((e) => [e.data.id, e.data.source, e.data.target, e.classes])).toEqual([
      [
        'mv:support-analyst->senior-support-analyst',
        'support-analyst',
        'senior-support-analyst',
        'promotion',
      ],
      ['lat:support-analyst|support-engineer', 'support-analyst', 'support-engineer', 'lateral'],
      [
        'mv:support-engineer->senior-support-engineer',
        'support-engineer',
        'senior-support-engineer',
        'promotion',
      ],
    ]);
    // Every move is drawn: each graph edge's canvas id is one of the edges.
    const ids = new Set(edges.map((e) => e.data.id));
    graph.forEachEdge((e) => expect(ids.has(canvasEdgeId(graph, e))).toBe(true));
    expect(canvasEdgeId(graph, 'support-engineer->support-analyst')).toBe(
      'lat:support-analyst|support-engineer',
    );
  });

  it('isolates a title whose direction override is left open', () => {
    expect(isolate('Lead \u202eevil')).toBe('\u2068Lead \u202eevil\u2069');
  });
});

describe('lattice elements', () => {
  it('draws any catalog with its tracks’ colors, each role in its level’s row', () => {
    const drawn = latticeElements(graph);
    const trackColor = new Map(tracksOf(graph).map((t) => [t.id, t.color]));
    expect(drawn.map((e) => e.data.id)).toEqual(elements.map((e) => e.data.id));
    for (const n of drawn.filter((e) => e.group === 'nodes')) {
      const a = graph.getNodeAttributes(n.data.id!);
      expect(n.data['label']).toBe(`\u2068${a.title}\u2069`);
      expect(n.data['color']).toBe(trackColor.get(a.track));
      expect(n.position).toEqual(lattice.positions.get(n.data.id!));
    }
    const yOf = (id: string) => drawn.find((e) => e.data.id === id)!.position!.y;
    expect(yOf('senior-support-analyst')).toBeLessThan(yOf('support-analyst'));
    expect(yOf('support-engineer')).toBe(yOf('support-analyst'));
    const colorOf = (id: string) => drawn.find((e) => e.data.id === id)!.data['color'];
    expect(colorOf('support-analyst')).not.toBe(colorOf('support-engineer'));
  });

  it('are the elements the app’s canvas draws for the catalog, so it can take them over', () => {
    // Canvas.svelte: latticeDrawing(graph, lattice, the legend's track color scale).
    const scale = trackColorScale(tracksOf(graph));
    const atRunTime = drawingElements(latticeDrawing(graph, lattice, (t) => scale(t)));
    expect(latticeElements(graph)).toEqual(atRunTime);
  });
});

describe('card labels', () => {
  const plain = (label: string) => label.replace(/\u200b/g, '');

  it('keeps a title that fits its card whole', () => {
    expect(cardLabel('Associate Technical Support Specialist')).toBe(
      'Associate Technical Support Specialist',
    );
    expect(cardLabel('Nurse')).toBe('Nurse');
  });

  it('hyphenates a word too long for a line into pieces that fit, with break points', () => {
    const label = cardLabel('Customer Service Representative');
    expect(plain(label).replace(/-/g, '')).toBe('Customer Service Representative');
    for (const piece of label.split(/[\s\u200b]+/)) expect(piece.length).toBeLessThanOrEqual(11);
    expect(label).toContain('-\u200b');
  });

  it('cuts a title longer than the card after its last whole word, with an ellipsis', () => {
    const title = 'Senior Clinical Nurse Specialist Intensive Care Unit Night Shift';
    const label = cardLabel(title);
    expect(label.endsWith('\u2026')).toBe(true);
    expect(title.startsWith(label.slice(0, -1))).toBe(true);
    expect(label.length).toBeLessThan(title.length);
    // One enormous word: cut inside it.
    expect(cardLabel('x'.repeat(200)).length).toBeLessThan(60);
  });

  it('keeps the full title of a shortened card for its hover text', () => {
    const long = 'Senior Clinical Nurse Specialist Intensive Care Unit Night Shift';
    const g = loadCatalog(
      {
        text: `${long}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\nCares.\n\nNurse: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\nCares.\n`,
        file: 'ward.txt',
        format: 'text',
      },
      { model: defaultModel },
    ).graph;
    const drawn = latticeElements(g).filter((e) => e.group === 'nodes');
    const card = drawn.find((e) => e.data['title'] === long);
    expect(card?.data['label']).toBe(isolate(cardLabel(long)));
    expect(
      drawn.find((e) => plain(String(e.data['label'])) === '\u2068Nurse\u2069')?.data['title'],
    ).toBe(undefined);
  });
});

describe('a weak move on the canvas', () => {
  it('is classed weak (drawn faint), and no other move is', () => {
    const seed = loadCatalog(
      { text: readFileSync('data/role-blueprints.txt', 'utf8'), file: 'role-blueprints.txt' },
      { model: defaultModel },
    ).graph;
    const drawn = drawingElements({
      graph: seed,
      lattice: latticeLayout(seed),
      color: () => '#000',
    });
    const weak = new Set(
      seed.filterEdges((_e, a) => a.strength === 'weak').map((e) => canvasEdgeId(seed, e)),
    );
    expect(weak.size).toBeGreaterThan(0);
    for (const e of drawn.filter((x) => x.group === 'edges'))
      expect(String(e.classes).split(' ').includes('weak'), String(e.data.id)).toBe(
        weak.has(String(e.data.id)),
      );
  });
});
