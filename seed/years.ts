import type { SeedError } from './read-files.ts';
import { SEED_FILES as F } from './read-files.ts';
import type { Activity, Relation, SeedData } from './schema.ts';

// Years of the activities, regional instances and relations the seed writes, in one place (docs/data-years.md).
// The report dates national activities (Bijlage 4: started, stopped, renamed) but hardly ever their regional
// follow-ups and instances, nor the relations that exist because of an activity. Those take the years of what they
// belong to unless their record sets its own; a year taken that way is listed in inferredFields and the note says
// where it comes from. Pure: no I/O.

type Bound = 'validFrom' | 'validTo';
const BOUNDS: readonly Bound[] = ['validFrom', 'validTo'];

/** Inclusive years, either end open, and which of them were taken from something else. */
export interface Years {
  readonly validFrom?: number | undefined;
  readonly validTo?: number | undefined;
  /** Which bounds were taken from `from` rather than read on the record itself. */
  readonly inherited: readonly Bound[];
  /** The activity the inherited bounds come from. */
  readonly from?: string | undefined;
}

/**
 * The years of every activity and regional instance, by id: its own bounds, else those of the activity it belongs
 * to (a regional instance → its activity; a follow-up → its `parentActivity`, transitively).
 * @example yearsOfActivities(d).get('act-speakersacademie--utrecht') // { validFrom: 2022, inherited: ['validFrom'], … }
 */
export function yearsOfActivities(d: SeedData): Map<string, Years> {
  const byId = new Map(d.activities.map((a) => [a.id, a]));
  const result = new Map<string, Years>();
  const resolve = (a: Activity, seen: ReadonlySet<string>): Years => {
    const known = result.get(a.id);
    if (known) return known;
    const parent = a.parentActivity !== undefined ? byId.get(a.parentActivity) : undefined;
    // A cycle of parents is reported by yearErrors; here it only stops the walk.
    const up = parent && !seen.has(parent.id) ? resolve(parent, new Set([...seen, a.id])) : undefined;
    const years = combine(a, up, parent?.id);
    result.set(a.id, years);
    return years;
  };
  for (const a of d.activities) {
    const own = resolve(a, new Set());
    for (const inst of a.regionalInstances ?? []) result.set(inst.id, combine(inst, own, a.id));
  }
  return result;
}

/** A record's own bounds, each missing one taken from `up` (the years of what it belongs to). */
function combine(own: { validFrom?: number | undefined; validTo?: number | undefined }, up?: Years, from?: string) {
  const inherited = BOUNDS.filter((b) => own[b] === undefined && up?.[b] !== undefined);
  return {
    validFrom: own.validFrom ?? up?.validFrom,
    validTo: own.validTo ?? up?.validTo,
    inherited,
    from: inherited.length > 0 ? from : undefined,
  };
}

/** The sentence a record's note gets when its years come from another activity. */
export function inheritedYearsNote(y: Years, name: string): string {
  const what = y.inherited.map((b) => (b === 'validFrom' ? 'first' : 'last')).join(' and ');
  return `Years from ${name} (${y.from}): its ${what} year; the report gives none of its own here.`;
}

const joinNotes = (a: string | undefined, b: string) => (a ? `${a} ${b}` : b);

/** Adds inherited years, with their inferredFields and note, to a record that has none of its own. */
function withYears<T extends { validFrom?: number; validTo?: number; note?: string; inferredFields?: string[] }>(
  record: T,
  y: Years | undefined,
  names: ReadonlyMap<string, string>,
): T {
  if (!y || y.inherited.length === 0) return record;
  const inherited = y.inherited.filter((b) => record[b] === undefined);
  if (inherited.length === 0) return record;
  const taken = { ...y, inherited };
  return {
    ...record,
    ...Object.fromEntries(inherited.map((b) => [b, y[b]])),
    inferredFields: [...(record.inferredFields ?? []), ...inherited],
    note: joinNotes(record.note, inheritedYearsNote(taken, names.get(y.from!) ?? y.from!)),
  };
}

/**
 * The seed with the inherited years filled in: follow-up activities and regional instances take the years of the
 * activity they belong to, relations about an activity (`activity`) those of that activity, where they set none.
 * @example toSeedRows(withDerivedYears(data))
 */
export function withDerivedYears(d: SeedData): SeedData {
  const years = yearsOfActivities(d);
  const names = new Map(d.activities.map((a) => [a.id, a.name]));
  return {
    ...d,
    activities: d.activities.map((a) => ({
      ...withYears(a, years.get(a.id), names),
      ...(a.regionalInstances
        ? { regionalInstances: a.regionalInstances.map((i) => withYears(i, years.get(i.id), names)) }
        : {}),
    })),
    relations: d.relations.map((x: Relation) => {
      const y = x.activity !== undefined ? years.get(x.activity) : undefined;
      if (!y) return x;
      // The relation's years come from its activity whether or not that activity's own were inherited.
      const own = combine(x, y, x.activity);
      return withYears(x, own, names);
    }),
  };
}

/**
 * Year rules the shapes cannot express: a regional instance, follow-up or relation never runs outside the years of
 * the activity it belongs to; an activity in the report's 2017 or 2022 list, or a programme of the plan for
 * 2019-2021, runs in those years; a start or one-off year the report gives bounds the activity's years; no activity
 * is its own ancestor.
 */
export function yearErrors(d: SeedData): SeedError[] {
  const errors: SeedError[] = [];
  const err = (file: string, record: string, field: string, message: string) =>
    errors.push({ file, record, field, message });
  const years = yearsOfActivities(d);
  const byId = new Map(d.activities.map((a) => [a.id, a]));
  /** An explicit bound outside the years of `parentId`. */
  const within = (
    file: string,
    record: string,
    prefix: string,
    own: { validFrom?: number | undefined; validTo?: number | undefined },
    parentId: string,
  ) => {
    const p = years.get(parentId);
    if (!p) return;
    const from = own.validFrom ?? p.validFrom;
    const to = own.validTo ?? p.validTo;
    if (own.validFrom !== undefined && p.validFrom !== undefined && own.validFrom < p.validFrom)
      err(file, record, `${prefix}validFrom`, `must not be before ${p.validFrom}, the first year of ${parentId}`);
    if (own.validTo !== undefined && p.validTo !== undefined && own.validTo > p.validTo)
      err(file, record, `${prefix}validTo`, `must not be after ${p.validTo}, the last year of ${parentId}`);
    if (from !== undefined && to !== undefined && from > to)
      err(file, record, `${prefix}validTo`, `must not be before validFrom (${from}, with ${parentId}'s years)`);
  };
  const runsIn = (y: Years | undefined, year: number) =>
    (y?.validFrom ?? -Infinity) <= year && year <= (y?.validTo ?? Infinity);

  for (const a of d.activities) {
    const y = years.get(a.id);
    for (let p = a.parentActivity, seen = new Set([a.id]); p !== undefined; p = byId.get(p)?.parentActivity) {
      if (seen.has(p)) {
        err(F.activities, a.id, 'parentActivity', `is part of a cycle of parent activities (${[...seen].join(' → ')})`);
        break;
      }
      seen.add(p);
    }
    if (a.parentActivity !== undefined) within(F.activities, a.id, '', a, a.parentActivity);
    (a.regionalInstances ?? []).forEach((inst, i) =>
      within(F.activities, a.id, `regionalInstances[${i}].`, inst, a.id),
    );
    for (const [listed, year] of [
      [a.listed2017, 2017],
      [a.listed2022, 2022],
    ] as const)
      if (listed === true && !runsIn(y, year))
        err(F.activities, a.id, `listed${year}`, `the report lists it for ${year}, outside its years`);
    if (a.startedYear !== undefined && y?.validFrom !== a.startedYear)
      err(F.activities, a.id, 'validFrom', `must be ${a.startedYear}, the year the report says it started`);
    // "Voor de periode 2019-2021 zijn dat: …" (§3.2.4 [L344]): the plan's programmes ran in those years.
    if (a.programme20192021 === true && ![2019, 2020, 2021].every((year) => runsIn(y, year)))
      err(F.activities, a.id, 'programme20192021', 'a programme of the plan for 2019-2021 runs in 2019, 2020 and 2021');
    const oneOff = a.oneOffYears ?? [];
    if (oneOff.length > 0 && (y?.validFrom !== Math.min(...oneOff) || y.validTo !== Math.max(...oneOff)))
      err(F.activities, a.id, 'validFrom', `must span its one-off years (${oneOff.join(', ')})`);
  }
  for (const x of d.relations)
    if (x.activity !== undefined && years.has(x.activity)) within(F.relations, x.id, '', x, x.activity);
  return errors;
}
