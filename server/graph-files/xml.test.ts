import { describe, expect, it } from 'vitest';
import { stripIllegalXmlChars, xmlAttr, xmlText } from './xml.ts';

describe('XML escaping', () => {
  it('escapes markup in text and attributes', () => {
    expect(xmlText('R&D <innovatie> "x"')).toBe('R&amp;D &lt;innovatie&gt; "x"');
    expect(xmlAttr('R&D <innovatie> "x"')).toBe('R&amp;D &lt;innovatie&gt; &quot;x&quot;');
  });

  it('keeps tabs and line breaks in attributes as character references', () => {
    expect(xmlAttr('a\tb\nc\r\nd')).toBe('a&#9;b&#10;c&#13;&#10;d');
    expect(xmlText('c\r\nd')).toBe('c&#13;\nd');
  });

  it('drops characters XML 1.0 cannot hold, lone surrogates included, and keeps the rest of Unicode', () => {
    expect(stripIllegalXmlChars('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(stripIllegalXmlChars('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripIllegalXmlChars('Fryslân 🚀 €')).toBe('Fryslân 🚀 €');
  });
});
