import type { Db } from '../db/run.ts';
import { buildRegionCatalog, type RegionCatalog, type RegionRow } from '../domain/region-catalog.ts';

export interface TargetGroupRow {
  id: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  employeesMin: number | null;
  employeesMax: number | null;
  kind: string | null;
}

export interface Vocabulary {
  targetGroups: TargetGroupRow[];
  phases: { id: string; name: string; order: number }[];
  themes: { id: string; name: string }[];
  helpKinds: { id: string; name: string; nameEn: string; description: string; sources: string[] }[];
}

/** Reads the region hierarchy (one query) and builds the in-memory catalog. */
export async function loadRegionCatalog(db: Db): Promise<RegionCatalog> {
  return buildRegionCatalog(await db.read<RegionRow & Record<string, unknown>>('regions/list-regions'));
}

/** Reads target groups, phases, themes and kinds of help in one query. */
export async function loadVocabulary(db: Db): Promise<Vocabulary> {
  const [row] = await db.read<Vocabulary & Record<string, unknown>>('vocabulary/list-vocabulary');
  return row ?? { targetGroups: [], phases: [], themes: [], helpKinds: [] };
}
