import type { RegionCatalog } from './region-catalog.ts';
import { toProvenance, type Provenance } from './provenance.ts';
import type { TargetGroupTree } from './target-groups.ts';

/** A source that looked at a region for a target group (a MAPPED_FOR edge), as the queries return it. */
export interface MappingRow {
  readonly region: string;
  readonly targetGroup: string;
  /** The edge's properties: mappingId, year, factsheet and the provenance fields. */
  readonly props: Record<string, unknown>;
}

/** One mapping that speaks for a cell, as the API shows it. */
export interface CellMapping {
  readonly region: string;
  readonly targetGroup: string;
  readonly year: number | null;
  readonly factsheet: string | null;
  /** Version of the record (for editing it under optimistic concurrency; 0 when never edited). */
  readonly version: number;
  readonly provenance: Provenance;
}

/**
 * Knows where sources have looked. A mapping of a region speaks for the regions inside it (a province's canvas
 * looked at its municipalities too); a mapping of a target group speaks for its narrower groups (who looked at the
 * breed mkb looked at the peloton within it), never for broader ones. A mapping describes its year and after: asked
 * about an earlier year, nobody looked (a 2023 canvas says nothing about 2017).
 */
export class MappingIndex {
  private readonly byCell = new Map<string, MappingRow[]>();
  /** Each mapping as shown, made once: the same for every cell it speaks for (a province's, for hundreds). */
  private readonly shown = new Map<MappingRow, CellMapping>();

  constructor(
    private readonly catalog: RegionCatalog,
    private readonly tree: TargetGroupTree,
    rows: readonly MappingRow[],
    private readonly asOf: number | null = null,
  ) {
    for (const r of rows) {
      const key = `${r.region}|${r.targetGroup}`;
      const list = this.byCell.get(key);
      if (list) list.push(r);
      else this.byCell.set(key, [r]);
    }
  }

  /** The mappings that speak for region × group, the most specific region and group first; empty: nobody looked. */
  for(regionId: string, targetGroup: string): CellMapping[] {
    const regions = [regionId, ...this.catalog.ancestors(regionId).map((r) => r.id)];
    const groups = [targetGroup, ...this.tree.broader(targetGroup)];
    const out: CellMapping[] = [];
    for (const region of regions) {
      for (const group of groups) {
        for (const m of this.byCell.get(`${region}|${group}`) ?? []) {
          if (this.asOf !== null && typeof m.props['year'] === 'number' && m.props['year'] > this.asOf) continue;
          out.push(this.show(m));
        }
      }
    }
    return out;
  }

  private show(m: MappingRow): CellMapping {
    let shown = this.shown.get(m);
    if (!shown) {
      shown = {
        region: m.region,
        targetGroup: m.targetGroup,
        year: typeof m.props['year'] === 'number' ? m.props['year'] : null,
        factsheet: typeof m.props['factsheet'] === 'string' ? m.props['factsheet'] : null,
        version: typeof m.props['version'] === 'number' ? m.props['version'] : 0,
        provenance: toProvenance(m.props),
      };
      this.shown.set(m, shown);
    }
    return shown;
  }
}
