import type { GraphMode, ViewState } from './view-state.ts';

/** A question a first visit can ask with one click; its words are in the i18n files (`guide.example.<id>`). */
export interface ExampleQuestion {
  id: 'breed-mkb-fryslan' | 'gap-utrecht' | 'referrals-fryslan';
  targetGroup: string;
  region: string;
  mode: GraphMode;
  /** Where path mode starts, for a referral question. */
  pathFrom: string | null;
}

// Three questions whose answers on the seed say something (facts from the KplusV report, 2023):
// - the breed mkb in Fryslân: YnBusiness as the recognised first line (Bijlage 7, Factsheet Friesland);
// - the breed mkb in Utrecht: a gap, no regional first line since Syntens left (gap-02, Factsheet Utrecht);
// - KVK's referrals for the breed mkb in Fryslân: on to YnBusiness, "heel beperkt" (rel-054).
export const EXAMPLE_QUESTIONS: readonly ExampleQuestion[] = Object.freeze([
  { id: 'breed-mkb-fryslan', targetGroup: 'breed-mkb', region: 'PV21', mode: 'normaal', pathFrom: null },
  { id: 'gap-utrecht', targetGroup: 'breed-mkb', region: 'PV26', mode: 'normaal', pathFrom: null },
  { id: 'referrals-fryslan', targetGroup: 'breed-mkb', region: 'PV21', mode: 'pad', pathFrom: 'kvk' },
]);

/**
 * Asks an example question as the question bar would, in the graph, with the mode that answers it.
 * @example askExample(DEFAULT_STATE, EXAMPLE_QUESTIONS[0]!).region === 'PV21'
 */
export const askExample = (s: ViewState, q: ExampleQuestion): ViewState => ({
  ...s,
  targetGroup: q.targetGroup,
  region: q.region,
  view: 'graaf',
  mode: q.mode,
  pathFrom: q.pathFrom ?? s.pathFrom,
  selected: null,
});
