import { servesKey } from './seed-ids.ts';
import type { Activity, Organisation, SeedData } from './schema.ts';
import { searchKeyOf } from '../server/domain/search-key.ts';
import { compact, omit, provenanceProps, type Props } from './row-props.ts';
import { regionRows } from './rows-regions.ts';
import { withPublicBodies } from './rows-public-bodies.ts';
import { withDerivedYears } from './years.ts';

// Turns validated seed data into the parameter rows of the cypher/seed/*.cypher queries. Pure: no I/O.
// Every node and relationship gets the same provenance properties (provenance, sources,
// sourceDocument, note, ambiguity, reading, inferredFields); absent optional values are left out so
// a property either holds a value or does not exist.

function organisationRows(d: SeedData, generated: ReadonlySet<string>) {
  const organisations = d.organisations.map((o) => {
    const prov = provenanceProps(o);
    const phaseProv = (extent: string) =>
      compact({
        extent,
        ...provenanceProps({
          ...o,
          provenance: o.inferredFields?.includes('phases') ? 'inferred' : o.provenance,
          note: o.phasesNote ?? o.note,
        }),
      });
    return {
      id: o.id,
      generic: o.generic === true,
      props: compact({
        ...omit(o, ['serves', 'covers', 'governs']),
        generic: o.generic === true,
        // Generated from the CBS list (rows-public-bodies.ts): the graph leaves them out unless asked.
        ...(generated.has(o.id) ? { generated: true } : {}),
        aliases: o.aliases ?? [],
        searchKey: searchKeyOf(o.name, o.aliases),
        ...prov,
      }),
      lines: (o.lines ?? []).map((id) => ({ id, props: { ...prov, ...(o.linesNote ? { note: o.linesNote } : {}) } })),
      phases: [
        ...(o.phases ?? []).map((id) => ({ id, props: phaseProv('main') })),
        ...(o.phasesPartial ?? []).map((id) => ({ id, props: phaseProv('partial') })),
        ...(o.phasesNot ?? []).map((id) => ({ id, props: phaseProv('not') })),
      ],
      themes: (o.themes ?? []).map((id) => ({
        id,
        props: { ...prov, ...(o.themesNote ? { note: o.themesNote } : {}) },
      })),
      governs: o.governs
        ? [
            {
              region: o.governs,
              props: generated.has(o.id)
                ? provenanceProps(o)
                : provenanceProps({
                    provenance: 'inferred',
                    sources: o.sources,
                    note: `${o.name} is the government of this region (matched by name to the CBS 2025 division).`,
                  }),
            },
          ]
        : [],
    };
  });
  const serves = d.organisations.flatMap((o: Organisation) =>
    o.serves.map((s) => {
      const served = s.role !== 'not-served';
      const inheritsPhases = s.phases === undefined && served && (o.phases ?? []).length > 0;
      // The kinds of help: the entry's own, else the organisation's (with its sources and, when inferred, the mark).
      const inheritsHelp = s.help === undefined && served && o.help !== undefined;
      const inferredFields = [
        ...(s.inferredFields ?? []),
        ...(inheritsPhases && o.inferredFields?.includes('phases') ? ['phases'] : []),
        ...(inheritsHelp && o.inferredFields?.includes('help') ? ['help'] : []),
      ];
      const key = servesKey(o.id, s);
      return {
        org: o.id,
        targetGroup: s.targetGroup,
        key,
        props: compact({
          key,
          role: s.role,
          likelyRole: s.likelyRole,
          mode: s.mode,
          task: s.task,
          scope: s.scope,
          inCanvas: s.inCanvas ?? false,
          toMembers: s.toMembers,
          phases: s.phases ?? (served ? (o.phases ?? []) : []),
          themes: s.themes ?? (served ? (o.themes ?? []) : []),
          lines: s.lines ?? (served ? (o.lines ?? []) : []),
          help: s.help ?? (served ? (o.help ?? []) : []),
          helpSources: s.help ? (s.helpSources ?? s.sources) : inheritsHelp ? o.helpSources : undefined,
          validFrom: s.validFrom,
          validTo: s.validTo,
          ...provenanceProps({ ...s, inferredFields }),
        }),
      };
    }),
  );
  const covers = d.organisations.flatMap((o) =>
    o.covers.map((c) => ({
      org: o.id,
      region: c.region,
      props: compact({
        partial: c.partial ?? false,
        validFrom: c.validFrom,
        validTo: c.validTo,
        ...provenanceProps(c, o.sources),
      }),
    })),
  );
  return { organisations, serves, covers };
}

function activityRows(d: SeedData) {
  const lineage: { from: string; to: string; type: string; props: Props }[] = [];
  const activities = d.activities.flatMap((a: Activity) => {
    const prov = provenanceProps(a);
    const node = {
      id: a.id,
      props: compact({
        ...omit(a, [
          'owner',
          'partners',
          'parentActivity',
          'renamedTo',
          'relatedTo',
          'possiblyContinuedAs',
          'continuedBy',
          'occursIn',
          'regionalInstances',
          'targetGroups',
          'targetGroups2017',
          'targetGroupsNote',
          'source2017',
          'ownerValidTo',
        ]),
        kind: 'activity',
        aliases: a.aliases ?? [],
        searchKey: searchKeyOf(a.name, a.aliases),
        ...prov,
      }),
      owner: a.owner,
      ownerProps: compact({ owner: true, validFrom: a.validFrom, validTo: a.ownerValidTo ?? a.validTo, ...prov }),
      targetGroups: [
        ...(a.targetGroups2017 ?? []).map((id) => ({
          id,
          key: `${a.id}|${id}|2017`,
          props: compact({
            key: `${a.id}|${id}|2017`,
            year: 2017,
            raw: a.targetGroupRaw2017,
            ...provenanceProps({ provenance: 'report', sources: [a.source2017!] }),
          }),
        })),
        ...(a.targetGroups ?? []).map((id) => ({
          id,
          key: `${a.id}|${id}|current`,
          props: compact({
            key: `${a.id}|${id}|current`,
            ...prov,
            ...(a.targetGroupsNote ? { note: a.targetGroupsNote } : {}),
          }),
        })),
      ],
      regions: (a.occursIn ?? []).map((o) => ({ id: o.region, props: provenanceProps(o, a.sources) })),
      partners: (a.partners ?? []).map((id) => ({ id, props: prov })),
    };
    if (a.renamedTo)
      lineage.push({
        from: a.id,
        to: a.renamedTo,
        type: 'RENAMED_TO',
        props: compact({ year: a.renamedYear, ...prov }),
      });
    if (a.parentActivity) lineage.push({ from: a.id, to: a.parentActivity, type: 'PART_OF_ACTIVITY', props: prov });
    if (a.relatedTo)
      lineage.push({ from: a.id, to: a.relatedTo, type: 'RELATED_TO', props: { kind: 'related', ...prov } });
    if (a.possiblyContinuedAs) {
      lineage.push({
        from: a.id,
        to: a.possiblyContinuedAs,
        type: 'RELATED_TO',
        props: {
          kind: 'possibly-continued-as',
          ...provenanceProps({
            provenance: 'inferred',
            sources: a.sources ?? [a.source2017!],
            note: a.note ?? 'Possible continuation; not stated.',
          }),
        },
      });
    }
    const instances = (a.regionalInstances ?? []).map((inst) => {
      const iprov = provenanceProps({ provenance: 'report', sources: inst.sources });
      lineage.push({ from: inst.id, to: a.id, type: 'PART_OF_ACTIVITY', props: iprov });
      return {
        id: inst.id,
        props: compact({
          id: inst.id,
          name: inst.name,
          kind: 'regional-instance',
          group: a.group,
          statutoryTasks: a.statutoryTasks,
          status: inst.status ?? a.status,
          validFrom: inst.validFrom,
          validTo: inst.validTo,
          aliases: [],
          searchKey: searchKeyOf(inst.name),
          ...provenanceProps({ ...inst, provenance: 'report' }),
        }),
        owner: a.owner,
        ownerProps: compact({ owner: true, ...iprov }),
        targetGroups: [],
        regions: [
          {
            id: inst.region,
            props: provenanceProps({
              provenance: inst.regionProvenance ?? 'report',
              sources: inst.sources,
              note:
                inst.regionProvenance === 'inferred'
                  ? `The report's sub-region is identified with ${inst.region} (see regions/regions.yaml).`
                  : undefined,
            }),
          },
        ],
        partners: (inst.partners ?? []).map((id) => ({ id, props: iprov })),
      };
    });
    return [node, ...instances];
  });
  // A child may be listed before its parent, so lineage is written after all activities exist.
  return { activities, lineage };
}

/** Every parameter row the seed queries need, keyed by query; inherited years filled in (seed/years.ts). */
export function toSeedRows(data: SeedData) {
  const { data: d, generatedIds } = withPublicBodies(withDerivedYears(data));
  const v = d.vocabulary;
  const kinds = new Map(v.relationKinds.map((k) => [k.id, k.relType]));
  const { regions, parts } = regionRows(d);
  const { organisations, serves, covers } = organisationRows(d, generatedIds);
  const { activities, lineage } = activityRows(d);
  return {
    sourceDocuments: d.sources.map((s) => ({
      id: s.id,
      props: compact({ ...s, provenance: s.kind === 'report' ? 'report' : 'public', inferredFields: [] }),
    })),
    ambiguities: d.ambiguities.map((a) => ({
      id: a.id,
      props: compact({
        ...a,
        readings: a.readings ?? [],
        ...provenanceProps({ provenance: 'report', sources: ['facts README §5 Known ambiguities in the source'] }),
      }),
    })),
    targetGroups: v.targetGroups.map((t) => ({
      id: t.id,
      subsetOf: t.subsetOf ?? null,
      // The nesting is a fact of its own: its sources are where the report nests the group, else the group's.
      subsetOfProps: provenanceProps({
        provenance: 'report',
        sources: t.subsetOfSources ?? t.sources,
        note: t.subsetOfNote,
      }),
      props: compact({
        ...omit(t, ['subsetOf', 'subsetOfSources', 'subsetOfNote']),
        searchKey: searchKeyOf(t.name, [t.id, ...(t.nameEn ? [t.nameEn] : []), ...(t.synonyms ?? [])]),
        ...provenanceProps({ provenance: 'report', sources: t.sources, note: t.note, ambiguity: t.ambiguity }),
      }),
    })),
    phases: v.phases.map((p) => ({
      id: p.id,
      props: compact({ ...p, ...provenanceProps({ provenance: 'report', sources: p.sources }) }),
    })),
    themes: v.themes.map((t) => ({
      id: t.id,
      broader: t.broader ?? null,
      props: compact({ ...omit(t, ['broader']), ...provenanceProps({ provenance: 'report', sources: t.sources }) }),
    })),
    helpKinds: v.helpKinds.map((k, i) => ({
      id: k.id,
      props: compact({ ...k, order: i + 1, ...provenanceProps({ provenance: 'report', sources: k.sources }) }),
    })),
    lines: v.lines.map((l) => ({
      id: l.id,
      props: compact({ ...l, ...provenanceProps({ provenance: 'report', sources: l.sources }) }),
    })),
    regions,
    regionParts: parts,
    organisations,
    serves,
    covers,
    activities,
    activityLineage: lineage,
    relations: d.relations.map((x) => ({
      relId: x.id,
      from: x.from,
      to: x.to,
      type: kinds.get(x.kind)!,
      props: compact({
        relId: x.id,
        kind: x.kind === 'warm_handover' ? 'warm-handover' : x.kind,
        status: x.status,
        subject: x.subject,
        activityId: x.activity,
        scope: x.scope,
        strength: x.strength,
        targetGroups: x.targetGroups,
        date: x.date,
        validFrom: x.validFrom,
        validTo: x.validTo,
        ...provenanceProps(x),
      }),
    })),
    roleRules: d.idealModel.rules.map((x) => ({
      id: x.id,
      actor: x.actor,
      targetGroups: x.targetGroups ?? [],
      props: compact({
        ...x,
        targetGroups: x.targetGroups ?? [],
        notFor: x.notFor ?? [],
        phases: x.phases ?? [],
        themes: x.themes ?? [],
        scale: x.scale ?? [],
        ...provenanceProps(x),
      }),
      edgeProps: provenanceProps(x),
    })),
    gaps: d.gaps.map((g) => ({
      id: g.id,
      orgs: g.orgs ?? [],
      targetGroups: g.targetGroups ?? [],
      regions: g.regions ?? [],
      activities: g.activities ?? [],
      props: compact({ ...omit(g, ['orgs', 'targetGroups', 'regions', 'activities']), ...provenanceProps(g) }),
      edgeProps: provenanceProps(g),
    })),
    figures: d.figures.map((x) => ({
      id: x.id,
      items: x.items ?? [],
      props: compact({ ...x, ...provenanceProps(x) }),
      edgeProps: provenanceProps(x),
    })),
    budgetRows: d.budgetRows.map((b) => ({
      id: b.id,
      props: compact({
        ...b,
        unit: d.budgetUnit,
        ...provenanceProps({ provenance: 'report', sources: d.budgetSources }),
      }),
    })),
    timelineEvents: d.timeline.map((t) => ({ id: t.id, props: compact({ ...t, ...provenanceProps(t) }) })),
    factsheets: d.factsheets.map((x) => {
      const prov = provenanceProps(x);
      return {
        id: x.id,
        region: x.province,
        parties: x.parties,
        activities: x.kvkActivities.map((k) => ({
          id: k.activity,
          props: { label: k.label, section: k.section, ...prov },
        })),
        props: compact({
          ...omit(x, ['parties', 'kvkActivities', 'canvasReadingLiteral', 'canvasReadingProse']),
          canvasReadingLiteral: (x.canvasReadingLiteral ?? []).map((c) => `${c.org}: ${c.targetGroups.join(', ')}`),
          canvasReadingProse: (x.canvasReadingProse ?? []).map(
            (c) =>
              `${c.org}: ${c.targetGroups.join(', ')}${c.role ? ` (${c.role})` : ''}${c.note ? ` – ${c.note}` : ''}`,
          ),
          ...prov,
        }),
        edgeProps: prov,
      };
    }),
    // One MAPPED_FOR edge per region × target group a source looked at.
    mappings: d.mappings.flatMap((m) =>
      m.targetGroups.map((targetGroup) => ({
        region: m.region,
        targetGroup,
        props: compact({
          mappingId: m.id,
          year: m.year,
          factsheet: m.factsheet,
          ...provenanceProps(m),
        }),
      })),
    ),
  };
}

export type SeedRows = ReturnType<typeof toSeedRows>;
