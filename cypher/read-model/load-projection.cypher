// Reads everything whoServes, coverage, overlaps, referral gaps and conformance are computed from, for the API's
// in-process read model (server/repos/projection/): organisations, their SERVES statements (and those a collective's
// members take over through MEMBER_OF), coverage, where sources looked, referrals and the role rules. One query,
// streamed row by row (one collected list per part decoded several times slower in the driver). The data-version
// token is read before it (find-data-version), not in it: the parts of one query may see writes committed while it
// runs, so only a token read first is sure to be no newer than every part. The parts that read a whole relationship
// type scan it (hinted: without, the plan changed with the statistics of the moment); the collectives' part starts at
// the few collectives.
// Params: none.
// Returns one row per fact: kind ('organisation', 'statement', 'cover', 'mapping', 'referral', 'rule') and row (map):
//   organisation {id, name, type, scale, generic, genericGroup (has the :GenericGroup label), generated, lines,
//   phases, themes, validFrom, validTo, serves (has a SERVES edge), refers (has a REFERS_TO edge either way)};
//   statement {organisation, targetGroup, serving (the SERVES properties), collective (id or null), membership (the
//   MEMBER_OF properties or null)}; cover {organisation, region, partial, validFrom, validTo}; mapping {region,
//   targetGroup, props}; referral {id, from, to, kind, status, targetGroups, validFrom, validTo}; service {id, name,
//   status, validFrom, validTo, organisations (running it, owners first), targetGroups (FOR without a year),
//   regions (OCCURS_IN)}; rule (the RoleRule
//   properties); scenario (the Scenario properties: drafts answered as if, server/repos/projection/as-if.ts).
MATCH (o:Organisation)
RETURN 'organisation' AS kind, o {.id, .name, .type, .scale, generic: coalesce(o.generic, false),
  genericGroup: o:GenericGroup, generated: coalesce(o.generated, false), lines: coalesce(o.lines, []),
  phases: coalesce(o.phases, []), themes: coalesce(o.themes, []), .validFrom, .validTo,
  serves: EXISTS { (o)-[:SERVES]->(:TargetGroup) }, refers: EXISTS { (o)-[:REFERS_TO]-(:Organisation) }} AS row
UNION ALL
MATCH (o:Organisation)-[s:SERVES]->(t:TargetGroup)
USING SCAN s:SERVES
RETURN 'statement' AS kind, {organisation: o.id, targetGroup: t.id, serving: properties(s), collective: null,
  membership: null} AS row
UNION ALL
// Only a statement with a role passes to each member, and not one said of the collective but not of each member
// (`toMembers: false`); the query side (server/repos/projection/providers.ts) applies the rest.
MATCH (g:GenericGroup)-[s:SERVES]->(t:TargetGroup)
USING SCAN g:GenericGroup
WHERE s.role IN ['primary', 'secondary', 'developing'] AND coalesce(s.toMembers, true)
WITH g, s, t
MATCH (o:Organisation)-[m:MEMBER_OF]->(g)
WHERE NOT o:GenericGroup
RETURN 'statement' AS kind, {organisation: o.id, targetGroup: t.id, serving: properties(s), collective: g.id,
  membership: properties(m)} AS row
UNION ALL
MATCH (o:Organisation)-[c:COVERS]->(r:Region)
USING SCAN c:COVERS
RETURN 'cover' AS kind, {organisation: o.id, region: r.id, partial: coalesce(c.partial, false),
  validFrom: c.validFrom, validTo: c.validTo} AS row
UNION ALL
MATCH (r:Region)-[m:MAPPED_FOR]->(t:TargetGroup)
USING SCAN m:MAPPED_FOR
RETURN 'mapping' AS kind, {region: r.id, targetGroup: t.id, props: properties(m)} AS row
UNION ALL
MATCH (a:Organisation)-[x:REFERS_TO]->(b:Organisation)
USING SCAN x:REFERS_TO
RETURN 'referral' AS kind, {id: x.relId, from: a.id, to: b.id, kind: x.kind, status: x.status,
  targetGroups: coalesce(x.targetGroups, []), validFrom: x.validFrom, validTo: x.validTo} AS row
UNION ALL
MATCH (a:Activity)
RETURN 'service' AS kind, {id: a.id, name: a.name, status: a.status, validFrom: a.validFrom, validTo: a.validTo,
  organisations: COLLECT {
    MATCH (o:Organisation)-[run:RUNS]->(a)
    RETURN o.id ORDER BY coalesce(run.owner, false) DESC, o.id
  },
  targetGroups: COLLECT { MATCH (a)-[f:FOR]->(t:TargetGroup) WHERE f.year IS NULL RETURN DISTINCT t.id ORDER BY t.id },
  regions: COLLECT { MATCH (a)-[:OCCURS_IN]->(g:Region) RETURN DISTINCT g.id ORDER BY g.id }} AS row
UNION ALL
MATCH (rule:RoleRule)
RETURN 'rule' AS kind, properties(rule) AS row
UNION ALL
MATCH (sc:Scenario)
RETURN 'scenario' AS kind, properties(sc) AS row
