import type { SeedError } from './read-files.ts';
import { SEED_FILES as F } from './read-files.ts';
import { RELATION_TYPES, type SeedData } from './schema.ts';
import { mappingErrors } from './check-mappings.ts';
import { regionAliasErrors } from './check-region-aliases.ts';
import { referenceChecker } from './reference-check.ts';
import { regionIdsOf, servesKey } from './seed-ids.ts';
import { yearErrors } from './years.ts';

/**
 * Checks every reference between the seed files (ids of organisations, regions, target groups,
 * phases, themes, lines, activities, ambiguities, source documents), duplicate ids, and the rules
 * the shapes alone cannot express (an inferred record says why; a reading belongs to its ambiguity).
 */
export function checkReferences(d: SeedData): SeedError[] {
  const errors: SeedError[] = [];
  const { err, ref, refs, dupes } = referenceChecker(errors);
  const v = d.vocabulary;
  const set = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const orgIds = set(d.organisations);
  const actIds = new Set([
    ...d.activities.map((a) => a.id),
    ...d.activities.flatMap((a) => (a.regionalInstances ?? []).map((i) => i.id)),
  ]);
  const regionIds = regionIdsOf(d);
  const tg = set(v.targetGroups),
    phases = set(v.phases),
    themes = set(v.themes),
    lines = set(v.lines);
  const tasks = set(v.statutoryTasks),
    roles = set(v.targetGroupRoles),
    orgTypes = set(v.orgTypes),
    scales = set(v.scales);
  const relStatuses = set(v.relationStatuses),
    actStatuses = set(v.activityStatuses),
    actGroups = set(v.activityGroups);
  const kinds = new Map(v.relationKinds.map((k) => [k.id, k.relType]));
  const ambiguities = new Map(d.ambiguities.map((a) => [a.id, a]));
  const sourceDocs = set(d.sources);

  /** Rules shared by every record that carries provenance fields. */
  const provenance = (
    file: string,
    record: string,
    prefix: string,
    p: {
      provenance?: string;
      note?: string | undefined;
      ambiguity?: string | undefined;
      reading?: string | undefined;
      sourceDocument?: string | undefined;
    },
  ) => {
    const f = (name: string) => (prefix ? `${prefix}.${name}` : name);
    if (p.provenance === 'inferred' && !p.note)
      err(file, record, f('note'), 'an inferred record must say why in "note"');
    if (p.sourceDocument !== undefined && !sourceDocs.has(p.sourceDocument))
      err(file, record, f('sourceDocument'), `unknown source document "${p.sourceDocument}"`);
    if (p.ambiguity !== undefined) {
      const a = ambiguities.get(p.ambiguity);
      if (!a) err(file, record, f('ambiguity'), `unknown ambiguity "${p.ambiguity}"`);
      else if (p.reading !== undefined && a.readings && !a.readings.includes(p.reading))
        err(
          file,
          record,
          f('reading'),
          `"${p.reading}" is not a reading of ambiguity ${a.id} (${a.readings.join(', ')})`,
        );
    } else if (p.reading !== undefined)
      err(file, record, f('ambiguity'), 'a record with a reading must name its ambiguity');
  };
  const years = (
    file: string,
    record: string,
    prefix: string,
    p: { validFrom?: number | undefined; validTo?: number | undefined },
  ) => {
    if (p.validFrom !== undefined && p.validTo !== undefined && p.validFrom > p.validTo)
      err(file, record, `${prefix}validTo`, 'must not be before validFrom');
  };

  // vocabulary
  dupes(
    F.vocabulary,
    v.targetGroups.map((t) => t.id),
    'targetGroups id',
  );
  dupes(
    F.vocabulary,
    v.phases.map((t) => t.id),
    'phases id',
  );
  dupes(
    F.vocabulary,
    v.themes.map((t) => t.id),
    'themes id',
  );
  dupes(
    F.vocabulary,
    v.lines.map((t) => t.id),
    'lines id',
  );
  dupes(
    F.vocabulary,
    [...v.lines, ...v.phases, ...v.themes].map((t) => t.id),
    'line/phase/theme id',
  );
  for (const t of v.targetGroups) {
    ref(F.vocabulary, `targetGroups:${t.id}`, 'subsetOf', t.subsetOf, tg, 'target group');
    if (t.ambiguity && !ambiguities.has(t.ambiguity))
      err(F.vocabulary, `targetGroups:${t.id}`, 'ambiguity', `unknown ambiguity "${t.ambiguity}"`);
  }
  for (const t of v.themes) ref(F.vocabulary, `themes:${t.id}`, 'broader', t.broader, themes, 'theme');
  for (const k of v.relationKinds) {
    if (!(RELATION_TYPES as readonly string[]).includes(k.relType))
      err(
        F.vocabulary,
        `relationKinds:${k.id}`,
        'relType',
        `"${k.relType}" is not in the allow-list (${RELATION_TYPES.join(', ')})`,
      );
  }
  dupes(
    F.sources,
    d.sources.map((s) => s.id),
  );
  dupes(
    F.ambiguities,
    d.ambiguities.map((a) => a.id),
  );

  // regions
  const provinceOfCorop = new Map<string, string>();
  for (const m of d.municipalities) {
    const p = provinceOfCorop.get(m.coropCode);
    if (p !== undefined && p !== m.provinceCode)
      err(
        F.municipalities,
        m.code,
        'corop_code',
        `COROP ${m.coropCode} lies in ${p} and ${m.provinceCode}; a COROP region must lie in one province`,
      );
    provinceOfCorop.set(m.coropCode, m.provinceCode);
  }
  dupes(
    F.municipalities,
    d.municipalities.map((m) => m.code),
    'gemeente_code',
  );
  dupes(
    F.kvkRegions,
    d.kvkRegionRows.map((r) => r.provinceCode),
    'province_code',
  );
  const kvkProvinces = new Set(d.kvkRegionRows.map((r) => r.provinceCode));
  for (const m of d.municipalities)
    if (!kvkProvinces.has(m.provinceCode))
      err(F.municipalities, m.code, 'province_code', `province ${m.provinceCode} has no KVK region in kvk-regions.csv`);
  const kvkCodes = new Set(d.kvkRegionRows.map((r) => r.kvkRegionCode));
  const r = d.regions;
  provenance(F.regions, 'NL', '', r.country);
  for (const k of r.kvkRegions) {
    if (!kvkCodes.has(k.id))
      err(F.regions, `kvkRegions:${k.id}`, 'id', `unknown KVK region "${k.id}" (not in kvk-regions.csv)`);
    ref(F.regions, `kvkRegions:${k.id}`, 'studiedProvince', k.studiedProvince, kvkProvinces, 'province');
    provenance(F.regions, `kvkRegions:${k.id}`, '', k);
  }
  for (const code of kvkCodes)
    if (!r.kvkRegions.some((k) => k.id === code))
      err(F.regions, code, 'kvkRegions', `KVK region ${code} has no entry (name, aliases)`);
  for (const p of r.provinces) ref(F.regions, `provinces:${p.id}`, 'id', p.id, kvkProvinces, 'province');
  const corops = new Set(provinceOfCorop.keys());
  for (const c of r.coropAliases) {
    ref(F.regions, `coropAliases:${c.id}`, 'id', c.id, corops, 'COROP region');
    provenance(F.regions, `coropAliases:${c.id}`, '', c);
  }
  const gmCodes = new Set(d.municipalities.map((m) => m.code));
  dupes(
    F.regions,
    r.areas.map((a) => a.id),
    'areas id',
  );
  for (const a of r.areas) {
    refs(F.regions, `areas:${a.id}`, 'partOf', a.partOf, regionIds, 'region');
    a.members.forEach((m, i) =>
      ref(F.regions, `areas:${a.id}`, `members[${i}].municipality`, m.municipality, gmCodes, 'municipality'),
    );
    provenance(F.regions, `areas:${a.id}`, '', a);
  }

  // organisations
  dupes(
    F.organisations,
    d.organisations.map((o) => o.id),
  );
  for (const o of d.organisations) {
    const rec = o.id;
    const file = F.organisations;
    ref(file, rec, 'type', o.type, orgTypes, 'organisation type');
    ref(file, rec, 'scale', o.scale, scales, 'scale');
    refs(file, rec, 'lines', o.lines, lines, 'line');
    for (const f of ['phases', 'phasesPartial', 'phasesNot'] as const) refs(file, rec, f, o[f], phases, 'phase');
    refs(file, rec, 'themes', o.themes, themes, 'theme');
    refs(file, rec, 'canvasLiteral', o.canvasLiteral, tg, 'target group');
    refs(file, rec, 'notMembers', o.notMembers, orgIds, 'organisation');
    provenance(file, rec, '', o);
    years(file, rec, '', o);
    if (o.id.startsWith('group-') !== (o.generic === true))
      err(file, rec, 'generic', 'group-* organisations, and only they, must have generic: true');
    if (o.governs !== undefined) {
      ref(file, rec, 'governs', o.governs, regionIds, 'region');
      const want = o.type === 'province' ? /^PV/ : o.type === 'municipality' ? /^GM/ : null;
      if (!want || !want.test(o.governs))
        err(
          file,
          rec,
          'governs',
          'only a province organisation governs a PVnn region and a municipality organisation a GMnnnn region',
        );
    }
    const keys = new Set<string>();
    o.serves.forEach((s, i) => {
      const f = `serves[${i}]`;
      ref(file, rec, `${f}.targetGroup`, s.targetGroup, tg, 'target group');
      ref(file, rec, `${f}.role`, s.role, roles, 'role');
      ref(file, rec, `${f}.likelyRole`, s.likelyRole, roles, 'role');
      ref(file, rec, `${f}.task`, s.task, tasks, 'statutory task');
      ref(file, rec, `${f}.scope`, s.scope, regionIds, 'region');
      refs(file, rec, `${f}.phases`, s.phases, phases, 'phase');
      refs(file, rec, `${f}.themes`, s.themes, themes, 'theme');
      refs(file, rec, `${f}.lines`, s.lines, lines, 'line');
      provenance(file, rec, f, s);
      years(file, rec, `${f}.`, s);
      const key = servesKey(o.id, s);
      if (keys.has(key))
        err(
          file,
          rec,
          f,
          `duplicate SERVES ${s.targetGroup} (same reading and scope); give each reading its own "reading"`,
        );
      keys.add(key);
    });
    const covered = new Set<string>();
    o.covers.forEach((c, i) => {
      ref(file, rec, `covers[${i}].region`, c.region, regionIds, 'region');
      provenance(file, rec, `covers[${i}]`, c);
      if (covered.has(c.region)) err(file, rec, `covers[${i}].region`, `duplicate COVERS ${c.region}`);
      covered.add(c.region);
    });
  }

  // activities
  dupes(F.activities, [
    ...d.activities.map((a) => a.id),
    ...d.activities.flatMap((a) => (a.regionalInstances ?? []).map((i) => i.id)),
  ]);
  for (const a of d.activities) {
    const rec = a.id;
    const file = F.activities;
    ref(file, rec, 'owner', a.owner, orgIds, 'organisation');
    ref(file, rec, 'group', a.group, actGroups, 'activity group');
    ref(file, rec, 'scale', a.scale, scales, 'scale');
    refs(file, rec, 'themes', a.themes, themes, 'theme');
    refs(file, rec, 'statutoryTasks', a.statutoryTasks, tasks, 'statutory task');
    refs(file, rec, 'tasks2022', a.tasks2022, tasks, 'statutory task');
    ref(file, rec, 'task2017', a.task2017, tasks, 'statutory task');
    ref(file, rec, 'taskInChangeList', a.taskInChangeList, tasks, 'statutory task');
    refs(file, rec, 'targetGroups2017', a.targetGroups2017, tg, 'target group');
    refs(file, rec, 'targetGroups', a.targetGroups, tg, 'target group');
    ref(file, rec, 'status', a.status, actStatuses, 'activity status');
    for (const f of ['renamedTo', 'possiblyContinuedAs', 'relatedTo', 'parentActivity'] as const)
      ref(file, rec, f, a[f], actIds, 'activity');
    ref(file, rec, 'continuedBy', a.continuedBy, orgIds, 'organisation');
    refs(file, rec, 'partners', a.partners, orgIds, 'organisation');
    if (a.renamedTo !== undefined && a.renamedYear === undefined)
      err(file, rec, 'renamedYear', 'a renamed activity needs renamedYear');
    if (a.targetGroups2017 && !a.source2017) err(file, rec, 'source2017', 'needed when targetGroups2017 is given');
    provenance(file, rec, '', a);
    years(file, rec, '', a);
    (a.occursIn ?? []).forEach((o, i) => {
      ref(file, rec, `occursIn[${i}].region`, o.region, regionIds, 'region');
      provenance(file, rec, `occursIn[${i}]`, o);
    });
    (a.regionalInstances ?? []).forEach((inst, i) => {
      ref(file, rec, `regionalInstances[${i}].region`, inst.region, regionIds, 'region');
      refs(file, rec, `regionalInstances[${i}].partners`, inst.partners, orgIds, 'organisation');
      if (inst.status !== undefined && !actStatuses.has(inst.status) && !relStatuses.has(inst.status))
        err(file, rec, `regionalInstances[${i}].status`, `unknown status "${inst.status}"`);
    });
  }

  // relations
  dupes(
    F.relations,
    d.relations.map((x) => x.id),
  );
  const endpoints = new Set([...orgIds, ...actIds]);
  for (const x of d.relations) {
    const file = F.relations;
    if (!kinds.has(x.kind)) err(file, x.id, 'kind', `unknown relation kind "${x.kind}"`);
    ref(file, x.id, 'status', x.status, relStatuses, 'relation status');
    ref(file, x.id, 'from', x.from, endpoints, 'organisation or activity');
    ref(file, x.id, 'to', x.to, endpoints, 'organisation or activity');
    ref(file, x.id, 'activity', x.activity, actIds, 'activity');
    ref(file, x.id, 'scope', x.scope, regionIds, 'region');
    refs(file, x.id, 'targetGroups', x.targetGroups, tg, 'target group');
    provenance(file, x.id, '', x);
    years(file, x.id, '', x);
  }

  // ideal model, gaps, figures, timeline, factsheets
  dupes(
    F.idealModel,
    d.idealModel.rules.map((x) => x.id),
  );
  const relIds = set(d.relations);
  for (const x of d.idealModel.rules) {
    const file = F.idealModel;
    ref(file, x.id, 'actorType', x.actorType, orgTypes, 'organisation type');
    ref(file, x.id, 'actor', x.actor, orgIds, 'organisation');
    refs(file, x.id, 'targetGroups', x.targetGroups, tg, 'target group');
    refs(file, x.id, 'notFor', x.notFor, tg, 'target group');
    refs(file, x.id, 'scale', x.scale, scales, 'scale');
    refs(file, x.id, 'phases', x.phases, phases, 'phase');
    refs(file, x.id, 'themes', x.themes, themes, 'theme');
    refs(file, x.id, 'relationRefs', x.relationRefs, relIds, 'relation');
    provenance(file, x.id, '', x);
  }
  dupes(
    F.gaps,
    d.gaps.map((x) => x.id),
  );
  for (const x of d.gaps) {
    refs(F.gaps, x.id, 'regions', x.regions, regionIds, 'region');
    refs(F.gaps, x.id, 'orgs', x.orgs, orgIds, 'organisation');
    refs(F.gaps, x.id, 'targetGroups', x.targetGroups, tg, 'target group');
    refs(F.gaps, x.id, 'activities', x.activities, actIds, 'activity');
    provenance(F.gaps, x.id, '', x);
  }
  dupes(F.figures, [...d.figures.map((x) => x.id), ...d.budgetRows.map((x) => x.id)]);
  for (const x of d.figures) {
    refs(F.figures, x.id, 'items', x.items, actIds, 'activity');
    provenance(F.figures, x.id, '', x);
  }
  for (const x of d.budgetRows) ref(F.figures, x.id, 'task', x.task, tasks, 'statutory task');
  dupes(
    F.timeline,
    d.timeline.map((x) => x.id),
  );
  for (const x of d.timeline) provenance(F.timeline, x.id, '', x);
  dupes(
    F.factsheets,
    d.factsheets.map((x) => x.id),
  );
  for (const x of d.factsheets) {
    const file = F.factsheets;
    ref(file, x.id, 'province', x.province, regionIds, 'region');
    ref(file, x.id, 'kvkRegion', x.kvkRegion, regionIds, 'region');
    refs(file, x.id, 'parties', x.parties, orgIds, 'organisation');
    x.kvkActivities.forEach((k, i) => ref(file, x.id, `kvkActivities[${i}].activity`, k.activity, actIds, 'activity'));
    for (const [name, list] of [
      ['canvasReadingLiteral', x.canvasReadingLiteral],
      ['canvasReadingProse', x.canvasReadingProse],
    ] as const) {
      (list ?? []).forEach((c, i) => {
        ref(file, x.id, `${name}[${i}].org`, c.org, orgIds, 'organisation');
        refs(file, x.id, `${name}[${i}].targetGroups`, c.targetGroups, tg, 'target group');
      });
    }
    provenance(file, x.id, '', x);
  }
  errors.push(...yearErrors(d), ...regionAliasErrors(d), ...mappingErrors(d));
  return errors;
}
