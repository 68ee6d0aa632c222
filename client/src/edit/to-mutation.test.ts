import { describe, expect, it } from 'vitest';
import { YNBUSINESS } from './fixtures.test-data.ts';
import {
  coverageAddForm,
  coverageRemoveForm,
  coverageUpdateForm,
  organisationCreateForm,
  organisationDeleteForm,
  organisationUpdateForm,
  referralCreateForm,
  referralUpdateForm,
  revertForm,
  serviceCreateForm,
  serviceUpdateForm,
  servesAddForm,
  servesUpdateForm,
} from './forms.ts';
import type { FormSpec, FormValues } from './form-spec.ts';
import { changedFields, toMutation, validate } from './to-mutation.ts';

const org = YNBUSINESS;
const submit = (spec: FormSpec, changes: FormValues) => ({ ...spec.initial, source: 'Jaarverslag 2024', ...changes });

describe('organisation forms', () => {
  it('send only the changed fields, with the version the form showed and the source', () => {
    const spec = organisationUpdateForm(org);
    const values = submit(spec, { description: '  Nieuwe omschrijving  ', comment: 'na gesprek' });
    expect(validate(spec, values)).toEqual([]);
    expect(toMutation(spec, values)).toEqual({
      name: 'updateOrganisation',
      variables: {
        id: 'ynbusiness',
        expectedVersion: 3,
        patch: { description: 'Nieuwe omschrijving' },
        change: { source: 'Jaarverslag 2024', comment: 'na gesprek' },
      },
    });
  });

  it('clears an optional field with null and sends lists whole', () => {
    const spec = organisationUpdateForm(org);
    const values = submit(spec, { scale: '', phases: ['kunnen'], aliases: ['YnB', '', ' Yn Business '] });
    expect(toMutation(spec, values).variables).toMatchObject({
      patch: { scale: null, phases: ['kunnen'], aliases: ['YnB', 'Yn Business'] },
    });
  });

  it('shows the stored years, and sends a cleared year as null', () => {
    const spec = organisationUpdateForm(org);
    expect(spec.initial).toMatchObject({ validFrom: '2015', validTo: '' });
    const values = submit(spec, { validFrom: '', validTo: '2024' });
    expect(toMutation(spec, values).variables).toMatchObject({ patch: { validFrom: null, validTo: 2024 } });
  });

  it('keeps the cited sources as they were shown unless the list is edited', () => {
    const spec = organisationUpdateForm(org);
    expect(spec.initial['sources']).toEqual(['Bijlage 7']);
    const values = submit(spec, { validFrom: '2018' });
    expect(toMutation(spec, values).variables).toMatchObject({ patch: { validFrom: 2018 } });
    expect(changedFields(spec, values).map((f) => f.name)).toEqual(['validFrom']);
  });

  it('refuses to send without a source, a wrong year, or nothing changed', () => {
    const spec = organisationUpdateForm(org);
    expect(validate(spec, { ...spec.initial, description: 'x' }).map((p) => p.key)).toEqual(['edit.problem.source']);
    expect(validate(spec, submit(spec, { validFrom: '20x8' }))).toEqual([
      { field: 'validFrom', key: 'edit.problem.year' },
    ]);
    expect(validate(spec, submit(spec, { validFrom: '2020', validTo: '2019' }))).toEqual([
      { field: 'validTo', key: 'edit.problem.yearOrder' },
    ]);
    expect(validate(spec, submit(spec, {})).map((p) => p.key)).toEqual(['edit.problem.nothingChanged']);
    expect(validate(spec, submit(spec, { name: '  ' })).map((p) => p.field)).toEqual(['name']);
  });

  it('creates an organisation with its first region and leaves out empty fields', () => {
    const spec = organisationCreateForm();
    const values = submit(spec, { name: 'Ondernemershuis Zwolle', type: 'regional-executor', coverage: 'GM0193' });
    expect(validate(spec, values)).toEqual([]);
    expect(toMutation(spec, values)).toEqual({
      name: 'createOrganisation',
      variables: {
        input: { name: 'Ondernemershuis Zwolle', type: 'regional-executor', coverage: ['GM0193'] },
        change: { source: 'Jaarverslag 2024' },
      },
    });
    // The form of an id is the API's rule: the form sends it and shows the refusal at the field (describeError).
    expect(validate(spec, submit(spec, { name: 'X', type: 'rom', id: 'Geen Slug' }))).toEqual([]);
  });

  it('deletes with the chosen handling of its relationships', () => {
    const spec = organisationDeleteForm(org);
    expect(toMutation(spec, submit(spec, { onReferences: 'REMOVE_RELATIONSHIPS' })).variables).toEqual({
      id: 'ynbusiness',
      expectedVersion: 3,
      onReferences: 'REMOVE_RELATIONSHIPS',
      change: { source: 'Jaarverslag 2024' },
    });
  });
});

describe('coverage, serves, service and referral forms', () => {
  it('add coverage without a version and change it with the coverage version', () => {
    const add = coverageAddForm(org);
    expect(validate(add, submit(add, {})).map((p) => p.field)).toEqual(['region']);
    expect(toMutation(add, submit(add, { region: 'Friesland', validFrom: '2021' })).variables).toEqual({
      organisation: 'ynbusiness',
      region: 'Friesland',
      input: { partial: false, validFrom: 2021 },
      change: { source: 'Jaarverslag 2024' },
    });
    const c = org.coverage[0]!;
    const update = coverageUpdateForm(org, c);
    expect(toMutation(update, submit(update, { partial: true })).variables).toEqual({
      organisation: 'ynbusiness',
      region: 'PV21',
      expectedVersion: 1,
      input: { partial: true, validFrom: null, validTo: null },
      change: { source: 'Jaarverslag 2024' },
    });
    expect(toMutation(coverageRemoveForm(org, c), { source: 's' })).toEqual({
      name: 'removeCoverage',
      variables: { organisation: 'ynbusiness', region: 'PV21', expectedVersion: 1, change: { source: 's' } },
    });
  });

  it('change a target group statement by its key, its line cleared when the report gave two', () => {
    const sv = org.serves[0]!;
    const spec = servesUpdateForm(org, sv, 'breed mkb');
    expect(spec.initial['line']).toBe('');
    expect(toMutation(spec, submit(spec, { role: 'SECONDARY', line: 'tweedelijns' }))).toEqual({
      name: 'updateServes',
      variables: {
        key: 'ynbusiness|breed-mkb||',
        expectedVersion: 0,
        patch: { role: 'SECONDARY', line: 'tweedelijns' },
        change: { source: 'Jaarverslag 2024' },
      },
    });
    const add = servesAddForm(org);
    expect(toMutation(add, submit(add, { targetGroup: 'zzp', role: 'PRIMARY', phases: ['weten'] })).variables).toEqual({
      organisation: 'ynbusiness',
      input: { targetGroup: 'zzp', role: 'PRIMARY', phases: ['weten'] },
      change: { source: 'Jaarverslag 2024' },
    });
  });

  it('reads a stored service status as its lifecycle value and asks a last year when stopping', () => {
    const svc = org.services[0]!;
    const spec = serviceUpdateForm(org, svc);
    expect(spec.initial['status']).toBe('ACTIVE');
    expect(validate(spec, submit(spec, { status: 'STOPPED' }))).toEqual([
      { field: 'validTo', key: 'edit.problem.stoppedYear' },
    ]);
    expect(toMutation(spec, submit(spec, { status: 'STOPPED', validTo: '2024' })).variables).toEqual({
      id: 'act-spreekuur',
      expectedVersion: 2,
      patch: { status: 'STOPPED', validTo: 2024 },
      change: { source: 'Jaarverslag 2024' },
    });
    const create = serviceCreateForm(org);
    expect(toMutation(create, submit(create, { name: 'Webinar' })).variables).toEqual({
      organisation: 'ynbusiness',
      input: { name: 'Webinar', status: 'ACTIVE' },
      change: { source: 'Jaarverslag 2024' },
    });
  });

  it('creates a drawn referral between both ends and refuses one to itself', () => {
    const spec = referralCreateForm('ynbusiness', 'nom');
    const values = submit(spec, { targetGroups: ['breed-mkb'], since: '2025' });
    expect(toMutation(spec, values)).toEqual({
      name: 'createReferral',
      variables: {
        input: {
          from: 'ynbusiness',
          to: 'nom',
          kind: 'REFERRAL',
          status: 'ACTIVE',
          targetGroups: ['breed-mkb'],
          since: 2025,
        },
        change: { source: 'Jaarverslag 2024' },
      },
    });
    expect(validate(spec, submit(spec, { to: 'ynbusiness' })).map((p) => p.key)).toEqual([
      'edit.problem.sameOrganisation',
    ]);
    expect(
      validate(referralCreateForm('kvk', null), submit(referralCreateForm('kvk', null), {})).map((p) => p.field),
    ).toEqual(['to']);
  });

  it('shows a stored referral with its enum values and sends the changed ones', () => {
    const r = org.referralsOut[0]!;
    const spec = referralUpdateForm(org, r);
    expect(spec.initial).toMatchObject({ kind: 'WARM_HANDOVER', status: 'PLANNED', since: '2024' });
    expect(toMutation(spec, submit(spec, { status: 'ACTIVE' })).variables).toEqual({
      id: 'rel-007',
      expectedVersion: 0,
      patch: { status: 'ACTIVE' },
      change: { source: 'Jaarverslag 2024' },
    });
  });

  it('undoes a change with or without a source', () => {
    const spec = revertForm({ id: 'c-1', summary: 'updated ynbusiness', at: '2026-11-01T10:00:00Z' });
    expect(validate(spec, {})).toEqual([]);
    expect(toMutation(spec, {})).toEqual({ name: 'revertChange', variables: { id: 'c-1' } });
    expect(toMutation(spec, { source: 'typo' })).toEqual({
      name: 'revertChange',
      variables: { id: 'c-1', change: { source: 'typo' } },
    });
  });
});
