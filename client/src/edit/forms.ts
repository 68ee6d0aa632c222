import type { ChangeFieldsFragment } from '../api/generated.ts';
import type { OrganisationDetails } from '../api/responses.ts';
import { field, formSpec, year, YEARS, type FieldSpec, type FormSpec } from './form-spec.ts';
import { toEnum, REFERRAL_KINDS, REFERRAL_STATUSES, SERVICE_STATUSES } from './vocabulary.ts';

// The edit forms, one builder per change: which fields, and their first values from what the details panel
// showed. Everything here is pure and unit-tested.

type Org = Pick<OrganisationDetails, 'id' | 'name' | 'version'>;

/** A form about an organisation or one of its facts: titled with its name, and showing it once saved. */
const orgForm = (org: Org, spec: Omit<Parameters<typeof formSpec>[0], 'organisation'>): FormSpec =>
  formSpec({ titleVars: { name: org.name }, organisation: org.id, ...spec });
type Coverage = OrganisationDetails['coverage'][number];
type Serving = OrganisationDetails['serves'][number];
type Service = OrganisationDetails['services'][number];
type Referral = OrganisationDetails['referralsOut'][number];

const ORGANISATION_FIELDS: FieldSpec[] = [
  field('name', 'text', { required: true }),
  field('aliases', 'lines', { hint: 'edit.hint.onePerLine' }),
  field('type', 'select', { options: 'types', required: true }),
  field('scale', 'select', { options: 'scales', empty: true }),
  field('description', 'textarea'),
  field('lines', 'checks', { options: 'lines' }),
  field('phases', 'checks', { options: 'phases' }),
  field('themes', 'checks', { options: 'themes' }),
  ...YEARS,
  field('sources', 'lines', { hint: 'edit.hint.sources' }),
];

/** The form changing an organisation's own fields. */
export function organisationUpdateForm(org: OrganisationDetails): FormSpec {
  return orgForm(org, {
    kind: 'organisation.update',
    title: 'edit.form.organisationUpdate',
    fields: ORGANISATION_FIELDS,
    initial: {
      name: org.name,
      aliases: [...org.aliases],
      type: org.type,
      scale: org.scale ?? '',
      description: org.description ?? '',
      lines: [...org.lines],
      phases: [...org.phases],
      themes: [...org.themes],
      validFrom: year(org.validFrom),
      validTo: year(org.validTo),
      // The citations as stored (the document is kept apart), so that a list sent back changes nothing unasked.
      sources: org.provenance.sources.map((s) => s.citation ?? s.document),
    },
    target: { id: org.id, expectedVersion: org.version },
  });
}

/** The form creating an organisation with its first region. */
export function organisationCreateForm(): FormSpec {
  return formSpec({
    kind: 'organisation.create',
    title: 'edit.form.organisationCreate',
    fields: [
      field('name', 'text', { required: true }),
      field('id', 'text', { hint: 'edit.hint.id' }),
      field('type', 'select', { options: 'types', required: true }),
      field('scale', 'select', { options: 'scales', empty: true }),
      field('coverage', 'region', { hint: 'edit.hint.coverage' }),
      field('aliases', 'lines', { hint: 'edit.hint.onePerLine' }),
      field('description', 'textarea'),
      field('lines', 'checks', { options: 'lines' }),
      field('phases', 'checks', { options: 'phases' }),
      field('themes', 'checks', { options: 'themes' }),
      ...YEARS,
    ],
    initial: {
      name: '',
      id: '',
      type: '',
      scale: '',
      coverage: '',
      aliases: [],
      description: '',
      lines: [],
      phases: [],
      themes: [],
      validFrom: '',
      validTo: '',
    },
    target: {},
    organisation: null,
  });
}

/** The form deleting an organisation: refuse while others refer to it, or remove its relationships too. */
export function organisationDeleteForm(org: Org): FormSpec {
  return formSpec({
    kind: 'organisation.delete',
    title: 'edit.form.organisationDelete',
    titleVars: { name: org.name },
    intro: { key: 'edit.intro.organisationDelete', vars: { name: org.name } },
    fields: [field('onReferences', 'radios', { options: 'deleteModes', required: true })],
    initial: { onReferences: 'REFUSE' },
    target: { id: org.id, expectedVersion: org.version },
    organisation: null,
    destructive: true,
  });
}

const COVERAGE_FIELDS = [field('partial', 'checkbox'), ...YEARS];

export function coverageAddForm(org: Org): FormSpec {
  return orgForm(org, {
    kind: 'coverage.add',
    title: 'edit.form.coverageAdd',
    fields: [field('region', 'region', { required: true }), ...COVERAGE_FIELDS],
    initial: { region: '', partial: false, validFrom: '', validTo: '' },
    target: { organisation: org.id },
  });
}

export function coverageUpdateForm(org: Org, c: Coverage): FormSpec {
  return orgForm(org, {
    kind: 'coverage.update',
    title: 'edit.form.coverageUpdate',
    titleVars: { name: org.name, region: c.region.name },
    fields: COVERAGE_FIELDS,
    initial: { partial: c.partial, validFrom: year(c.validFrom), validTo: year(c.validTo) },
    target: { organisation: org.id, region: c.region.id, expectedVersion: c.version },
  });
}

export function coverageRemoveForm(org: Org, c: Coverage): FormSpec {
  return orgForm(org, {
    kind: 'coverage.remove',
    title: 'edit.form.coverageRemove',
    titleVars: { name: org.name, region: c.region.name },
    intro: { key: 'edit.intro.coverageRemove', vars: { name: org.name, region: c.region.name } },
    target: { organisation: org.id, region: c.region.id, expectedVersion: c.version },
    destructive: true,
  });
}

const SERVES_FIELDS = [
  field('role', 'select', { options: 'roles', required: true }),
  field('phases', 'checks', { options: 'phases' }),
  field('themes', 'checks', { options: 'themes' }),
  field('line', 'select', { options: 'lines', empty: true }),
  ...YEARS,
];

export function servesAddForm(org: Org): FormSpec {
  return orgForm(org, {
    kind: 'serves.add',
    title: 'edit.form.servesAdd',
    fields: [field('targetGroup', 'select', { options: 'targetGroups', required: true }), ...SERVES_FIELDS],
    initial: { targetGroup: '', role: '', phases: [], themes: [], line: '', validFrom: '', validTo: '' },
    target: { organisation: org.id },
  });
}

export function servesUpdateForm(org: Org, sv: Serving, groupName: string): FormSpec {
  return orgForm(org, {
    kind: 'serves.update',
    title: 'edit.form.servesUpdate',
    titleVars: { name: org.name, group: groupName },
    fields: SERVES_FIELDS,
    initial: {
      role: sv.role,
      phases: [...sv.phases],
      themes: [...sv.themes],
      // One line per statement in the input; a statement read from the report may list both.
      line: sv.lines.length === 1 ? sv.lines[0]! : '',
      validFrom: year(sv.validFrom),
      validTo: year(sv.validTo),
    },
    target: { key: sv.key, expectedVersion: sv.version },
  });
}

export function servesRemoveForm(org: Org, sv: Serving, groupName: string): FormSpec {
  return orgForm(org, {
    kind: 'serves.remove',
    title: 'edit.form.servesRemove',
    titleVars: { name: org.name, group: groupName },
    intro: { key: 'edit.intro.servesRemove', vars: { name: org.name, group: groupName } },
    target: { key: sv.key, expectedVersion: sv.version },
    destructive: true,
  });
}

const SERVICE_FIELDS = [
  field('name', 'text', { required: true }),
  field('description', 'textarea'),
  field('status', 'select', { options: 'serviceStatuses', required: true }),
  field('validFrom', 'year'),
  field('validTo', 'year', { hint: 'edit.hint.stopped' }),
  field('targetGroups', 'checks', { options: 'targetGroups' }),
];

export function serviceCreateForm(org: Org): FormSpec {
  return orgForm(org, {
    kind: 'service.create',
    title: 'edit.form.serviceCreate',
    fields: SERVICE_FIELDS,
    initial: { name: '', description: '', status: 'ACTIVE', validFrom: '', validTo: '', targetGroups: [] },
    target: { organisation: org.id },
  });
}

export function serviceUpdateForm(org: Org, svc: Service): FormSpec {
  return orgForm(org, {
    kind: 'service.update',
    title: 'edit.form.serviceUpdate',
    titleVars: { name: svc.name },
    // A status the report uses but the lifecycle does not know (renamed, unknown) stays until one is chosen.
    fields: SERVICE_FIELDS.map((f) => (f.name === 'status' ? { ...f, required: false, empty: true } : f)),
    initial: {
      name: svc.name,
      description: svc.description ?? '',
      status: toEnum(SERVICE_STATUSES, svc.status),
      validFrom: year(svc.validFrom),
      validTo: year(svc.validTo),
      targetGroups: [...svc.targetGroups],
    },
    target: { id: svc.id, expectedVersion: svc.version },
  });
}

export function serviceDeleteForm(org: Org, svc: Service): FormSpec {
  return orgForm(org, {
    kind: 'service.delete',
    title: 'edit.form.serviceDelete',
    titleVars: { name: svc.name },
    intro: { key: 'edit.intro.serviceDelete', vars: { name: svc.name, organisation: org.name } },
    target: { id: svc.id, expectedVersion: svc.version },
    destructive: true,
  });
}

const REFERRAL_FIELDS = [
  field('kind', 'select', { options: 'referralKinds', required: true }),
  field('status', 'select', { options: 'referralStatuses', required: true }),
  field('targetGroups', 'checks', { options: 'targetGroups' }),
  field('subject', 'text'),
  field('since', 'year'),
  field('until', 'year'),
];

/**
 * The form adding a referral, from the details panel (`from` known) or drawn in the graph (both known).
 * Both ends stay editable, with the organisation autocomplete.
 */
export function referralCreateForm(from: string | null, to: string | null): FormSpec {
  return formSpec({
    kind: 'referral.create',
    title: 'edit.form.referralCreate',
    fields: [
      field('from', 'organisation', { required: true }),
      field('to', 'organisation', { required: true }),
      ...REFERRAL_FIELDS,
    ],
    initial: {
      from: from ?? '',
      to: to ?? '',
      kind: 'REFERRAL',
      status: 'ACTIVE',
      targetGroups: [],
      subject: '',
      since: '',
      until: '',
    },
    target: {},
    organisation: from,
  });
}

export function referralUpdateForm(org: Org, r: Referral): FormSpec {
  return orgForm(org, {
    kind: 'referral.update',
    title: 'edit.form.referralUpdate',
    titleVars: { from: r.from.name, to: r.to.name },
    fields: REFERRAL_FIELDS,
    initial: {
      kind: toEnum(REFERRAL_KINDS, r.kind),
      status: toEnum(REFERRAL_STATUSES, r.status),
      targetGroups: [...r.targetGroups],
      subject: r.subject ?? '',
      since: year(r.validFrom),
      until: year(r.validTo),
    },
    target: { id: r.id, expectedVersion: r.version },
  });
}

export function referralDeleteForm(org: Org, r: Referral): FormSpec {
  return orgForm(org, {
    kind: 'referral.delete',
    title: 'edit.form.referralDelete',
    titleVars: { from: r.from.name, to: r.to.name },
    intro: { key: 'edit.intro.referralDelete', vars: { from: r.from.name, to: r.to.name } },
    target: { id: r.id, expectedVersion: r.version },
    destructive: true,
  });
}

/** Undoing a change (the viewer's latest, or any for an admin); the source is optional here. */
export function revertForm(change: Pick<ChangeFieldsFragment, 'id' | 'summary' | 'at'>): FormSpec {
  return formSpec({
    kind: 'change.revert',
    title: 'edit.form.revert',
    intro: { key: 'edit.intro.revert', vars: { summary: change.summary } },
    target: { id: change.id },
    organisation: null,
    sourceRequired: false,
  });
}
