// Escaping for the XML exports (GraphML, GEXF). XML 1.0 allows only tab, line feed, carriage return and the
// characters from U+0020 up (without lone surrogates, U+FFFE and U+FFFF); anything else is dropped, since no
// escape makes it legal and a single one makes the whole file unreadable.

// With the `u` flag a lone surrogate is one code point in U+D800–U+DFFF, outside every allowed range.
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without characters XML 1.0 cannot hold. */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/**
 * Text for element content: illegal characters dropped, `&`, `<`, `>` escaped and carriage returns kept as
 * `&#13;` (a parser would otherwise turn CR LF into LF).
 * @example xmlText('a < b & c') // 'a &lt; b &amp; c'
 */
export function xmlText(text: string): string {
  return stripIllegalXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * Text for an attribute value in double quotes: as xmlText, plus quotes, and tab and line breaks as character
 * references (a parser normalises literal ones to spaces).
 * @example xmlAttr('say "hi"\n') // 'say &quot;hi&quot;&#10;'
 */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
