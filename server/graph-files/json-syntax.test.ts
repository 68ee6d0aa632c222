import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.ts';

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in JSON that JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}} ', '"x"', '0']) {
      expect(findJsonSyntaxError(text)).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('names line, column and reason of the first error', () => {
    expect(findJsonSyntaxError('{\n  "nodes": [,]\n}')).toEqual({
      offset: 14,
      line: 2,
      column: 13,
      reason: 'expected a value, found ","',
    });
    expect(findJsonSyntaxError('{"a": 1,}')?.reason).toBe('expected a property name in double quotes, found "}"');
    expect(findJsonSyntaxError("{'a': 1}")?.column).toBe(2);
    expect(findJsonSyntaxError('{"a": 1')?.reason).toBe("expected ',' or '}', found the end of the text");
    expect(findJsonSyntaxError('{"a": "tab\there"}')?.reason).toBe('a control character inside a string');
    expect(findJsonSyntaxError('{"a": 01}')?.reason).toBe("expected ',' or '}', found \"1\"");
    expect(findJsonSyntaxError('{} x')?.reason).toBe('expected the end of the text, found "x"');
    expect(findJsonSyntaxError('')?.reason).toBe('expected a value, found the end of the text');
  });

  it('copes with deep nesting without recursion', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(99_999);
    expect(findJsonSyntaxError(deep)?.reason).toBe("expected ',' or ']', found the end of the text");
  });
});
