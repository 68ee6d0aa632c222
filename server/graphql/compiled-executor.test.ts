import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { compiledExecutor, compiledGateway } from './compiled-executor.ts';
import { formatError } from './errors.ts';

// The compiled executor behind Apollo against graphql-js behind Apollo: the same answers, the same errors.

const typeDefs = /* GraphQL */ `
  input Filter {
    ids: [ID!]
    flag: Boolean
  }
  type Item {
    id: ID!
    name: String
    tags: [String!]!
  }
  type Query {
    items(filter: Filter): [Item!]!
    fails: Int
    missing: Item!
  }
  type Mutation {
    add(n: Int!): Int!
  }
`;

function makeSchema(calls: string[]) {
  let total = 0;
  return makeExecutableSchema({
    typeDefs,
    resolvers: {
      Query: {
        items: (_p: unknown, { filter }: { filter?: { ids?: string[] } }) =>
          (filter?.ids ?? ['a', 'b']).map((id) => ({ id, name: id === 'b' ? null : `item ${id}`, tags: [id, 'x'] })),
        fails: () => {
          throw new AppError('NOT_FOUND', 'no such thing', { id: 'x' });
        },
        missing: () => null,
      },
      Mutation: {
        add: async (_p: unknown, { n }: { n: number }) => {
          calls.push(`add ${n}`);
          await new Promise((r) => setTimeout(r, n));
          return (total += n);
        },
      },
    },
  });
}

async function servers() {
  const calls: string[] = [];
  const schema = makeSchema(calls);
  const executor = compiledExecutor(schema);
  const compiled = new ApolloServer({ gateway: compiledGateway(schema, executor), formatError });
  const plain = new ApolloServer({ schema: makeSchema([]), formatError });
  await Promise.all([compiled.start(), plain.start()]);
  const ask = async (
    server: ApolloServer,
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
  ) => {
    const res = await server.executeOperation({ query, variables, operationName });
    return { status: res.http.status ?? 200, body: res.body.kind === 'single' ? res.body.singleResult : null };
  };
  // Asked twice of the compiled server: the first ask runs graphql-js, the second the compiled query; both must agree.
  const askCompiled = async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
    const first = await ask(compiled, query, variables, operationName);
    const second = await ask(compiled, query, variables, operationName);
    expect(second).toEqual(first);
    return second;
  };
  return {
    calls,
    executor,
    compiled,
    plain,
    ask,
    askCompiled,
    stop: () => Promise.all([compiled.stop(), plain.stop()]),
  };
}

describe('compiledExecutor', () => {
  it('answers queries as graphql-js does, and compiles a document once, on its second ask', async () => {
    const s = await servers();
    try {
      const query = 'query Items($f: Filter) { items(filter: $f) { id name tags __typename } }';
      await s.ask(s.compiled, query);
      expect(s.executor.compiled()).toBe(0);
      for (const variables of [undefined, { f: { ids: ['c', 'b'] } }, undefined]) {
        const [a, b] = [await s.ask(s.compiled, query, variables), await s.ask(s.plain, query, variables)];
        expect(a).toEqual(b);
        expect(a.body?.data).toBeDefined();
        expect(s.executor.compiled()).toBe(1);
      }
    } finally {
      await s.stop();
    }
  });

  it('gives a resolver error its code, path and locations, and a null for a non-null field as graphql-js does', async () => {
    const s = await servers();
    try {
      for (const query of ['{ fails items { id } }', '{ missing { id } }']) {
        const [a, b] = [await s.askCompiled(query), await s.ask(s.plain, query)];
        expect(a).toEqual(b);
      }
      const { body } = await s.askCompiled('{ fails }');
      expect(body?.errors).toEqual([
        {
          message: 'no such thing',
          locations: [{ line: 1, column: 3 }],
          path: ['fails'],
          extensions: { code: 'NOT_FOUND', id: 'x' },
        },
      ]);
    } finally {
      await s.stop();
    }
  });

  it('refuses bad variables with graphql-js own messages, naming the variable, as the client input (400)', async () => {
    const s = await servers();
    try {
      const query = 'query Items($f: Filter!) { items(filter: $f) { id } }';
      for (const variables of [{}, { f: { ids: [null], flag: 'a' } }, { f: null }]) {
        const [a, b] = [await s.askCompiled(query, variables), await s.ask(s.plain, query, variables)];
        expect(a).toEqual(b);
        expect(a.status).toBe(400);
        expect(a.body?.errors?.every((e) => e.message.startsWith('Variable "$f"'))).toBe(true);
      }
    } finally {
      await s.stop();
    }
  });

  it('leaves an operation name the document lacks to graphql-js, and runs mutations in order through it', async () => {
    const s = await servers();
    try {
      const [a, b] = [
        await s.askCompiled('query Items { items { id } }', undefined, 'Nope'),
        await s.ask(s.plain, 'query Items { items { id } }', undefined, 'Nope'),
      ];
      expect(a).toEqual(b);
      expect(a.status).toBe(400);
      const { body } = await s.ask(s.compiled, 'mutation { first: add(n: 20) second: add(n: 1) }');
      expect(body?.data).toEqual({ first: 20, second: 21 });
      expect(s.calls).toEqual(['add 20', 'add 1']);
      expect(s.executor.compiled()).toBe(0);
    } finally {
      await s.stop();
    }
  });
});
