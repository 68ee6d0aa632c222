import type { Db } from '../db/run.ts';
import type { ConformanceOrganisation, RoleRule } from '../domain/conformance.ts';
import { conformanceContextIn } from './projection/conformance.ts';
import type { ReadModel } from './projection/store.ts';
import { listOf, provenanceOf, textOf, type Props, type Provenance } from './props.ts';

/** A rule of the report's recommended role split, with what the API shows of it besides what domain/ compares. */
export interface RoleRuleRecord extends RoleRule {
  /** Organisation (or generic group) the report names for it. */
  readonly actor: string | null;
  /** Its function, in the report's words. */
  readonly function: string | null;
  readonly targetGroups: string[];
  readonly notFor: string[];
  readonly scale: string[];
  readonly phases: string[];
  readonly themes: string[];
  readonly provenance: Provenance;
}

/** Types a RoleRule node's properties. */
function toRoleRule(p: Props): RoleRuleRecord {
  return {
    id: String(p['id']),
    actorType: String(p['actorType'] ?? ''),
    actor: textOf(p, 'actor'),
    kind: String(p['kind'] ?? 'role-rule'),
    targetGroups: listOf(p, 'targetGroups'),
    notFor: listOf(p, 'notFor'),
    function: textOf(p, 'function'),
    scale: listOf(p, 'scale'),
    phases: listOf(p, 'phases'),
    themes: listOf(p, 'themes'),
    sources: listOf(p, 'sources'),
    sourceDocument: textOf(p, 'sourceDocument'),
    provenance: provenanceOf(p),
  };
}

/** The role rules and the organisations (of a region, or all) they may apply to, from the read model. */
export async function findConformanceContext(
  model: ReadModel,
  regionIds: readonly string[] | null,
): Promise<{ rules: RoleRuleRecord[]; organisations: ConformanceOrganisation[] }> {
  const { rules, organisations } = conformanceContextIn(await model.current(), regionIds);
  return { rules: rules.map(toRoleRule), organisations };
}

/** Reads the recommended role rules, in one round trip. */
export async function listRoleRules(db: Db): Promise<RoleRuleRecord[]> {
  return (await db.read<{ rule: Props }>('conformance/list-role-rules')).map((r) => toRoleRule(r.rule));
}
