import { stringify } from 'csv-stringify/sync';
import { CSV_FORMAT, type CsvDelimiter } from './csv-format.ts';
import { servesKeyParts } from '../domain/serves-key.ts';
import type { Db } from '../db/run.ts';
import { COLUMNS, ENTITIES, type EntityName } from './columns.ts';
import type { Props } from './state.ts';

/** One exported row: the cell text of each column, in column order. */
export type ExportRow = readonly string[];

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** A stored value as a cell: lists `;`-separated, booleans true/false, numbers as written, absent empty. */
export function cellOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(String).join('; ');
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return String(v);
}

const row = (entity: EntityName, values: Record<string, unknown>): ExportRow =>
  COLUMNS[entity].map((c) => cellOf(values[c.name]));

/** `org|group|reading|scope` → the reading and scope cells ('' for none). */
function keyParts(key: unknown): { reading: string; scope: string } {
  const { reading, scope } = servesKeyParts(String(key ?? ''));
  return { reading, scope };
}

/** Every fact of an entity as rows of the import's columns, so an export can be edited and imported back. */
export async function exportRows(db: Db, entity: EntityName): Promise<ExportRow[]> {
  switch (entity) {
    case 'organisations': {
      const rows = await db.read<{ id: string; props: Props }>('spreadsheets/list-organisations');
      return rows.map((r) => row(entity, { ...r.props, id: r.id }));
    }
    case 'coverage': {
      const rows = await db.read<{ organisation: string; region: string; props: Props }>('spreadsheets/list-coverage');
      return rows.map((r) =>
        row(entity, {
          ...r.props,
          organisation: r.organisation,
          region: r.region,
          partial: r.props['partial'] === true,
        }),
      );
    }
    case 'serves': {
      const rows = await db.read<{ organisation: string; targetGroup: string; props: Props }>(
        'spreadsheets/list-serves',
      );
      return rows.map((r) =>
        row(entity, {
          ...r.props,
          organisation: r.organisation,
          targetGroup: r.targetGroup,
          line: r.props['lines'],
          ...keyParts(r.props['key']),
        }),
      );
    }
    case 'services': {
      const rows = await db.read<{
        id: string;
        props: Props;
        owners: string[];
        targetGroups: string[];
        regions: string[];
      }>('spreadsheets/list-services');
      return rows.map((r) =>
        row(entity, {
          ...r.props,
          id: r.id,
          organisation: r.owners[0] ?? '',
          targetGroups: r.props['targetGroups'] !== undefined ? list(r.props['targetGroups']) : r.targetGroups,
          regions: r.props['regions'] !== undefined ? list(r.props['regions']) : r.regions,
        }),
      );
    }
    case 'referrals': {
      const rows = await db.read<{ id: string; from: string; to: string; props: Props }>('spreadsheets/list-referrals');
      return rows.map((r) =>
        row(entity, {
          ...r.props,
          id: r.id,
          from: r.from,
          to: r.to,
          since: r.props['validFrom'],
          until: r.props['validTo'],
        }),
      );
    }
    case 'mappings': {
      const rows = await db.read<{ region: string; targetGroup: string; props: Props }>('spreadsheets/list-mappings');
      // `remove` stays empty: a row of the export keeps its record; write ja in it to remove one.
      return rows.map((r) => row(entity, { ...r.props, region: r.region, targetGroup: r.targetGroup, remove: null }));
    }
  }
}

/** The header row of an entity's sheet. */
export const headerOf = (entity: EntityName): string[] => COLUMNS[entity].map((c) => c.name);

/**
 * A CSV file of a header and rows in the project's one CSV format (csv-format.ts, the same as the explorer's
 * downloads): UTF-8 with BOM, CRLF, and a leading `'` before cells a spreadsheet program would run as formulas,
 * which the import removes.
 */
export function toCsv(entity: EntityName, rows: readonly ExportRow[], delimiter: CsvDelimiter = ','): Buffer {
  return Buffer.from(stringify([headerOf(entity), ...rows], { ...CSV_FORMAT, delimiter }), 'utf8');
}

/** Every entity's rows, for a workbook export. */
export async function exportAll(db: Db): Promise<Record<EntityName, ExportRow[]>> {
  const entries = await Promise.all(ENTITIES.map(async (e) => [e, await exportRows(db, e)] as const));
  return Object.fromEntries(entries) as Record<EntityName, ExportRow[]>;
}
