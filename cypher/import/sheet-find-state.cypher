// Reads the current state of everything a spreadsheet import names, in one round trip: the organisations (with the
// regions they cover, for the province scope), the coverage, target group statements, services and referrals the
// rows identify, so the import can be validated and compared field by field.
// $orgIds: list of string; $coverage: list of {org, region}; $serves: list of {org, group} (every SERVES edge
//   between them is returned, whatever its key); $serviceIds: list of string; $relIds: list of string (relations of
//   any type with that relId); $pairs: list of {from, to} (the REFERS_TO edges between them).
// Returns: organisations (list of {id, labels, props, coverage: [region id]}), coverage (list of {org, region,
//   props}), serves (list of {org, group, props}), services (list of {id, props, owners: [org id], targetGroups,
//   regions}), relations (list of {relId, type, from, to, props}), pairReferrals (list of {from, to, props}).
CALL () {
  UNWIND $orgIds AS id
  MATCH (o:Organisation {id: id})
  RETURN collect({id: o.id, labels: labels(o), props: properties(o),
                  coverage: COLLECT { MATCH (o)-[:COVERS]->(r:Region) RETURN r.id }}) AS organisations
}
CALL () {
  UNWIND $coverage AS c
  MATCH (:Organisation {id: c.org})-[e:COVERS]->(:Region {id: c.region})
  RETURN collect({org: c.org, region: c.region, props: properties(e)}) AS coverage
}
CALL () {
  UNWIND $serves AS s
  MATCH (:Organisation {id: s.org})-[e:SERVES]->(:TargetGroup {id: s.group})
  RETURN collect({org: s.org, group: s.group, props: properties(e)}) AS serves
}
CALL () {
  UNWIND $serviceIds AS id
  MATCH (a:Activity {id: id})
  RETURN collect({id: a.id, props: properties(a),
                  owners: COLLECT { MATCH (o:Organisation)-[:RUNS {owner: true}]->(a) RETURN o.id },
                  targetGroups: COLLECT { MATCH (a)-[f:FOR]->(t:TargetGroup) WHERE f.year IS NULL RETURN t.id },
                  regions: COLLECT { MATCH (a)-[:OCCURS_IN]->(r:Region) RETURN r.id }}) AS services
}
CALL () {
  // One pass over all relationships, and only when the file names referral ids.
  UNWIND CASE WHEN size($relIds) > 0 THEN [true] ELSE [] END AS wanted
  MATCH (a)-[r]->(b)
  WHERE r.relId IN $relIds
  RETURN collect({relId: r.relId, type: type(r), from: a.id, to: b.id, props: properties(r)}) AS relations
}
CALL () {
  UNWIND $pairs AS p
  MATCH (:Organisation {id: p.from})-[r:REFERS_TO]->(:Organisation {id: p.to})
  RETURN collect({from: p.from, to: p.to, props: properties(r)}) AS pairReferrals
}
RETURN organisations, coverage, serves, services, relations, pairReferrals
