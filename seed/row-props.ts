// The properties every seed row shares: provenance, and undefined values left out, so a property
// either holds a value or does not exist in Neo4j.

export type Props = Record<string, unknown>;
export type Prov = {
  provenance: string;
  sources?: string[] | undefined;
  sourceDocument?: string | undefined;
  note?: string | undefined;
  ambiguity?: string | undefined;
  reading?: string | undefined;
  inferredFields?: string[] | undefined;
};

export const REPORT_DOCUMENT = 'kplusv-2023';
export const CBS_DOCUMENT = 'cbs-gebiedsindelingen-2025';

/** Drops undefined values so they never reach Neo4j (where null would mean "remove"). */
export function compact(o: Props): Props {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** The provenance properties of a record; sources fall back to its owner's, the document to the report's. */
export function provenanceProps(p: Prov, fallbackSources: readonly string[] = []): Props {
  return compact({
    provenance: p.provenance,
    sources: p.sources ?? [...fallbackSources],
    sourceDocument:
      p.sourceDocument ?? (p.provenance === 'report' || p.provenance === 'inferred' ? REPORT_DOCUMENT : undefined),
    note: p.note,
    ambiguity: p.ambiguity,
    reading: p.reading,
    inferredFields: p.inferredFields ?? [],
  });
}

export const omit = <T extends object>(o: T, keys: readonly string[]): Props =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
