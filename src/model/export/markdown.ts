import type { CareerGraph } from '../graph/career-graph';
import { movesOf } from '../query/paths';

/**
 * Escapes catalog text for inline Markdown: HTML-significant characters become entities and
 * Markdown punctuation is backslash-escaped, so `<script>` or `**x**` in a title shows as written.
 * Line breaks become spaces (the text stays within its list item).
 * @param s - plain text.
 * @returns Markdown that renders as that text.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The path as Markdown: a heading, then each role in order with the move into it, its kind, its
 * one-sentence summary and its reason (after "Why:").
 * @param graph - the career graph.
 * @param path - role ids from start to goal (e.g. `findPath(…).path`).
 * @returns the Markdown document.
 * @throws Error when an id is not a role of the graph or two consecutive roles have no move.
 */
export function pathMarkdown(graph: CareerGraph, path: readonly string[]): string {
  for (const id of path)
    if (!graph.hasNode(id)) throw new Error(`pathMarkdown: unknown role "${id}"`);
  for (let i = 1; i < path.length; i++)
    if (!graph.hasDirectedEdge(path[i - 1]!, path[i]!))
      throw new Error(`pathMarkdown: no move from "${path[i - 1]}" to "${path[i]}"`);
  const title = (id: string) => escapeMarkdown(graph.getNodeAttribute(id, 'title'));
  if (path.length === 0) return '# Career path\n\nNo roles.\n';
  const first = path[0]!;
  const last = path[path.length - 1]!;
  const moves = movesOf(graph, path);
  const promotions = moves.filter((m) => m.kind === 'promotion').length;
  const laterals = moves.length - promotions;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `# Career path: ${title(first)} → ${title(last)}`,
    '',
    `${plural(moves.length, 'move', 'moves')}: ${plural(promotions, 'promotion', 'promotions')}, ${plural(laterals, 'lateral move', 'lateral moves')}.`,
    '',
    `1. **${title(first)}** (start)`,
  ];
  moves.forEach((m, i) => {
    const kind = m.kind === 'promotion' ? 'promotion' : 'lateral move';
    lines.push(
      `${i + 2}. **${title(m.to)}**: ${kind} (${m.strength} evidence). ${escapeMarkdown(m.summary)} Why: ${escapeMarkdown(m.reason)}`,
    );
  });
  lines.push('');
  return lines.join('\n');
}
