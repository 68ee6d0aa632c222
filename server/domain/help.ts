// The overlap rule, in one place: two providers of the same target group in the same region overlap only when
// they give the same kind of help (vocabulary `helpKinds`) in a shared phase. Everything that says "overlap" —
// the OVERLAP status of a coverage cell, the overlaps query, the graph's overlap mode — asks this file.
// Unknown is no overlap: a provider whose kinds of help are not recorded overlaps with nobody.

/** What the overlap rule reads of a provider's statement about one target group. */
export interface HelpFacts {
  /** Kinds of help (vocabulary `helpKinds`); empty when not recorded. */
  readonly help: readonly string[];
  /** Phases (inspireren, weten, willen, kunnen); empty when not recorded. */
  readonly phases: readonly string[];
}

/**
 * How two providers of the same group in the same region relate:
 * - `overlap`: they share a kind of help, and a phase. `phaseChecked` is false when the phases of one of them are
 *   not recorded: the phase cannot rule the overlap out, so it stands on the shared help alone (a possible overlap).
 * - `complementary`: both kinds of help are recorded and differ, or they share a kind of help in different phases.
 * - `unknown`: the kinds of help of one of them are not recorded, so nothing can be said.
 */
export type HelpRelation =
  | {
      readonly kind: 'overlap';
      readonly sharedHelp: string[];
      readonly sharedPhases: string[];
      readonly phaseChecked: boolean;
    }
  | {
      readonly kind: 'complementary';
      readonly sharedHelp: string[];
      readonly reason: 'different-help' | 'different-phase';
    }
  | { readonly kind: 'unknown' };

const intersect = (a: readonly string[], b: readonly string[]): string[] =>
  [...new Set(a)].filter((x) => b.includes(x)).sort();

/**
 * The kinds of help both give (sorted); empty when none, or when one of them has none recorded.
 * @example sharedHelp({ help: ['financiering'] }, { help: ['advies-begeleiding'] }) // []
 */
export function sharedHelp(a: Pick<HelpFacts, 'help'>, b: Pick<HelpFacts, 'help'>): string[] {
  return intersect(a.help, b.help);
}

/**
 * Decides whether two providers of the same target group in the same region overlap (see HelpRelation).
 * @example relateHelp({ help: ['financiering'], phases: [] }, { help: ['advies-begeleiding'], phases: ['kunnen'] }).kind === 'complementary'
 */
export function relateHelp(a: HelpFacts, b: HelpFacts): HelpRelation {
  if (a.help.length === 0 || b.help.length === 0) return { kind: 'unknown' };
  const help = sharedHelp(a, b);
  if (help.length === 0) return { kind: 'complementary', sharedHelp: [], reason: 'different-help' };
  if (a.phases.length === 0 || b.phases.length === 0)
    return { kind: 'overlap', sharedHelp: help, sharedPhases: [], phaseChecked: false };
  const phases = intersect(a.phases, b.phases);
  return phases.length === 0
    ? { kind: 'complementary', sharedHelp: help, reason: 'different-phase' }
    : { kind: 'overlap', sharedHelp: help, sharedPhases: phases, phaseChecked: true };
}

/**
 * True when some two of the providers, of different organisations, overlap by relateHelp: the condition of the
 * OVERLAP status (called with a cell's full-coverage primary regional providers). The same answer as trying every
 * pair with relateHelp, found per kind of help, so a national matrix with hundreds of providers per cell stays linear:
 * two providers sharing a kind of help overlap when either has no phases recorded, or both name a phase.
 */
export function anyOverlap(
  providers: readonly (HelpFacts & { readonly organisation: { readonly id: string } })[],
): boolean {
  // Providers whose help is not recorded overlap with nobody (relateHelp: unknown).
  const byHelp = new Map<string, (typeof providers)[number][]>();
  for (const p of providers)
    for (const h of new Set(p.help)) {
      const list = byHelp.get(h);
      if (list) list.push(p);
      else byHelp.set(h, [p]);
    }
  for (const list of byHelp.values()) {
    const organisations = new Set(list.map((p) => p.organisation.id));
    if (organisations.size < 2) continue;
    // Another organisation gives this help too: without phases, the phase cannot rule the overlap out.
    if (list.some((p) => p.phases.length === 0)) return true;
    const firstInPhase = new Map<string, string>();
    for (const p of list)
      for (const phase of p.phases) {
        const first = firstInPhase.get(phase);
        if (first === undefined) firstInPhase.set(phase, p.organisation.id);
        else if (first !== p.organisation.id) return true;
      }
  }
  return false;
}
