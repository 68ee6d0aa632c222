import { beforeAll, describe, expect, it } from 'vitest';
import { toSeedRows } from './rows.ts';
import type { Activity, SeedData } from './schema.ts';
import { validateSeedDir } from './validate.ts';
import { withDerivedYears, yearErrors, yearsOfActivities } from './years.ts';

let data: SeedData;
beforeAll(async () => {
  const v = await validateSeedDir();
  if (!v.ok) throw new Error('seed data invalid');
  data = v.data;
});

/** A copy of the seed data that a test may change. */
const copy = (): SeedData => structuredClone(data);
const activity = (d: SeedData, id: string): Activity => {
  const found = d.activities.find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
};
const instance = (d: SeedData, id: string) => {
  const found = d.activities.flatMap((a) => a.regionalInstances ?? []).find((i) => i.id === id);
  if (!found) throw new Error(`no regional instance ${id}`);
  return found;
};

describe('yearsOfActivities', () => {
  it('gives a regional instance the years of its national activity', () => {
    expect(yearsOfActivities(data).get('act-speakersacademie--utrecht')).toMatchObject({
      validFrom: 2022,
      validTo: undefined,
      inherited: ['validFrom'],
      from: 'act-speakersacademie',
    });
  });

  it('passes years down a follow-up to its instances', () => {
    const years = yearsOfActivities(data);
    expect(years.get('act-regionale-business-challenge')).toMatchObject({
      validFrom: 2018,
      from: 'act-kvk-business-challenge',
    });
    expect(years.get('act-regionale-business-challenge--twente')).toMatchObject({
      validFrom: 2018,
      from: 'act-regionale-business-challenge',
    });
  });

  it("keeps an instance's own years where the record sets them", () => {
    const d = copy();
    instance(d, 'act-speakersacademie--utrecht').validFrom = 2023;
    expect(yearsOfActivities(d).get('act-speakersacademie--utrecht')).toMatchObject({
      validFrom: 2023,
      inherited: [],
    });
  });

  it('stops at a cycle of parent activities instead of looping', () => {
    const d = copy();
    activity(d, 'act-kvk-business-challenge').parentActivity = 'act-regionale-business-challenge';
    activity(d, 'act-kvk-business-challenge').validFrom = undefined;
    expect(yearsOfActivities(d).get('act-regionale-business-challenge')?.validFrom).toBeUndefined();
  });
});

describe('withDerivedYears', () => {
  it('marks an inherited year as inferred and says where it comes from', () => {
    const utrecht = instance(withDerivedYears(data), 'act-speakersacademie--utrecht');
    expect(utrecht.validFrom).toBe(2022);
    expect(utrecht.inferredFields).toEqual(['validFrom']);
    expect(utrecht.note).toMatch(/^Years from Speakersacademie \(act-speakersacademie\): its first year/);
  });

  it('gives a relation about an activity that activity’s years, keeping its own note', () => {
    const d = copy();
    const breda = d.relations.find((r) => r.id === 'rel-064')!;
    breda.note = 'Past.';
    const derived = withDerivedYears(d).relations.find((r) => r.id === 'rel-064')!;
    expect(derived).toMatchObject({ validFrom: 2018, inferredFields: ['validFrom'] });
    expect(derived.note).toMatch(/^Past\. Years from .*\(act-regionale-business-challenge\)/);
  });

  it('leaves records with years of their own, and those of other activities, as they are', () => {
    const derived = withDerivedYears(data);
    expect(activity(derived, 'act-kvk-business-challenge')).toEqual(activity(data, 'act-kvk-business-challenge'));
    expect(derived.relations.find((r) => r.id === 'rel-049')).toEqual(data.relations.find((r) => r.id === 'rel-049'));
  });

  it('reaches the rows the seed writes: the node of a regional instance carries its years', () => {
    const row = toSeedRows(data).activities.find((a) => a.id === 'act-regionale-business-challenge--noord-brabant');
    expect(row?.props).toMatchObject({ validFrom: 2018, inferredFields: ['validFrom'], provenance: 'report' });
  });
});

describe('yearErrors', () => {
  it('finds nothing wrong with the project seed data', () => {
    expect(yearErrors(data)).toEqual([]);
  });

  it('refuses a regional instance that starts before its national activity', () => {
    const d = copy();
    instance(d, 'act-speakersacademie--utrecht').validFrom = 2017;
    expect(yearErrors(d)).toEqual([
      {
        file: 'activities.yaml',
        record: 'act-speakersacademie',
        field: 'regionalInstances[0].validFrom',
        message: 'must not be before 2022, the first year of act-speakersacademie',
      },
    ]);
  });

  it('refuses a follow-up that outlives its parent activity', () => {
    const d = copy();
    activity(d, 'act-kvk-business-challenge').validTo = 2020;
    activity(d, 'act-regionale-business-challenge').validTo = 2022;
    expect(yearErrors(d)).toContainEqual(
      expect.objectContaining({ record: 'act-regionale-business-challenge', field: 'validTo' }),
    );
  });

  it('refuses a relation about an activity dated before the activity', () => {
    const d = copy();
    d.relations.find((r) => r.id === 'rel-064')!.validFrom = 2016;
    expect(yearErrors(d)).toEqual([
      expect.objectContaining({ file: 'relations.yaml', record: 'rel-064', field: 'validFrom' }),
    ]);
  });

  it('refuses years that leave out a year the report lists the activity for', () => {
    const d = copy();
    activity(d, 'act-kvk-connect').validTo = 2016;
    activity(d, 'act-speakersacademie').validTo = 2021;
    activity(d, 'act-speakersacademie').validFrom = 2021;
    const fields = yearErrors(d).map((e) => `${e.record} ${e.field}`);
    expect(fields).toContain('act-kvk-connect listed2017');
    expect(fields).toContain('act-speakersacademie listed2022');
    expect(fields).toContain('act-speakersacademie validFrom');
  });

  it('refuses a one-off activity whose years do not span its one-off years', () => {
    const d = copy();
    activity(d, 'act-event-kvk-rvo').validTo = 2018;
    expect(yearErrors(d).map((e) => `${e.record} ${e.field}`)).toEqual(['act-event-kvk-rvo validFrom']);
  });

  it('refuses a programme of the 2019-2021 plan that does not run in those years', () => {
    const d = copy();
    activity(d, 'act-digitalisering-mkb').validTo = 2020;
    expect(yearErrors(d).map((e) => `${e.record} ${e.field}`)).toEqual(['act-digitalisering-mkb programme20192021']);
  });

  it('refuses a cycle of parent activities', () => {
    const d = copy();
    activity(d, 'act-kvk-business-challenge').parentActivity = 'act-regionale-business-challenge';
    expect(yearErrors(d).map((e) => `${e.record} ${e.field}`)).toContain('act-kvk-business-challenge parentActivity');
  });
});
