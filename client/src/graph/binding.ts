import type { MessageKey, Translator } from '../i18n/index.ts';
import type { ViewState } from '../state/view-state.ts';
import { degrees, toElements, type GraphSlice } from './elements.ts';
import { bubbleGroups, highlightClasses, type GapReport, type Overlaps, type ReferralPaths } from './highlight.ts';
import { layoutById, type LayoutContext } from './layouts.ts';
import { mergeClasses, networkClasses, type ReferralNetwork } from './network-classes.ts';
import { overviewLayout } from './overview.ts';
import { createGraph, LARGE_GRAPH, type GraphController, type GraphEvents } from './render.ts';
import { systeemplaatLayout } from './systeemplaat.ts';

/** What the drawing follows: the view state, the slice in view, and the answers it highlights. */
export interface GraphInput {
  readonly state: ViewState;
  readonly slice: GraphSlice | null;
  readonly t: Translator;
  /** Edit mode: a drag between two organisations draws a referral. */
  readonly drawing: boolean;
  /** Providers of the question's group in its region (whoServes), for overlap mode. */
  readonly providers: readonly string[] | null;
  readonly gaps: GapReport | null;
  readonly paths: ReferralPaths | null;
  readonly overlaps: Overlaps | null;
  /** The referral network's measures and weak points, while a measure or the weak-points mode is shown. */
  readonly network: ReferralNetwork | null;
  /** The API's scales, lowest first (`Query.scales`): the overview's bands. */
  readonly scales: readonly string[];
}

type Axes = NonNullable<Parameters<GraphController['draw']>[0]['axes']>;

/** The inert nodes drawn with a layout: the systeemplaat's axis labels, or the overview's bands and their names. */
function axesOf(input: GraphInput, context: LayoutContext): Axes | null {
  const { state, slice, t } = input;
  if (!slice) return null;
  if (state.layout === 'overzicht') {
    const degree = degrees(slice);
    const nodes = slice.nodes.map((n) => ({
      id: n.id,
      scale: n.scale ?? 'unknown',
      phases: n.phases,
      type: n.type ?? '',
      degree: degree.get(n.id) ?? 0,
    }));
    return overviewLayout(nodes, context.scales, context.pane).groups.flatMap((g) => {
      const name = g.key === 'unknown' ? t.t('axis.scale.unknown') : t.label('scale', g.key);
      const box = g.box;
      return [
        {
          id: g.id,
          key: g.key,
          axis: 'scale' as const,
          label: '',
          position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 },
          size: { w: box.x2 - box.x1, h: box.y2 - box.y1 },
          classes: 'group',
        },
        {
          id: `${g.id}-header`,
          key: g.key,
          axis: 'scale' as const,
          label: t.t('overview.group', { name, count: g.count }),
          position: g.header,
          classes: 'group-header',
        },
      ];
    });
  }
  if (state.layout !== 'systeemplaat') return null;
  return systeemplaatLayout(
    slice.nodes.map((n) => ({ id: n.id, scale: n.scale ?? 'unknown', phases: n.phases, type: n.type ?? '' })),
  ).axes.map((a) => ({
    ...a,
    label:
      a.axis === 'phase'
        ? a.key === 'none'
          ? t.t('axis.phase.none')
          : t.label('phase', a.key)
        : a.key === 'unknown'
          ? t.t('axis.scale.unknown')
          : t.label('scale', a.key),
  }));
}

export interface GraphBinding {
  /** Brings the drawing in line with the state and data; cheap when nothing changed. */
  update(input: GraphInput): void;
  readonly controller: GraphController | null;
}

/**
 * Connects the view state to the drawing: maps the slice to elements, the state to classes, bubbles and
 * axes, and tapped nodes back to transitions. Owns the controller, and recreates it when the slice
 * crosses the size at which the renderer's performance settings change.
 */
export function bindGraph(container: HTMLElement, events: GraphEvents): GraphBinding {
  let controller: GraphController | null = null;
  let large = false;
  let drawing: boolean | null = null;
  // A new slice object (a new response, or other client-side filters) is laid out anew.
  let lastSlice: GraphSlice | null = null;
  let sliceCount = 0;

  return {
    get controller() {
      return controller;
    },
    update(input) {
      const { state, slice, t, providers } = input;
      // A hidden container has no size; lay out when the graph tab is shown.
      if (state.view !== 'graaf' || !slice) return;
      const size = slice.nodes.length + slice.edges.length;
      if (!controller || size > LARGE_GRAPH !== large) {
        controller?.destroy();
        large = size > LARGE_GRAPH;
        controller = createGraph(container, events, size);
        // The browser tests and the benchmark read what was drawn; only a test build (vite --mode test) exposes it.
        if (import.meta.env.MODE === 'test') window.__cy = controller.core;
        drawing = null;
      }
      if (input.drawing !== drawing) {
        drawing = input.drawing;
        controller.setDrawing(drawing);
        container.classList.toggle('graph--drawing', drawing);
      }
      // The graph takes the keyboard (graph/node-names.ts): a widget of its own, not a still image.
      container.setAttribute('role', 'application');
      container.setAttribute('aria-roledescription', t.t('overview.roleDescription'));
      controller.resize();
      if (slice !== lastSlice) {
        lastSlice = slice;
        sliceCount += 1;
      }
      const key = `${sliceCount}:${t.lang}:${state.targetGroup}:${input.scales.join(',')}`;
      // The pane less the padding the view is fitted with.
      const context: LayoutContext = {
        scales: input.scales,
        pane: { width: Math.max(200, container.clientWidth - 60), height: Math.max(200, container.clientHeight - 60) },
      };
      const axes = axesOf(input, context);
      controller.draw({
        key,
        elements: toElements(slice, {
          targetGroup: state.targetGroup,
          statusLabel: (status) => t.label('status', status),
          scenarioLabel: (mark) => t.t(`scenario.graph.${mark}` as MessageKey),
        }),
        layout: layoutById(state.layout),
        context,
        axes,
        classes: mergeClasses(
          highlightClasses({
            slice,
            selected: state.selected,
            mode: state.mode,
            providers,
            gaps: input.gaps,
            paths: input.paths,
            pathFrom: state.pathFrom,
          }),
          networkClasses({ slice, metric: state.metric, mode: state.mode, network: input.network }),
        ),
        bubbles: state.mode === 'overlap' ? bubbleGroups(slice, state.targetGroup, providers, input.overlaps) : [],
      });
    },
  };
}
