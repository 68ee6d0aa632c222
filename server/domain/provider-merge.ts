import { LEVEL_RANK } from './region-catalog.ts';
import type { RegionRef } from './region-index.ts';
import type { ProviderMatch } from './providers.ts';
import { ROLE_ORDER } from './roles.ts';

/**
 * One organisation in an answer: the fields of its strongest statement, the union of what all its statements
 * say (lines, phases, themes, kinds of help, the regions it matches through), and every statement itself.
 */
export interface OrganisationMatch extends ProviderMatch {
  /** Every region through which one of its statements makes it match, most specific first. */
  readonly coveredViaAll: readonly RegionRef[];
  /** Every statement that makes it match, strongest first (see compareStatements). */
  readonly statements: readonly ProviderMatch[];
}

/** What the statements say together under `key`, each value once, in the order first said. */
function union(statements: readonly ProviderMatch[], key: 'lines' | 'phases' | 'themes' | 'help'): readonly string[] {
  const first = statements[0]![key];
  // One statement (most organisations): its own list, when it names nothing twice.
  if (statements.length === 1 && new Set(first).size === first.length) return first;
  const all = new Set<string>();
  for (const s of statements) for (const value of s[key]) all.add(value);
  return [...all];
}

/**
 * Strongest first: role (ROLE_ORDER), then full coverage before partial, then the more specific region, then
 * a regional before a national one, then its own statement before one derived from a collective; the reading's
 * name settles the rest so the order is stable.
 */
export function compareStatements(a: ProviderMatch, b: ProviderMatch): number {
  return (
    ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
    Number(a.partial) - Number(b.partial) ||
    LEVEL_RANK[b.coveredVia.level] - LEVEL_RANK[a.coveredVia.level] ||
    Number(a.national) - Number(b.national) ||
    Number(a.derivedFrom !== null) - Number(b.derivedFrom !== null) ||
    (a.provenance.reading ?? '').localeCompare(b.provenance.reading ?? '') ||
    (a.scope ?? '').localeCompare(b.scope ?? '')
  );
}

/**
 * Folds the matches of one answer into one row per organisation (per target group, so an answer over several
 * groups keeps one row per organisation and group). Both readings of an ambiguous fact survive as statements;
 * the row takes the strongest one's role, coverage and provenance. Rows keep the order of `matchProviders`:
 * most specific coverage first, then role, then name.
 * @example mergeByOrganisation([novelTPrimary, novelTUnspecified]).length === 1
 */
export function mergeByOrganisation(matches: readonly ProviderMatch[]): OrganisationMatch[] {
  const groups = new Map<string, ProviderMatch[]>();
  for (const m of matches) {
    const key = `${m.organisation.id}\u0000${m.targetGroup}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  const rows: OrganisationMatch[] = [];
  for (const list of groups.values()) {
    const statements = [...list].sort(compareStatements);
    const best = statements[0]!;
    const via = new Map<string, RegionRef>();
    for (const s of [...statements].sort((a, b) => LEVEL_RANK[b.coveredVia.level] - LEVEL_RANK[a.coveredVia.level])) {
      via.set(s.coveredVia.id, s.coveredVia);
    }
    // Field by field rather than spread from `best`: an answer on the national map makes hundreds of these.
    rows.push({
      organisation: best.organisation,
      targetGroup: best.targetGroup,
      role: best.role,
      lines: union(statements, 'lines'),
      phases: union(statements, 'phases'),
      themes: union(statements, 'themes'),
      help: union(statements, 'help'),
      mode: best.mode,
      scope: best.scope,
      coveredVia: best.coveredVia,
      partial: best.partial,
      via: best.via,
      national: best.national,
      local: best.local,
      explanation: best.explanation,
      provenance: best.provenance,
      derivedFrom: best.derivedFrom,
      coveredViaAll: [...via.values()],
      statements,
    });
  }
  return rows.sort(
    (a, b) =>
      LEVEL_RANK[b.coveredVia.level] - LEVEL_RANK[a.coveredVia.level] ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      a.organisation.name.localeCompare(b.organisation.name, 'nl') ||
      a.organisation.id.localeCompare(b.organisation.id),
  );
}
