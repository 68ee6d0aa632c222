import { organisationInScope } from '../../auth/scope.ts';
import { toRole } from '../../domain/roles.ts';
import { AppError } from '../../errors.ts';
import type { OrganisationRecord, ReferralRecord } from '../../repos/organisations.ts';
import type { Validity } from '../../repos/props.ts';
import type { GraphQLContext } from '../context.ts';
import type { OrganisationResolvers } from '../generated/resolvers.ts';
import { organisationRef, type OrganisationModel } from '../models.ts';
import { intArg } from './args.ts';
import { toBudgetRow, toFigure, toKpiStatus } from './figures.ts';

/** The organisation's full record: prefetched by the query that found it, or loaded in one batch per request. */
async function recordOf(o: OrganisationModel, ctx: GraphQLContext): Promise<OrganisationRecord> {
  if (o.record) return o.record;
  const record = await ctx.organisations.load(o.id);
  if (!record) throw new AppError('NOT_FOUND', `No organisation with id "${o.id}"`, { id: o.id });
  return record;
}

/**
 * A summary field from what is at hand (synchronously: an answer lists thousands of organisations, and a value
 * costs graphql-js far less than a promise), else from the record, then shown by `show`.
 */
function summaryField<K extends 'name' | 'type' | 'scale' | 'generic', R>(
  o: OrganisationModel,
  ctx: GraphQLContext,
  key: K,
  show: (value: OrganisationRecord[K] | NonNullable<OrganisationModel['summary']>[K]) => R,
): R | Promise<R> {
  const known = o.summary?.[key];
  if (known !== undefined) return show(known);
  return recordOf(o, ctx).then((r) => show(r[key]));
}

/** A referral as the API shows it: a referral without a kind is a plain referral, without a status an active one. */
const referral = ({ from, to, kind, status, ...rest }: ReferralRecord) => ({
  ...rest,
  from: organisationRef({ id: from }),
  to: organisationRef({ id: to }),
  kind: kind ?? 'referral',
  status: status ?? 'active',
});

const latest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** Whether something with validFrom/validTo (inclusive years) is valid in `year`. */
function validIn(v: Validity, year: number | null | undefined): boolean {
  if (year === null || year === undefined) return true;
  return (v.validFrom ?? 0) <= year && year <= (v.validTo ?? 9999);
}

export const Organisation: OrganisationResolvers = {
  id: (o) => o.id,
  version: async (o, _a, ctx) => (await recordOf(o, ctx)).version,
  name: (o, _a, ctx) => summaryField(o, ctx, 'name', String),
  type: (o, _a, ctx) => summaryField(o, ctx, 'type', (v) => v ?? 'other'),
  scale: (o, _a, ctx) => summaryField(o, ctx, 'scale', (v) => v ?? null),
  generic: (o, _a, ctx) => summaryField(o, ctx, 'generic', (v) => v === true),
  aliases: async (o, _a, ctx) => (await recordOf(o, ctx)).aliases,
  lines: async (o, _a, ctx) => (await recordOf(o, ctx)).lines,
  phases: async (o, _a, ctx) => (await recordOf(o, ctx)).phases,
  themes: async (o, _a, ctx) => (await recordOf(o, ctx)).themes,
  help: async (o, _a, ctx) => (await recordOf(o, ctx)).help,
  helpNote: async (o, _a, ctx) => (await recordOf(o, ctx)).helpNote,
  description: async (o, _a, ctx) => (await recordOf(o, ctx)).description,
  validFrom: async (o, _a, ctx) => (await recordOf(o, ctx)).validFrom,
  validTo: async (o, _a, ctx) => (await recordOf(o, ctx)).validTo,
  provenance: async (o, _a, ctx) => (await recordOf(o, ctx)).provenance,
  editable: async (o, _a, ctx) => {
    const user = ctx.user;
    if (!user || user.role === 'READER') return false;
    const [record, catalog] = await Promise.all([recordOf(o, ctx), ctx.reference.catalog()]);
    return organisationInScope(
      user,
      catalog,
      record.coverage.map((c) => c.region),
    );
  },
  history: (o, { limit }, ctx) => ctx.histories.load(`${o.id}|${intArg(limit ?? 50, 1, 500, 'limit')}`),
  figures: async (o, _a, ctx) => (await ctx.figures.load(o.id)).map(toFigure),
  budgets: async (o, _a, ctx) => (await ctx.budgets.load(o.id)).map(toBudgetRow),

  coverage: async (o, _a, ctx) => {
    const [record, catalog] = await Promise.all([recordOf(o, ctx), ctx.reference.catalog()]);
    return record.coverage.flatMap(({ region: id, ...rest }) => {
      const region = catalog.get(id);
      return region ? [{ ...rest, region }] : [];
    });
  },

  serves: async (o, _a, ctx) => {
    const [record, vocab] = await Promise.all([recordOf(o, ctx), ctx.reference.vocabulary()]);
    return record.serves.flatMap(({ targetGroup: id, role, likelyRole, ...rest }) => {
      const targetGroup = vocab.targetGroups.find((t) => t.id === id);
      if (!targetGroup) return [];
      return [{ ...rest, targetGroup, role: toRole(role), likelyRole: likelyRole ? toRole(likelyRole) : null }];
    });
  },

  services: async (o, { asOf }, ctx) =>
    (await recordOf(o, ctx)).services
      .filter((s) => validIn(s, asOf) && validIn(s.run, asOf))
      .map(({ run, kpiStatus, ...rest }) => ({
        ...rest,
        kpiStatus: toKpiStatus(kpiStatus),
        // This organisation's years with the service: the later start and the earlier end of the service
        // itself and of the organisation running it.
        validFrom: latest(rest.validFrom, run.validFrom),
        validTo: earliest(rest.validTo, run.validTo),
      }))
      .sort((a, b) => (a.validFrom ?? 0) - (b.validFrom ?? 0) || a.name.localeCompare(b.name, 'nl')),

  referralsOut: async (o, _a, ctx) => (await recordOf(o, ctx)).referralsOut.map(referral),
  referralsIn: async (o, _a, ctx) => (await recordOf(o, ctx)).referralsIn.map(referral),
  relations: async (o, _a, ctx) => (await recordOf(o, ctx)).relations,
};
