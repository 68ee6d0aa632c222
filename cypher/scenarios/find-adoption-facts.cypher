// What the live map holds of the facts one scenario change is about, read inside the adoption's transaction (so
// after the changes adopted before it): the versions the edits it runs must name (server/editing/scenario-adoption.ts).
// $org (organisation id or null), $targetGroup (id or null), $scope (region id, or null for statements not limited to
// a region), $region (id or null), $from, $to (organisation ids or null), $service (service id or null).
// Returns one row: organisationVersion (null when $org does not exist), statements (list of {key, version}: $org's own
//   statements for $targetGroup with that scope, whatever their reading), coverageVersion ($org's coverage of
//   $region, or null), referrals (list of {id, version}: every referral from $from to $to), serviceVersion and
//   serviceValidTo (of the service $service; null when there is none).
OPTIONAL MATCH (o:Organisation {id: $org})
OPTIONAL MATCH (a:Activity {id: $service})
RETURN CASE WHEN o IS NULL THEN null ELSE coalesce(o.version, 0) END AS organisationVersion,
       COLLECT {
         MATCH (o)-[s:SERVES]->(:TargetGroup {id: $targetGroup})
         WHERE coalesce(s.scope, '') = coalesce($scope, '')
         RETURN {key: s.key, version: coalesce(s.version, 0)} AS statement ORDER BY s.key
       } AS statements,
       COLLECT { MATCH (o)-[c:COVERS]->(:Region {id: $region}) RETURN coalesce(c.version, 0) }[0] AS coverageVersion,
       COLLECT {
         MATCH (:Organisation {id: $from})-[r:REFERS_TO]->(:Organisation {id: $to})
         RETURN {id: r.relId, version: coalesce(r.version, 0)} AS referral ORDER BY r.relId
       } AS referrals,
       CASE WHEN a IS NULL THEN null ELSE coalesce(a.version, 0) END AS serviceVersion,
       a.validTo AS serviceValidTo
