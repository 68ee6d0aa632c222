import { groupBy } from './group-by.ts';
import { relateHelp } from './help.ts';
import type { ProviderMatch, ProviderRow } from './providers.ts';
import type { RegionCatalog } from './region-catalog.ts';

/** Two providers of the same group in the region that give the same kind of help in a shared phase (help.ts). */
export interface OverlapPair {
  readonly targetGroup: string;
  readonly organisations: readonly [ProviderMatch, ProviderMatch];
  /** The kinds of help both give: why they overlap. */
  readonly sharedHelp: string[];
  readonly sharedPhases: string[];
  readonly sharedThemes: string[];
  /** False when the phases of one of them are not recorded, so the overlap rests on the shared help alone. */
  readonly phaseChecked: boolean;
  readonly score: number;
  readonly explanation: string;
}

/** Two providers of the same group in the region whose help differs, or falls in different phases. */
export interface ComplementPair {
  readonly targetGroup: string;
  readonly organisations: readonly [ProviderMatch, ProviderMatch];
  /** Kinds of help both give, in different phases (empty when their kinds of help differ). */
  readonly sharedHelp: string[];
  readonly explanation: string;
}

/** The pairs of an answer: real overlaps, and providers that complement each other. */
export interface ProviderPairs {
  readonly overlaps: OverlapPair[];
  readonly complements: ComplementPair[];
}

const intersect = (a: readonly string[], b: readonly string[]) => [...new Set(a)].filter((x) => b.includes(x)).sort();
const share = (a: readonly string[], b: readonly string[]) => {
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : intersect(a, b).length / union;
};
const round = (x: number) => Math.round(x * 1000) / 1000;
const helpOf = (m: ProviderMatch) => (m.help.length > 0 ? m.help.join(', ') : 'help not recorded');

/**
 * Pairs of real organisations serving the same target group in the region (not as NOT_SERVED), split by the
 * overlap rule (help.ts): overlaps share a kind of help in a shared phase; complements do not. A pair where the
 * kinds of help of one are not recorded is neither (unknown is no overlap), and so is a pair that need not meet:
 * `meet` says whether two matches can reach the same place (by default they can). Pass one match per organisation
 * and group (mergeByOrganisation), so its kinds of help and phases are the union over its statements.
 * Overlaps are scored 0.4 for the group and a shared kind of help, plus up to 0.2 each for the share of kinds of
 * help, phases and themes they have in common (of the union).
 */
export function findProviderPairs(
  matches: readonly ProviderMatch[],
  meet: (a: ProviderMatch, b: ProviderMatch) => boolean = () => true,
): ProviderPairs {
  // A pair where the kinds of help of one are not recorded is neither an overlap nor a complement (relateHelp), so
  // only providers with recorded help can pair: the pairs grow with the square of those, not of all providers.
  const real = matches.filter((m) => !m.organisation.generic && m.role !== 'NOT_SERVED' && m.help.length > 0);
  const overlaps: OverlapPair[] = [];
  const complements: ComplementPair[] = [];
  const seen = new Set<string>();
  // Pairs only form within a group; with one match per organisation and group no pair comes twice.
  const byGroup = groupBy(real, (m) => m.targetGroup);
  const once = byGroup.size === new Set(real.map((m) => `${m.targetGroup}|${m.organisation.id}`)).size;
  for (const group of byGroup.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (a.organisation.id === b.organisation.id) continue;
        const [x, y] = a.organisation.id < b.organisation.id ? [a, b] : [b, a];
        if (!once) {
          const key = `${x.targetGroup}|${x.organisation.id}|${y.organisation.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
        }
        const r = relateHelp(x, y);
        if (r.kind === 'unknown' || !meet(x, y)) continue;
        const names = `${x.organisation.name} and ${y.organisation.name}`;
        if (r.kind === 'complementary') {
          complements.push({
            targetGroup: x.targetGroup,
            organisations: [x, y],
            sharedHelp: r.sharedHelp,
            explanation:
              r.reason === 'different-help'
                ? `${names} complement each other for ${x.targetGroup}: ${x.organisation.name} gives ${helpOf(x)}, ${y.organisation.name} ${helpOf(y)}`
                : `${names} both give ${r.sharedHelp.join(', ')} to ${x.targetGroup}, in different phases (${x.phases.join(', ')}; ${y.phases.join(', ')})`,
          });
          continue;
        }
        const sharedThemes = intersect(x.themes, y.themes);
        const parts = [`both give ${r.sharedHelp.join(', ')} to ${x.targetGroup}`];
        if (r.phaseChecked) parts.push(`in phase ${r.sharedPhases.join(', ')}`);
        if (sharedThemes.length > 0) parts.push(`on ${sharedThemes.join(', ')}`);
        if (!r.phaseChecked) {
          const missing = [x, y].filter((m) => m.phases.length === 0).map((m) => m.organisation.name);
          parts.push(`(phases not recorded for ${missing.join(' and ')}, so a possible overlap)`);
        }
        overlaps.push({
          targetGroup: x.targetGroup,
          organisations: [x, y],
          sharedHelp: r.sharedHelp,
          sharedPhases: r.sharedPhases,
          sharedThemes,
          phaseChecked: r.phaseChecked,
          score: round(
            0.4 + 0.2 * share(x.help, y.help) + 0.2 * share(x.phases, y.phases) + 0.2 * share(x.themes, y.themes),
          ),
          explanation: `${names} ${parts.join(' ')}`,
        });
      }
    }
  }
  const byGroupAndName = (
    p: { targetGroup: string; organisations: readonly [ProviderMatch, ProviderMatch] },
    q: typeof p,
  ) =>
    p.targetGroup.localeCompare(q.targetGroup) ||
    p.organisations[0].organisation.name.localeCompare(q.organisations[0].organisation.name, 'nl') ||
    p.organisations[1].organisation.name.localeCompare(q.organisations[1].organisation.name, 'nl');
  return {
    overlaps: overlaps.sort((p, q) => q.score - p.score || byGroupAndName(p, q)),
    complements: complements.sort(byGroupAndName),
  };
}

/**
 * The provider rows that can be part of a pair (findProviderPairs), before they are matched and merged: every row of
 * a real organisation that records a kind of help in at least one of its statements. The others are left out
 * whatever their coverage or role, as no merge of their statements has a kind of help (unknown is no overlap); so a
 * region's pairs cost what its providers with recorded help cost, not what all its providers cost.
 */
export function pairableRows<R extends ProviderRow>(rows: readonly R[]): R[] {
  const withHelp = new Set<string>();
  for (const r of rows) {
    const help = r.serving['help'];
    if (!r.organisation.generic && Array.isArray(help) && help.length > 0) withHelp.add(r.organisation.id);
  }
  return rows.filter((r) => withHelp.has(r.organisation.id));
}

/**
 * True when two matches can reach the same place in the region asked about: one covers all of it, or the parts
 * they cover are the same, lie one inside the other or overlap. Two providers each in another part of a province
 * (Kennispoort in Regio Zwolle, Novel-T in Twente) do not meet.
 */
export function meetIn(catalog: RegionCatalog): (a: ProviderMatch, b: ProviderMatch) => boolean {
  return (a, b) => {
    if (!a.partial || !b.partial) return true;
    const x = a.coveredVia.id;
    const y = b.coveredVia.id;
    return x === y || catalog.within(x, y) || catalog.within(y, x) || catalog.overlaps(x, y);
  };
}

/** The overlaps among the matches (see findProviderPairs). */
export function findOverlaps(matches: readonly ProviderMatch[]): OverlapPair[] {
  return findProviderPairs(matches).overlaps;
}
