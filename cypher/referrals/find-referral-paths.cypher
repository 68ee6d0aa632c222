// Finds the shortest referral path from one organisation to each provider of a target group covering one of
// the given regions, up to six hops (the upper bound of a variable-length pattern cannot be a parameter).
// Params: $from (string, organisation id), $targetGroup (string), $regionIds (list of string), $maxHops (int, 1–6).
// Returns: found (boolean, whether $from exists), paths (list of map: to, hops (list of map: from, to, kind, status))
//   sorted by length, then provider id.
OPTIONAL MATCH (a:Organisation {id: $from})
CALL (a) {
  MATCH (b:Organisation)-[s:SERVES]->(:TargetGroup {id: $targetGroup})
  WHERE a IS NOT NULL AND b <> a AND s.role <> 'not-served'
    AND EXISTS { (b)-[:COVERS]->(r:Region) WHERE r.id IN $regionIds }
  WITH DISTINCT b
  MATCH p = shortestPath((a)-[:REFERS_TO*1..6]->(b))
  WHERE length(p) <= $maxHops
  WITH b, p ORDER BY length(p), b.id
  RETURN collect({
    to: b.id,
    hops: [x IN relationships(p) | {from: startNode(x).id, to: endNode(x).id, kind: x.kind, status: x.status}]
  }) AS paths
}
RETURN a IS NOT NULL AS found, paths
