// The peer's whoServes as a @cypher field: the organisations in the fully covered subset for one region and one
// target group (bench/README.md, "Peer comparison"), as Organisation nodes for @neo4j/graphql to select from.
// Params: $region (string: region id), $targetGroup (string: target group id), $year (int: the year answers describe).
// Returns: organisation (node: Organisation), one row per organisation.
MATCH (o:Organisation)-[s:SERVES]->(:TargetGroup {id: $targetGroup})
WHERE NOT o:GenericGroup
  AND s.role IN ['primary', 'secondary', 'developing'] AND s.scope IS NULL
  AND coalesce(s.validFrom, 0) <= $year AND coalesce(s.validTo, 9999) >= $year
  AND coalesce(o.validFrom, 0) <= $year AND coalesce(o.validTo, 9999) >= $year
  AND EXISTS {
    MATCH (o)-[c:COVERS]->(:Region)<-[:PART_OF*0..]-(:Region {id: $region})
    WHERE NOT coalesce(c.partial, false) AND coalesce(c.validFrom, 0) <= $year AND coalesce(c.validTo, 9999) >= $year
  }
RETURN DISTINCT o AS organisation
