/** Offers content as a file download (the browser tests catch it as a download event). */
export function download(filename: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name for an export: `ecosysteemkaart-<what>-<question>.ext`. */
export const exportName = (what: string, parts: (string | null)[], ext: string): string =>
  ['ecosysteemkaart', what, ...parts.filter((p): p is string => Boolean(p))]
    .join('-')
    .replace(/[^\p{L}\p{N}-]+/gu, '-')
    .toLowerCase() + `.${ext}`;
