import { describe, expect, it } from 'vitest';
import { hasGraphQLErrors, shapeProblem } from './response-check.ts';

describe('hasGraphQLErrors', () => {
  it('finds a top-level errors member before or after data', () => {
    expect(hasGraphQLErrors('{"errors":[{"message":"x"}],"data":null}')).toBe(true);
    expect(hasGraphQLErrors('{"data":{"whoServes":null},"errors":[{"message":"x"}]}')).toBe(true);
  });

  it('does not take the word inside a string value for the member', () => {
    const body = JSON.stringify({ data: { whoServes: [{ explanation: 'no "errors": here' }] } });
    expect(hasGraphQLErrors(body)).toBe(false);
  });
});

describe('shapeProblem', () => {
  it('accepts a list under the field, or under the named key of the field', () => {
    expect(shapeProblem('{"data":{"whoServes":[]}}', 'whoServes')).toBeNull();
    expect(shapeProblem('{"data":{"coverage":{"cells":[{}]}}}', 'coverage', 'cells')).toBeNull();
  });

  it('names what is wrong with a body that is no answer', () => {
    expect(shapeProblem('<html>', 'whoServes')).toMatch(/^not JSON/);
    expect(shapeProblem('{"errors":[{"message":"boom"}]}', 'whoServes')).toMatch(/^errors: .*boom/);
    expect(shapeProblem('{"data":{}}', 'whoServes')).toBe('no data.whoServes');
    expect(shapeProblem('{"data":{"coverage":{}}}', 'coverage', 'cells')).toBe('data.coverage.cells is not a list');
  });
});
