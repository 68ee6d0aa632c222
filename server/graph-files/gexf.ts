import type { MapGraph } from './read-graph.ts';
import { edgeAttributes, nodeAttributes, nodeDisplayLabel, xmlNodeId, type XmlAttribute } from './xml-attributes.ts';
import { xmlAttr, xmlText } from './xml.ts';

function attributeLines(attributes: readonly XmlAttribute[], of: 'node' | 'edge'): string {
  const lines = attributes.map((a, i) => `      <attribute id="${i}" title="${xmlAttr(a.name)}" type="${a.type}"/>\n`);
  return `    <attributes class="${of}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues(attributes: readonly XmlAttribute[], item: Parameters<XmlAttribute['value']>[0]): string {
  let out = '';
  for (let i = 0; i < attributes.length; i++) {
    const v = attributes[i]!.value(item);
    if (v !== undefined && v !== '') out += `          <attvalue for="${i}" value="${xmlAttr(v)}"/>\n`;
  }
  return out === '' ? '' : `        <attvalues>\n${out}        </attvalues>\n`;
}

/**
 * The map as GEXF 1.3 (directed, static; every node and relationship), for Gephi. Nodes carry their name as
 * `label` and the attributes `kind`, `labels` and their properties; an edge has the relationship type as `label`
 * and `kind` (so Gephi keeps parallel edges of different types apart), and the attributes `type` and its
 * properties. Attributes are declared with their types; lists are joined with `; `.
 * @example await writeChunks(gexfChunks(await readGraph(db), new Date()), res)
 */
export function* gexfChunks(graph: MapGraph, exportedAt: Date): Generator<string> {
  const nodeAttrs = nodeAttributes(graph.nodes);
  const edgeAttrs = edgeAttributes(graph.relationships);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
  );
  yield (
    `  <meta lastmodifieddate="${exportedAt.toISOString().slice(0, 10)}">\n` +
    '    <creator>Ecosysteemkaart</creator>\n' +
    `    <description>${xmlText(`The Dutch system of public support for entrepreneurs; content hash ${graph.contentHash}`)}</description>\n` +
    '  </meta>\n'
  );
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield attributeLines(nodeAttrs, 'node');
  yield attributeLines(edgeAttrs, 'edge');
  yield '    <nodes>\n';
  for (const node of graph.nodes) {
    yield (
      `      <node id="${xmlAttr(xmlNodeId(node))}" label="${xmlAttr(nodeDisplayLabel(node))}">\n` +
      attvalues(nodeAttrs, node) +
      '      </node>\n'
    );
  }
  yield '    </nodes>\n    <edges>\n';
  let index = 0;
  for (const rel of graph.relationships) {
    const type = xmlAttr(rel.type);
    yield (
      `      <edge id="${index++}" source="${xmlAttr(xmlNodeId(rel.from))}" target="${xmlAttr(xmlNodeId(rel.to))}"` +
      ` label="${type}" kind="${type}">\n` +
      attvalues(edgeAttrs, rel) +
      '      </edge>\n'
    );
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
