// Reads the current state of everything a spreadsheet import names, in one round trip, one row per fact (rows stream
// to the server; one row holding everything would have to be decoded in one piece): the organisations (with the
// regions they cover, for the province scope), and the coverage, target group statements, services, referrals and
// mappings (where a source looked) the rows identify, each with the properties the import compares (server/spreadsheets/fields.ts) and its version.
// $orgIds: list of string; $coverage: list of {org, region}; $serves: list of {org, group} (every SERVES edge
//   between them is returned, whatever its key); $serviceIds: list of string; $relIds: list of string (relations of
//   any type with that relId); $pairs: list of {from, to} (the REFERS_TO edges between them); $mappings: list of
//   {region, group} (where a source looked: MAPPED_FOR).
// Returns rows of: kind ('organisation', 'coverage', 'serves', 'service', 'relation', 'pair' or 'mapping'), id
//   (organisation, service or relation id), from, to (the ends of an edge), type (a relation's type), props (map of the compared
//   properties; absent ones are null), coverage (an organisation's region ids), owners (organisations running a
//   service), targetGroups, regions (a service's current FOR targets and OCCURS_IN regions).
CALL () {
  UNWIND $orgIds AS id
  MATCH (o:Organisation {id: id})
  RETURN 'organisation' AS kind, o.id AS id, null AS from, null AS to, null AS type,
         o {.name, .type, .aliases, .scale, .description, .lines, .phases, .phasesPartial, .phasesNot, .themes,
            .validFrom, .validTo, .sources, .note, .version} AS props,
         COLLECT { MATCH (o)-[:COVERS]->(r:Region) RETURN r.id } AS coverage,
         null AS owners, null AS targetGroups, null AS regions
  UNION ALL
  UNWIND $coverage AS c
  MATCH (:Organisation {id: c.org})-[e:COVERS]->(:Region {id: c.region})
  RETURN 'coverage' AS kind, null AS id, c.org AS from, c.region AS to, null AS type,
         e {.partial, .validFrom, .validTo, .sources, .version} AS props,
         null AS coverage, null AS owners, null AS targetGroups, null AS regions
  UNION ALL
  UNWIND $serves AS s
  MATCH (:Organisation {id: s.org})-[e:SERVES]->(:TargetGroup {id: s.group})
  RETURN 'serves' AS kind, null AS id, s.org AS from, s.group AS to, null AS type,
         e {.key, .role, .phases, .themes, .lines, .validFrom, .validTo, .sources, .version} AS props,
         null AS coverage, null AS owners, null AS targetGroups, null AS regions
  UNION ALL
  UNWIND $serviceIds AS id
  MATCH (a:Activity {id: id})
  RETURN 'service' AS kind, a.id AS id, null AS from, null AS to, null AS type,
         a {.name, .description, .status, .targetGroups, .regions, .validFrom, .validTo, .sources, .aliases,
            .version} AS props,
         null AS coverage,
         COLLECT { MATCH (o:Organisation)-[:RUNS {owner: true}]->(a) RETURN o.id } AS owners,
         COLLECT { MATCH (a)-[f:FOR]->(t:TargetGroup) WHERE f.year IS NULL RETURN t.id } AS targetGroups,
         COLLECT { MATCH (a)-[:OCCURS_IN]->(g:Region) RETURN g.id } AS regions
  UNION ALL
  // One pass over all relationships, and only when the file names referral ids.
  UNWIND CASE WHEN size($relIds) > 0 THEN [true] ELSE [] END AS wanted
  MATCH (x)-[r]->(y)
  WHERE r.relId IN $relIds
  RETURN 'relation' AS kind, r.relId AS id, x.id AS from, y.id AS to, type(r) AS type,
         r {.relId, .kind, .status, .targetGroups, .subject, .validFrom, .validTo, .sources, .version} AS props,
         null AS coverage, null AS owners, null AS targetGroups, null AS regions
  UNION ALL
  UNWIND $pairs AS p
  MATCH (:Organisation {id: p.from})-[r:REFERS_TO]->(:Organisation {id: p.to})
  RETURN 'pair' AS kind, r.relId AS id, p.from AS from, p.to AS to, 'REFERS_TO' AS type,
         r {.relId, .kind, .status, .targetGroups, .subject, .validFrom, .validTo, .sources, .version} AS props,
         null AS coverage, null AS owners, null AS targetGroups, null AS regions
  UNION ALL
  UNWIND $mappings AS m
  MATCH (:Region {id: m.region})-[e:MAPPED_FOR]->(:TargetGroup {id: m.group})
  RETURN 'mapping' AS kind, null AS id, m.region AS from, m.group AS to, null AS type,
         e {.year, .note, .sources, .version} AS props,
         null AS coverage, null AS owners, null AS targetGroups, null AS regions
}
RETURN kind, id, from, to, type, props, coverage, owners, targetGroups, regions
