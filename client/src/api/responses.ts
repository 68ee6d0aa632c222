import type {
  ConformanceQuery,
  CoverageQuery,
  OrganisationDetailsQuery,
  ReferenceQuery,
  WhoServesQuery,
} from './generated.ts';

// Short names for the parts of the API's answers that views and forms pass around.

export type Reference = ReferenceQuery;
export type Answer = WhoServesQuery['whoServes'];
export type Coverage = CoverageQuery['coverage'];
export type OrganisationDetails = NonNullable<OrganisationDetailsQuery['organisation']>;
export type Deviations = ConformanceQuery['conformance'];
