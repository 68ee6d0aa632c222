import type { ComparisonQuery } from '../api/generated.ts';
import { toCsv } from '../data/csv.ts';

type Comparison = ComparisonQuery['comparison'];

/**
 * The compared cells as CSV, one line per cell: both statuses and numbers of regional providers, whether it changed,
 * and the server's explanation in its own words.
 */
export function comparisonCellsCsv(c: Comparison): string {
  const regions = new Map(c.rows.map((r) => [r.id, r.name]));
  return toCsv(
    [
      'regio_id',
      'regio',
      'doelgroep_id',
      'status_voor',
      'status_na',
      'aanbieders_voor',
      'aanbieders_na',
      'gewijzigd',
      'toelichting',
    ],
    c.cells.map((x) => [
      x.region,
      regions.get(x.region) ?? x.region,
      x.targetGroup,
      x.before,
      x.after,
      x.providersBefore,
      x.providersAfter,
      x.changed ? 'ja' : 'nee',
      x.explanation,
    ]),
  );
}

/** What started and stopped as CSV, one line per fact, with the server's explanation. */
export function comparisonItemsCsv(c: Comparison): string {
  const line = (what: string, i: Comparison['started'][number]) => [
    what,
    i.kind,
    i.organisation.id,
    i.organisation.name,
    i.other?.id ?? '',
    i.targetGroup?.id ?? '',
    i.region?.id ?? '',
    i.service ?? '',
    i.serviceName ?? '',
    i.explanation,
  ];
  return toCsv(
    [
      'wat',
      'soort',
      'organisatie_id',
      'organisatie',
      'andere_id',
      'doelgroep_id',
      'regio_id',
      'dienst_id',
      'dienst',
      'toelichting',
    ],
    [...c.started.map((i) => line('begonnen', i)), ...c.stopped.map((i) => line('gestopt', i))],
  );
}
