import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlSender, GraphQLRequestError } from './bench-app.ts';

// The timing client reads a response as bytes: it must still refuse every failed answer.
const bodies: Record<string, [number, string]> = {
  ok: [200, '{"data":{"items":[{"name":"Fryslân says \\"errors\\":[ here"}]}}'],
  errors: [200, '{"data":{"items":null},"errors":[{"message":"boom","extensions":{"code":"INTERNAL"}}]}'],
  refused: [400, '{"errors":[{"message":"bad","extensions":{"code":"BAD_USER_INPUT"}}]}'],
};

let server: http.Server;
let url = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const [status, text] = bodies[(JSON.parse(body) as { query: string }).query]!;
      res.writeHead(status, { 'content-type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('graphqlSender', () => {
  it('resolves to the length in bytes of an answer without errors, even one whose text mentions errors', async () => {
    await expect(graphqlSender(url)('ok')).resolves.toBe(Buffer.byteLength(bodies['ok']![1]));
  });

  it('throws with the errors of a 200 that has errors, and of a refused request', async () => {
    await expect(graphqlSender(url)('errors')).rejects.toThrow(/INTERNAL boom/);
    const refused = await graphqlSender(url)('refused').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphQLRequestError);
    expect((refused as GraphQLRequestError).status).toBe(400);
  });
});
