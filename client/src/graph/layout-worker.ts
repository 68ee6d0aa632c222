// The force layout of a large graph, off the main thread: the page stays responsive (and shows a first picture
// from cheap positions) while fcose works. One request at a time; the reply carries the request's id.
import { fcosePositions, type ForceLayoutInput } from './fcose-positions.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; input: ForceLayoutInput }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  const { id, input } = e.data;
  try {
    scope.postMessage({ id, positions: [...fcosePositions(input)] });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
};
