import type { Translator } from '../i18n/index.ts';
import type { ViewState } from '../state/view-state.ts';
import { toElements, type GraphSlice } from './elements.ts';
import { bubbleGroups, highlightClasses, type GapReport, type Overlaps, type ReferralPaths } from './highlight.ts';
import { layoutById } from './layouts.ts';
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
      controller.resize();
      if (slice !== lastSlice) {
        lastSlice = slice;
        sliceCount += 1;
      }
      const key = `${sliceCount}:${t.lang}:${state.targetGroup}`;
      const axes =
        state.layout === 'systeemplaat'
          ? systeemplaatLayout(
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
            }))
          : null;
      controller.draw({
        key,
        elements: toElements(slice, {
          targetGroup: state.targetGroup,
          statusLabel: (status) => t.label('status', status),
        }),
        layout: layoutById(state.layout),
        axes,
        classes: highlightClasses({
          slice,
          selected: state.selected,
          mode: state.mode,
          providers,
          gaps: input.gaps,
          paths: input.paths,
          pathFrom: state.pathFrom,
        }),
        bubbles: state.mode === 'overlap' ? bubbleGroups(slice, state.targetGroup, providers, input.overlaps) : [],
      });
    },
  };
}
