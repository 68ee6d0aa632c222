import type { Db } from '../db/run.ts';
import { buildRegionCatalog, type RegionCatalog, type RegionRow } from '../domain/region-catalog.ts';
import { ORGANISATION_TYPES, SCALES } from '../domain/rules.ts';
import { TargetGroupTree } from '../domain/target-groups.ts';

export interface TargetGroupRow {
  id: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  employeesMin: number | null;
  employeesMax: number | null;
  kind: string | null;
  /** The group it is part of (SUBSET_OF), null when none. */
  broader: string | null;
  /** Where the report nests it. */
  broaderSources: string[] | null;
}

export interface Vocabulary {
  targetGroups: TargetGroupRow[];
  phases: { id: string; name: string; order: number }[];
  themes: { id: string; name: string }[];
  /** The nesting of the target groups, with the rules that follow from it. */
  groupTree: TargetGroupTree;
  helpKinds: { id: string; name: string; nameEn: string; description: string; sources: string[] }[];
  /** Organisation types (`rom`, `regional-executor`, …): the model's, domain/rules.ts. */
  orgTypes: readonly string[];
  /** Scales (`local` … `european`): the model's, domain/rules.ts. */
  scales: readonly string[];
  /** Lines of support (`eerstelijns`, `tweedelijns`), sorted. */
  lines: string[];
}

/** Reads the region hierarchy (one query) and builds the in-memory catalog. */
export async function loadRegionCatalog(db: Db): Promise<RegionCatalog> {
  return buildRegionCatalog(await db.read<RegionRow & Record<string, unknown>>('regions/list-regions'));
}

/**
 * Reads target groups, phases, themes, kinds of help, organisation types, scales and lines in one query, and builds
 * the target groups' tree. The database is the vocabulary's one source at run time.
 */
export async function loadVocabulary(db: Db): Promise<Vocabulary> {
  type Lists = Omit<Vocabulary, 'groupTree' | 'orgTypes' | 'scales'>;
  const [row] = await db.read<Lists & Record<string, unknown>>('vocabulary/list-vocabulary');
  const lists = row ?? { targetGroups: [], phases: [], themes: [], helpKinds: [], lines: [] };
  // Types and scales are properties, not nodes: the model defines them, so an empty map can get its first organisation.
  const fixed = { orgTypes: ORGANISATION_TYPES, scales: SCALES };
  return { ...lists, ...fixed, groupTree: new TargetGroupTree(lists.targetGroups) };
}
