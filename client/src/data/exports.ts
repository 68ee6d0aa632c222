import { SHEET_ENTITIES, type SheetEntity } from '../api/rest.ts';
import type { MessageKey } from '../i18n/index.ts';

/** A file the REST API serves: where, under which name it is saved, and its label in the menus. */
export interface ExportLink {
  id: string;
  path: string;
  fileName: string;
  label: MessageKey;
}

/** The whole map as a graph file: JSON for programs, GraphML and GEXF for Gephi, yEd, Cytoscape desktop. */
export const GRAPH_EXPORTS: readonly ExportLink[] = (['json', 'graphml', 'gexf'] as const).map((format) => ({
  id: `graph-${format}`,
  path: `/api/export/graph.${format}`,
  fileName: `ecosysteemkaart-graaf.${format}`,
  label: `export.graph.${format}` as MessageKey,
}));

/** One CSV per entity, in the columns the import reads back. */
export const CSV_EXPORTS: readonly ExportLink[] = SHEET_ENTITIES.map((entity) => ({
  id: `csv-${entity}`,
  path: `/api/export/csv/${entity}.csv`,
  fileName: `ecosysteemkaart-${entity}.csv`,
  label: `entity.${entity}` as MessageKey,
}));

/** The empty import templates: a CSV per entity, and one workbook with a sheet per entity. */
export const TEMPLATES: readonly ExportLink[] = [
  ...SHEET_ENTITIES.map((entity: SheetEntity) => ({
    id: `template-${entity}`,
    path: `/api/import/templates/${entity}.csv`,
    fileName: `sjabloon-${entity}.csv`,
    label: `entity.${entity}` as MessageKey,
  })),
  {
    id: 'template-workbook',
    path: '/api/import/templates/workbook.xlsx',
    fileName: 'sjabloon-werkmap.xlsx',
    label: 'entity.workbook',
  },
];
