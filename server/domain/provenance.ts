export type ProvenanceKind = 'REPORT' | 'PUBLIC' | 'INFERRED' | 'USER';

export interface Source {
  readonly document: string | null;
  readonly citation: string;
  readonly section: string | null;
  readonly lineFrom: number | null;
  readonly lineTo: number | null;
}

export interface Provenance {
  readonly kind: ProvenanceKind;
  readonly sources: Source[];
  readonly note: string | null;
  readonly ambiguity: string | null;
  readonly reading: string | null;
}

/**
 * Splits a citation such as `§5.4.2 Title [L824-L830, L840]` into its section and the lines it spans.
 * @example parseCitation('§4.3 [L454, L458]', 'kplusv-2023') // { section: '§4.3', lineFrom: 454, lineTo: 458, … }
 */
export function parseCitation(citation: string, document: string | null): Source {
  const bracket = citation.match(/\[([^\]]*)\]\s*$/);
  const lines = bracket ? [...bracket[1]!.matchAll(/L?(\d+)/g)].map((m) => Number(m[1])) : [];
  const before = bracket ? citation.slice(0, bracket.index).trim() : citation.trim();
  const section = before.length > 0 ? before : null;
  return {
    document,
    citation,
    section,
    lineFrom: lines.length > 0 ? Math.min(...lines) : null,
    lineTo: lines.length > 0 ? Math.max(...lines) : null,
  };
}

const KINDS: Record<string, ProvenanceKind> = {
  report: 'REPORT',
  public: 'PUBLIC',
  inferred: 'INFERRED',
  user: 'USER',
};

/** Reads the provenance properties every node and relationship carries (see cypher/README.md). */
export function toProvenance(props: Record<string, unknown>): Provenance {
  const document = typeof props['sourceDocument'] === 'string' ? props['sourceDocument'] : null;
  const sources = Array.isArray(props['sources']) ? (props['sources'] as unknown[]).map(String) : [];
  const str = (k: string) => (typeof props[k] === 'string' ? (props[k] as string) : null);
  return {
    kind: KINDS[String(props['provenance'])] ?? 'REPORT',
    sources: sources.map((c) => parseCitation(c, document)),
    note: str('note'),
    ambiguity: str('ambiguity'),
    reading: str('reading'),
  };
}
