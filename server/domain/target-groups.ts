/** The pseudo-group of statements about "alle doelgroepen" (Bijlage 3, the Utrecht canvas). */
export const ALL_GROUPS = 'various';

/** How a statement about one target group speaks for the group asked about. */
export type GroupRelation = 'SAME' | 'BROADER' | 'NARROWER' | 'ALL';

/** A target group as the hierarchy needs it: its broader group (SUBSET_OF) and whether it is one of entrepreneurs. */
export interface GroupNode {
  readonly id: string;
  readonly broader: string | null;
  readonly kind: string | null;
}

/** Where a derived row's statement comes from: the group it was made about and how that group relates. */
export interface GroupVia {
  readonly targetGroup: string;
  readonly relation: Exclude<GroupRelation, 'SAME'>;
}

/** What `expand` reads of a provider row (domain/providers.ts `ProviderRow`): its group and its serving's role. */
interface GroupedRow {
  readonly targetGroup: string;
  readonly serving: Record<string, unknown>;
  readonly via?: GroupVia;
}

/**
 * The nesting of target groups the report makes (the peloton within the breed mkb, …) as one tree, with the
 * rules that follow from it in one place: a provider of a broader group serves its narrower groups; a provider of
 * only a narrower group serves part of the broader one; a statement about all groups speaks for every group of
 * entrepreneurs.
 */
export class TargetGroupTree {
  private readonly byId: ReadonlyMap<string, GroupNode>;
  private readonly children = new Map<string, string[]>();

  constructor(groups: readonly GroupNode[]) {
    this.byId = new Map(groups.map((g) => [g.id, g]));
    for (const g of groups) {
      if (g.broader === null || !this.byId.has(g.broader)) continue;
      const list = this.children.get(g.broader);
      if (list) list.push(g.id);
      else this.children.set(g.broader, [g.id]);
    }
  }

  /** The groups containing `id`, nearest first (the seed refuses cycles; a guard stops one anyway). */
  broader(id: string): string[] {
    const out: string[] = [];
    for (let p = this.byId.get(id)?.broader ?? null; p !== null && !out.includes(p) && p !== id;) {
      out.push(p);
      p = this.byId.get(p)?.broader ?? null;
    }
    return out;
  }

  /** Every group inside `id`, at any depth. */
  narrower(id: string): string[] {
    const out: string[] = [];
    const queue = [...(this.children.get(id) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (out.includes(next) || next === id) continue;
      out.push(next);
      queue.push(...(this.children.get(next) ?? []));
    }
    return out;
  }

  /** How a statement about `statedFor` speaks for `asked`; null when it says nothing about it. */
  relation(statedFor: string, asked: string): GroupRelation | null {
    if (statedFor === asked) return 'SAME';
    if (statedFor === ALL_GROUPS) return this.byId.get(asked)?.kind === 'public' ? null : 'ALL';
    if (this.broader(asked).includes(statedFor)) return 'BROADER';
    if (this.narrower(asked).includes(statedFor)) return 'NARROWER';
    return null;
  }

  /** The groups whose statements can speak for the asked ones: themselves, broader, narrower and "all groups". */
  statedGroups(asked: readonly string[]): string[] {
    return [...new Set(asked.flatMap((a) => [a, ...this.broader(a), ...this.narrower(a), ALL_GROUPS]))];
  }

  /**
   * The provider rows as statements about the asked groups: a row about another group is copied for each asked
   * group it speaks for, carrying `via` (the group it was made about and how). An exclusion (not served) passes
   * only to narrower groups: not serving the breed mkb means not serving the peloton, but not serving the peloton
   * says nothing about the breed mkb.
   */
  expand<R extends GroupedRow>(rows: readonly R[], asked: readonly string[]): R[] {
    // How each stated group speaks for the asked ones, worked out once per stated group, with one `via` each.
    const speaksFor = new Map<string, { group: string; via: GroupVia | null }[]>();
    const out: R[] = [];
    for (const row of rows) {
      let targets = speaksFor.get(row.targetGroup);
      if (!targets) {
        targets = [];
        for (const group of asked) {
          const relation = this.relation(row.targetGroup, group);
          if (relation !== null)
            targets.push({ group, via: relation === 'SAME' ? null : { targetGroup: row.targetGroup, relation } });
        }
        speaksFor.set(row.targetGroup, targets);
      }
      for (const { group, via } of targets) {
        if (via === null) out.push(row);
        else if (row.serving['role'] !== 'not-served' || via.relation === 'BROADER')
          out.push({ ...row, targetGroup: group, via });
      }
    }
    return out;
  }
}
