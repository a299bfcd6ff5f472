// graphology-gexf's writer on its own: its package entry points also load a DOM parser (xmldom in
// Node, the global DOMParser in the browser, which a Web Worker does not have).
declare module 'graphology-gexf/common/writer.js' {
  import type { Attributes } from 'graphology-types';
  import type Graph from 'graphology-types';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';
  export default function write<
    NodeAttributes extends Attributes = Attributes,
    EdgeAttributes extends Attributes = Attributes,
  >(
    graph: Graph<NodeAttributes, EdgeAttributes>,
    options?: GexfWriterOptions<NodeAttributes, EdgeAttributes>,
  ): string;
}
