import { readdirSync } from 'node:fs';
import { defaultModel } from '../../src/model/career/default-model';
import { levelAt } from '../../src/model/career/career-model';
import { findPath, formatFromFileName, loadCatalog, resolveRole } from '../../src/model/index';
import {
  catalogLexicon,
  competenciesOf,
  defaultFramework,
} from '../../src/model/competencies/index';
import type { CareerGraph } from '../../src/model/graph/career-graph';
import { overlayBeside, readRepoFile } from './helpers';

/**
 * The evaluation corpus (`test/corpus/`) as the corpus test and `npm run eval` read it: its
 * expectation files, each catalog's graphs (from its text alone, and with its overlay when it has
 * one), and what one expectation says of a graph.
 */

/**
 * What a practitioner states about a catalog's graph; `open` says why the model misses it today
 * (a known failure, which the corpus test keeps failing until the mark is removed).
 */
export type Expectation = (
  | { kind: 'higher'; role: string; than: string; why: string }
  | {
      kind: 'sameLevel' | 'sameFamily' | 'differentFamily' | 'sameTrack';
      roles: string[];
      why: string;
    }
  | {
      kind: 'reachable' | 'notPromotion' | 'noMove' | 'notLateral';
      from: string;
      to: string;
      why: string;
    }
  /** A role shows (or does not show) a competency, by its id, as the app reads the catalog. */
  | { kind: 'hasCompetency' | 'notCompetency'; role: string; competency: string; why: string }
) & { open?: string };

export interface ExpectFile {
  field: string;
  catalog: string;
  expectations: Expectation[];
}

export const CORPUS = 'test/corpus';

/** Every expectation file of the corpus, by name, sorted. */
export function expectFiles(): string[] {
  return readdirSync(new URL(`../../${CORPUS}`, import.meta.url))
    .filter((f) => f.endsWith('.expect.json'))
    .sort();
}

/** Reads one expectation file of the corpus. */
export function readExpectFile(name: string): ExpectFile {
  return JSON.parse(readRepoFile(`${CORPUS}/${name}`)) as ExpectFile;
}

/**
 * A catalog's graphs: from its text alone, and as the app builds it (with the overlay beside it,
 * `<catalog>.model.json`, when it has one; else the same graph).
 * @param path - the catalog's path from the repository root.
 */
export function loadGraphs(path: string): {
  plain: CareerGraph;
  loaded: CareerGraph;
  overlaid: boolean;
} {
  const text = readRepoFile(path);
  const file = path.slice(path.lastIndexOf('/') + 1);
  const format = formatFromFileName(file);
  const overlay = overlayBeside(path);
  const plain = loadCatalog({ text, file, format }, { model: defaultModel }).graph;
  const loaded = overlay
    ? loadCatalog({ text, file, format, overlay }, { model: defaultModel }).graph
    : plain;
  return { plain, loaded, overlaid: overlay !== undefined };
}

/** "31/33 (94%)": how many expectations hold of how many. */
export function rate(hits: number, total: number): string {
  return `${hits}/${total} (${total ? ((100 * hits) / total).toFixed(0) : '–'}%)`;
}

/** How many of the expectations hold of a graph, open ones included. */
export function hitsIn(graph: CareerGraph, expectations: readonly Expectation[]): number {
  return expectations.filter((e) => check(graph, e) === null).length;
}

/** Checks one expectation; returns what is wrong, or null when it holds. */
export function check(graph: CareerGraph, e: Expectation): string | null {
  const id = (title: string) => {
    const found = resolveRole(graph, title);
    if (!found) throw new Error(`no role "${title}" in the catalog`);
    return found;
  };
  const a = (title: string) => graph.getNodeAttributes(id(title));
  const describe = (title: string) => {
    const r = a(title);
    return `${title} (rank ${r.rank} ${levelAt(defaultModel, r.rank).label}, family ${r.family}, track ${r.track})`;
  };
  /** The moves between two roles, either way, as "A → B (lateral, rule similar)". */
  const movesBetween = (from: string, to: string) => {
    const s = id(from);
    const t = id(to);
    const out: { kind: string; said: string }[] = [];
    for (const [x, y, fx, fy] of [
      [s, t, from, to],
      [t, s, to, from],
    ] as const)
      if (graph.hasDirectedEdge(x, y)) {
        const m = graph.getDirectedEdgeAttributes(x, y);
        out.push({ kind: m.kind, said: `${fx} → ${fy} (${m.kind}, rule ${m.rule})` });
      }
    return out;
  };
  switch (e.kind) {
    case 'higher':
      return a(e.role).rank > a(e.than).rank
        ? null
        : `${describe(e.role)} is not above ${describe(e.than)}`;
    case 'sameLevel':
      return new Set(e.roles.map((r) => a(r).band)).size === 1
        ? null
        : `not one band: ${e.roles.map(describe).join('; ')}`;
    case 'sameFamily':
      return new Set(e.roles.map((r) => a(r).family.toLowerCase())).size === 1
        ? null
        : `not one family: ${e.roles.map(describe).join('; ')}`;
    case 'differentFamily':
      return new Set(e.roles.map((r) => a(r).family.toLowerCase())).size === e.roles.length
        ? null
        : `share a family: ${e.roles.map(describe).join('; ')}`;
    case 'sameTrack':
      return new Set(e.roles.map((r) => a(r).track)).size === 1
        ? null
        : `not one track: ${e.roles.map(describe).join('; ')}`;
    case 'reachable':
      return findPath(graph, id(e.from), id(e.to)).found
        ? null
        : `no path from ${e.from} to ${e.to}`;
    case 'notPromotion': {
      const s = id(e.from);
      const t = id(e.to);
      if (!graph.hasDirectedEdge(s, t)) return null;
      return graph.getDirectedEdgeAttribute(s, t, 'kind') === 'promotion'
        ? `${e.from} → ${e.to} is a promotion`
        : null;
    }
    case 'noMove': {
      const found = movesBetween(e.from, e.to);
      return found.length ? `the graph has ${found.map((m) => m.said).join(' and ')}` : null;
    }
    case 'hasCompetency':
    case 'notCompetency': {
      const found = competenciesOf(graph, catalogLexicon(graph, defaultFramework), id(e.role));
      const hit = found.find((c) => c.id === e.competency);
      if (e.kind === 'hasCompetency')
        return hit
          ? null
          : `${e.role} does not show ${e.competency} (it shows ${found.map((c) => c.id).join(', ') || 'none'})`;
      return hit ? `${e.role} shows ${e.competency} from “${hit.evidence}” (${hit.source})` : null;
    }
    case 'notLateral': {
      const lateral = movesBetween(e.from, e.to).filter((m) => m.kind === 'lateral');
      return lateral.length ? `the graph has ${lateral.map((m) => m.said).join(' and ')}` : null;
    }
  }
}
