import type { OverlapsQuery, ReferralGapsQuery, ReferralPathsQuery } from '../api/generated.ts';
import type { GraphMode } from '../state/view-state.ts';
import { OKABE_ITO } from './appearance.ts';
import type { GraphSlice } from './elements.ts';

export type GapReport = ReferralGapsQuery['referralGaps'];
export type ReferralPaths = ReferralPathsQuery['referralPaths'];
export type Overlaps = OverlapsQuery['overlaps'];
export type Complements = OverlapsQuery['complements'];

export interface HighlightInput {
  slice: Pick<GraphSlice, 'nodes' | 'edges'>;
  selected: string | null;
  mode: GraphMode;
  /** Providers of the question's group in its region (whoServes), for overlap mode. */
  providers: readonly string[] | null;
  gaps: GapReport | null;
  paths: ReferralPaths | null;
  pathFrom: string | null;
}

/** Every gap of a report as one list, in the order the report gives its kinds. */
export function allGaps(report: GapReport): GapReport['deadEnds'] {
  return [
    ...report.unreachableGroups,
    ...report.deadEnds,
    ...report.unreferredProviders,
    ...report.oneWay,
    ...report.isolated,
  ];
}

/**
 * The state classes of each element (`selected`, `gap`, `on-path`, `provider`, `path-start`, `faded`);
 * derived from data, never written back. Elements without classes are absent from the map.
 * @example highlightClasses({ ...input, selected: 'kvk' }).get('kvk') // ['selected']
 */
export function highlightClasses(input: HighlightInput): Map<string, string[]> {
  const classes = new Map<string, string[]>();
  const add = (id: string, cls: string) => classes.set(id, [...(classes.get(id) ?? []), cls]);
  const nodeIds = new Set(input.slice.nodes.map((n) => n.id));
  const marked = new Set<string>();
  const mark = (id: string | undefined, cls: string) => {
    if (id === undefined || !nodeIds.has(id)) return;
    add(id, cls);
    marked.add(id);
  };
  const referrals = input.slice.edges.filter((e) => e.type === 'REFERS_TO');
  const markEdge = (from: string, to: string, cls: string) => {
    for (const e of referrals) if (e.source === from && e.target === to) add(e.id, cls);
  };

  let focus = false;
  if (input.mode === 'gaten' && input.gaps) {
    focus = true;
    for (const g of allGaps(input.gaps)) {
      mark(g.organisation?.id, 'gap');
      mark(g.other?.id, 'gap');
      if (g.kind === 'ONE_WAY' && g.organisation && g.other) markEdge(g.organisation.id, g.other.id, 'gap');
    }
  } else if (input.mode === 'pad' && input.paths) {
    focus = true;
    if (input.pathFrom) mark(input.pathFrom, 'path-start');
    for (const p of input.paths) {
      mark(p.to.id, 'provider');
      for (const hop of p.hops) {
        mark(hop.from.id, 'on-path');
        mark(hop.to.id, 'on-path');
        markEdge(hop.from.id, hop.to.id, 'on-path');
      }
    }
  } else if (input.mode === 'overlap' && input.providers) {
    focus = true;
    for (const id of input.providers) mark(id, 'provider');
  }
  if (input.selected) mark(input.selected, 'selected');
  if (focus) {
    for (const id of nodeIds) if (!marked.has(id)) add(id, 'faded');
    for (const e of input.slice.edges) {
      if (!(classes.get(e.id) ?? []).length && !(marked.has(e.source) && marked.has(e.target))) add(e.id, 'faded');
    }
  }
  return classes;
}

export interface BubbleGroup {
  id: string;
  targetGroup: string;
  color: string;
  members: string[];
}

const BUBBLE_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
];

/**
 * The bubble sets of overlap mode: one set per target group around the providers that overlap (the same kind of
 * help in a shared phase), only the question's group when one is asked and only among its providers. Only nodes
 * in the slice count, and a set needs two members to be an overlap; until the overlaps are known there is none.
 */
export function bubbleGroups(
  slice: Pick<GraphSlice, 'nodes'>,
  targetGroup: string | null,
  providers: readonly string[] | null,
  overlaps: Overlaps | null,
): BubbleGroup[] {
  const inSlice = new Set(slice.nodes.map((n) => n.id));
  const members = new Map<string, Set<string>>();
  const asked = targetGroup && providers ? new Set(providers) : null;
  for (const o of overlaps ?? []) {
    if (asked && o.targetGroup.id !== targetGroup) continue;
    for (const org of o.organisations)
      if (inSlice.has(org.id) && (!asked || asked.has(org.id)))
        members.set(o.targetGroup.id, (members.get(o.targetGroup.id) ?? new Set()).add(org.id));
  }
  return [...members]
    .filter(([, set]) => set.size >= 2)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, set], i) => ({
      id: `bubble-${group}`,
      targetGroup: group,
      color: BUBBLE_COLORS[i % BUBBLE_COLORS.length]!,
      members: [...set].sort(),
    }));
}
