import { toProvenance, type Provenance } from '../domain/provenance.ts';

/** The properties of a node or relationship as a query returns them (`properties(n)`), before the repo types them. */
export type Props = Record<string, unknown>;

// Readers for stored properties: a property either holds a value of its type or is absent (cypher/README.md),
// so anything else reads as absent. Repos use them once, where a row becomes a typed record.

/** A text property, null when absent. */
export const textOf = (p: Props, key: string): string | null => (typeof p[key] === 'string' ? p[key] : null);

/** A number property (a year, a version, an amount), null when absent. */
export const numberOf = (p: Props, key: string): number | null => (typeof p[key] === 'number' ? p[key] : null);

/** A list property as strings, empty when absent. */
export const listOf = (p: Props, key: string): string[] => {
  const v = p[key];
  return Array.isArray(v) ? v.map(String) : [];
};

/** A list of numbers, empty when absent. */
export const numbersOf = (p: Props, key: string): number[] => {
  const v = p[key];
  return Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];
};

/** What every editable fact carries: the version optimistic concurrency compares (0 before the first edit). */
export const versionOf = (p: Props): number => numberOf(p, 'version') ?? 0;

/** The years a fact is valid in (inclusive; null: open). */
export interface Validity {
  readonly validFrom: number | null;
  readonly validTo: number | null;
}

/** The validity years of a fact. */
export const validityOf = (p: Props): Validity => ({
  validFrom: numberOf(p, 'validFrom'),
  validTo: numberOf(p, 'validTo'),
});

export type { Provenance };
/** The provenance every node and relationship carries. */
export const provenanceOf = (p: Props): Provenance => toProvenance(p);
