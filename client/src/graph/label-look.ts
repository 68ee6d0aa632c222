import { HIGHLIGHT } from './appearance.ts';

/**
 * Label sizes in screen pixels: labels keep their size whatever the zoom (a name 5 pixels high cannot be read), and
 * zooming in gives them room instead. `width` is where an organisation's name is broken into lines.
 */
export const LABEL = { font: 11, edgeFont: 9, axisFont: 13, width: 130, margin: 3, padding: 1 } as const;

/** The font labels are drawn in, by the label layer and by Cytoscape in an export. */
export const LABEL_FONT = 'system-ui, sans-serif';

/**
 * How labels look: the label layer draws them so (graph/label-drawing.ts), and the stylesheet gives Cytoscape the
 * same for an export (style.ts). A relation's label takes the relation's `color` from the stylesheet (a referral's
 * is blue).
 */
export const LABEL_LOOK = {
  organisation: { color: HIGHLIGHT.text, weight: 'normal', background: '#FFFFFF', backgroundOpacity: 0.7 },
  relation: { weight: 'normal', background: '#FFFFFF', backgroundOpacity: 0.85 },
  /** The systeemplaat's axis names and the overview's band names keep the organisations' background. */
  axis: { color: '#4A4A4A', weight: 'bold', background: '#FFFFFF', backgroundOpacity: 0.7 },
  header: { color: '#33414E', weight: 'bold', background: '#FFFFFF', backgroundOpacity: 0.7 },
} as const;
