// Design tokens of the graph: colours from the Okabe–Ito palette (distinguishable with the common forms of
// colour blindness), and a shape for every organisation type so that colour is never the only cue.
// The stylesheet (style.ts) and the legend (views/legend.ts) are both derived from these tables. Relation types and
// statuses are the API's enums (generated-enums.ts): the tables are checked against them, never a list of their own.

import type { ReferralStatus, RelationType } from '../api/generated-enums.ts';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#8C8C8C',
} as const;

/** Colours of highlights, shared with the CSS tokens (--color-focus, --color-gap). */
export const HIGHLIGHT = { selected: '#FFB612', gap: '#D55E00', path: '#0072B2', text: '#1B1B1B' } as const;

export interface NodeAppearance {
  color: string;
  shape: string;
}

/** Colour and shape per organisation type (`Organisation.type`). */
export const TYPE_APPEARANCE: Record<string, NodeAppearance> = {
  kvk: { color: OKABE_ITO.blue, shape: 'round-rectangle' },
  agency: { color: OKABE_ITO.skyBlue, shape: 'rectangle' },
  rom: { color: OKABE_ITO.orange, shape: 'diamond' },
  'rom-subregional': { color: OKABE_ITO.yellow, shape: 'diamond' },
  ministry: { color: OKABE_ITO.black, shape: 'octagon' },
  'ministry-unit': { color: '#555555', shape: 'octagon' },
  parliament: { color: '#555555', shape: 'concave-hexagon' },
  province: { color: OKABE_ITO.bluishGreen, shape: 'hexagon' },
  municipality: { color: '#7FCDBB', shape: 'pentagon' },
  'regional-executor': { color: OKABE_ITO.vermillion, shape: 'triangle' },
  'business-association': { color: OKABE_ITO.reddishPurple, shape: 'star' },
  financier: { color: OKABE_ITO.orange, shape: 'round-triangle' },
  'knowledge-institution': { color: OKABE_ITO.skyBlue, shape: 'round-pentagon' },
  'economic-board': { color: OKABE_ITO.bluishGreen, shape: 'vee' },
  partnership: { color: OKABE_ITO.yellow, shape: 'rhomboid' },
  umbrella: { color: OKABE_ITO.reddishPurple, shape: 'barrel' },
  programme: { color: OKABE_ITO.skyBlue, shape: 'tag' },
  'advisory-body': { color: '#555555', shape: 'round-octagon' },
  'data-provider': { color: OKABE_ITO.grey, shape: 'round-tag' },
  consultancy: { color: OKABE_ITO.grey, shape: 'cut-rectangle' },
  role: { color: OKABE_ITO.vermillion, shape: 'ellipse' },
  other: { color: OKABE_ITO.grey, shape: 'ellipse' },
};
export const FALLBACK_APPEARANCE: NodeAppearance = { color: '#B0B0B0', shape: 'ellipse' };

export interface EdgeAppearance {
  color: string;
  /** Solid, dashed or dotted: a secondary cue; type is also in the legend and the relations table. */
  style: 'solid' | 'dashed' | 'dotted';
}

/** Colour per relation type; referrals (the relation the map is about) stand out in blue. The rest share FALLBACK_EDGE. */
export const RELATION_APPEARANCE: Readonly<Record<string, EdgeAppearance>> = {
  REFERS_TO: { color: OKABE_ITO.blue, style: 'solid' },
  COLLABORATES_WITH: { color: OKABE_ITO.bluishGreen, style: 'solid' },
  FUNDS: { color: OKABE_ITO.orange, style: 'solid' },
  STEERS: { color: OKABE_ITO.vermillion, style: 'solid' },
  COORDINATES: { color: OKABE_ITO.reddishPurple, style: 'solid' },
  MEMBER_OF: { color: OKABE_ITO.grey, style: 'dotted' },
  UNIT_OF: { color: OKABE_ITO.grey, style: 'dotted' },
  HAS_AGENCY: { color: OKABE_ITO.grey, style: 'dotted' },
} satisfies Partial<Record<RelationType, EdgeAppearance>>;
export const FALLBACK_EDGE: EdgeAppearance = { color: '#9A9A9A', style: 'solid' };

export interface StatusAppearance {
  width: number;
  arrow: string;
  fill: 'filled' | 'hollow';
  labelled: boolean;
  dashed: boolean;
}

/**
 * How a referral's status is drawn without relying on dashes: width, arrow shape and fill, and a text
 * label on the edge for everything that is not (yet) an operational referral. One entry per status of the API, keyed
 * as stored (`active`, the API's `ACTIVE`).
 */
export const REFERRAL_STATUS_APPEARANCE: Readonly<Record<string, StatusAppearance>> = {
  active: { width: 4, arrow: 'triangle', fill: 'filled', labelled: false, dashed: false },
  pilot: { width: 3, arrow: 'triangle', fill: 'hollow', labelled: true, dashed: false },
  planned: { width: 2, arrow: 'triangle', fill: 'hollow', labelled: true, dashed: true },
  wished: { width: 2, arrow: 'vee', fill: 'hollow', labelled: true, dashed: true },
  recommended: { width: 2, arrow: 'vee', fill: 'hollow', labelled: true, dashed: true },
  possible: { width: 1.5, arrow: 'vee', fill: 'hollow', labelled: true, dashed: true },
  past: { width: 1.5, arrow: 'tee', fill: 'filled', labelled: true, dashed: true },
} satisfies Record<Lowercase<ReferralStatus>, StatusAppearance>;

/** Colours of the coverage statuses (matrix and map), each with a pattern and a text label beside it. */
export const COVERAGE_STATUS_APPEARANCE: Record<string, { color: string; pattern: string }> = {
  UNMAPPED: { color: '#E8E8E8', pattern: 'crosshatch' },
  GAP: { color: '#FFFFFF', pattern: 'hatch' },
  DEVELOPING: { color: '#FBE7A1', pattern: 'dots' },
  THIN: { color: '#C6DBEF', pattern: 'none' },
  COVERED: { color: '#6BAED6', pattern: 'none' },
  OVERLAP: { color: '#08519C', pattern: 'cross' },
};

/** Order of scales from local to beyond national: the concentric and systeemplaat layouts' radius and y. */
export const SCALE_ORDER = ['local', 'regional', 'provincial', 'multi-provincial', 'national', 'european'] as const;

/** Order of the phases of support: the systeemplaat layout's x. */
export const PHASE_ORDER = ['inspireren', 'weten', 'willen', 'kunnen'] as const;
