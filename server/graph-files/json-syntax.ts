// JSON.parse says what is wrong but not always where (V8 names no position for an unexpected token). This scanner
// runs only after JSON.parse has failed, and finds the first place where the text stops being JSON (RFC 8259).

/** Where a text stops being JSON: offset, line and column (both from 1), and why. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids U+0000–U+001F unescaped inside a string
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

function scan(text: string): void {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const shown = (at: number) => (at >= text.length ? 'the end of the text' : JSON.stringify(text[at]));
  const expect = (what: string): never => {
    throw new Stop(i, `expected ${what}, found ${shown(i)}`);
  };
  const string = () => {
    i++;
    STRING_BODY.lastIndex = i;
    STRING_BODY.exec(text);
    i = STRING_BODY.lastIndex;
    if (text[i] !== '"') {
      if (i >= text.length) throw new Stop(i, 'a string is not closed');
      throw new Stop(i, text[i] === '\\' ? 'invalid escape in a string' : 'a control character inside a string');
    }
    i++;
  };
  // An explicit stack instead of recursion: a deeply nested file must not overflow the call stack.
  const stack: ('[' | '{')[] = [];
  // Reads one value; an opened container's first value is read by the same loop, so nesting never recurses.
  const value = (): void => {
    for (;;) {
      ws();
      const c = text[i];
      if (c === '"') return string();
      if (c !== '{' && c !== '[') break;
      i++;
      ws();
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
        return;
      }
      stack.push(c);
      if (c === '{') {
        if (text[i] !== '"') expect('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') expect("':'");
        i++;
      }
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text) && NUMBER.lastIndex > i) {
      i = NUMBER.lastIndex;
      return;
    }
    expect('a value');
  };
  value();
  for (;;) {
    ws();
    const open = stack[stack.length - 1];
    if (!open) break;
    const close = open === '{' ? '}' : ']';
    if (text[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    if (text[i] !== ',') expect(`',' or '${close}'`);
    i++;
    if (open === '{') {
      ws();
      if (text[i] !== '"') expect('a property name in double quotes');
      string();
      ws();
      if (text[i] !== ':') expect("':'");
      i++;
    }
    value();
  }
  if (i < text.length) expect('the end of the text');
}

/**
 * The first syntax error of a text that is not JSON, or null when it is JSON.
 * @example findJsonSyntaxError('{"a": [,]}') // { offset: 7, line: 1, column: 8, reason: "expected a value, found \",\"" }
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    scan(text);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    return { offset: e.offset, line, column: e.offset - before.lastIndexOf('\n'), reason: e.reason };
  }
}
