// Reverts a change by putting back the `before` state of every entity it touched (see cypher/README.md, "Editing").
// Conflicts (nothing is written, the caller rolls back): an entity changed or removed since (its version is not the
// one the change left), something deleted by the change exists again, an endpoint of a relationship to restore is
// gone, or an organisation/service the change created has gained relationships since. The revert is recorded as a
// change of its own with before/after states, and the reverted change gets `revertedBy`. What is restored gets its
// `before` version back: the version names the content, so an earlier change whose result is current again (its
// later changes undone) can itself be reverted next, and a writer holding that version writes on the same content.
// $id: the change to revert; $change: map, the new Change node's properties (incl. revertOf); $now, $by: when and
// by whom (updatedAt, updatedBy).
// Returns (no row when there is no such change): revertedBy (id of the revert, this one's or an earlier one), user (who made
//   the change), conflicts (list of {entity, reason}), organisations (ids touched), applied (true when written),
//   latestOwn (id of the newest change of the same user that is neither a revert nor reverted: what an editor may undo),
//   owners (ids of the organisations whose own facts the revert changes: organisations, the owners of coverage,
//   statements and services), referralEnds (list of {from, to}: the ends of referrals it changes), scopeBefore,
//   scopeAfter (lists of {id, exists, coverage: region ids} of all of them, before and after the revert), regions
//   (ids of the regions whose mappings it changes): the province scope's facts.
MATCH (old:Change {id: $id})
SET old.lockedForRevert = true
WITH old
CALL (old) {
  MATCH (old)-[st:STATE]->(s:ChangeState)
  WITH st.entity AS entity, collect({meta: properties(st), props: properties(s)}) AS states
  WITH entity, [x IN states WHERE x.meta.when = 'before'][0] AS b, [x IN states WHERE x.meta.when = 'after'][0] AS a
  RETURN collect({entity: entity, meta: coalesce(a.meta, b.meta), before: b.props, after: a.props}) AS touched
}
CALL (touched) {
  UNWIND touched AS e
  OPTIONAL CALL (e) {
    WITH e
    WHERE e.meta.type IS NULL
    MATCH (n:$(e.meta.label) {id: e.meta.key})
    SET n.version = coalesce(n.version, 0)
    RETURN properties(n) AS currentNode,
           COUNT { (n)-[r]-() WHERE NOT type(r) IN ['IN_LINE', 'ON_THEME', 'IN_PHASE', 'RUNS', 'FOR', 'OCCURS_IN'] }
             AS relationships
  }
  OPTIONAL CALL (e) {
    WITH e
    WHERE e.meta.type IS NOT NULL
    MATCH (x:$(e.meta.fromLabel) {id: e.meta.fromId})-[r:$(e.meta.type)]->(y:$(e.meta.toLabel) {id: e.meta.toId})
    WHERE e.meta.identity IS NULL OR r[e.meta.identity] = coalesce(e.after, e.before)[e.meta.identity]
    SET r.version = coalesce(r.version, 0)
    RETURN properties(r) AS currentRel
  }
  WITH e, coalesce(currentNode, currentRel) AS current, relationships,
       CASE WHEN e.meta.type IS NULL OR e.after IS NOT NULL THEN true
            ELSE (EXISTS { MATCH (x:$(e.meta.fromLabel) {id: e.meta.fromId}) }
                  OR any(t IN touched WHERE t.meta.type IS NULL AND t.meta.key = e.meta.fromId AND t.after IS NULL))
             AND (EXISTS { MATCH (y:$(e.meta.toLabel) {id: e.meta.toId}) }
                  OR any(t IN touched WHERE t.meta.type IS NULL AND t.meta.key = e.meta.toId AND t.after IS NULL))
       END AS endpointsExist
  WITH e, current, relationships, endpointsExist,
       size([t IN touched WHERE t.meta.type IS NOT NULL AND t.before IS NULL
             AND (t.meta.fromId = e.meta.key OR t.meta.toId = e.meta.key)]) AS createdWithIt
  RETURN collect({entity: e.entity, meta: e.meta, before: e.before, after: e.after, current: current,
                  reason: CASE
                    WHEN e.after IS NOT NULL AND current IS NULL THEN 'removed since'
                    WHEN e.after IS NOT NULL AND current.version <> e.after.version
                      THEN 'changed since (now version ' + toString(current.version) + ', the change left version '
                           + toString(e.after.version) + ')'
                    WHEN e.after IS NULL AND current IS NOT NULL THEN 'exists again'
                    WHEN NOT endpointsExist THEN 'an end of the relationship no longer exists'
                    WHEN e.before IS NULL AND e.meta.type IS NULL AND relationships > createdWithIt
                      THEN 'has gained relationships since'
                    ELSE null END}) AS plan
}
WITH old, plan, [p IN plan WHERE p.reason IS NOT NULL | {entity: p.entity, reason: p.reason}] AS conflicts,
     [p IN plan WHERE p.meta.kind = 'referral' | {from: p.meta.fromId, to: p.meta.toId}] AS referralEnds,
     [p IN plan WHERE p.meta.type IS NULL AND p.meta.label = 'Organisation' | p.meta.key]
       + [p IN plan WHERE p.meta.kind IN ['coverage', 'serves'] OR p.meta.type = 'RUNS' | p.meta.fromId]
       + COLLECT { MATCH (o:Organisation)-[:RUNS {owner: true}]->(a:Activity)
                   WHERE a.id IN [p IN plan WHERE p.meta.type IS NULL AND p.meta.label = 'Activity' | p.meta.key]
                   RETURN o.id } AS owners
WITH old, plan, conflicts, referralEnds, owners,
     reduce(ids = [], id IN owners + [e IN referralEnds | e.from] + [e IN referralEnds | e.to] |
            CASE WHEN id IN ids THEN ids ELSE ids + id END) AS scopeIds
WITH old, plan, conflicts, referralEnds, owners, scopeIds,
     [id IN scopeIds | {id: id, exists: EXISTS { MATCH (:Organisation {id: id}) },
                        coverage: COLLECT { MATCH (:Organisation {id: id})-[:COVERS]->(x:Region) RETURN x.id }}]
       AS scopeBefore
OPTIONAL CALL (old, plan, conflicts) {
  WITH old, plan, conflicts
  WHERE size(conflicts) = 0 AND old.revertedBy IS NULL
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime(), c.organisations = old.organisations
  SET old.revertedBy = c.id
  WITH c, plan
  // Before states of the revert: what is there now.
  CALL (c, plan) {
    UNWIND [p IN plan WHERE p.current IS NOT NULL] AS p
    CREATE (c)-[s:STATE]->(x:ChangeState) SET s = p.meta, s.when = 'before', x = p.current
  }
  // 1. Relationships the change created, then nodes it created.
  CALL (plan) {
    UNWIND [p IN plan WHERE p.before IS NULL AND p.meta.type IS NOT NULL] AS p
    MATCH (:$(p.meta.fromLabel) {id: p.meta.fromId})-[r:$(p.meta.type)]->(:$(p.meta.toLabel) {id: p.meta.toId})
    WHERE p.meta.identity IS NULL OR r[p.meta.identity] = p.after[p.meta.identity]
    DELETE r
  }
  CALL (plan) {
    UNWIND [p IN plan WHERE p.before IS NULL AND p.meta.type IS NULL] AS p
    MATCH (n:$(p.meta.label) {id: p.meta.key})
    DETACH DELETE n
  }
  // 2. Nodes: put back deleted ones, restore changed ones; then the edges mirroring their lists.
  CALL (c, plan) {
    UNWIND [p IN plan WHERE p.before IS NOT NULL AND p.meta.type IS NULL] AS p
    OPTIONAL MATCH (existing:$(p.meta.label) {id: p.meta.key})
    OPTIONAL CALL (p, existing) {
      WITH p, existing
      WHERE existing IS NULL
      CREATE (n:$(p.meta.labels)) SET n = p.before
      RETURN n AS created
    }
    WITH c, p, coalesce(existing, created) AS n
    SET n = p.before, n.version = coalesce(p.before.version, 0), n.updatedAt = $now,
        n.updatedBy = $by
    WITH c, p, n
    CALL (n) {
      WITH n
      WHERE n:Organisation
      CALL (n) {
        MATCH (n)-[m:IN_LINE|ON_THEME|IN_PHASE]->(x)
        WHERE (type(m) = 'IN_LINE' AND NOT x.id IN coalesce(n.lines, []))
           OR (type(m) = 'ON_THEME' AND NOT x.id IN coalesce(n.themes, []))
           OR (type(m) = 'IN_PHASE'
               AND NOT x.id IN coalesce(n.phases, []) + coalesce(n.phasesPartial, []) + coalesce(n.phasesNot, []))
        DELETE m
      }
      CALL (n) {
        UNWIND coalesce(n.lines, []) AS lineId
        MATCH (x:Line {id: lineId})
        MERGE (n)-[m:IN_LINE]->(x) ON CREATE SET m.provenance = 'user'
      }
      CALL (n) {
        UNWIND coalesce(n.themes, []) AS themeId
        MATCH (x:Theme {id: themeId})
        MERGE (n)-[m:ON_THEME]->(x) ON CREATE SET m.provenance = 'user'
      }
      CALL (n) {
        UNWIND coalesce(n.phases, []) AS phaseId
        MATCH (x:Phase {id: phaseId})
        MERGE (n)-[m:IN_PHASE]->(x) ON CREATE SET m.provenance = 'user', m.extent = 'main'
      }
    }
    CALL (n) {
      WITH n
      WHERE n:Activity AND n.targetGroups IS NOT NULL
      CALL (n) {
        MATCH (n)-[f:FOR]->(t:TargetGroup)
        WHERE f.year IS NULL AND NOT t.id IN n.targetGroups
        DELETE f
      }
      CALL (n) {
        UNWIND n.targetGroups AS groupId
        MATCH (t:TargetGroup {id: groupId})
        MERGE (n)-[f:FOR {key: n.id + '|' + groupId + '|current'}]->(t) ON CREATE SET f.provenance = 'user'
      }
      CALL (n) {
        MATCH (n)-[e:OCCURS_IN]->(r:Region)
        WHERE NOT r.id IN coalesce(n.regions, [])
        DELETE e
      }
      CALL (n) {
        UNWIND coalesce(n.regions, []) AS regionId
        MATCH (r:Region {id: regionId})
        MERGE (n)-[e:OCCURS_IN]->(r) ON CREATE SET e.provenance = 'user'
      }
    }
    CREATE (c)-[s:STATE]->(x:ChangeState) SET s = p.meta, s.when = 'after', x = properties(n)
  }
  // 3. Relationships: put back deleted ones, restore changed ones.
  CALL (c, plan) {
    UNWIND [p IN plan WHERE p.before IS NOT NULL AND p.meta.type IS NOT NULL] AS p
    MATCH (x:$(p.meta.fromLabel) {id: p.meta.fromId})
    MATCH (y:$(p.meta.toLabel) {id: p.meta.toId})
    OPTIONAL MATCH (x)-[existing:$(p.meta.type)]->(y)
    WHERE p.meta.identity IS NULL OR existing[p.meta.identity] = p.before[p.meta.identity]
    OPTIONAL CALL (p, x, y, existing) {
      WITH p, x, y, existing
      WHERE existing IS NULL
      CREATE (x)-[r:$(p.meta.type)]->(y)
      RETURN r AS created
    }
    WITH c, p, coalesce(existing, created) AS r
    SET r = p.before, r.version = coalesce(p.before.version, 0), r.updatedAt = $now,
        r.updatedBy = $by
    CREATE (c)-[s:STATE]->(z:ChangeState) SET s = p.meta, s.when = 'after', z = properties(r)
  }
  RETURN true AS applied
}
REMOVE old.lockedForRevert
RETURN old.revertedBy AS revertedBy, old.user AS user, conflicts, old.organisations AS organisations,
       coalesce(applied, false) AS applied,
       COLLECT { MATCH (x:Change {user: old.user}) WHERE x.revertOf IS NULL AND (x.revertedBy IS NULL OR x = old)
                 RETURN x.id ORDER BY x.at DESC LIMIT 1 }[0] AS latestOwn,
       owners, referralEnds, scopeBefore, [p IN plan WHERE p.meta.kind = 'mapping' | p.meta.fromId] AS regions,
       [id IN scopeIds | {id: id, exists: EXISTS { MATCH (:Organisation {id: id}) },
                          coverage: COLLECT { MATCH (:Organisation {id: id})-[:COVERS]->(x:Region) RETURN x.id }}]
         AS scopeAfter
