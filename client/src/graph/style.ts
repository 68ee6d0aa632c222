import type { StylesheetJson } from 'cytoscape';
import {
  FALLBACK_APPEARANCE,
  FALLBACK_EDGE,
  HIGHLIGHT,
  REFERRAL_STATUS_APPEARANCE,
  RELATION_APPEARANCE,
  TYPE_APPEARANCE,
} from './appearance.ts';
import { LABEL, LABEL_FONT, LABEL_LOOK } from './label-look.ts';
import { networkStyle } from './network-classes.ts';

type Shape = 'ellipse';
type LineStyle = 'solid';
type ArrowShape = 'triangle';

/**
 * How labels look when Cytoscape draws them: only in an export (graph/labels.ts `exporting`), for the elements that
 * show one (`label-shown`); on screen the label layer draws them (graph/label-drawing.ts) from the same LABEL_LOOK.
 * Cytoscape applies and keeps every property of every matching rule per element, so properties that matter only to
 * a label are not set on all 12,000 elements of a large graph. Placed before the rules that override them (the axis
 * labels), so that every element looks as it would with these properties on all of them.
 */
const LABELLED: StylesheetJson = [
  {
    selector: 'node.label-shown',
    style: {
      'font-size': LABEL.font,
      'font-family': LABEL_FONT,
      color: LABEL_LOOK.organisation.color,
      'text-valign': 'bottom',
      'text-margin-y': LABEL.margin,
      'text-wrap': 'wrap',
      'text-max-width': `${LABEL.width * 2}px`,
      'text-background-color': LABEL_LOOK.organisation.background,
      'text-background-opacity': LABEL_LOOK.organisation.backgroundOpacity,
      'text-background-padding': `${LABEL.padding}px`,
      'min-zoomed-font-size': 5,
    },
  },
  {
    selector: 'edge.label-shown',
    style: {
      'font-size': LABEL.edgeFont,
      'font-family': LABEL_FONT,
      'text-rotation': 'autorotate',
      'text-background-color': LABEL_LOOK.relation.background,
      'text-background-opacity': LABEL_LOOK.relation.backgroundOpacity,
      'text-background-padding': `${LABEL.padding}px`,
    },
  },
];
/** Node size by degree: the stylesheet's and the layout worker's (which lays out nodes of the drawn size). */
export const NODE_SIZE = 'mapData(degree, 0, 20, 18, 56)';

/**
 * The Cytoscape stylesheet, as data derived from the appearance tables: node colour and shape by type,
 * size by degree, edges by relation type, referral status by width, arrow and label; then the state
 * classes that graph/highlight.ts assigns.
 * @example stylesheet().find((r) => r.selector === 'node.faded')
 */
export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        // Labels are drawn by the label layer (graph/labels.ts), not by Cytoscape: placing them then changes no
        // element, which would throw away the cached picture Cytoscape moves the view with.
        label: '',
        width: NODE_SIZE,
        height: NODE_SIZE,
        'background-color': FALLBACK_APPEARANCE.color,
        shape: FALLBACK_APPEARANCE.shape as Shape,
        'border-width': 1,
        'border-color': '#1B1B1B',
      },
    },
    ...Object.entries(TYPE_APPEARANCE).map(([type, a]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': a.color, shape: a.shape as Shape },
    })),
    // A generic group (all municipalities, all ROMs) stands for many: a double border says so.
    { selector: 'node.generic', style: { 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node.role-primary', style: { 'border-width': 3 } },
    { selector: 'node.role-developing', style: { 'border-style': 'dashed', 'border-width': 3 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': FALLBACK_EDGE.color,
        'target-arrow-color': FALLBACK_EDGE.color,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        opacity: 0.85,
        label: '',
      },
    },
    ...Object.entries(RELATION_APPEARANCE).map(([type, a]) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': a.color, 'target-arrow-color': a.color, 'line-style': a.style as LineStyle },
    })),
    // Undirected by nature: no arrow.
    { selector: 'edge[type = "COLLABORATES_WITH"]', style: { 'target-arrow-shape': 'none' } },
    ...Object.entries(REFERRAL_STATUS_APPEARANCE).map(([status, a]) => ({
      selector: `edge.referral[status = "${status}"]`,
      style: {
        width: a.width,
        'target-arrow-shape': a.arrow as ArrowShape,
        'target-arrow-fill': a.fill,
        'line-style': (a.dashed ? 'dashed' : 'solid') as LineStyle,
        color: HIGHLIGHT.path,
      },
    })),
    // Warm handover: introduced in person; a circle at the start marks it.
    { selector: 'edge.warm-handover', style: { 'source-arrow-shape': 'circle', 'source-arrow-color': HIGHLIGHT.path } },
    // Elements a scenario adds, changes or removes (graph/elements.ts): a dashed or dotted outline and a text label.
    {
      selector: 'node.scenario-added',
      style: { 'border-style': 'dashed', 'border-width': 5, 'border-color': HIGHLIGHT.path },
    },
    {
      selector: 'node.scenario-changed',
      style: { 'border-style': 'dotted', 'border-width': 5, 'border-color': HIGHLIGHT.path },
    },
    { selector: 'node.scenario-removed', style: { 'border-style': 'dotted', 'border-width': 4, opacity: 0.55 } },
    { selector: 'edge.scenario-added', style: { 'line-style': 'dashed', width: 4, 'line-dash-pattern': [8, 4] } },
    { selector: 'edge.scenario-removed', style: { 'line-style': 'dotted', width: 3, opacity: 0.55 } },
    // The referral network's measures and weak points (graph/network-classes.ts).
    ...networkStyle(),
    // State classes (graph/highlight.ts).
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    { selector: 'node.selected', style: { 'border-width': 5, 'border-color': HIGHLIGHT.selected, 'z-index': 10 } },
    {
      selector: 'node.gap',
      style: { 'border-width': 5, 'border-color': HIGHLIGHT.gap, 'border-style': 'double', 'z-index': 9 },
    },
    { selector: 'edge.gap', style: { 'line-color': HIGHLIGHT.gap, 'target-arrow-color': HIGHLIGHT.gap, width: 4 } },
    { selector: 'node.provider', style: { 'border-width': 4, 'border-color': HIGHLIGHT.path } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': HIGHLIGHT.path, 'z-index': 9 } },
    {
      selector: 'edge.on-path',
      style: { width: 5, 'line-color': HIGHLIGHT.path, 'target-arrow-color': HIGHLIGHT.path, opacity: 1, 'z-index': 9 },
    },
    { selector: 'node.path-start', style: { 'border-color': HIGHLIGHT.selected, 'border-width': 6 } },
    // The organisation the keyboard is on (graph/node-names.ts): a dark ring outside its border.
    {
      selector: 'node.kb-focus',
      style: { 'outline-width': 3, 'outline-color': HIGHLIGHT.text, 'outline-offset': 2, 'z-index': 11 },
    },
    // Drawing a referral in edit mode (cytoscape-edgehandles): the line follows the pointer, the target is marked.
    {
      selector: '.eh-preview, .eh-ghost-edge',
      style: {
        'line-color': HIGHLIGHT.path,
        'target-arrow-color': HIGHLIGHT.path,
        'line-style': 'dashed',
        width: 3,
        label: '',
        opacity: 1,
      },
    },
    { selector: '.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
    { selector: 'node.eh-source, node.eh-target', style: { 'border-width': 5, 'border-color': HIGHLIGHT.path } },
    ...LABELLED,
    { selector: '.label-shown', style: { label: 'data(display)' } },
    {
      selector: 'node.axis',
      style: {
        shape: 'round-rectangle',
        'background-opacity': 0,
        'border-width': 0,
        'font-size': 20,
        'font-weight': LABEL_LOOK.axis.weight,
        color: LABEL_LOOK.axis.color,
        'text-valign': 'center',
        'text-halign': 'center',
        events: 'no',
        width: 1,
        height: 1,
      },
    },
    // The overview's bands (graph/overview.ts): a box behind its organisations and edges, its name at the top left.
    {
      selector: 'node.axis.group',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': '#F3F6F9',
        'background-opacity': 1,
        'border-width': 1,
        'border-color': '#C9D3DD',
        'z-compound-depth': 'bottom',
        'z-index': 0,
      },
    },
    {
      selector: 'node.axis.group-header',
      style: { 'text-halign': 'right', 'font-size': LABEL.axisFont, color: LABEL_LOOK.header.color },
    },
  ];
}

/** Screen size (px) below which a large graph's labels are not drawn: smaller text cannot be read. */
export const LEGIBLE_FONT_SIZE = 8;

/**
 * Rules appended for a large graph (graph/render.ts LARGE_GRAPH): edges as Cytoscape's "haystack" lines, straight
 * and without arrowheads (its cheapest edges: no curve, bundle of parallel edges or arrow to compute and draw per
 * edge; at the zoom that shows thousands of organisations an arrowhead is a dot), and labels only once legible.
 * The relation's colour and line style, and every highlight, stay; the table and the details give the direction.
 */
export function largeGraphRules(): StylesheetJson {
  return [
    { selector: '.label-shown', style: { 'min-zoomed-font-size': LEGIBLE_FONT_SIZE } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
      },
    },
  ];
}
