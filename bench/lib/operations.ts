// The GraphQL operations the benchmarks send, as the explorer sends them (client/src/api/*.graphql), written out
// here so the benchmarks do not depend on the client's files.

export const WHO_SERVES = `query WhoServes($targetGroup: ID!, $region: ID!) {
  whoServes(targetGroup: $targetGroup, region: $region) {
    organisation { id name type scale }
    role lines phases themes
    coveredVia { id name level }
    specificity partial explanation
    provenance { kind note ambiguity reading sources { document citation section lineFrom lineTo } }
  }
}`;

export const COVERAGE = `query Coverage($level: RegionLevel!) {
  coverage(level: $level) {
    rows { id name level }
    columns { id name nameEn }
    cells { region targetGroup primaryProviders firstLineProviders regionalProviders nationalProviders localProviders status }
  }
}`;

/** The matrix with the organisations of each cell: what the peer benchmark compares (its answers are ids). */
export const COVERAGE_PROVIDERS = `query CoverageProviders($level: RegionLevel!) {
  coverage(level: $level) {
    cells { region targetGroup status providerIds }
  }
}`;

export const REFERRAL_GAPS = `query ReferralGaps($region: ID!) {
  referralGaps(region: $region) {
    region { id name }
    unreferredProviders { ...GapFields }
    deadEnds { ...GapFields }
    oneWay { ...GapFields }
    isolated { ...GapFields }
    unreachableGroups { ...GapFields }
  }
}
fragment GapFields on ReferralGap {
  kind explanation
  organisation { id name }
  other { id name }
  targetGroup { id name }
}`;

export const GRAPH = `query GraphSlice($filter: GraphFilter!) {
  graph(filter: $filter) {
    nodes { id label type scale generic lines phases serves { targetGroup role } }
    edges { id source target type kind status }
    total truncated
  }
}`;

export const OVERLAPS = `query Overlaps($region: ID!) {
  overlaps(region: $region) {
    targetGroup { id name }
    organisations { id name }
    sharedHelp sharedPhases sharedThemes phaseChecked score explanation
  }
}`;

export const CONFORMANCE = `query Conformance($region: ID) {
  conformance(region: $region) {
    organisation { id name }
    rule expected actual severity
    sources { document citation }
  }
}`;
