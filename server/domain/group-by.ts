/**
 * The items by a key, each list in the order of the items (Map.groupBy, which Node 20 lacks).
 * @example groupBy(['ab', 'ac', 'b'], (s) => s[0]!) // Map { 'a' => ['ab', 'ac'], 'b' => ['b'] }
 */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
