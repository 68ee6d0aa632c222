// The STATE edge's properties of each kind of fact an edit records (cypher/README.md "Editing: versions and the
// audit trail"): how a revert finds the fact again. The spreadsheet import records its facts alike
// (spreadsheets/apply.ts), so a revert treats both the same.

/** An organisation, by id. */
export const orgEntity = (id: string) => ({
  entity: `organisation:${id}`,
  kind: 'organisation',
  key: id,
  label: 'Organisation',
});

/** A service (an Activity), by id. */
export const serviceEntity = (id: string) => ({ entity: `service:${id}`, kind: 'service', key: id, label: 'Activity' });

/** A relationship known by its two ends (coverage, mapping): its key is `from|to`. */
function byEnds(kind: string, type: string, fromLabel: string, toLabel: string) {
  return (from: string, to: string) => ({
    entity: `${kind}:${from}|${to}`,
    kind,
    key: `${from}|${to}`,
    type,
    fromId: from,
    toId: to,
    fromLabel,
    toLabel,
  });
}

/** An organisation's coverage of a region (COVERS). */
export const coverageEntity = byEnds('coverage', 'COVERS', 'Organisation', 'Region');

/** Where a source looked (MAPPED_FOR), by region and target group. */
export const mappingEntity = byEnds('mapping', 'MAPPED_FOR', 'Region', 'TargetGroup');

/** A target group statement (SERVES), by its key. */
export const servesEntity = (key: string) => ({
  entity: `serves:${key}`,
  kind: 'serves',
  key,
  type: 'SERVES',
  fromLabel: 'Organisation',
  toLabel: 'TargetGroup',
  identity: 'key',
});

/** A referral (REFERS_TO), by its relId. */
export const referralEntity = (relId: string) => ({
  entity: `referral:${relId}`,
  kind: 'referral',
  key: relId,
  type: 'REFERS_TO',
  fromLabel: 'Organisation',
  toLabel: 'Organisation',
  identity: 'relId',
});
