import type { SeedError } from './read-files.ts';

/**
 * The small checks every seed file's references use, writing into `errors`: a value that must be a known id (`ref`),
 * a list of them (`refs`), ids that must not repeat (`dupes`), and any other problem (`err`).
 */
export function referenceChecker(errors: SeedError[]) {
  const err = (file: string, record: string, field: string, message: string) =>
    errors.push({ file, record, field, message });
  const refs = (
    file: string,
    record: string,
    field: string,
    values: readonly string[] | undefined,
    known: Set<string>,
    what: string,
  ) => {
    (values ?? []).forEach((value, i) => {
      if (!known.has(value)) err(file, record, `${field}[${i}]`, `unknown ${what} "${value}"`);
    });
  };
  const ref = (
    file: string,
    record: string,
    field: string,
    value: string | undefined,
    known: Set<string>,
    what: string,
  ) => {
    if (value !== undefined && !known.has(value)) err(file, record, field, `unknown ${what} "${value}"`);
  };
  const dupes = (file: string, ids: string[], what = 'id') => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) err(file, id, what, `duplicate ${what} "${id}"`);
      seen.add(id);
    }
  };
  return { err, ref, refs, dupes };
}
