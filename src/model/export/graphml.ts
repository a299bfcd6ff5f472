import type { CareerGraph } from '../graph/career-graph';
import { flatten, xmlEscape, type Scalar } from './xml-text';

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

function graphmlType(values: Scalar[]): GraphmlType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) {
    const nums = values as number[];
    if (!nums.every(Number.isInteger)) return 'double';
    return nums.every((n) => Math.abs(n) <= 0x7fffffff) ? 'int' : 'long';
  }
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

/** Declares one `<key>` per attribute name, typed by the values it takes across all elements. */
function keysOf(prefix: string, elements: Record<string, Scalar>[]): Map<string, Key> {
  const values = new Map<string, Scalar[]>();
  for (const e of elements)
    for (const [k, v] of Object.entries(e)) {
      const list = values.get(k);
      if (list) list.push(v);
      else values.set(k, [v]);
    }
  const keys = new Map<string, Key>();
  let i = 0;
  for (const [name, vs] of values)
    keys.set(name, { id: `${prefix}${i++}`, name, type: graphmlType(vs) });
  return keys;
}

/**
 * The graph as GraphML (graphml.graphdrawing.org), for yEd, Cytoscape desktop and Gephi. Each
 * attribute is a typed `<key>` (lists joined with `; `); nodes also carry a `label` (the title),
 * the name Gephi and Cytoscape show.
 * @param graph - the career graph.
 * @returns the GraphML document.
 */
export function exportGraphML(graph: CareerGraph): string {
  const nodes = graph.mapNodes((id, a) => ({ id, data: { label: a.title, ...flatten(a) } }));
  const edges = graph.mapEdges((id, a, source, target) => ({
    id,
    source,
    target,
    data: flatten(a),
  }));
  const nodeKeys = keysOf(
    'n',
    nodes.map((n) => n.data),
  );
  const edgeKeys = keysOf(
    'e',
    edges.map((e) => e.data),
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const declare = (scope: 'node' | 'edge', keys: Map<string, Key>) => {
    for (const k of keys.values())
      out.push(
        `  <key id="${k.id}" for="${scope}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`,
      );
  };
  declare('node', nodeKeys);
  declare('edge', edgeKeys);
  const data = (keys: Map<string, Key>, d: Record<string, Scalar>) =>
    Object.entries(d)
      .map(([k, v]) => `<data key="${keys.get(k)!.id}">${xmlEscape(String(v))}</data>`)
      .join('');
  out.push(
    `  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`,
  );
  for (const n of nodes)
    out.push(`    <node id="${xmlEscape(n.id)}">${data(nodeKeys, n.data)}</node>`);
  for (const e of edges)
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data(edgeKeys, e.data)}</edge>`,
    );
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
