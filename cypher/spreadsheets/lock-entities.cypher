// Locks the facts a spreadsheet import changes (SET version = coalesce(version, 0) takes the write lock before
// anything is read, so the versions returned are the latest committed ones), records their `before` state on the
// import's Change, and reports which facts the import means to create already exist. A service's state gets its
// `targetGroups` and `regions` lists from its edges when it has none yet, so the recorded state is complete.
// $changeId: string; each of $organisations, $services: list of {key, meta}; $coverage: list of {org, region, key,
//   meta}; $serves: list of {org, group, key, meta}; $referrals: list of {from, to, key, meta}; $mappings: list of
//   {region, group, key, meta} (meta: the STATE edge's properties); $newOrganisations, $newServices: list of string;
//   $newCoverage: list of {org, region}; $newServes: list of {org, key}; $newReferrals: list of {from, relId};
//   $newPairs: list of {from, to, kind}; $newMappings: list of {region, group}.
// Returns: locked (list of {kind, key, version}), appeared (list of string: kind:key of facts that now exist).
MATCH (c:Change {id: $changeId})
CALL (c) {
  UNWIND $organisations AS x
  MATCH (o:Organisation {id: x.key})
  SET o.version = coalesce(o.version, 0)
  CREATE (c)-[st:STATE]->(s:ChangeState)
  SET st = x.meta, st.when = 'before', st.labels = labels(o), s = properties(o)
  RETURN collect({kind: 'organisation', key: x.key, version: o.version}) AS organisations
}
CALL (c) {
  UNWIND $coverage AS x
  MATCH (:Organisation {id: x.org})-[e:COVERS]->(:Region {id: x.region})
  SET e.version = coalesce(e.version, 0)
  CREATE (c)-[st:STATE]->(s:ChangeState)
  SET st = x.meta, st.when = 'before', s = properties(e)
  RETURN collect({kind: 'coverage', key: x.key, version: e.version}) AS coverage
}
CALL (c) {
  UNWIND $serves AS x
  MATCH (:Organisation {id: x.org})-[e:SERVES {key: x.key}]->(:TargetGroup {id: x.group})
  SET e.version = coalesce(e.version, 0)
  CREATE (c)-[st:STATE]->(s:ChangeState)
  SET st = x.meta, st.when = 'before', s = properties(e)
  RETURN collect({kind: 'serves', key: x.key, version: e.version}) AS serves
}
CALL (c) {
  UNWIND $services AS x
  MATCH (a:Activity {id: x.key})
  SET a.version = coalesce(a.version, 0),
      a.targetGroups = coalesce(a.targetGroups,
        COLLECT { MATCH (a)-[f:FOR]->(t:TargetGroup) WHERE f.year IS NULL RETURN t.id }),
      a.regions = coalesce(a.regions, COLLECT { MATCH (a)-[:OCCURS_IN]->(g:Region) RETURN g.id })
  CREATE (c)-[st:STATE]->(s:ChangeState)
  SET st = x.meta, st.when = 'before', st.labels = labels(a), s = properties(a)
  RETURN collect({kind: 'service', key: x.key, version: a.version}) AS services
}
CALL (c) {
  UNWIND $referrals AS x
  MATCH (:Organisation {id: x.from})-[e:REFERS_TO {relId: x.key}]->(:Organisation {id: x.to})
  SET e.version = coalesce(e.version, 0)
  CREATE (c)-[st:STATE]->(s:ChangeState)
  SET st = x.meta, st.when = 'before', s = properties(e)
  RETURN collect({kind: 'referral', key: x.key, version: e.version}) AS referrals
}
CALL (c) {
  UNWIND $mappings AS x
  MATCH (:Region {id: x.region})-[e:MAPPED_FOR]->(:TargetGroup {id: x.group})
  SET e.version = coalesce(e.version, 0)
  CREATE (c)-[st:STATE]->(s:ChangeState)
  SET st = x.meta, st.when = 'before', s = properties(e)
  RETURN collect({kind: 'mapping', key: x.key, version: e.version}) AS mappings
}
CALL () {
  CALL () {
    UNWIND $newOrganisations AS id
    MATCH (:Organisation {id: id})
    RETURN 'organisation:' + id AS found
    UNION ALL
    UNWIND $newCoverage AS x
    MATCH (:Organisation {id: x.org})-[:COVERS]->(:Region {id: x.region})
    RETURN 'coverage:' + x.org + '|' + x.region AS found
    UNION ALL
    UNWIND $newServes AS x
    MATCH (:Organisation {id: x.org})-[:SERVES {key: x.key}]->(:TargetGroup)
    RETURN 'serves:' + x.key AS found
    UNION ALL
    UNWIND $newServices AS id
    MATCH (:Activity {id: id})
    RETURN 'service:' + id AS found
    UNION ALL
    UNWIND $newReferrals AS x
    MATCH (:Organisation {id: x.from})-[:REFERS_TO {relId: x.relId}]->()
    RETURN 'referral:' + x.relId AS found
    UNION ALL
    UNWIND $newPairs AS x
    MATCH (:Organisation {id: x.from})-[r:REFERS_TO]->(:Organisation {id: x.to})
    WHERE r.kind = x.kind
    RETURN 'referral:' + x.from + '|' + x.to + '|' + x.kind AS found
    UNION ALL
    UNWIND $newMappings AS x
    MATCH (:Region {id: x.region})-[:MAPPED_FOR]->(:TargetGroup {id: x.group})
    RETURN 'mapping:' + x.region + '|' + x.group AS found
  }
  RETURN collect(found) AS appeared
}
SET c.at = datetime.realtime()
RETURN organisations + coverage + serves + services + referrals + mappings AS locked, appeared
