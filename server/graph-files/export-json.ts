import type { GraphNode, GraphRelationship, MapGraph } from './read-graph.ts';

/** The `format` of a full export; an import refuses any other. */
export const GRAPH_FORMAT = 'ecosysteemkaart-graph';
/** The version of the format this server writes and reads. */
export const GRAPH_FORMAT_VERSION = 1;

function nodeJson(n: GraphNode): string {
  return JSON.stringify({ labels: n.labels, properties: n.properties, types: n.types });
}

function relationshipJson(r: GraphRelationship): string {
  return JSON.stringify({
    type: r.type,
    from: r.from.id,
    fromLabel: r.from.kind,
    to: r.to.id,
    toLabel: r.to.kind,
    properties: r.properties,
    types: r.types,
  });
}

/**
 * The full export as JSON text, one node or relationship per line so that it streams and diffs well:
 * `{format, formatVersion, exportedAt, contentHash, counts, nodes: [{labels, properties, types}],
 * relationships: [{type, from, fromLabel, to, toLabel, properties, types}]}`. A relationship names its ends by
 * id and primary label, since an id is unique per label only (a theme and an organisation share `smart-industry`).
 * @example await writeChunks(graphJsonChunks(await readGraph(db), new Date()), res)
 */
export function* graphJsonChunks(graph: MapGraph, exportedAt: Date): Generator<string> {
  const head = {
    format: GRAPH_FORMAT,
    formatVersion: GRAPH_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    contentHash: graph.contentHash,
    counts: graph.counts,
  };
  yield `${JSON.stringify(head).slice(0, -1)},\n"nodes":[`;
  let first = true;
  for (const n of graph.nodes) {
    yield `${first ? '\n' : ',\n'}${nodeJson(n)}`;
    first = false;
  }
  yield '\n],\n"relationships":[';
  first = true;
  for (const r of graph.relationships) {
    yield `${first ? '\n' : ',\n'}${relationshipJson(r)}`;
    first = false;
  }
  yield '\n]}\n';
}

/**
 * The file name of an export made on a day (UTC): `ecosysteemkaart-2026-11-27.graphml`.
 * @example exportFileName(new Date('2026-11-27T10:00:00Z'), 'json') // 'ecosysteemkaart-2026-11-27.json'
 */
export function exportFileName(at: Date, extension: 'json' | 'graphml' | 'gexf'): string {
  return `ecosysteemkaart-${at.toISOString().slice(0, 10)}.${extension}`;
}
