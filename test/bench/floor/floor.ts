// The floor for first-graph time: a bare page that draws the seed's roles and moves with
// Cytoscape at preset positions, with nothing else (no framework, no parsing, no layout).
import cytoscape from 'cytoscape';
import elements from './seed-elements.json';

const cy = cytoscape({
  container: document.getElementById('cy'),
  elements,
  layout: { name: 'preset' },
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 12,
        'text-wrap': 'wrap',
        'text-max-width': '100px',
        'text-valign': 'bottom',
      },
    },
    { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } },
  ],
});
cy.one('render', () => performance.mark('floor-first-graph'));
