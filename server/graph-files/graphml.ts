import type { MapGraph } from './read-graph.ts';
import { edgeAttributes, nodeAttributes, nodeDisplayLabel, xmlNodeId, type XmlAttribute } from './xml-attributes.ts';
import { xmlAttr, xmlText } from './xml.ts';

function keyLines(attributes: readonly XmlAttribute[], of: 'node' | 'edge', prefix: string): string[] {
  return attributes.map(
    (a, i) => `  <key id="${prefix}${i}" for="${of}" attr.name="${xmlAttr(a.name)}" attr.type="${a.type}"/>\n`,
  );
}

function dataLines(attributes: readonly XmlAttribute[], prefix: string, item: Parameters<XmlAttribute['value']>[0]) {
  let out = '';
  for (let i = 0; i < attributes.length; i++) {
    const v = attributes[i]!.value(item);
    if (v !== undefined && v !== '') out += `      <data key="${prefix}${i}">${xmlText(v)}</data>\n`;
  }
  return out;
}

/**
 * The map as GraphML (directed; every node and relationship), for Gephi, Cytoscape, yEd or networkx. Keys are
 * declared with their types: `label` (the name, which Gephi shows), `kind`, `labels` and the node properties;
 * `label` and `interaction` (the relationship type, as Gephi and Cytoscape read an edge's label and type), `type`
 * and the relationship properties. Lists are joined with `; `.
 * @example await writeChunks(graphmlChunks(await readGraph(db), new Date()), res)
 */
export function* graphmlChunks(graph: MapGraph, exportedAt: Date): Generator<string> {
  const nodeAttrs = nodeAttributes(graph.nodes);
  const edgeAttrs = edgeAttributes(graph.relationships);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  yield `  <!-- Ecosysteemkaart, exported ${exportedAt.toISOString()}; content hash ${graph.contentHash} -->\n`;
  yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
  yield '  <key id="edgelabel" for="edge" attr.name="label" attr.type="string"/>\n';
  yield '  <key id="interaction" for="edge" attr.name="interaction" attr.type="string"/>\n';
  yield* keyLines(nodeAttrs, 'node', 'n');
  yield* keyLines(edgeAttrs, 'edge', 'e');
  yield '  <graph id="ecosysteemkaart" edgedefault="directed">\n';
  for (const node of graph.nodes) {
    yield (
      `    <node id="${xmlAttr(xmlNodeId(node))}">\n` +
      `      <data key="label">${xmlText(nodeDisplayLabel(node))}</data>\n` +
      dataLines(nodeAttrs, 'n', node) +
      '    </node>\n'
    );
  }
  let index = 0;
  for (const rel of graph.relationships) {
    const type = xmlText(rel.type);
    yield (
      `    <edge id="r${index++}" source="${xmlAttr(xmlNodeId(rel.from))}" target="${xmlAttr(xmlNodeId(rel.to))}">\n` +
      `      <data key="edgelabel">${type}</data>\n` +
      `      <data key="interaction">${type}</data>\n` +
      dataLines(edgeAttrs, 'e', rel) +
      '    </edge>\n'
    );
  }
  yield '  </graph>\n</graphml>\n';
}
