import analysis from './analysis.graphql?raw';
import compare from './compare.graphql?raw';
import coverage from './coverage.graphql?raw';
import editing from './editing.graphql?raw';
import fragments from './fragments.graphql?raw';
import graph from './graph.graphql?raw';
import network from './network.graphql?raw';
import organisation from './organisation.graphql?raw';
import reference from './reference.graphql?raw';
import regiobeeld from './regiobeeld.graphql?raw';
import scenarios from './scenarios.graphql?raw';
import session from './session.graphql?raw';
import whoServes from './who-serves.graphql?raw';

type DefinitionKind = 'query' | 'mutation' | 'fragment';

/** Splits GraphQL source text into its top-level definitions, keyed by kind and name. */
export function splitDefinitions(source: string): { kind: DefinitionKind; name: string; text: string }[] {
  const definitions: { kind: DefinitionKind; name: string; text: string }[] = [];
  const header = /^(query|mutation|fragment)\s+(\w+)/gm;
  const starts = [...source.matchAll(header)];
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index : source.length;
    definitions.push({
      kind: m[1] as DefinitionKind,
      name: m[2]!,
      text: source
        .slice(m.index, end)
        .replace(/\n#[^\n]*/g, '')
        .trim(),
    });
  });
  return definitions;
}

/**
 * Builds the document for one operation: the operation plus the fragments it spreads, transitively.
 * Sending one operation at a time keeps each request under the server's token limit.
 * @example documentFor('Health', 'query Health { health { ok } }') === 'query Health { health { ok } }'
 */
export function documentFor(operationName: string, source: string): string {
  const definitions = splitDefinitions(source);
  const operation = definitions.find((d) => d.kind !== 'fragment' && d.name === operationName);
  if (!operation) throw new Error(`no operation ${operationName} in the client's documents`);
  const fragments = new Map(definitions.filter((d) => d.kind === 'fragment').map((d) => [d.name, d.text]));
  const included = new Set<string>();
  const queue = [operation.text];
  while (queue.length > 0) {
    for (const m of queue.pop()!.matchAll(/\.\.\.(\w+)/g)) {
      const name = m[1]!;
      const text = fragments.get(name);
      if (text && !included.has(name)) {
        included.add(name);
        queue.push(text);
      }
    }
  }
  return [operation.text, ...[...included].map((name) => fragments.get(name)!)].join('\n\n');
}

/** All the client's GraphQL documents, as one source text. */
export const SOURCE = [
  fragments,
  reference,
  graph,
  whoServes,
  coverage,
  organisation,
  analysis,
  session,
  editing,
  scenarios,
  compare,
  network,
  regiobeeld,
].join('\n');
