/** A CSS string literal: backslashes, quotes and line breaks escaped. */
export const cssString = (text: string): string =>
  `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;

/**
 * The rule that prints the running line (region, date, version) and the page number in the bottom margin of every
 * printed page: CSS page-margin boxes, which the browser repeats on each page and which take no room from the content.
 * @example pageMarginCss('Regiobeeld Fryslân · 7 december 2026', 'pagina').includes('@bottom-left')
 */
export function pageMarginCss(running: string, pageWord: string): string {
  const box = 'font-size: 7.5pt; color: #333; font-family: system-ui, sans-serif;';
  return [
    '@page {',
    `  @bottom-left { content: ${cssString(running)}; ${box} }`,
    `  @bottom-right { content: ${cssString(`${pageWord} `)} counter(page) " / " counter(pages); ${box} }`,
    '}',
  ].join('\n');
}

/** Adds the running line to the page's style (through the CSSOM, which the Content-Security-Policy allows). */
export function installPageMargin(running: string, pageWord: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageMarginCss(running, pageWord));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
