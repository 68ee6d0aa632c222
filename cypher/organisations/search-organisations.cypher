// Searches organisations by everyday names through the organisation_names full-text index (the search key: name
// and every alias, diacritics folded), best match first, with the same filters and details as find-organisations,
// one page after an offset.
// Params: $lucene (string: a query built by organisationLuceneQuery, never raw user text), $candidates (int: most
//   index hits considered), $types (list of string or null), $regionIds (list of string or null: organisations
//   covering one of them), $targetGroup (string or null), $generic (boolean or null), $offset (int), $limit (int).
// Returns: total (int, matches before paging), page (list of map: props, score, coverage, serves, services,
//   referralsOut, referralsIn, relations).
CALL db.index.fulltext.queryNodes('organisation_names', $lucene, {limit: toInteger($candidates)}) YIELD node AS o, score
WHERE o:Organisation
  AND ($types IS NULL OR o.type IN $types)
  AND ($generic IS NULL OR coalesce(o.generic, false) = $generic)
  AND ($regionIds IS NULL OR EXISTS { (o)-[:COVERS]->(r:Region) WHERE r.id IN $regionIds })
  AND ($targetGroup IS NULL OR EXISTS {
    (o)-[s:SERVES]->(:TargetGroup {id: $targetGroup}) WHERE s.role <> 'not-served'
  })
WITH o, score ORDER BY score DESC, o.name, o.id
WITH collect({o: o, score: score}) AS matching
WITH size(matching) AS total, matching[toInteger($offset)..toInteger($offset + $limit)] AS rest
UNWIND (CASE WHEN size(rest) = 0 THEN [null] ELSE rest END) AS hit
WITH total, hit.o AS o, hit.score AS score
RETURN total, collect(CASE WHEN o IS NULL THEN null ELSE {
  props: properties(o),
  score: score,
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
