// Creates an organisation with its first coverage, and the IN_LINE/ON_THEME/IN_PHASE edges mirroring its lists;
// records the change. An existing id is reported, not overwritten.
// $org: map of its properties (id, name, searchKey, version 1, provenance, sources, …); $coverage: list of
// {region, props}; $entity: map (entity, kind, key, label) for the STATE edge; $change: map, the Change node's properties.
// Returns: applied (true, or null when the id exists), current (the existing organisation's properties, or null).
OPTIONAL MATCH (existing:Organisation {id: $org.id})
OPTIONAL CALL (existing) {
  WITH existing
  WHERE existing IS NULL
  CREATE (o:Organisation) SET o = $org
  WITH o
  CALL (o) {
    UNWIND coalesce(o.lines, []) AS lineId
    MATCH (x:Line {id: lineId})
    CREATE (o)-[:IN_LINE {provenance: 'user'}]->(x)
  }
  CALL (o) {
    UNWIND coalesce(o.themes, []) AS themeId
    MATCH (x:Theme {id: themeId})
    CREATE (o)-[:ON_THEME {provenance: 'user'}]->(x)
  }
  CALL (o) {
    UNWIND coalesce(o.phases, []) AS phaseId
    MATCH (x:Phase {id: phaseId})
    CREATE (o)-[:IN_PHASE {provenance: 'user', extent: 'main'}]->(x)
  }
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime()
  CREATE (c)-[sa:STATE]->(a:ChangeState) SET sa = $entity, sa.when = 'after', sa.labels = labels(o), a = properties(o)
  WITH o, c
  CALL (o, c) {
    UNWIND $coverage AS cov
    MATCH (r:Region {id: cov.region})
    CREATE (o)-[e:COVERS]->(r) SET e = cov.props
    CREATE (c)-[sc:STATE]->(s:ChangeState)
    SET sc = {entity: 'coverage:' + o.id + '|' + r.id, kind: 'coverage', key: o.id + '|' + r.id, when: 'after',
              type: 'COVERS', fromId: o.id, toId: r.id, fromLabel: 'Organisation', toLabel: 'Region'},
        s = properties(e)
  }
  RETURN true AS applied
}
RETURN applied, properties(existing) AS current
