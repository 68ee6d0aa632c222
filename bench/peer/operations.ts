// The GraphQL documents of the peer comparison: what the peer is asked (both variants, the same selection), and
// what our API is asked when its answers are checked.

/** The roles the peer's subset keeps: a statement that the group is served, with a role the report gives. */
export const SUBSET_ROLES = Object.freeze(['primary', 'secondary', 'developing']);

/** What both peer variants return of each organisation: who it is and its role for the asked group. */
const PEER_SELECTION = `id name type scale
    servesConnection(where: { node: { id: { eq: $targetGroup } } }) { edges { properties { role } } }`;

/**
 * A region filter that matches the region `$region` or any region containing it, through PART_OF chains of up
 * to `depth` steps: nested filters have no variable-length path, so the client spells out each depth.
 * @example containsRegion(1) // { OR: [{ id: { eq: $region } }, { parts: { some: { id: { eq: $region } } } }] }
 */
export function containsRegion(depth: number): string {
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`depth must be a whole number ≥ 0, not ${depth}`);
  const alternatives: string[] = [];
  let inner = '{ id: { eq: $region } }';
  for (let d = 0; d <= depth; d++) {
    alternatives.push(inner);
    inner = `{ parts: { some: ${inner} } }`;
  }
  return `{ OR: [${alternatives.join(', ')}] }`;
}

/** Valid in `$year`: no start or one not later, no end or one not earlier. */
const VALID_IN_YEAR =
  'AND: [{ OR: [{ validFrom: { eq: null } }, { validFrom: { lte: $year } }] }, ' +
  '{ OR: [{ validTo: { eq: null } }, { validTo: { gte: $year } }] }]';

/**
 * The nested-filter variant: plain generated types, the whole fully covered subset said as one `where` through
 * the SERVES and COVERS relationships and region containment `depth` deep.
 * @example const query = peerNestedWhoServes(4);
 */
export function peerNestedWhoServes(depth: number): string {
  return `query PeerNestedWhoServes($region: ID!, $targetGroup: ID!, $year: Int!) {
  organisations(where: {
    generic: { eq: false }
    ${VALID_IN_YEAR}
    servesConnection: { some: {
      node: { id: { eq: $targetGroup } }
      edge: { role: { in: ${JSON.stringify(SUBSET_ROLES)} }, scope: { eq: null }, ${VALID_IN_YEAR} }
    } }
    coversConnection: { some: {
      node: ${containsRegion(depth)}
      edge: { OR: [{ partial: { eq: false } }, { partial: { eq: null } }], ${VALID_IN_YEAR} }
    } }
  }) {
    ${PEER_SELECTION}
  }
}`;
}

/** The @cypher variant: a Query field running bench/peer/cypher/who-serves.cypher, the same selection. */
export const PEER_CYPHER_WHO_SERVES = `query PeerCypherWhoServes($region: ID!, $targetGroup: ID!, $year: Int!) {
  peerWhoServes(region: $region, targetGroup: $targetGroup, year: $year) {
    ${PEER_SELECTION}
  }
}`;

/** The peer's coverage: a Query field running bench/peer/cypher/coverage.cypher. */
export const PEER_COVERAGE = `query PeerCoverage($level: String!, $targetGroups: [ID!]!, $year: Int!) {
  peerCoverage(level: $level, targetGroups: $targetGroups, year: $year) { region targetGroup providerIds }
}`;

/** Our whoServes with what the subset filter needs of every statement behind each organisation. */
export const OURS_WHO_SERVES_CHECK = `query WhoServesCheck($targetGroup: ID!, $region: ID!) {
  whoServes(targetGroup: $targetGroup, region: $region) {
    organisation { id }
    statements { role partial targetGroupVia scope { id } derivedFrom { collective { id } } }
  }
}`;
