// Finds organisations by ids or by filter, sorted by name then id, one page after a cursor, with all their
// details (coverage, serving, services, referrals, other relations) so nested fields need no further query.
// Params: $ids (list of string or null), $search (string or null, folded: lower case, no diacritics),
//   $types (list of string or null), $regionIds (list of string or null: organisations covering one of them),
//   $targetGroup (string or null), $generic (boolean or null), $afterName (string or null), $afterId (string or null),
//   $limit (int).
// Returns: total (int, matches before paging), page (list of map: props, coverage, serves, services,
//   referralsOut, referralsIn, relations).
MATCH (o:Organisation)
WHERE ($ids IS NULL OR o.id IN $ids)
  AND ($search IS NULL OR o.searchKey CONTAINS $search)
  AND ($types IS NULL OR o.type IN $types)
  AND ($generic IS NULL OR coalesce(o.generic, false) = $generic)
  AND ($regionIds IS NULL OR EXISTS { (o)-[:COVERS]->(r:Region) WHERE r.id IN $regionIds })
  AND ($targetGroup IS NULL OR EXISTS {
    (o)-[s:SERVES]->(:TargetGroup {id: $targetGroup}) WHERE s.role <> 'not-served'
  })
WITH o ORDER BY o.name, o.id
WITH collect(o) AS matching
WITH size(matching) AS total,
  [o IN matching WHERE $afterName IS NULL OR o.name > $afterName OR (o.name = $afterName AND o.id > $afterId)] AS rest
UNWIND (CASE WHEN size(rest) = 0 THEN [null] ELSE rest[0..$limit] END) AS o
WITH total, o
RETURN total, collect(CASE WHEN o IS NULL THEN null ELSE {
  props: properties(o),
  coverage: [(o)-[c:COVERS]->(r:Region) | {region: r.id, props: properties(c)}],
  serves: [(o)-[s:SERVES]->(t:TargetGroup) | {targetGroup: t.id, props: properties(s)}],
  services: [(o)-[run:RUNS]->(a:Activity) | {
    props: properties(a),
    run: properties(run),
    targetGroups: [(a)-[:FOR]->(t:TargetGroup) | t.id],
    renamedTo: head([(a)-[rn:RENAMED_TO]->(b:Activity) | {id: b.id, name: b.name, year: rn.year}])
  }],
  referralsOut: [(o)-[x:REFERS_TO]->(b:Organisation) | {from: o.id, to: b.id, props: properties(x)}],
  referralsIn: [(b:Organisation)-[x:REFERS_TO]->(o) | {from: b.id, to: o.id, props: properties(x)}],
  relations: [(o)-[x]-(b) WHERE x.relId IS NOT NULL AND type(x) <> 'REFERS_TO' | {
    type: type(x),
    fromId: startNode(x).id, fromName: startNode(x).name,
    toId: endNode(x).id, toName: endNode(x).name,
    props: properties(x)
  }]
} END) AS page
