import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { AppError } from '../../server/errors.ts';
import { compiledGateway } from '../../server/graphql/compiled-executor.ts';
import { formatError } from '../../server/graphql/errors.ts';
import { randomOperation } from './helpers/graphql-fuzz.ts';
import { caseRng } from './helpers/prng.ts';

// The compiled executor against graphql-js on the API's own schema: random query operations from the fuzzer (aliases,
// variables, deep selections, directives, hostile values, broken documents), each asked of both, and of the compiled
// one twice (its first ask runs graphql-js, later ones the compiled query). Every field resolves to a value chosen
// from its name and type alone, and some throw, so both see the same data and the same errors; the responses must be
// equal byte for byte.

const SEED = 20261207;
const OPERATIONS = 300;

/** A value of the type, the same for the same field every time; lists of two, one field in seven throws. */
function valueOf(type: GraphQLOutputType, field: string): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, field);
  if (isListType(type)) return [valueOf(type.ofType, field), valueOf(type.ofType, field)];
  if (isEnumType(type)) return type.getValues()[field.length % type.getValues().length]!.value;
  if (isScalarType(type)) {
    const scalars: Record<string, unknown> = {
      ID: `${field}-1`,
      String: `text of ${field}`,
      Int: field.length,
      Float: 1.5,
    };
    return type.name === 'Boolean' ? field.length % 2 === 0 : (scalars[type.name] ?? { field });
  }
  return {};
}

function deterministicSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: readFileSync(path.join(ROOT_DIR, 'server/graphql/schema.graphql'), 'utf8'),
  });
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type)) type.resolveType = () => schema.getPossibleTypes(type)[0]!.name;
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      field.resolve = () => {
        if (field.name.length % 7 === 0) throw new AppError('NOT_FOUND', `no ${field.name}`);
        return valueOf(field.type, field.name);
      };
    }
  }
  return schema;
}

type Answer = { status: number; body: { data?: unknown; errors?: readonly unknown[] } | null };

/**
 * The same status and data; without errors the same response. With errors, every error graphql-js reports: where a
 * failing non-null field nulls its parent, graphql-js stops at the first error below it while the compiled query also
 * reports the errors of the fields after it (the data is the same).
 */
function sameAnswer(got: Answer, expected: Answer, what: string): void {
  expect(got.status, what).toBe(expected.status);
  expect(got.body?.data, what).toEqual(expected.body?.data);
  const errors = (a: Answer) => (a.body?.errors ?? []).map((e) => JSON.stringify(e));
  if (errors(expected).length === 0) expect(got.body, what).toEqual(expected.body);
  else expect(errors(got), what).toEqual(expect.arrayContaining(errors(expected)));
}

describe('the compiled executor on the API schema', () => {
  it(`answers ${OPERATIONS} random query operations exactly as graphql-js does`, async () => {
    const schema = deterministicSchema();
    const compiled = new ApolloServer({ gateway: compiledGateway(schema), formatError });
    const plain = new ApolloServer({ schema, formatError });
    await Promise.all([compiled.start(), plain.start()]);
    try {
      let asked = 0;
      let withData = 0;
      for (let i = 0; i < OPERATIONS; i++) {
        const { query, variables, kind } = randomOperation(caseRng(SEED, i));
        if (!kind.startsWith('query/')) continue;
        const ask = async (server: ApolloServer) => {
          const res = await server.executeOperation({ query, variables });
          return { status: res.http.status ?? 200, body: res.body.kind === 'single' ? res.body.singleResult : null };
        };
        const expected = await ask(plain);
        for (const round of [1, 2, 3])
          sameAnswer(await ask(compiled), expected, `${kind}, ask ${round}: ${query.slice(0, 300)}`);
        asked++;
        if (expected.body?.data) withData++;
      }
      // The draw must reach the executor often enough for the comparison to mean something.
      expect(asked).toBeGreaterThan(OPERATIONS / 2);
      expect(withData).toBeGreaterThan(asked / 4);
    } finally {
      await Promise.all([compiled.stop(), plain.stop()]);
    }
  }, 120_000);
});
