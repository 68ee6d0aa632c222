import { organisationInScope } from '../../auth/scope.ts';
import { toProvenance } from '../../domain/provenance.ts';
import { toRole } from '../../domain/roles.ts';
import { AppError } from '../../errors.ts';
import type { OrganisationRecord } from '../../repos/organisations.ts';
import type { GraphQLContext } from '../context.ts';
import type { OrganisationResolvers } from '../generated/resolvers.ts';
import { organisationRef, type OrganisationModel } from '../models.ts';
import { intArg } from './args.ts';
import { toBudgetRow, toFigure, toKpiStatus } from './figures.ts';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const int = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const versionOf = (props: Record<string, unknown>): number => int(props['version']) ?? 0;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The organisation's full record: prefetched by the query that found it, or loaded in one batch per request. */
async function recordOf(o: OrganisationModel, ctx: GraphQLContext): Promise<OrganisationRecord> {
  if (o.record) return o.record;
  const record = await ctx.organisations.load(o.id);
  if (!record) throw new AppError('NOT_FOUND', `No organisation with id "${o.id}"`, { id: o.id });
  return record;
}

/** A summary field from what is at hand, else from the record. */
async function summaryField<K extends 'name' | 'type' | 'scale' | 'generic'>(
  o: OrganisationModel,
  ctx: GraphQLContext,
  key: K,
): Promise<unknown> {
  const known = o.summary?.[key];
  if (known !== undefined) return known;
  return (await recordOf(o, ctx)).props[key];
}

function referral(r: { from: string; to: string; props: Record<string, unknown> }) {
  return {
    id: String(r.props['relId'] ?? `${r.from}->${r.to}`),
    version: versionOf(r.props),
    from: organisationRef({ id: r.from }),
    to: organisationRef({ id: r.to }),
    kind: str(r.props['kind']) ?? 'referral',
    status: str(r.props['status']) ?? 'active',
    targetGroups: list(r.props['targetGroups']),
    subject: str(r.props['subject']),
    validFrom: int(r.props['validFrom']),
    validTo: int(r.props['validTo']),
    provenance: toProvenance(r.props),
  };
}

const latest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** Whether something with validFrom/validTo (inclusive years) is valid in `year`. */
function validIn(props: Record<string, unknown>, year: number | null | undefined): boolean {
  if (year === null || year === undefined) return true;
  return (int(props['validFrom']) ?? 0) <= year && year <= (int(props['validTo']) ?? 9999);
}

export const Organisation: OrganisationResolvers = {
  id: (o) => o.id,
  version: async (o, _a, ctx) => versionOf((await recordOf(o, ctx)).props),
  name: async (o, _a, ctx) => String(await summaryField(o, ctx, 'name')),
  type: async (o, _a, ctx) => String((await summaryField(o, ctx, 'type')) ?? 'other'),
  scale: async (o, _a, ctx) => str(await summaryField(o, ctx, 'scale')),
  generic: async (o, _a, ctx) => (await summaryField(o, ctx, 'generic')) === true,
  aliases: async (o, _a, ctx) => list((await recordOf(o, ctx)).props['aliases']),
  lines: async (o, _a, ctx) => list((await recordOf(o, ctx)).props['lines']),
  phases: async (o, _a, ctx) => list((await recordOf(o, ctx)).props['phases']),
  themes: async (o, _a, ctx) => list((await recordOf(o, ctx)).props['themes']),
  help: async (o, _a, ctx) => list((await recordOf(o, ctx)).props['help']),
  helpNote: async (o, _a, ctx) => str((await recordOf(o, ctx)).props['helpNote']),
  description: async (o, _a, ctx) => str((await recordOf(o, ctx)).props['description']),
  validFrom: async (o, _a, ctx) => int((await recordOf(o, ctx)).props['validFrom']),
  validTo: async (o, _a, ctx) => int((await recordOf(o, ctx)).props['validTo']),
  provenance: async (o, _a, ctx) => toProvenance((await recordOf(o, ctx)).props),
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
    return record.coverage.flatMap((c) => {
      const region = catalog.get(c.region);
      return region
        ? [
            {
              region,
              version: versionOf(c.props),
              partial: c.props['partial'] === true,
              validFrom: int(c.props['validFrom']),
              validTo: int(c.props['validTo']),
              provenance: toProvenance(c.props),
            },
          ]
        : [];
    });
  },

  serves: async (o, _a, ctx) => {
    const [record, vocab] = await Promise.all([recordOf(o, ctx), ctx.reference.vocabulary()]);
    return record.serves.flatMap((s) => {
      const targetGroup = vocab.targetGroups.find((t) => t.id === s.targetGroup);
      if (!targetGroup) return [];
      const likely = str(s.props['likelyRole']);
      return [
        {
          key: String(s.props['key']),
          version: versionOf(s.props),
          targetGroup,
          role: toRole(s.props['role']),
          likelyRole: likely ? toRole(likely) : null,
          phases: list(s.props['phases']),
          themes: list(s.props['themes']),
          lines: list(s.props['lines']),
          help: list(s.props['help']),
          mode: str(s.props['mode']),
          scope: str(s.props['scope']),
          validFrom: int(s.props['validFrom']),
          validTo: int(s.props['validTo']),
          provenance: toProvenance(s.props),
        },
      ];
    });
  },

  services: async (o, { asOf }, ctx) =>
    (await recordOf(o, ctx)).services
      .filter((s) => validIn(s.props, asOf) && validIn(s.run, asOf))
      .map((s) => ({
        id: String(s.props['id']),
        version: versionOf(s.props),
        name: String(s.props['name']),
        description: str(s.props['description']),
        kind: str(s.props['kind']),
        group: str(s.props['group']),
        statutoryTasks: list(s.props['statutoryTasks']),
        kpis: list(s.props['kpis']),
        kpiStatus: toKpiStatus(s.props['kpiStatus']),
        targetGroups: s.targetGroups,
        // This organisation's years with the service: the later start and the earlier end of the service
        // itself and of the organisation running it.
        validFrom: latest(int(s.props['validFrom']), int(s.run['validFrom'])),
        validTo: earliest(int(s.props['validTo']), int(s.run['validTo'])),
        oneOffYears: Array.isArray(s.props['oneOffYears']) ? (s.props['oneOffYears'] as number[]) : [],
        status: str(s.props['status']),
        renamedTo: s.renamedTo,
        provenance: toProvenance(s.props),
      }))
      .sort((a, b) => (a.validFrom ?? 0) - (b.validFrom ?? 0) || a.name.localeCompare(b.name, 'nl')),

  referralsOut: async (o, _a, ctx) => (await recordOf(o, ctx)).referralsOut.map(referral),
  referralsIn: async (o, _a, ctx) => (await recordOf(o, ctx)).referralsIn.map(referral),

  relations: async (o, _a, ctx) =>
    (await recordOf(o, ctx)).relations.map((r) => ({
      id: String(r.props['relId']),
      type: r.type,
      fromId: r.fromId,
      fromName: r.fromName,
      toId: r.toId,
      toName: r.toName,
      status: str(r.props['status']),
      subject: str(r.props['subject']),
      provenance: toProvenance(r.props),
    })),
};
