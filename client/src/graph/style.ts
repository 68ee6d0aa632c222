import type { StylesheetJson } from 'cytoscape';

// Okabe–Ito palette: distinguishable with the common forms of colour blindness. Shapes repeat the
// distinction so colour is never the only cue.
export const TYPE_APPEARANCE: Record<string, { color: string; shape: string }> = {
  kvk: { color: '#0072B2', shape: 'round-rectangle' },
  agency: { color: '#56B4E9', shape: 'rectangle' },
  rom: { color: '#E69F00', shape: 'diamond' },
  'rom-subregional': { color: '#F0E442', shape: 'diamond' },
  ministry: { color: '#000000', shape: 'octagon' },
  'ministry-unit': { color: '#555555', shape: 'octagon' },
  province: { color: '#009E73', shape: 'hexagon' },
  municipality: { color: '#66C2A5', shape: 'pentagon' },
  'regional-executor': { color: '#D55E00', shape: 'triangle' },
  'business-association': { color: '#CC79A7', shape: 'star' },
};
const FALLBACK = { color: '#999999', shape: 'ellipse' };

/** The Cytoscape stylesheet, as data derived from the appearance table above. */
export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        width: 'mapData(degree, 0, 20, 16, 48)',
        height: 'mapData(degree, 0, 20, 16, 48)',
        'background-color': FALLBACK.color,
        shape: FALLBACK.shape as 'ellipse',
        'border-width': 1,
        'border-color': '#1b1b1b',
      },
    },
    ...Object.entries(TYPE_APPEARANCE).map(([type, a]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': a.color, shape: a.shape as 'ellipse' },
    })),
    { selector: 'node.generic', style: { 'border-style': 'double', 'border-width': 4 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#7a7a7a',
        'target-arrow-color': '#7a7a7a',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
      },
    },
    {
      selector: 'edge[type = "REFERS_TO"]',
      style: { width: 3, 'line-color': '#0072B2', 'target-arrow-color': '#0072B2' },
    },
  ];
}
