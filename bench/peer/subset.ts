// The answers the peer can give, and their check against ours. whoServes answers more than a generated API can say
// (collectives' statements passed to members, broader and narrower target groups, partial coverage, scoped
// statements); the check compares the part both can say, the fully covered subset (bench/README.md, "Peer
// comparison"), and fails on any difference.

/** One statement behind an organisation in our whoServes answer, as OURS_WHO_SERVES_CHECK asks for it. */
export interface OurStatement {
  readonly role: string;
  readonly partial: boolean;
  readonly targetGroupVia: string | null;
  readonly scope: { readonly id: string } | null;
  readonly derivedFrom: { readonly collective: { readonly id: string } } | null;
}

/** One organisation of our whoServes answer. */
export interface OurMatch {
  readonly organisation: { readonly id: string };
  readonly statements: readonly OurStatement[];
}

/** Our roles (the API's enum) that the subset keeps: a stated role, not unspecified, not an exclusion. */
const SUBSET_ROLES_API: ReadonlySet<string> = new Set(['PRIMARY', 'SECONDARY', 'DEVELOPING']);

/**
 * True when a statement of ours is one the peer can state too: the organisation's own statement (not a
 * collective's), about the asked group itself, with a stated role, for every region (no scope), and reaching the
 * region through full coverage of it or of a region containing it.
 * @example inFullyCoveredSubset({ role: 'PRIMARY', partial: false, targetGroupVia: null, scope: null, derivedFrom: null }) // true
 */
export function inFullyCoveredSubset(s: OurStatement): boolean {
  return (
    SUBSET_ROLES_API.has(s.role) &&
    !s.partial &&
    s.targetGroupVia === null &&
    s.scope === null &&
    s.derivedFrom === null
  );
}

/**
 * The ids of the organisations of our answer with at least one statement in the subset, sorted.
 * @example fullyCoveredIds(data.whoServes) // ['fom', 'kvk', 'ynbusiness']
 */
export function fullyCoveredIds(matches: readonly OurMatch[]): string[] {
  const ids = matches.filter((m) => m.statements.some(inFullyCoveredSubset)).map((m) => m.organisation.id);
  return [...new Set(ids)].sort();
}

/** The ids of a peer answer (a list of organisations), sorted and unique. */
export function peerIds(organisations: readonly { readonly id: string }[]): string[] {
  return [...new Set(organisations.map((o) => o.id))].sort();
}

/** Where two answers to one question differ: what only ours has, what only the peer has. */
export interface Mismatch {
  /** `GM0080 × breed-mkb`. */
  readonly question: string;
  /** `peer nested filters`, `peer @cypher`, `peer coverage`. */
  readonly variant: string;
  readonly onlyOurs: readonly string[];
  readonly onlyPeer: readonly string[];
}

/**
 * Compares two sets of ids; null when equal, else what differs.
 * @example compareIds('GM0080 × breed-mkb', 'peer @cypher', ['kvk'], ['kvk', 'fom']) // { …, onlyOurs: [], onlyPeer: ['fom'] }
 */
export function compareIds(
  question: string,
  variant: string,
  ours: readonly string[],
  peer: readonly string[],
): Mismatch | null {
  const o = new Set(ours);
  const p = new Set(peer);
  const onlyOurs = [...o].filter((id) => !p.has(id)).sort();
  const onlyPeer = [...p].filter((id) => !o.has(id)).sort();
  return onlyOurs.length === 0 && onlyPeer.length === 0 ? null : { question, variant, onlyOurs, onlyPeer };
}

/** A cell of the peer's coverage. */
export interface PeerCell {
  readonly region: string;
  readonly targetGroup: string;
  readonly providerIds: readonly string[];
}

/** A cell of our coverage, with the ids of every provider it counts. */
export interface OurCell {
  readonly region: string;
  readonly targetGroup: string;
  readonly providerIds: readonly string[];
}

/** How a question is named in mismatches: `GM0080 × breed-mkb`. */
export const cellKey = (region: string, targetGroup: string) => `${region} × ${targetGroup}`;

/**
 * Checks the peer's coverage against ours, cell by cell: the peer's providers (the fully covered subset) must be
 * among those our cell counts, and where our whoServes subset of a cell is known (`expected`, by `cellKey`) they
 * must equal it. A cell the peer leaves out has no provider.
 * @example coverageMismatches(peerCells, ourCells, new Map([['GM0080 × breed-mkb', ['fom', 'kvk', 'ynbusiness']]]))
 */
export function coverageMismatches(
  peer: readonly PeerCell[],
  ours: readonly OurCell[],
  expected: ReadonlyMap<string, readonly string[]>,
): Mismatch[] {
  const peerByKey = new Map(peer.map((c) => [cellKey(c.region, c.targetGroup), c.providerIds]));
  const out: Mismatch[] = [];
  for (const c of ours) {
    const key = cellKey(c.region, c.targetGroup);
    const p = peerByKey.get(key) ?? [];
    peerByKey.delete(key);
    const counted = new Set(c.providerIds);
    const uncounted = p.filter((id) => !counted.has(id));
    if (uncounted.length > 0) {
      out.push({ question: key, variant: 'peer coverage ⊆ our cell', onlyOurs: [], onlyPeer: [...uncounted].sort() });
    }
    const want = expected.get(key);
    const diff = want ? compareIds(key, 'peer coverage = our whoServes subset', want, p) : null;
    if (diff) out.push(diff);
  }
  for (const [key, ids] of peerByKey) {
    out.push({ question: key, variant: 'peer coverage cell not in ours', onlyOurs: [], onlyPeer: [...ids] });
  }
  return out;
}
