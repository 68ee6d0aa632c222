import type { OrganisationSummary } from './organisation-summary.ts';
import { parseCitation, type Source } from './provenance.ts';

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';

export interface RoleRule {
  readonly id: string;
  readonly actorType: string;
  readonly kind: string;
  readonly targetGroups: readonly string[];
  readonly notFor: readonly string[];
  readonly scale: readonly string[];
  readonly phases: readonly string[];
  readonly sources: readonly string[];
  readonly sourceDocument: string | null;
}

export interface ConformanceOrganisation extends OrganisationSummary {
  readonly phases: readonly string[];
  readonly serves: readonly { targetGroup: string; role: string; reading: string | null; phases: readonly string[] }[];
}

export interface Deviation {
  readonly organisation: ConformanceOrganisation;
  readonly rule: string;
  readonly expected: string;
  readonly actual: string;
  readonly severity: Severity;
  readonly sources: Source[];
}

// Sub-regional ROMs are ROMs in the report's own words ("(sub-)regionale ROM's"), so the ROM rule covers them.
const TYPE_ALIASES: Record<string, string> = { 'rom-subregional': 'rom' };
// Placeholder groups in the rules that mean "any group".
const ANY_GROUP = new Set(['various']);
const SEVERITY_ORDER: Record<Severity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

const reading = (r: string | null) => (r ? ` (reading "${r}")` : '');

/**
 * Compares organisations with the report's recommended role split (rules of kind role-rule, matched on
 * organisation type). HIGH: serves a group the report excludes for it; MEDIUM: serves a group outside its
 * recommended ones as primary, or works at another scale; LOW: a recommended group it does not serve, or phases
 * outside the recommended ones (only for an organisation with at least one statement: nothing recorded is unknown).
 */
export function findDeviations(
  rules: readonly RoleRule[],
  organisations: readonly ConformanceOrganisation[],
): Deviation[] {
  const out: Deviation[] = [];
  for (const rule of rules.filter((r) => r.kind === 'role-rule')) {
    const sources = rule.sources.map((c) => parseCitation(c, rule.sourceDocument));
    const add = (o: ConformanceOrganisation, severity: Severity, expected: string, actual: string) =>
      out.push({ organisation: o, rule: rule.id, expected, actual, severity, sources });
    const groups = rule.targetGroups.filter((g) => !ANY_GROUP.has(g));
    for (const o of organisations.filter((x) => (TYPE_ALIASES[x.type ?? ''] ?? x.type) === rule.actorType)) {
      // In a fixed order, so that two deviations of one rule come in the same order whatever order the statements
      // were read in (an edit, a scenario or an adoption may put a statement last).
      const served = o.serves
        .filter((s) => s.role !== 'not-served')
        .sort(
          (a, b) =>
            a.targetGroup.localeCompare(b.targetGroup) ||
            a.role.localeCompare(b.role) ||
            (a.reading ?? '').localeCompare(b.reading ?? ''),
        );
      for (const s of served.filter((x) => rule.notFor.includes(x.targetGroup))) {
        add(
          o,
          'HIGH',
          `not to serve ${rule.notFor.join(', ')}`,
          `serves ${s.targetGroup} as ${s.role}${reading(s.reading)}`,
        );
      }
      if (groups.length > 0) {
        for (const s of served.filter(
          (x) => x.role === 'primary' && !groups.includes(x.targetGroup) && !rule.notFor.includes(x.targetGroup),
        )) {
          add(
            o,
            'MEDIUM',
            `main target groups ${groups.join(', ')}`,
            `serves ${s.targetGroup} as primary${reading(s.reading)}`,
          );
        }
        const missing = groups.filter((g) => !served.some((s) => s.targetGroup === g));
        // Nothing recorded is unknown, not a deviation: the municipalities generated from the CBS list say nothing.
        if (missing.length > 0 && o.serves.length > 0) {
          add(o, 'LOW', `serves ${groups.join(', ')}`, `does not serve ${missing.join(', ')}`);
        }
      }
      if (rule.scale.length > 0 && o.scale && !rule.scale.includes(o.scale)) {
        add(o, 'MEDIUM', `works at ${rule.scale.join(' or ')} scale`, `works at ${o.scale} scale`);
      }
      const outside = o.phases.filter((p) => rule.phases.length > 0 && !rule.phases.includes(p));
      if (outside.length > 0) {
        add(o, 'LOW', `active in phase ${rule.phases.join(', ')}`, `also active in ${outside.join(', ')}`);
      }
    }
  }
  return out.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.organisation.name.localeCompare(b.organisation.name, 'nl') ||
      a.rule.localeCompare(b.rule),
  );
}
