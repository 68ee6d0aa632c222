import { editing } from '../edit/session.ts';
import { dataOf, type ViewContext } from '../views/context.ts';
import { identity } from '../views/dom.ts';
import { toElements } from './elements.ts';
import { bubbleGroups, highlightClasses } from './highlight.ts';
import { layoutById } from './layouts.ts';
import { createGraph, LARGE_GRAPH, type GraphController } from './render.ts';
import { systeemplaatLayout } from './systeemplaat.ts';

export interface GraphBinding {
  /** Brings the drawing in line with the state and data; cheap when nothing changed. */
  update(ctx: ViewContext): void;
  readonly controller: GraphController | null;
}

/**
 * Connects the view state to the drawing: maps the slice to elements, the state to classes, bubbles and
 * axes, and tapped nodes back to transitions. Owns the controller, and recreates it when the slice
 * crosses the size at which the renderer's performance settings change.
 */
export function bindGraph(
  container: HTMLElement,
  onSelect: (id: string) => void,
  onLayoutDone: (ms: number) => void,
  onDraw: (from: string, to: string) => void,
): GraphBinding {
  let controller: GraphController | null = null;
  let large = false;
  let drawing: boolean | null = null;

  return {
    get controller() {
      return controller;
    },
    update(ctx) {
      const { state, slice, t } = ctx;
      // A hidden container has no size; lay out when the graph tab is shown.
      if (state.view !== 'graaf' || !slice) return;
      const size = slice.nodes.length + slice.edges.length;
      if (!controller || size > LARGE_GRAPH !== large) {
        controller?.destroy();
        large = size > LARGE_GRAPH;
        controller = createGraph(container, { onSelect, onLayoutDone, onDraw }, size);
        (window as unknown as { __cy: unknown }).__cy = controller.core;
        drawing = null;
      }
      // In edit mode a drag between two organisations draws a referral.
      const draw = editing(ctx.session);
      if (draw !== drawing) {
        drawing = draw;
        controller.setDrawing(draw);
        container.classList.toggle('graph--drawing', draw);
      }
      controller.resize();
      const key = `${identity(slice)}:${t.lang}:${state.targetGroup}`;
      const providers = dataOf(ctx.res.answer)?.whoServes.map((m) => m.organisation.id) ?? null;
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
          gaps: dataOf(ctx.res.gaps)?.referralGaps ?? null,
          paths: dataOf(ctx.res.paths)?.referralPaths ?? null,
          pathFrom: state.pathFrom,
        }),
        bubbles:
          state.mode === 'overlap'
            ? bubbleGroups(slice, state.targetGroup, providers, dataOf(ctx.res.overlaps)?.overlaps ?? null)
            : [],
      });
    },
  };
}
