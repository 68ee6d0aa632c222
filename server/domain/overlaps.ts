import type { ProviderMatch } from './providers.ts';

export interface OverlapPair {
  readonly targetGroup: string;
  readonly organisations: readonly [ProviderMatch, ProviderMatch];
  readonly sharedPhases: string[];
  readonly sharedThemes: string[];
  readonly score: number;
  readonly explanation: string;
}

const intersect = (a: readonly string[], b: readonly string[]) => [...new Set(a)].filter((x) => b.includes(x)).sort();
const unionSize = (a: readonly string[], b: readonly string[]) => new Set([...a, ...b]).size;
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Pairs of real organisations serving the same target group in the region (not as NOT_SERVED), scored by what
 * they share: 0.4 for the group, up to 0.3 for phases and 0.3 for themes (shared share of the union). Pairs that
 * are two readings of one organisation are not overlaps.
 */
export function findOverlaps(matches: readonly ProviderMatch[]): OverlapPair[] {
  const real = matches.filter((m) => !m.organisation.generic && m.role !== 'NOT_SERVED');
  const out: OverlapPair[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < real.length; i++) {
    for (let j = i + 1; j < real.length; j++) {
      const a = real[i]!;
      const b = real[j]!;
      if (a.targetGroup !== b.targetGroup || a.organisation.id === b.organisation.id) continue;
      const [x, y] = a.organisation.id < b.organisation.id ? [a, b] : [b, a];
      const key = `${x.targetGroup}|${x.organisation.id}|${y.organisation.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sharedPhases = intersect(x.phases, y.phases);
      const sharedThemes = intersect(x.themes, y.themes);
      const phaseShare = unionSize(x.phases, y.phases) === 0 ? 0 : sharedPhases.length / unionSize(x.phases, y.phases);
      const themeShare = unionSize(x.themes, y.themes) === 0 ? 0 : sharedThemes.length / unionSize(x.themes, y.themes);
      const parts = [`both serve ${x.targetGroup}`];
      if (sharedPhases.length > 0) parts.push(`in phase ${sharedPhases.join(', ')}`);
      if (sharedThemes.length > 0) parts.push(`on ${sharedThemes.join(', ')}`);
      if (x.phases.length === 0 || y.phases.length === 0) parts.push('(phases not recorded for one of them)');
      out.push({
        targetGroup: x.targetGroup,
        organisations: [x, y],
        sharedPhases,
        sharedThemes,
        score: round(0.4 + 0.3 * phaseShare + 0.3 * themeShare),
        explanation: `${x.organisation.name} and ${y.organisation.name} ${parts.join(' ')}`,
      });
    }
  }
  return out.sort(
    (p, q) =>
      q.score - p.score ||
      p.targetGroup.localeCompare(q.targetGroup) ||
      p.organisations[0].organisation.name.localeCompare(q.organisations[0].organisation.name, 'nl'),
  );
}
