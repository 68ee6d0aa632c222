import { describe, expect, it } from 'vitest';
import { cssString, pageMarginCss } from './print-margin.ts';

describe('the running line of the printed pages', () => {
  it('puts the line and the page number in the bottom margin boxes', () => {
    const css = pageMarginCss('Regiobeeld Fryslân · 7 december 2026 · gegevensversie abc', 'pagina');
    expect(css).toContain('@bottom-left { content: "Regiobeeld Fryslân · 7 december 2026 · gegevensversie abc";');
    expect(css).toContain('@bottom-right { content: "pagina " counter(page) " / " counter(pages);');
  });

  it('escapes quotes, backslashes and line breaks, so a region’s name cannot end the rule', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
    expect(pageMarginCss('x"; } body { display: none', 'p')).toContain('content: "x\\"; } body { display: none"');
  });
});
