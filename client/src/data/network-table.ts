import type { ReferralNetworkQuery } from '../api/generated.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import { toCsv } from './csv.ts';

type Network = ReferralNetworkQuery['referralNetwork'];

/** Columns of the referral network's table and CSV, after the organisation's name. */
export const NETWORK_COLUMNS = [
  'inDegree',
  'outDegree',
  'betweenness',
  'closeness',
  'community',
  'firstLine',
  'weakPoint',
] as const;
export type NetworkColumn = (typeof NETWORK_COLUMNS)[number];

export const NETWORK_HEADERS: Record<NetworkColumn, MessageKey> = {
  inDegree: 'network.col.inDegree',
  outDegree: 'network.col.outDegree',
  betweenness: 'network.col.betweenness',
  closeness: 'network.col.closeness',
  community: 'network.col.community',
  firstLine: 'network.col.firstLine',
  weakPoint: 'network.col.weakPoint',
};

/** A measure as the table shows it: whole numbers as they are, shares to three decimals, yes/no in words. */
function cell(t: Translator, value: number | boolean): string {
  if (typeof value === 'boolean') return t.t(value ? 'network.yes' : 'network.no');
  return t.n(Math.round(value * 1000) / 1000);
}

/**
 * The measured organisations as table rows, most betweenness first (the organisations referrals pass through),
 * then by name; pure, so the table and its CSV are tested without a DOM.
 * @example networkRows(network, translator('nl'))[0].cells.betweenness === '0,5'
 */
export function networkRows(
  network: Network,
  t: Translator,
): { id: string; name: string; cells: Record<NetworkColumn, string>; values: Record<NetworkColumn, number> }[] {
  return [...network.organisations]
    .sort((a, b) => b.betweenness - a.betweenness || a.organisation.name.localeCompare(b.organisation.name, t.lang))
    .map((m) => ({
      id: m.organisation.id,
      name: m.organisation.name,
      cells: Object.fromEntries(NETWORK_COLUMNS.map((c) => [c, cell(t, m[c])])) as Record<NetworkColumn, string>,
      values: Object.fromEntries(NETWORK_COLUMNS.map((c) => [c, Number(m[c])])) as Record<NetworkColumn, number>,
    }));
}

/** The measures as CSV: numbers unrounded (a spreadsheet rounds), the headers in the page's language. */
export function networkCsv(network: Network, t: Translator): string {
  return toCsv(
    ['id', t.t('col.name'), ...NETWORK_COLUMNS.map((c) => t.t(NETWORK_HEADERS[c]))],
    networkRows(network, t).map((r) => [r.id, r.name, ...NETWORK_COLUMNS.map((c) => r.values[c])]),
  );
}
