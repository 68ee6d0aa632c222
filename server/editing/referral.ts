import { randomUUID } from 'node:crypto';
import type { User } from '../auth/users.ts';
import { storedValue } from '../domain/rules.ts';
import type * as G from '../graphql/generated/resolvers.ts';
import * as writes from '../repos/edit-writes.ts';
import { referralEntity } from './entities.ts';
import { referralFacts } from './scope-facts.ts';
import { badInput, definedOnly, listOf, optionalText, sourcesOf, year, yearRange } from './validate.ts';
import { addSource, applyEdit, asEditor, checkedPatch, notNull, stamp, vocabIds } from './write-kit.ts';
import type { ChangeInfo, EditEnv, MutationResult } from './write-kit.ts';

// Referrals: one organisation referring entrepreneurs to another (REFERS_TO), known by their relId. The province
// scope needs one of the two ends to be the editor's.

/** Creates a referral between two organisations, with a new relId. */
export const createReferral = asEditor<G.MutationCreateReferralArgs>(async (env, user, { input }, info) => {
  if (input.from === input.to) throw badInput('input.to', input.to, 'must differ from input.from');
  const since = year(input.since, 'input.since');
  const until = year(input.until, 'input.until');
  yearRange(since, until, ['input.since', 'input.until']);
  const relId = `rel-user-${randomUUID()}`;
  const props = definedOnly({
    relId,
    kind: storedValue(input.kind),
    status: storedValue(input.status),
    targetGroups: (await vocabIds(env, 'targetGroups', input.targetGroups, 'input.targetGroups')) ?? [],
    subject: optionalText(input.subject, 'input.subject', 500) ?? undefined,
    validFrom: since ?? undefined,
    validTo: until ?? undefined,
    provenance: 'user',
    sources: sourcesOf(input.sources, info.source),
    version: 1,
    ...stamp(user),
  });
  const { from, to } = input;
  const entity = { ...referralEntity(relId), fromId: from, toId: to };
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'CREATE_REFERRAL',
    summary: `${from} refers to ${to}`,
    organisations: [from, to],
    write: (change, check) => writes.createReferral(env.db, { from, to, props, entity, change }, check),
    notFound: `No organisation with id "${from}" or "${to}".`,
    exists: `A referral with id ${relId} already exists.`,
    scope: referralFacts,
    organisationId: from,
  });
});

/** Changes a referral, at the version the writer holds. */
export const updateReferral = asEditor<G.MutationUpdateReferralArgs>(async (env, user, args, info) => {
  const { id, expectedVersion, patch } = args;
  const [kind, status] = [notNull(patch.kind, 'patch.kind'), notNull(patch.status, 'patch.status')];
  const set = definedOnly({
    kind: kind === undefined ? undefined : storedValue(kind),
    status: status === undefined ? undefined : storedValue(status),
    targetGroups: notNull(
      await vocabIds(env, 'targetGroups', patch.targetGroups, 'patch.targetGroups'),
      'patch.targetGroups',
    ),
    subject: optionalText(patch.subject, 'patch.subject', 500),
    validFrom: year(patch.since, 'patch.since'),
    validTo: year(patch.until, 'patch.until'),
    sources: listOf(patch.sources, null, 'patch.sources', 20),
    note: optionalText(patch.note, 'patch.note', 2000),
  });
  const fields = checkedPatch(set, patch, ['patch.since', 'patch.until']);
  const params = { id, expectedVersion, set: { ...set, ...stamp(user) }, addSource: addSource(set, info) };
  return referralEdit(env, user, info, id, expectedVersion, {
    action: 'UPDATE_REFERRAL',
    summary: `changed ${fields.join(', ')} of referral ${id}`,
    write: (change, check) => writes.updateReferral(env.db, { ...params, entity: referralEntity(id), change }, check),
  });
});

/** Deletes a referral. */
export const deleteReferral = asEditor<G.MutationDeleteReferralArgs>(
  async (env, user, { id, expectedVersion }, info) => {
    return referralEdit(env, user, info, id, expectedVersion, {
      action: 'DELETE_REFERRAL',
      summary: `deleted referral ${id}`,
      write: (change, check) =>
        writes.deleteReferral(env.db, { id, expectedVersion, entity: referralEntity(id), change }, check),
    });
  },
);

/** Update or delete of a referral: the organisations at its ends are only known once the query has found it. */
function referralEdit(
  env: EditEnv,
  user: User,
  info: ChangeInfo,
  id: string,
  expectedVersion: number,
  edit: {
    action: string;
    summary: string;
    write: (change: Record<string, unknown>, check: writes.Check<writes.ReferralRow>) => Promise<writes.ReferralRow>;
  },
): Promise<MutationResult> {
  return applyEdit<writes.ReferralRow>(env, user, info, {
    ...edit,
    organisations: [],
    notFound: `No referral with id "${id}".`,
    expectedVersion,
    scope: referralFacts,
    organisationId: (row) => row.fromId,
  });
}
